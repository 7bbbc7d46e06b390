"""Encrypting, decrypting and re-keying: exact round trips, all or nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.crypto.journal_helpers import (
    PASSPHRASE,
    every_row,
    files_and_bytes,
    secrets_found,
)

from trdjournal.domain import ValidationError
from trdjournal.storage import (
    Journal,
    JournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
    encryption,
)
from trdjournal.storage.cipher import is_encrypted

SRC = Path(__file__).resolve().parents[2] / "src"


def test_encrypt_then_decrypt_round_trips_every_row(plain_journal):
    original = every_row(plain_journal, None)
    done = encryption.encrypt(plain_journal, PASSPHRASE)
    assert done.action == "encrypt" and done.rows["checkins"] == 60
    assert is_encrypted(plain_journal)
    assert secrets_found(plain_journal.read_bytes()) == []
    assert every_row(plain_journal, PASSPHRASE) == original
    encryption.decrypt(plain_journal, PASSPHRASE)
    assert not is_encrypted(plain_journal)
    assert every_row(plain_journal, None) == original
    # Nothing left behind: no temporary file, no copy of the journal as it was.
    assert sorted(p.name for p in plain_journal.parent.iterdir()) == ["journal.sqlite3"]


def test_the_converted_journal_stays_private_and_usable(plain_journal):
    encryption.encrypt(plain_journal, PASSPHRASE)
    assert oct(plain_journal.stat().st_mode & 0o777) == "0o600"
    with Journal.open(plain_journal, passphrase=PASSPHRASE) as journal:
        assert journal.pending_migrations() == []
        assert journal.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_changing_the_passphrase(encrypted_journal):
    original = every_row(encrypted_journal, PASSPHRASE)
    done = encryption.encrypt(encrypted_journal, "a new one", current=PASSPHRASE)
    assert done.action == "rekey"
    with pytest.raises(WrongPassphraseError):
        Journal.open(encrypted_journal, passphrase=PASSPHRASE)
    assert every_row(encrypted_journal, "a new one") == original


def test_a_wrong_passphrase_converts_nothing(encrypted_journal):
    before = files_and_bytes(encrypted_journal.parent)
    with pytest.raises(WrongPassphraseError):
        encryption.decrypt(encrypted_journal, "not it")
    with pytest.raises(WrongPassphraseError):
        encryption.encrypt(encrypted_journal, "new", current="not it")
    with pytest.raises(PassphraseRequiredError):
        encryption.encrypt(encrypted_journal, "new")
    assert files_and_bytes(encrypted_journal.parent) == before


def test_refusals_that_make_no_sense(plain_journal, encrypted_journal, tmp_path):
    with pytest.raises(JournalError, match="nothing to decrypt"):
        encryption.convert(plain_journal, current=None, new=None)
    with pytest.raises(ValidationError, match="same as the current"):
        encryption.encrypt(encrypted_journal, PASSPHRASE, current=PASSPHRASE)
    with pytest.raises(ValidationError, match="must not be empty"):
        encryption.encrypt(plain_journal, "")
    with pytest.raises(JournalError, match="There is no journal"):
        encryption.encrypt(tmp_path / "missing.sqlite3", PASSPHRASE)


def test_a_failure_before_the_swap_leaves_the_journal_and_a_copy(plain_journal, monkeypatch):
    before = plain_journal.read_bytes()

    def no_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", no_replace)
    with pytest.raises(JournalError, match="disk full.*not changed.*kept at"):
        encryption.encrypt(plain_journal, PASSPHRASE)
    monkeypatch.undo()
    assert plain_journal.read_bytes() == before
    kept = plain_journal.with_name("journal.sqlite3.before-encrypt")
    assert kept.read_bytes() == before
    assert sorted(p.name for p in plain_journal.parent.iterdir()) == [
        "journal.sqlite3",
        "journal.sqlite3.before-encrypt",
    ]


def test_a_copy_that_does_not_verify_is_thrown_away(plain_journal, monkeypatch):
    before = plain_journal.read_bytes()

    counted = encryption._row_counts
    calls = []

    def a_row_goes_missing(conn):
        calls.append(conn)
        counts = counted(conn)
        return counts if len(calls) == 1 else {**counts, "checkins": counts["checkins"] - 1}

    monkeypatch.setattr(encryption, "_row_counts", a_row_goes_missing)
    with pytest.raises(JournalError, match="different rows.*not changed"):
        encryption.encrypt(plain_journal, PASSPHRASE)
    assert plain_journal.read_bytes() == before
    assert sorted(p.name for p in plain_journal.parent.iterdir()) == ["journal.sqlite3"]


def test_a_journal_open_in_another_process_is_not_converted(plain_journal):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from trdjournal.storage import Journal\n"
            f"j = Journal.open({str(plain_journal)!r}); j.checkins(); print('open', flush=True)\n"
            "sys.stdin.readline(); j.close()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = plain_journal.read_bytes()
        with pytest.raises(JournalError, match="open in another trdjournal"):
            encryption.encrypt(plain_journal, PASSPHRASE)
        assert not is_encrypted(plain_journal)
        assert plain_journal.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=30)
    assert sorted(p.name for p in plain_journal.parent.iterdir()) == ["journal.sqlite3"]
