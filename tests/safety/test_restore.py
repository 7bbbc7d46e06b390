"""Restoring from backups, as a user would after a mistake or a damaged file."""

from __future__ import annotations

import json
import sqlite3

import pytest

from trdjournal.storage import Journal, backup


def _days(cli) -> list[str]:
    return [c["date"] for c in json.loads(cli("entries", "--json").output)]


@pytest.fixture
def lived_in(cli, journal_path, monkeypatch):
    """Three days logged, then the app opened the next day: that made the automatic backup."""
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-10")
    for day in ("2026-06-08", "2026-06-09", "2026-06-10"):
        assert cli("log", "--date", day, "--mood", "5").exit_code == 0
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-11")
    assert cli("entries").exit_code == 0
    return journal_path


def _remove_journal(path):
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def test_a_journal_deleted_by_mistake_comes_back_from_the_automatic_backup(cli, lived_in):
    _remove_journal(lived_in)
    assert "No check-ins" in cli("entries").output  # a new, empty journal
    result = cli("restore", "--newest")
    assert result.exit_code == 0, result.output
    assert "Restored" in result.output
    assert _days(cli) == ["2026-06-08", "2026-06-09", "2026-06-10"]


def test_restore_by_file_name_from_the_backup_list(cli, lived_in):
    _remove_journal(lived_in)
    listing = cli("backup", "--list").output
    path = next(line.split()[-1] for line in listing.splitlines() if "daily" in line)
    assert cli("restore", path).exit_code == 0
    assert _days(cli) == ["2026-06-08", "2026-06-09", "2026-06-10"]
    with Journal.open(lived_in) as journal:  # the restored journal is writable as before
        assert journal.pending_migrations() == []


def test_a_damaged_journal_names_its_newest_good_backup_and_is_not_touched(cli, lived_in):
    data = bytearray(lived_in.read_bytes())
    page = 4096
    for number in range(2, len(data) // page):
        data[page * number : page * number + 12] = b"\x0d\xff" * 6
    lived_in.write_bytes(bytes(data))
    damaged = lived_in.read_bytes()
    result = cli("log", "--mood", "3")
    assert result.exit_code == 1
    newest = backup.newest_good_backup(lived_in)
    assert f"The newest good backup is {newest.path}" in result.output
    command = f"trdjournal --db {lived_in} restore {newest.path}"
    assert command in result.output
    assert lived_in.read_bytes() == damaged
    # Following the advice: the damaged file is set aside untouched and the backup restored.
    restored = cli(*command.split()[3:])
    assert restored.exit_code == 0, restored.output
    assert _days(cli) == ["2026-06-08", "2026-06-09", "2026-06-10"]
    aside = [b for b in backup.list_backups(lived_in) if b.reason == "damaged"]
    assert len(aside) == 1 and aside[0].path.read_bytes() == damaged


def test_a_damaged_backup_is_refused_and_the_journal_kept(cli, lived_in, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = lived_in.read_bytes()
    for source in (bad, other, tmp_path / "missing.sqlite3"):
        result = cli("restore", str(source))
        assert result.exit_code == 1, result.output
        assert lived_in.read_bytes() == before
    assert "not a trdjournal journal" in cli("restore", str(other)).output


def test_a_backup_from_a_newer_trdjournal_is_refused(cli, lived_in, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    backup.copy_database(sqlite3.connect(lived_in), newer)
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('trdjournal', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    result = cli("restore", str(newer))
    assert result.exit_code == 1
    assert "newer trdjournal" in result.output and "9999_from_the_future" in result.output


def test_restore_waits_until_no_one_else_has_the_journal_open(cli, lived_in):
    before_days = _days(cli)
    with Journal.open(lived_in) as other_window:
        other_window.checkins()
        result = cli("restore", "--newest")
        assert result.exit_code == 1
        assert "open in another trdjournal window" in result.output
    assert _days(cli) == before_days


def test_the_journal_as_it_was_is_backed_up_before_a_restore(cli, lived_in, monkeypatch):
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-11")
    cli("log", "--date", "2026-06-11", "--mood", "8")
    result = cli("restore", "--newest")
    assert result.exit_code == 0
    saved = next(b for b in backup.list_backups(lived_in) if b.reason == "before-restore")
    assert str(saved.path) in result.output
    assert "2026-06-11" not in _days(cli)
    assert cli("restore", str(saved.path)).exit_code == 0
    assert "2026-06-11" in _days(cli)


def test_a_vanished_journal_points_to_its_backups(cli, journal_path):
    """Deleted by mistake: the next command says where the backups are and how to restore."""
    cli("log", "--mood", "5", "--date", "2026-06-01")
    cli("log", "--mood", "6", "--date", "2026-06-02")  # the day's automatic backup holds day 1
    for leftover in journal_path.parent.glob(journal_path.name + "*"):
        leftover.unlink()
    result = cli("entries")
    assert "There was no journal" in result.stderr and "restore --newest" in result.stderr
    assert cli("restore", "--newest").exit_code == 0
    assert "2026-06-01" in cli("entries").output


def _with_a_stale_index(path):
    """A backup whose rows and index disagree: SQLite's quick check passes it, only the full
    integrity check finds it (an index no longer matching its table, as after a bad write)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE INDEX stale_mood ON checkins(mood)")
    conn.commit()
    root, sql = conn.execute(
        "SELECT rootpage, sql FROM sqlite_master WHERE name = 'stale_mood'"
    ).fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'stale_mood'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE checkins SET mood = (mood + 1) % 11")  # the hidden index is not told
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "INSERT INTO sqlite_master VALUES ('index', 'stale_mood', 'checkins', ?, ?)", [root, sql]
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def test_a_backup_only_the_full_integrity_check_finds_damaged_is_refused(cli, lived_in, tmp_path):
    stale = tmp_path / "stale.sqlite3"
    source = sqlite3.connect(lived_in)
    backup.copy_database(source, stale)
    source.close()
    _with_a_stale_index(stale)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    before, backups = lived_in.read_bytes(), backup.list_backups(lived_in)
    result = cli("restore", str(stale))
    assert result.exit_code == 1
    assert "is damaged" in result.output and "missing from index stale_mood" in result.output
    result = cli("restore", str(empty))
    assert result.exit_code == 1 and "empty database, not a journal" in result.output
    assert lived_in.read_bytes() == before
    assert backup.list_backups(lived_in) == backups  # refused before anything was backed up
