"""An encrypted journal: unreadable without its passphrase, complete with it, untouched by a
wrong one."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from tests.crypto.journal_helpers import (
    PASSPHRASE,
    SECRET_NOTES,
    files_and_bytes,
    fill,
    secrets_found,
)

from trdjournal.domain import CheckIn, ValidationError
from trdjournal.storage import (
    DamagedJournalError,
    Journal,
    JournalError,
    NotAJournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from trdjournal.storage.cipher import file_kind, is_encrypted


def test_plain_sqlite_cannot_read_an_encrypted_journal(encrypted_journal):
    assert is_encrypted(encrypted_journal)
    conn = sqlite3.connect(encrypted_journal)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM checkins").fetchall()
    conn.close()


def test_no_note_text_in_the_file_or_its_wal_while_open(encrypted_journal):
    with Journal.open(encrypted_journal, passphrase=PASSPHRASE) as journal:
        journal.save_checkin(CheckIn(dt.date(2026, 6, 1), 3, note=SECRET_NOTES[1]))
        wal = encrypted_journal.with_name(encrypted_journal.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the note is in the WAL right now
        for data in files_and_bytes(encrypted_journal.parent).values():
            assert secrets_found(data) == []
    assert secrets_found(encrypted_journal.read_bytes()) == []


def test_the_same_history_in_a_plain_journal_is_readable(plain_journal):
    """The scan above would find the notes if they were there."""
    assert secrets_found(plain_journal.read_bytes()) != []


def test_the_right_passphrase_opens_everything(encrypted_journal):
    with Journal.open(encrypted_journal, passphrase=PASSPHRASE) as journal:
        assert journal.encrypted
        checkins = journal.checkins()
        assert len(checkins) == 60
        assert [c.note for c in checkins if c.note][:2] == list(SECRET_NOTES)
        assert len(journal.revisions()) == 60


def test_a_wrong_passphrase_is_refused_and_changes_nothing(encrypted_journal):
    folder = encrypted_journal.parent
    before = files_and_bytes(folder)
    for wrong in ("correct horse battery stapl", "x", "it's ' quoted", "ünïcødé"):
        with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
            Journal.open(encrypted_journal, passphrase=wrong)
    assert files_and_bytes(folder) == before  # same files, same bytes: no -wal, no -shm


def test_no_passphrase_for_an_encrypted_journal_says_so(encrypted_journal):
    before = encrypted_journal.read_bytes()
    with pytest.raises(PassphraseRequiredError, match="encrypted"):
        Journal.open(encrypted_journal)
    assert encrypted_journal.read_bytes() == before


def test_a_plain_journal_refuses_a_passphrase(plain_journal):
    before = plain_journal.read_bytes()
    with pytest.raises(JournalError, match="not encrypted"):
        Journal.open(plain_journal, passphrase=PASSPHRASE)
    assert plain_journal.read_bytes() == before


def test_an_empty_passphrase_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="must not be empty"):
        Journal.open(tmp_path / "new.sqlite3", passphrase="")
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_damaged_encrypted_journal_is_refused_and_untouched(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        for day in range(1, 200):
            journal.save_checkin(
                CheckIn(dt.date(2025, 1, 1) + dt.timedelta(days=day), 5, note="x" * 300)
            )
    data = bytearray(path.read_bytes())
    data[4096 * 5 + 100 : 4096 * 5 + 140] = b"\x00" * 40  # one page no longer authenticates
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedJournalError, match="damaged"):
        Journal.open(path, passphrase=PASSPHRASE)
    assert path.read_bytes() == bytes(data)


def test_files_that_are_not_journals_are_still_told_apart(tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_bytes(b"Dear diary, " * 500)  # not a whole number of pages: not encrypted
    assert file_kind(text) == "other"
    with pytest.raises(NotAJournalError):
        Journal.open(text)
    assert file_kind(tmp_path / "missing.sqlite3") == "new"


def test_a_new_journal_opened_with_a_passphrase_is_created_encrypted(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        fill(journal)
    assert is_encrypted(path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_sqlcipher_itself_opens_it_with_the_passphrase(encrypted_journal):
    """The key trdjournal derives is SQLCipher's own: other SQLCipher tools open the journal
    (and the backups made with its key) with the passphrase alone."""
    import sqlcipher3

    from trdjournal.storage import backup

    with Journal.open(encrypted_journal, passphrase=PASSPHRASE) as journal:
        copy = backup.backup_connection(
            journal.db.conn, encrypted_journal, "manual", passphrase=journal.key
        )
    for path in (encrypted_journal, copy):
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA key = 'correct horse battery staple'")
        notes = [n for (n,) in conn.execute("SELECT note FROM checkins WHERE note != ''")]
        conn.close()
        assert notes[:2] == list(SECRET_NOTES)
