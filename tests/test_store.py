"""Opening, checking and writing the journal file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from trdjournal.domain import CheckIn, TreatmentSession, ValidationError
from trdjournal.domain.medication import new_event
from trdjournal.storage import DamagedJournalError, Journal, NotAJournalError
from trdjournal.storage.schema import migrations

D = dt.date


def test_reopening_a_migrated_journal_is_a_no_op(journal_path):
    with Journal.open(journal_path) as journal:
        journal.save_checkin(CheckIn(D(2026, 6, 1), 5))
    before = journal_path.read_bytes()
    with Journal.open(journal_path) as journal:
        assert journal.pending_migrations() == []
        assert journal.checkin(D(2026, 6, 1)).mood == 5
    assert journal_path.read_bytes() == before
    conn = sqlite3.connect(journal_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert applied == len(migrations._migrations)


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Dear diary, " * 500)
    before = path.read_bytes()
    with pytest.raises(NotAJournalError, match="not a SQLite database"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAJournalError, match="not a trdjournal journal"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_a_damaged_journal_is_refused_and_untouched(journal_path):
    with Journal.open(journal_path) as journal:
        for day in range(1, 400):
            journal.save_checkin(CheckIn(D(2025, 1, 1) + dt.timedelta(days=day), 5, note="x" * 300))
    # Scribble over the headers of the b-tree pages after the schema: SQLite's check must notice.
    data = bytearray(journal_path.read_bytes())
    page = 4096
    for number in range(2, len(data) // page):
        data[page * number : page * number + 12] = b"\x0d\xff" * 6
    journal_path.write_bytes(bytes(data))
    damaged = journal_path.read_bytes()
    with pytest.raises((DamagedJournalError, NotAJournalError)):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == damaged


def test_cli_refuses_a_damaged_journal_with_exit_1(cli, journal_path):
    journal_path.write_bytes(b"\x00garbage" * 1000)
    result = cli("entries")
    assert result.exit_code == 1
    assert "not a trdjournal journal" in result.output


def test_every_write_is_recorded_and_can_be_undone(journal):
    journal.save_checkin(CheckIn(D(2026, 6, 1), 3, note="first"))
    journal.save_checkin(CheckIn(D(2026, 6, 1), 6, note="edited"))
    journal.delete_checkin(D(2026, 6, 1))
    assert journal.checkins() == []
    assert [r.action for r in journal.revisions()] == ["insert", "update", "delete"]
    journal.undo_last()
    assert journal.checkin(D(2026, 6, 1)).note == "edited"
    journal.undo_last()
    assert journal.checkin(D(2026, 6, 1)).note == "first"
    journal.undo_last()
    assert journal.checkin(D(2026, 6, 1)) is None
    assert journal.undo_last() is None


def test_a_refused_write_leaves_nothing_behind(journal):
    journal.add_med_event(new_event(D(2026, 1, 1), "sertraline", "start", 50))
    with pytest.raises(ValidationError, match="already running"):
        journal.add_med_event(new_event(D(2026, 2, 1), "Zoloft", "start", 100))
    with pytest.raises(ValidationError):
        journal.delete_med_event(99)
    assert len(journal.med_events()) == 1
    assert len(journal.revisions()) == 1


def test_deleting_a_start_that_later_events_need_is_refused(journal):
    start = journal.add_med_event(new_event(D(2026, 1, 1), "sertraline", "start", 50))
    journal.add_med_event(new_event(D(2026, 2, 1), "sertraline", "change", 100))
    with pytest.raises(ValidationError, match="not running"):
        journal.delete_med_event(start.id)


def test_restarting_a_drug_after_a_stop_is_a_new_course(journal):
    journal.add_med_event(new_event(D(2026, 1, 1), "sertraline", "start", 50))
    journal.add_med_event(new_event(D(2026, 3, 1), "sertraline", "stop", reason="side-effects"))
    journal.add_med_event(new_event(D(2026, 5, 1), "sertraline", "start", 25))
    assert [e.kind for e in journal.med_events("sertraline")] == ["start", "stop", "start"]


def test_add_many_is_all_or_nothing(journal):
    good = [CheckIn(D(2026, 6, 1), 5), CheckIn(D(2026, 6, 2), 6)]
    bad_event = new_event(D(2026, 6, 1), "sertraline", "stop")
    with pytest.raises(ValidationError):
        journal.add_many(checkins=good, med_events=[bad_event])
    assert journal.is_empty()
    journal.add_many(checkins=good)
    assert len(journal.checkins()) == 2


def test_add_many_numbers_after_existing_rows_and_each_row_can_be_undone(journal):
    journal.add_session(TreatmentSession(D(2026, 6, 1), "rtms"))
    journal.add_session(TreatmentSession(D(2026, 6, 2), "rtms"))
    journal.delete_session(2)
    journal.add_many(
        sessions=[TreatmentSession(D(2026, 6, 3), "rtms"), TreatmentSession(D(2026, 6, 4), "ect")]
    )
    assert [(s.id, s.kind) for s in journal.sessions()] == [(1, "rtms"), (2, "rtms"), (3, "ect")]
    undone = journal.undo_last()
    assert undone.action == "insert" and undone.after["kind"] == "ect"
    assert [s.id for s in journal.sessions()] == [1, 2]


@pytest.mark.parametrize("days", [2, 1000])  # below and above SQLite's parameter limit
def test_merged_checkins_keep_the_day_they_replace_in_the_history(journal, days):
    first = D(2020, 1, 1)
    journal.save_checkin(CheckIn(first, 2, note="before"))
    journal.merge_checkins([CheckIn(first + dt.timedelta(days=i), 7) for i in range(days)])
    merged = [r for r in journal.revisions() if r.row_key == first.isoformat()][-1]
    assert merged.action == "update"
    assert (merged.before["mood"], merged.before["note"]) == (2, "before")
    assert sum(r.action == "insert" for r in journal.revisions()) == days  # the first save too
    with pytest.raises(ValidationError, match="already has a check-in"):
        journal.add_many(checkins=[CheckIn(first + dt.timedelta(days=days - 1), 5)])


def test_add_many_replacing_the_background_can_be_undone(journal):
    from trdjournal.domain.background import Background

    journal.save_background(Background(age_at_first_episode=30))
    journal.add_many(background=Background(age_at_first_episode=41))
    assert journal.background().age_at_first_episode == 41
    journal.undo_last()
    assert journal.background().age_at_first_episode == 30  # restored, not deleted


def test_starting_a_running_drug_says_since_when_and_which_day_was_refused(journal):
    journal.add_med_event(new_event(D(2026, 4, 1), "sertraline", "start", 50))
    with pytest.raises(ValidationError) as refused:
        journal.add_med_event(new_event(D(2026, 5, 2), "Zoloft", "start", 100))
    assert "sertraline is already running (since 2026-04-01), so it cannot start again on " in (
        str(refused.value)
    )
    assert "2026-05-02" in str(refused.value)
