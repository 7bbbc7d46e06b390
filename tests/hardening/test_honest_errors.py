"""Finding 3: a full disk, a read-only journal, a missing permission or a vanished folder is
named as such, never called "damaged"; a restore never moves a healthy journal aside (unless
--force), and a restore that fails leaves the journal where and as it was.

Tests run as root, who may write a chmod 0444 file, so "read-only" is made the way SQLite
meets it on a read-only mount: the journal's connection is opened with ``?mode=ro`` (a real
SQLite read-only connection, whose writes fail with "attempt to write a readonly database").
A full disk is SQLite's own "database or disk is full" error, or the OS's ENOSPC, raised
where the disk would raise it."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from trdjournal.storage import Journal, backup
from trdjournal.storage.store import Store


def _logged(cli, *days: str) -> None:
    for day in days:
        assert cli("log", "--date", day, "--mood", "5", "--note", "kept").exit_code == 0


def _honest(result, *words: str) -> str:
    assert result.exit_code == 1, result.output
    text = result.output.lower()
    assert "damaged" not in text.replace("not damaged", "")
    assert "restore it" not in text and "restore --newest" not in text  # no advice to restore
    assert "traceback" not in text
    for word in words:
        assert word in text, result.output
    return text


def test_a_full_disk_is_named_and_the_journal_is_unchanged(cli, journal_path, monkeypatch):
    _logged(cli, "2026-06-01")
    before = journal_path.read_bytes()

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "_record", full)
    _honest(cli("log", "--date", "2026-06-02", "--mood", "3"), "no space left")
    monkeypatch.undo()
    assert journal_path.read_bytes() == before
    with Journal.open(journal_path) as journal:
        assert [c.date.isoformat() for c in journal.checkins()] == ["2026-06-01"]


def test_an_export_on_a_full_disk_is_named_and_leaves_no_temporary_file(
    cli, journal_path, tmp_path, monkeypatch
):
    _logged(cli, "2026-06-01")
    out = tmp_path / "out"
    out.mkdir()

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("trdjournal.storage.private_files.os.fsync", no_space)
    _honest(cli("export", "-o", str(out / "x.json")), "no space left")
    assert list(out.iterdir()) == []


def test_a_read_only_journal_is_named_not_damaged(cli, journal_path, monkeypatch):
    _logged(cli, "2026-06-01")
    before = journal_path.read_bytes()

    def read_only(path, key):
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    monkeypatch.setattr(Journal, "_connect", staticmethod(read_only))
    assert cli("entries").exit_code == 0  # reading still works
    _honest(cli("log", "--date", "2026-06-02", "--mood", "3"), "read-only")
    assert journal_path.read_bytes() == before


def test_permission_denied_is_named(cli, journal_path, monkeypatch):
    _logged(cli, "2026-06-01")

    def denied(path, key):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(Journal, "_connect", staticmethod(denied))
    _honest(cli("entries"), "no permission")


def test_a_journal_in_a_folder_that_is_gone_is_not_started_anew(cli, tmp_path):
    gone = tmp_path / "usb-stick" / "journal.sqlite3"
    _honest(cli("log", "--mood", "5", db=gone), "does not exist", "unplugged")
    assert not gone.parent.exists()


def test_restore_on_a_full_disk_leaves_a_healthy_journal_where_and_as_it_was(
    cli, journal_path, monkeypatch
):
    _logged(cli, "2026-06-01")
    assert cli("backup").exit_code == 0
    _logged(cli, "2026-06-02")
    before = journal_path.read_bytes()
    real_copy = backup.copy_database

    def full(source, target, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "copy_database", full)
    _honest(cli("restore", "--newest"), "no space left", "--force")
    assert journal_path.read_bytes() == before
    assert not any("damaged" in b.path.name for b in backup.list_backups(journal_path))
    # --force moves it aside to make room, and puts it back when the copy then fails too
    _honest(cli("restore", "--newest", "--force"), "no space left")
    assert journal_path.read_bytes() == before
    monkeypatch.setattr(backup, "copy_database", real_copy)
    assert cli("entries").exit_code == 0  # and it opens as before


@pytest.mark.parametrize("make", ["enospc", "erofs", "eacces", "sqlite-full", "sqlite-ro"])
def test_every_kind_has_its_own_message(make, tmp_path):
    from trdjournal.storage import diagnosis, errors

    path = tmp_path / "journal.sqlite3"
    raised = {
        "enospc": OSError(errno.ENOSPC, "No space left on device"),
        "erofs": OSError(errno.EROFS, "Read-only file system"),
        "eacces": PermissionError(errno.EACCES, "Permission denied"),
        "sqlite-full": sqlite3.OperationalError("database or disk is full"),
        "sqlite-ro": sqlite3.OperationalError("attempt to write a readonly database"),
    }[make]
    kind = {
        "enospc": errors.NoSpaceError,
        "erofs": errors.ReadOnlyError,
        "eacces": errors.PermissionDeniedError,
        "sqlite-full": errors.NoSpaceError,
        "sqlite-ro": errors.ReadOnlyError,
    }[make]
    named = diagnosis.explain(raised, path)
    assert type(named) is kind
    assert "damaged" not in str(named).replace("not damaged", "")
