"""Backups of an encrypted journal carry its key; exports are plain only when asked for."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest
from click.testing import CliRunner
from tests.crypto.journal_helpers import (
    PASSPHRASE,
    SECRET_NOTES,
    every_row,
    files_and_bytes,
    secrets_found,
)

from trdjournal.storage import Journal, WrongPassphraseError, backup
from trdjournal.storage.cipher import is_encrypted

ENV = {"TRDJOURNAL_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def run(encrypted_journal, monkeypatch):
    from trdjournal.cli import main

    def invoke(*args: str, env: dict | None = None, input: str | None = None):
        monkeypatch.delenv("TRDJOURNAL_PASSPHRASE", raising=False)
        return CliRunner().invoke(
            main, ["--db", str(encrypted_journal), *args], env=env or {}, input=input
        )

    return invoke


def test_every_kind_of_backup_is_encrypted_with_the_journals_key(run, encrypted_journal):
    assert run("entries", env=ENV).exit_code == 0  # the day's automatic backup
    assert run("backup", env=ENV).exit_code == 0  # one asked for
    outside = encrypted_journal.parent.parent / "elsewhere.sqlite3"
    assert run("backup", "-o", str(outside), env=ENV).exit_code == 0
    made = [b.path for b in backup.list_backups(encrypted_journal)] + [outside]
    assert len(made) == 3
    original = every_row(encrypted_journal, PASSPHRASE)
    for path in made:
        assert is_encrypted(path)
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT count(*) FROM checkins").fetchone()
        assert secrets_found(path.read_bytes()) == []
        assert every_row(path, PASSPHRASE) == original
        with pytest.raises(WrongPassphraseError):
            Journal.open(path, passphrase="not it")


@pytest.mark.skipif(shutil.which("strings") is None, reason="needs binutils' strings")
def test_strings_finds_nothing_in_the_journal_or_its_backups(run, encrypted_journal):
    run("backup", env=ENV)
    files = [p for p in encrypted_journal.parent.rglob("*") if p.is_file()]
    assert len(files) >= 3  # the journal, the daily and the manual backup
    found = subprocess.run(
        ["strings", "-n", "5", *map(str, files)], capture_output=True, text=True, check=True
    ).stdout
    for word in (*SECRET_NOTES, "Zebra", "Told nobody", "checkins", "CREATE TABLE"):
        assert word not in found


def test_backup_list_checks_encrypted_backups_with_the_passphrase(run):
    run("backup", env=ENV)
    listed = run("backup", "--list", env=ENV)
    assert listed.exit_code == 0, listed.output
    assert "(encrypted)" in listed.output and "damaged" not in listed.output
    wrong = run("backup", "--list", env={"TRDJOURNAL_PASSPHRASE": "not it"})
    # A wrong passphrase is refused as such (issue 14, finding 15), not listed as damage.
    assert wrong.exit_code == 1 and "Wrong passphrase" in wrong.output


def test_restoring_an_encrypted_backup(run, encrypted_journal):
    run("backup", env=ENV)
    with Journal.open(encrypted_journal, passphrase=PASSPHRASE) as journal:
        journal.delete_checkin(journal.checkins()[0].date)
    wrong = files_and_bytes(encrypted_journal.parent)
    refused = run("restore", "--newest", env={"TRDJOURNAL_PASSPHRASE": "not it"})
    assert refused.exit_code == 1 and "Wrong passphrase" in refused.output
    assert files_and_bytes(encrypted_journal.parent) == wrong
    restored = run("restore", "--newest", env=ENV)
    assert restored.exit_code == 0, restored.output
    assert is_encrypted(encrypted_journal)
    shown = json.loads(run("entries", "--json", env=ENV).output)
    assert len(shown) == 60 and shown[0]["note"] == SECRET_NOTES[0]
    # The journal as it was before the restore went into backups/, encrypted as well.
    assert all(is_encrypted(b.path) for b in backup.list_backups(encrypted_journal))


def test_export_of_an_encrypted_journal_needs_plaintext_and_warns(run, tmp_path):
    out = tmp_path / "export.json"
    refused = run("export", "-o", str(out), env=ENV)
    assert refused.exit_code == 2
    assert "--plaintext" in refused.output
    assert not out.exists()
    done = run("export", "-o", str(out), "--plaintext", env=ENV)
    assert done.exit_code == 0, done.output
    assert "not encrypted" in done.output
    assert SECRET_NOTES[0] in out.read_text(encoding="utf-8")


def test_encrypting_encrypts_the_old_backups_and_decrypting_decrypts_them(tmp_path):
    from trdjournal.cli import main

    path = tmp_path / "journal.sqlite3"
    runner = CliRunner()
    assert (
        runner.invoke(
            main, ["--db", str(path), "log", "--mood", "3", "--note", SECRET_NOTES[1]]
        ).exit_code
        == 0
    )
    assert runner.invoke(main, ["--db", str(path), "backup"]).exit_code == 0
    plain_backups = [b.path for b in backup.list_backups(path)]
    assert len(plain_backups) == 2 and secrets_found(plain_backups[0].read_bytes())
    done = runner.invoke(main, ["--db", str(path), "encrypt"], env=ENV)
    assert done.exit_code == 0, done.output
    assert "2 backups were encrypted too" in done.output
    for item in plain_backups:
        assert is_encrypted(item) and secrets_found(item.read_bytes()) == []
    undone = runner.invoke(main, ["--db", str(path), "decrypt"], env=ENV)
    assert undone.exit_code == 0, undone.output
    assert all(not is_encrypted(item) for item in plain_backups)
    assert every_row(plain_backups[0], None)["checkins"]


def test_a_report_of_an_encrypted_journal_warns_that_the_pdf_is_plain(run, tmp_path):
    out = tmp_path / "visit.pdf"
    done = run("report", "-o", str(out), env=ENV)
    assert done.exit_code == 0, done.output
    assert out.exists() and "visit.pdf is not encrypted" in done.output


def test_a_damaged_encrypted_journal_names_its_encrypted_backup(run, encrypted_journal):
    made = run("backup", env=ENV)
    assert made.exit_code == 0, made.output
    data = bytearray(encrypted_journal.read_bytes())
    data[4096 * 3 + 50 : 4096 * 3 + 90] = b"\x00" * 40
    encrypted_journal.write_bytes(bytes(data))
    refused = run("entries", env=ENV)
    assert refused.exit_code == 1
    assert "is damaged" in refused.output and "The newest good backup is" in refused.output
    assert encrypted_journal.read_bytes() == bytes(data)
    assert run("restore", "--newest", env=ENV).exit_code == 0
    assert len(json.loads(run("entries", "--json", env=ENV).output)) == 60
