"""Every edit and delete keeps the previous version; undo brings it back; deleted rows never show."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from trdjournal.domain import CheckIn, Questionnaire, TreatmentSession
from trdjournal.domain.medication import new_event
from trdjournal.storage import Journal

D = dt.date


def _checkin(journal):
    journal.save_checkin(CheckIn(D(2026, 6, 1), 3, note="first"))
    edit = lambda: journal.save_checkin(CheckIn(D(2026, 6, 1), 6, note="edited"))  # noqa: E731
    delete = lambda: journal.delete_checkin(D(2026, 6, 1))  # noqa: E731
    return "checkins", edit, delete, lambda: [(c.mood, c.note) for c in journal.checkins()]


def _med_event(journal):
    event = journal.add_med_event(new_event(D(2026, 6, 1), "sertraline", "start", 50))
    edit = lambda: journal.update_med_event(dataclasses.replace(event, dose=100.0))  # noqa: E731
    delete = lambda: journal.delete_med_event(event.id)  # noqa: E731
    return "med_events", edit, delete, lambda: [e.dose for e in journal.med_events()]


def _session(journal):
    session = journal.add_session(TreatmentSession(D(2026, 6, 1), "rtms", note="1st"))
    edit = lambda: journal.update_session(dataclasses.replace(session, note="first rTMS"))  # noqa: E731
    delete = lambda: journal.delete_session(session.id)  # noqa: E731
    return "sessions", edit, delete, lambda: [s.note for s in journal.sessions()]


def _questionnaire(journal):
    q = journal.add_questionnaire(Questionnaire(D(2026, 6, 1), "gad7", (1, 1, 1, 1, 1, 1, 1)))
    fixed = dataclasses.replace(q, answers=(2, 1, 1, 1, 1, 1, 0))
    edit = lambda: journal.update_questionnaire(fixed)  # noqa: E731
    delete = lambda: journal.delete_questionnaire(q.id)  # noqa: E731
    return "questionnaires", edit, delete, lambda: [x.answers for x in journal.questionnaires()]


@pytest.mark.parametrize("make", [_checkin, _med_event, _session, _questionnaire])
def test_edits_and_deletes_keep_the_previous_version_and_undo(journal, make):
    table, edit, delete, visible = make(journal)
    original = visible()
    edit()
    edited = visible()
    assert edited != original
    delete()
    assert visible() == []
    history = [r for r in journal.revisions() if r.table_name == table]
    assert [r.action for r in history] == ["insert", "update", "delete"]
    assert history[1].before is not None and history[2].before == history[1].after
    journal.undo_last()
    assert visible() == edited
    journal.undo_last()
    assert visible() == original


def test_entries_never_show_a_deleted_day_and_the_export_keeps_it(cli, journal_path, tmp_path):
    cli("log", "--date", "2026-06-01", "--mood", "3", "--note", "private thought")
    cli("log", "--date", "2026-06-02", "--mood", "5")
    with Journal.open(journal_path) as journal:
        journal.delete_checkin(D(2026, 6, 1))
    assert [c["date"] for c in json.loads(cli("entries", "--json").output)] == ["2026-06-02"]
    assert "private thought" not in cli("entries").output
    out = tmp_path / "export.json"
    cli("export", "-o", str(out))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [c["date"] for c in exported["checkins"]] == ["2026-06-02"]
    deleted = [r for r in exported["revisions"] if r["action"] == "delete"]
    assert [(r["row_key"], r["before"]["note"]) for r in deleted] == [
        ("2026-06-01", "private thought")
    ]


def test_an_edit_of_a_record_that_is_gone_is_refused_and_writes_nothing(tmp_path):
    from trdjournal.domain import ValidationError

    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        session = journal.add_session(TreatmentSession(D(2026, 6, 1), "rtms", note="1st"))
        journal.delete_session(session.id)
        history = journal.revisions()
        for gone in (session, dataclasses.replace(session, id=None)):
            with pytest.raises(ValidationError, match="there is no sessions row .* to edit"):
                journal.update_session(dataclasses.replace(gone, note="edited"))
        assert journal.sessions() == [] and journal.revisions() == history
