"""Migration 0008_courses_adherence on a journal written before it: sessions keep their rows and
get an empty detail, missed doses get their table, and nothing else changes."""

from __future__ import annotations

import datetime as dt

from sqlite_utils.migrations import Migrations

from trdjournal.domain.medication import new_event
from trdjournal.domain.model import MissedDose, TreatmentSession
from trdjournal.storage import Journal, schema
from trdjournal.storage import journal as journal_module


def test_an_older_journal_gains_session_details_and_missed_doses(journal_path, monkeypatch):
    older = Migrations("trdjournal")
    older(name="0001_initial")(schema.initial)
    older(name="0002_background_events_labs")(schema.background_events_labs)
    with monkeypatch.context() as patched:
        patched.setattr(journal_module, "migrations", older)
        with Journal.open(journal_path) as journal:
            journal.db["sessions"].insert({"date": "2026-05-04", "kind": "ect", "note": "first"})
            assert "missed_doses" not in journal.db.table_names()
    with Journal.open(journal_path) as journal:
        assert "0008_courses_adherence" not in journal.pending_migrations()
        (session,) = journal.sessions()
        assert (session.kind, session.note, session.detail) == ("ect", "first", "")
        journal.add_session(TreatmentSession(dt.date(2026, 5, 6), "ect", detail="bilateral"))
        assert [s.detail for s in journal.sessions()] == ["", "bilateral"]
        journal.add_med_event(new_event(dt.date(2026, 5, 1), "sertraline", "start", 50))
        journal.add_missed_dose(MissedDose(dt.date(2026, 5, 5), "Zoloft"))
        assert [(m.drug, m.doses) for m in journal.missed_doses()] == [("sertraline", 1)]
