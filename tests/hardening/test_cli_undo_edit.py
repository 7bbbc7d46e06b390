"""Finding 16: a mistake typed on the command line can be taken back there: `undo`, and
`list`, `edit ID` and `delete ID` for every kind of record, each undoable in turn."""

from __future__ import annotations

import json

import pytest

from trdjournal.storage import Journal


def _ok(result):
    assert result.exit_code == 0, result.output
    return result.output


def test_undo_takes_back_the_last_change_and_says_what(cli, journal_path):
    _ok(cli("log", "--date", "2026-06-14", "--mood", "4"))
    _ok(cli("log", "--date", "2026-06-14", "--mood", "7"))
    said = _ok(cli("undo"))
    assert "Undone: editing the check-in of 2026-06-14: mood 7 -> 4." in said
    with Journal.open(journal_path) as journal:
        assert journal.checkins()[0].mood == 4
    assert "Undone: adding the check-in of 2026-06-14" in _ok(cli("undo"))
    assert "Nothing to undo" in _ok(cli("undo"))


def test_med_edit_and_delete_are_undoable(cli, journal_path):
    _ok(cli("med", "start", "sertraline", "--dose", "50", "--date", "2026-01-05"))
    events = json.loads(_ok(cli("med", "list", "--json")))
    event_id = events[0]["id"]
    assert "(id 1)" in _ok(cli("med", "list"))
    said = _ok(cli("med", "edit", str(event_id), "--dose", "100"))
    assert "dose 50 -> 100" in said
    assert json.loads(_ok(cli("med", "list", "--json")))[0]["dose"] == 100
    _ok(cli("med", "delete", str(event_id)))
    assert json.loads(_ok(cli("med", "list", "--json"))) == []
    _ok(cli("undo"))  # the delete
    assert json.loads(_ok(cli("med", "list", "--json")))[0]["dose"] == 100
    _ok(cli("undo"))  # the edit
    assert json.loads(_ok(cli("med", "list", "--json")))[0]["dose"] == 50


@pytest.mark.parametrize(
    ("add", "group", "edit", "field", "value"),
    [
        (("treatment", "add", "rtms", "--date", "2026-06-01"), "treatment",
         ("--kind", "ect"), "kind", "ect"),
        (("appointment", "add", "--date", "2026-06-01", "--clinician", "Dr A"), "appointment",
         ("--clinician", "Dr B"), "clinician", "Dr B"),
        (("event", "add", "--date", "2026-06-01", "--impact", "2", "moved"), "event",
         ("--impact", "-3"), "impact", -3),
        (("lab", "add", "TSH", "2.1", "mIU/L", "--date", "2026-06-01"), "lab",
         ("--value", "3.5"), "value", 3.5),
        (("questionnaire", "phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--date", "2026-06-01"),
         "questionnaires", ("--answers", "1,1,1,1,1,1,1,1,0"), "answers",
         [1, 1, 1, 1, 1, 1, 1, 1, 0]),
    ],
)  # fmt: skip
def test_every_record_kind_lists_edits_and_deletes_undoably(cli, add, group, edit, field, value):
    _ok(cli(*add))
    listed = json.loads(_ok(cli(group, "list", "--json")))
    record_id, before = str(listed[0]["id"]), listed[0][field]
    assert record_id in _ok(cli(group, "list"))
    assert "->" in _ok(cli(group, "edit", record_id, *edit))
    assert json.loads(_ok(cli(group, "list", "--json")))[0][field] == value
    assert "undo" in _ok(cli(group, "delete", record_id))
    assert json.loads(_ok(cli(group, "list", "--json"))) == []
    _ok(cli("undo"))
    _ok(cli("undo"))
    assert json.loads(_ok(cli(group, "list", "--json")))[0][field] == before


def test_editing_or_deleting_a_missing_id_is_refused_by_name(cli):
    for args in (("med", "delete", "5"), ("treatment", "edit", "5", "--note", "x")):
        result = cli(*args)
        assert result.exit_code == 2
        assert "there is no" in result.output and "list` shows the ids" in result.output
