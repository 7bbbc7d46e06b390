"""Finding 7 (the JSON import checks settings, crisis lines, revisions and background through
the domain records) and the command-line part of finding 6 (no traceback from any input)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from trdjournal.storage import Journal
from trdjournal.storage.store import Store


@pytest.fixture
def exported(cli, tmp_path):
    """A small journal's export, as a dict to tamper with, and where to write it."""
    assert cli("log", "--date", "2026-06-01", "--mood", "4").exit_code == 0
    assert cli("log", "--date", "2026-06-01", "--mood", "6").exit_code == 0
    out = tmp_path / "export.json"
    assert cli("export", "-o", str(out)).exit_code == 0
    return json.loads(out.read_text(encoding="utf-8")), tmp_path / "tampered.json"


def _import_refused(cli, tmp_path, document, path, *words):
    path.write_text(json.dumps(document) if isinstance(document, dict) else document)
    target = tmp_path / "fresh.sqlite3"
    result = cli("import", str(path), db=target)
    assert result.exit_code == 2, result.output
    for word in words:
        assert word in result.output, result.output
    with Journal.open(target) as journal:
        assert journal.is_blank()
    return result


def test_bogus_crisis_lines_are_refused_by_name(cli, tmp_path, exported):
    document, path = exported
    document["settings"]["crisis_lines"] = [{"bogus": 1}]
    _import_refused(cli, tmp_path, document, path, "settings.crisis_lines[0]")


def test_a_bad_setting_is_refused_by_name(cli, tmp_path, exported):
    document, path = exported
    document["settings"]["adequacy_weeks"] = 99
    _import_refused(cli, tmp_path, document, path, "settings.adequacy_weeks")


def test_a_forged_revision_is_refused_before_undo_could_write_it(cli, tmp_path, exported):
    document, path = exported
    update = next(r for r in document["revisions"] if r["action"] == "update")
    update["before"]["mood"] = 99
    _import_refused(cli, tmp_path, document, path, "revisions[1].before", "mood")


def test_undo_refuses_a_forged_history_row(cli, journal_path):
    assert cli("log", "--date", "2026-06-01", "--mood", "4").exit_code == 0
    assert cli("log", "--date", "2026-06-01", "--mood", "6").exit_code == 0
    conn = sqlite3.connect(journal_path)
    before = json.loads(conn.execute("SELECT before FROM revisions WHERE id = 2").fetchone()[0])
    before["mood"] = 99
    conn.execute("UPDATE revisions SET before = ? WHERE id = 2", [json.dumps(before)])
    conn.commit()
    conn.close()
    result = cli("undo")
    assert result.exit_code == 1
    assert "cannot be undone" in result.output
    with Journal.open(journal_path) as journal:
        assert journal.checkins()[0].mood == 6


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format": "trdjournal", "version": 1, "checkins": [{"date": "2026-06-01", '
         '"mood": NaN}]}', ["NaN"]),
        ('{"format": "trdjournal", "version": 1, "settings": {"x": Infinity}}', ["Infinity"]),
        ('{"format": "trdjournal", "version": 1, "settings": ' + "[" * 5000 + "]" * 5000 + "}",
         ["nested"]),
        ('{"format": "trdjournal", "version": 1, "checkins": [{"date": "2026-06-01", '
         '"mood": 5, "note": "' + "x" * 140_000 + '"}]}', ["note", "at most"]),
        ('{"format": "trdjournal", "version": 1, "checkins": [{"date": "0001-01-01", '
         '"mood": 5}]}', ["0001-01-01"]),
        (b'{"format": "trdjournal", "note": "\xff"}'.decode("latin-1"), []),
    ],
)  # fmt: skip
def test_malformed_documents_are_refused_with_a_message(cli, tmp_path, text, words):
    path = tmp_path / "bad.json"
    result = _import_refused(cli, tmp_path, text, path, *words)
    assert "Traceback" not in result.output


def test_undecodable_text_dates_and_ids_are_input_errors(cli):
    for args in (
        ("log", "--mood", "5", "--note", "\udcff"),
        ("summary", "--from", "0001-01-01"),
        ("event", "delete", "99999999999999999999"),
        ("med", "edit", "99999999999999999999", "--dose", "5"),
    ):
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "Error" in result.output


def test_an_import_on_a_full_disk_is_named_and_changes_nothing(cli, journal_path, tmp_path,
                                                               monkeypatch):  # fmt: skip
    assert cli("log", "--date", "2026-06-01", "--mood", "4").exit_code == 0
    daylio = tmp_path / "daylio.csv"
    daylio.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-05-01,May 1,Friday,9:00 pm,good,walk,,\n",
        encoding="utf-8",
    )

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "_write_rows", full)
    result = cli("import", str(daylio))
    assert result.exit_code == 1
    assert "no space left" in result.output.lower() and "Traceback" not in result.output
    monkeypatch.undo()
    with Journal.open(journal_path) as journal:
        assert [c.date.isoformat() for c in journal.checkins()] == ["2026-06-01"]


def test_the_unexpected_is_one_sentence_and_debug_shows_the_traceback(
    cli, journal_path, monkeypatch
):
    from click.testing import CliRunner

    from trdjournal.cli import main

    def broken(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(Journal, "checkins", broken)
    result = cli("entries")
    assert result.exit_code == 1
    assert "did not expect (KeyError" in result.output and "--debug" in result.output
    assert "Traceback" not in result.output
    debug = CliRunner().invoke(main, ["--debug", "--db", str(journal_path), "entries"])
    assert isinstance(debug.exception, KeyError)
