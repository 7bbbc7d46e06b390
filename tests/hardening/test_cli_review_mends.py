"""What a review of the command line found, mended: `undo` on a new journal, `entries` with a
note of several lines, `med start` with a strength in the drug's name, `edit ID` reading one
record."""

from __future__ import annotations

import json

import pytest

from trdjournal.domain.drugs import named_strength
from trdjournal.storage import Journal


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.output


# -- undo ------------------------------------------------------------------------------------


def test_undo_on_a_new_journal_says_there_is_nothing_to_undo_yet(cli):
    said = _ok(cli("undo"))  # exit 0, as when everything has been taken back
    assert said == "Nothing to undo yet: nothing has been changed in this journal.\n"


def test_undo_after_taking_everything_back_says_so(cli):
    _ok(cli("log", "--mood", "5"))
    _ok(cli("undo"))
    said = _ok(cli("undo"))
    assert "every change in this journal has been taken back already" in said
    assert "yet" not in said


def test_undo_on_a_new_journal_in_swedish(cli, monkeypatch):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    assert _ok(cli("undo")) == "Inget att ångra än: inget har ändrats i den här journalen.\n"


# -- entries ---------------------------------------------------------------------------------

DAYLIO_NOTE = "Walked by the river\n\n  Slept badly,\tbut   calmer\r\nCalled Anna"


def test_entries_keeps_a_note_of_several_lines_on_one_line(cli):
    _ok(cli("log", "--date", "2026-06-13", "--mood", "5", "--note", DAYLIO_NOTE))
    _ok(cli("log", "--date", "2026-06-14", "--mood", "6", "--note", "x" * 80, "--tag", "walk"))
    lines = _ok(cli("entries")).splitlines()
    assert len(lines) == 3  # the header and one line per day
    header, first, second = lines
    assert first.endswith("Walked by the river / Slept badly, but calmer / Called Anna")
    assert first.startswith("2026-06-13")
    # A long note is cut where the table cuts it, and says so.
    assert second.endswith("walk | " + "x" * 50 + "...")
    assert len(second) - len(second.split("  walk")[0]) <= 62
    assert header.index("tags / note") == first.index("Walked")


def test_entries_json_keeps_the_note_as_written(cli):
    _ok(cli("log", "--date", "2026-06-13", "--mood", "5", "--note", DAYLIO_NOTE))
    (entry,) = json.loads(_ok(cli("entries", "--json")))
    assert entry["note"] == DAYLIO_NOTE


# -- med start with a strength in the name ---------------------------------------------------


def _doses(cli) -> list[tuple[str, float]]:
    return [(e["drug"], e["dose"]) for e in json.loads(_ok(cli("med", "list", "--json")))]


def test_a_dose_given_beside_a_strength_in_the_name_is_stored_and_named(cli):
    said = _ok(cli("med", "start", "Zoloft 50mg", "--dose", "150", "--date", "2026-01-05"))
    assert said.splitlines() == [
        "2026-01-05: start sertraline 150 mg/day.",
        "The name says 50 mg; stored the --dose you gave, 150 mg.",
    ]
    assert _doses(cli) == [("sertraline", 150)]


def test_without_dose_the_strength_in_the_name_is_stored_and_said(cli):
    said = _ok(cli("med", "start", "Zoloft 50 mg", "--date", "2026-01-05"))
    assert said.startswith("2026-01-05: start sertraline 50 mg/day.\n")
    assert "The name says 50 mg: stored as the daily dose." in said
    assert "`trdjournal med edit 1 --dose N`" in said  # the id of the event just saved
    assert _doses(cli) == [("sertraline", 50)]


def test_a_strength_that_matches_the_dose_needs_no_word(cli):
    said = _ok(cli("med", "start", "Zoloft 50mg", "--dose", "50", "--date", "2026-01-05"))
    assert said == "2026-01-05: start sertraline 50 mg/day.\n"


def test_without_dose_or_strength_dose_is_still_needed(cli, journal_path):
    result = cli("med", "start", "Zoloft", "--date", "2026-01-05")
    assert result.exit_code == 2
    assert "Error: Missing option '--dose'." in result.output
    with Journal.open(journal_path) as journal:
        assert journal.med_events() == []


def test_a_strength_in_the_name_is_checked_like_a_dose(cli, journal_path):
    result = cli("med", "start", "Zoloft 900mg", "--date", "2026-01-05")
    assert result.exit_code == 2
    assert "above the usual highest daily dose of sertraline" in result.output
    assert "--confirm-dose" in result.output
    with Journal.open(journal_path) as journal:
        assert journal.med_events() == []


def test_the_dose_of_a_strength_is_said_in_swedish(cli, monkeypatch):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    said = _ok(cli("med", "start", "Zoloft 50mg", "--dose", "150", "--date", "2026-01-05"))
    assert said.splitlines() == [
        "2026-01-05: insättning sertraline 150 mg/dag.",
        "Namnet anger 50 mg; sparade den --dose du angav, 150 mg.",
    ]


@pytest.mark.parametrize(
    ("typed", "strength"),
    [
        ("Zoloft 50mg", 50),
        ("zoloft 7,5 mg", 7.5),
        ("Wellbutrin XL 150", 150),
        ("Paxil CR 25 mg/day", 25),
        ("Cytomel 25 mcg", 25),  # liothyronine is logged in micrograms
        ("liothyronine 0.025 mg", 25),
        ("sertraline 1 g", 1000),
        ("T3", None),  # the 3 is the name's
        ("Zoloft", None),
        ("Paxil CR", None),
        ("notadrug 50mg", None),
        ("Zoloft 50 IU", None),
    ],
)
def test_the_strength_read_from_a_name(typed, strength):
    assert named_strength(typed) == strength


# -- edit ID reads the one record ------------------------------------------------------------


def test_a_record_is_read_by_its_id(journal):
    import datetime as dt

    from trdjournal.domain.model import Appointment

    saved = [journal.add_appointment(Appointment(dt.date(2026, 6, d), "Dr A", "")) for d in (1, 2)]
    assert journal.record("appointments", saved[1].id) == saved[1]
    assert journal.record("appointments", 999) is None


def test_edit_of_an_id_that_is_not_there_names_the_list(cli):
    result = cli("event", "edit", "7", "--impact", "2")
    assert result.exit_code == 2
    assert "there is no life event 7; `trdjournal event list` shows the ids" in result.output


def test_record_edits_and_deletes_are_said_in_swedish(cli, monkeypatch):
    """The kind of record and the fields changed are words of the catalogue, not English."""
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    added = _ok(cli("appointment", "add", "--date", "2026-06-20", "--clinician", "Dr Berg"))
    assert added == "Loggade ett besök 2026-06-20 hos Dr Berg, id 1.\n"
    edited = _ok(cli("appointment", "edit", "1", "--clinician", "Dr Lind"))
    assert edited == "Ändrade besök 1: behandlare 'Dr Berg' -> 'Dr Lind'.\n"
    unchanged = _ok(cli("appointment", "edit", "1", "--clinician", "Dr Lind"))
    assert unchanged == "Det står redan så i besök 1; inget ändrades.\n"
    deleted = _ok(cli("appointment", "delete", "1"))
    assert deleted.startswith("Tog bort besök 1 (2026-06-20)")
    assert _ok(cli("appointment", "list")) == "Inga besök under perioden.\n"
    missing = cli("event", "edit", "7", "--impact", "2")
    assert missing.exit_code == 2
    assert "livshändelse 7 finns inte; `trdjournal event list` visar id-numren" in missing.output
