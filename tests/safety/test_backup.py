"""Automatic and manual backups: when they are made, what they hold, how they are rotated."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from trdjournal.domain import CheckIn
from trdjournal.storage import Journal, backup
from trdjournal.storage import journal as journal_module
from trdjournal.storage.schema import initial

D = dt.date


def _checkin_dates(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [d for (d,) in conn.execute("SELECT date FROM checkins ORDER BY date")]
    finally:
        conn.close()


def test_opening_makes_at_most_one_owner_only_backup_a_day(
    cli, journal_path, monkeypatch, integrity_of
):
    folder = journal_path.parent / "backups"
    cli("log", "--date", "2026-06-14", "--mood", "4")  # an empty journal is not backed up
    assert backup.list_backups(journal_path) == []
    cli("log", "--date", "2026-06-15", "--mood", "6")  # opening it now does back it up
    cli("entries")
    (made,) = backup.list_backups(journal_path)
    assert made.reason == "daily" and made.day == D(2026, 6, 15)
    assert made.path.parent == folder
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    assert integrity_of(made.path) == "ok"
    assert _checkin_dates(made.path) == [
        "2026-06-14"
    ]  # the journal as the day's first open found it
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-16")
    cli("entries")
    newest = backup.list_backups(journal_path)[0]
    assert newest.day == D(2026, 6, 16)
    assert _checkin_dates(newest.path) == ["2026-06-14", "2026-06-15"]
    assert len(backup.list_backups(journal_path)) == 2


def test_rotation_keeps_14_daily_and_8_weekly(tmp_path):
    journal_path = tmp_path / "journal.sqlite3"
    folder = tmp_path / "backups"
    folder.mkdir()
    end = D(2026, 6, 15)  # a Monday
    for offset in range(100):
        day = end - dt.timedelta(days=offset)
        (folder / f"journal-{day:%Y%m%d}-080000-daily.sqlite3").write_bytes(b"")
        (folder / f"journal-{day:%Y%m%d}-070000-import.sqlite3").write_bytes(b"")
    (folder / "journal-20260615-090000-import.sqlite3").write_bytes(b"")
    (folder / "journal-20260101-120000-manual.sqlite3").write_bytes(b"")
    (folder / "demo-20260101-120000-daily.sqlite3").write_bytes(b"")  # another journal's
    backup.rotate(journal_path)
    kept = sorted(p.name for p in folder.iterdir())
    daily = [
        f"journal-{end - dt.timedelta(days=n):%Y%m%d}-080000-daily.sqlite3" for n in range(1, 14)
    ]
    weekly = [
        f"journal-2026{md}-080000-daily.sqlite3" for md in ("0503", "0510", "0517", "0524", "0531")
    ]
    newest_day = [
        "journal-20260615-070000-import.sqlite3",
        "journal-20260615-080000-daily.sqlite3",
        "journal-20260615-090000-import.sqlite3",
    ]
    assert kept == sorted(
        [
            *daily,
            *weekly,
            *newest_day,
            "journal-20260101-120000-manual.sqlite3",
            "demo-20260101-120000-daily.sqlite3",
        ]
    )


def test_a_migration_is_preceded_by_a_backup(journal_path, monkeypatch):
    with Journal.open(journal_path) as journal:
        journal.save_checkin(CheckIn(D(2026, 6, 1), 5))
    upgraded = Migrations("trdjournal")
    upgraded(name="0001_initial")(initial)

    @upgraded(name="0002_test_extra_table")
    def extra(db):
        db["extra"].create({"id": int}, pk="id")

    monkeypatch.setattr(journal_module, "migrations", upgraded)
    with Journal.open(journal_path) as journal:
        assert "extra" in journal.db.table_names()
    (made,) = backup.list_backups(journal_path)
    assert made.reason == "migration"
    conn = sqlite3.connect(made.path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "extra" not in tables and "checkins" in tables
    # A new, empty journal has nothing to keep: no backup when it is first created.
    with Journal.open(journal_path.with_name("fresh.sqlite3")):
        pass
    assert backup.list_backups(journal_path.with_name("fresh.sqlite3")) == []


def test_an_import_is_preceded_by_a_backup_and_a_dry_run_is_not(cli, journal_path, data):
    cli("log", "--date", "2026-06-01", "--mood", "2")
    cli("import", str(data / "daylio" / "current.csv"), "--dry-run")
    assert [b.reason for b in backup.list_backups(journal_path)] == ["daily"]
    result = cli("import", str(data / "daylio" / "current.csv"))
    made = backup.list_backups(journal_path)[0]
    assert made.reason == "import"
    assert str(made.path) in result.output
    assert _checkin_dates(made.path) == ["2026-06-01"]


def test_backup_command_writes_a_checked_copy_and_lists_backups(
    cli, journal_path, tmp_path, integrity_of
):
    cli("log", "--date", "2026-06-01", "--mood", "2")
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    result = cli("backup", "-o", str(target))
    assert result.exit_code == 0 and str(target) in result.output
    assert integrity_of(target) == "ok" and _checkin_dates(target) == ["2026-06-01"]
    assert target.stat().st_mode & 0o777 == 0o600
    assert cli("backup").exit_code == 0
    listing = cli("backup", "--list").output
    assert "manual" in listing and "daily" in listing


def test_backup_and_export_refuse_to_overwrite_the_journal(cli, journal_path):
    cli("log", "--date", "2026-06-01", "--mood", "2")
    before = journal_path.read_bytes()
    for args in (("backup", "-o"), ("export", "-o")):
        result = cli(*args, str(journal_path))
        assert result.exit_code == 2 and "is the journal itself" in result.output
    assert journal_path.read_bytes() == before


def test_report_refuses_to_overwrite_the_journal(cli, journal_path):
    cli("log", "--date", "2026-06-01", "--mood", "2")
    before = journal_path.read_bytes()
    result = cli("report", "-o", str(journal_path))
    assert result.exit_code == 2 and "is the journal itself" in result.output
    assert journal_path.read_bytes() == before


def test_a_failed_daily_backup_is_reported_and_the_command_still_works(cli, journal_path):
    cli("log", "--date", "2026-06-01", "--mood", "2")
    (journal_path.parent / "backups").write_text("not a folder")  # so no backup can be written
    result = cli("log", "--date", "2026-06-02", "--mood", "3")
    assert result.exit_code == 0
    assert "Saved the check-in of 2026-06-02" in result.output
    assert "Warning: today's automatic backup failed" in result.output


def test_a_failed_backup_before_a_migration_leaves_the_journal_unchanged(journal_path, monkeypatch):
    with Journal.open(journal_path) as journal:
        journal.save_checkin(CheckIn(D(2026, 6, 1), 5))
    before = journal_path.read_bytes()
    upgraded = Migrations("trdjournal")
    upgraded(name="0001_initial")(initial)
    upgraded(name="0002_test_extra_table")(lambda db: db["extra"].create({"id": int}, pk="id"))
    monkeypatch.setattr(journal_module, "migrations", upgraded)
    (journal_path.parent / "backups").write_text("not a folder")
    with pytest.raises(backup.BackupFailed, match="could not be made"):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == before
