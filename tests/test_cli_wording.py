"""The command line's words as a user reads them: counted nouns agree with their number, an
outcome without scores says "not measured" as the app does, and `treatment add --help` names
the kinds it takes."""

from __future__ import annotations

import gettext

import pytest

from trdjournal.domain import wording
from trdjournal.domain.model import SESSION_KINDS


@pytest.mark.parametrize("n, expected", [(0, "0 sessions"), (1, "1 session"), (2, "2 sessions")])
def test_counted_sessions_agree_with_their_number(n, expected):
    assert wording.sessions(n) == expected


def test_counted_words_go_through_the_installed_plural_forms(monkeypatch):
    """A catalogue's plural rule decides the form (here one with a special form for 2)."""

    def dual(singular, plural, n):
        return {1: singular, 2: "{n} sessions (both)"}.get(n, plural)

    monkeypatch.setattr(gettext, "ngettext", dual)
    assert [wording.sessions(n) for n in (1, 2, 3)] == [
        "1 session",
        "2 sessions (both)",
        "3 sessions",
    ]


def test_treatment_add_help_lists_its_kinds(cli):
    result = cli("treatment", "add", "--help")
    assert result.exit_code == 0
    assert all(kind in result.output for kind in SESSION_KINDS)


def test_a_trial_without_scores_is_not_measured_as_in_the_app(cli):
    cli("med", "start", "sertraline", "--dose", "50", "--date", "2026-03-01")
    result = cli("trials")
    assert result.exit_code == 0
    assert "not measured" in result.output
    assert "unknown" not in result.output


def test_the_demo_counts_in_words_that_agree(cli):
    result = cli("demo", "--days", "1")
    assert result.exit_code == 0
    assert "Wrote 1 day of example history" in result.output


def test_the_export_counts_one_treatment_session_as_one(cli, tmp_path):
    cli("treatment", "add", "rtms", "--date", "2026-06-10")
    cli("log", "--date", "2026-06-10", "--mood", "5")
    result = cli("export", "-o", str(tmp_path / "out.json"))
    assert result.exit_code == 0, result.output
    assert "1 treatment session," in result.output and "1 check-in," in result.output
    assert "no background profile" in result.output
    assert "1 treatment sessions" not in result.output
