"""Encrypting, decrypting and re-keying (storage/conversion.py, the one path): exact round
trips, all or nothing, the journal and its backups alike."""

from __future__ import annotations

import os
import shutil
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
from tests.hardening.killing import forked

from trdjournal.domain import ValidationError
from trdjournal.storage import (
    Journal,
    JournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
    backup,
    cipher,
    conversion,
)
from trdjournal.storage.cipher import is_encrypted

SRC = Path(__file__).resolve().parents[2] / "src"


def encrypt(path: Path, passphrase: str, *, current: str | None = None):
    return conversion.convert_everything(path, current=current, new=passphrase)[0]


def decrypt(path: Path, passphrase: str):
    return conversion.convert_everything(path, current=passphrase, new=None)[0]


def _backed_up(path: Path, passphrase: str | None = None) -> Path:
    with Journal.open(path, passphrase=passphrase) as journal:
        return backup.backup_connection(journal.db.conn, path, "manual", passphrase=journal.key)


def _plain_copy(encrypted: Path, folder: Path) -> Path:
    """The encrypted journal decrypted in another folder (which has no backups)."""
    folder.mkdir()
    copy = folder / encrypted.name
    shutil.copyfile(encrypted, copy)
    decrypt(copy, PASSPHRASE)
    return copy


def test_encrypt_then_decrypt_round_trips_every_row(plain_journal):
    original = every_row(plain_journal, None)
    done = encrypt(plain_journal, PASSPHRASE)
    assert done.action == "encrypt" and done.rows["checkins"] == 60
    assert is_encrypted(plain_journal)
    assert secrets_found(plain_journal.read_bytes()) == []
    assert every_row(plain_journal, PASSPHRASE) == original
    decrypt(plain_journal, PASSPHRASE)
    assert not is_encrypted(plain_journal)
    assert every_row(plain_journal, None) == original
    # Nothing left behind: no temporary file, no copy of the journal as it was.
    assert sorted(p.name for p in plain_journal.parent.iterdir()) == ["journal.sqlite3"]


def test_the_converted_journal_stays_private_and_usable(plain_journal):
    encrypt(plain_journal, PASSPHRASE)
    assert oct(plain_journal.stat().st_mode & 0o777) == "0o600"
    with Journal.open(plain_journal, passphrase=PASSPHRASE) as journal:
        assert journal.pending_migrations() == []
        assert journal.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_changing_the_passphrase(encrypted_journal):
    original = every_row(encrypted_journal, PASSPHRASE)
    done = encrypt(encrypted_journal, "a new one", current=PASSPHRASE)
    assert done.action == "rekey"
    with pytest.raises(WrongPassphraseError):
        Journal.open(encrypted_journal, passphrase=PASSPHRASE)
    assert every_row(encrypted_journal, "a new one") == original


def test_a_wrong_passphrase_converts_nothing(encrypted_journal):
    before = files_and_bytes(encrypted_journal.parent)
    with pytest.raises(WrongPassphraseError):
        decrypt(encrypted_journal, "not it")
    with pytest.raises(WrongPassphraseError):
        encrypt(encrypted_journal, "new", current="not it")
    with pytest.raises(PassphraseRequiredError):
        encrypt(encrypted_journal, "new")
    assert files_and_bytes(encrypted_journal.parent) == before


def test_refusals_that_make_no_sense(plain_journal, encrypted_journal, tmp_path):
    with pytest.raises(JournalError, match="nothing to decrypt"):
        conversion.convert_everything(plain_journal, current=None, new=None)
    with pytest.raises(ValidationError, match="same as the current"):
        encrypt(encrypted_journal, PASSPHRASE, current=PASSPHRASE)
    with pytest.raises(ValidationError, match="must not be empty"):
        encrypt(plain_journal, "")
    with pytest.raises(JournalError, match="There is no journal"):
        encrypt(tmp_path / "missing.sqlite3", PASSPHRASE)


def test_a_failure_before_the_swap_changes_nothing_and_leaves_nothing(plain_journal, monkeypatch):
    _backed_up(plain_journal)
    before = files_and_bytes(plain_journal.parent)
    real_fsync, flushed = cipher.fsync_file, []

    def the_disk_fills_on_the_backups_copy(path):
        flushed.append(path)
        if len(flushed) == 2:  # the journal's copy was made; the backup's is not
            raise OSError("disk full")
        real_fsync(path)

    monkeypatch.setattr(cipher, "fsync_file", the_disk_fills_on_the_backups_copy)
    with pytest.raises(JournalError, match="Could not encrypt.*disk full.*Nothing was changed"):
        encrypt(plain_journal, PASSPHRASE)
    monkeypatch.undo()
    assert files_and_bytes(plain_journal.parent) == before  # no copy, no record, no .tmp
    assert conversion.pending(plain_journal) is None


def test_a_copy_that_does_not_verify_is_thrown_away(plain_journal, monkeypatch):
    before = plain_journal.read_bytes()

    counted = conversion._row_counts
    calls = []

    def a_row_goes_missing(conn):
        calls.append(conn)
        counts = counted(conn)
        return counts if len(calls) == 1 else {**counts, "checkins": counts["checkins"] - 1}

    monkeypatch.setattr(conversion, "_row_counts", a_row_goes_missing)
    with pytest.raises(JournalError, match="different rows.*Nothing was changed"):
        encrypt(plain_journal, PASSPHRASE)
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
            encrypt(plain_journal, PASSPHRASE)
        assert not is_encrypted(plain_journal)
        assert plain_journal.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=30)
    assert sorted(p.name for p in plain_journal.parent.iterdir()) == ["journal.sqlite3"]


def test_the_backups_alone_of_a_journal_already_as_asked(encrypted_journal, tmp_path):
    """A re-run after backups were left plain: only they are converted, by the same path."""
    same = _backed_up(encrypted_journal, PASSPHRASE)  # already encrypted like the journal
    plain = same.with_name("journal-20260101-090000-manual.sqlite3")
    os.replace(_plain_copy(encrypted_journal, tmp_path / "elsewhere"), plain)
    other = same.with_name("journal-20260102-090000-manual.sqlite3")
    Journal.open(other, passphrase="an older passphrase").close()
    journal_before, same_before = encrypted_journal.read_bytes(), same.read_bytes()
    done = conversion.convert_backups(encrypted_journal, current=None, new=PASSPHRASE)
    assert done.converted == [plain]
    assert list(done.skipped) == [other] and "another passphrase" in done.skipped[other]
    assert is_encrypted(plain) and secrets_found(plain.read_bytes()) == []
    assert every_row(plain, PASSPHRASE) == every_row(encrypted_journal, PASSPHRASE)
    assert encrypted_journal.read_bytes() == journal_before and same.read_bytes() == same_before
    assert conversion.pending(encrypted_journal) is None
    assert not [p for p in files_and_bytes(tmp_path) if p.endswith((".tmp", ".convert"))]


@pytest.mark.skipif(os.name != "posix", reason="fork is POSIX")
def test_backups_alone_killed_while_swapping_are_finished_like_the_journal(
    encrypted_journal, tmp_path
):
    from click.testing import CliRunner

    from trdjournal.cli import main

    backups = [_backed_up(encrypted_journal, PASSPHRASE) for _ in range(2)]
    os.replace(_plain_copy(encrypted_journal, tmp_path / "elsewhere"), encrypted_journal)
    journal = encrypted_journal  # plain now; its backups are still encrypted
    rows = every_row(journal, None)
    real_replace = os.replace

    def killed_after_the_first_swap() -> None:
        def replace(src, dst):
            real_replace(src, dst)
            if str(src).endswith(conversion.NEW_SUFFIX):
                os._exit(9)

        os.replace = replace
        conversion.convert_backups(journal, current=PASSPHRASE, new=None)

    assert forked(killed_after_the_first_swap) == 9
    assert conversion.pending(journal).phase == "swapping"
    assert sorted(is_encrypted(b) for b in backups) == [False, True]  # half swapped
    with pytest.raises(JournalError, match="decrypt` again"):
        Journal.open(journal)
    swedish = CliRunner(env={"TRDJOURNAL_LOCALE": "sv"})
    refused = swedish.invoke(main, ["--db", str(journal), "entries"])
    assert refused.exit_code == 1
    assert f"En tidigare dekryptering av {journal} avbröts" in refused.output
    finished = swedish.invoke(main, ["--db", str(journal), "decrypt"])
    assert finished.exit_code == 0, finished.output
    assert finished.output.startswith(
        f"Slutförde den avbrutna dekrypteringen av {journal} och dess 2 säkerhetskopior."
    )
    assert conversion.pending(journal) is None
    assert all(every_row(b, None) == rows for b in backups)


def test_what_encrypt_and_decrypt_say_is_whole_swedish_sentences(plain_journal):
    from click.testing import CliRunner

    from trdjournal.cli import main

    _backed_up(plain_journal)
    _backed_up(plain_journal)
    swedish = CliRunner(env={"TRDJOURNAL_LOCALE": "sv", "TRDJOURNAL_PASSPHRASE": PASSPHRASE})
    done = swedish.invoke(main, ["--db", str(plain_journal), "encrypt"])
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == [
        f"Krypterade {plain_journal}.",
        "Dess 2 säkerhetskopior krypterades också.",
        "Förvara lösenfrasen säkert: utan den kan ingen öppna den här journalen eller dess "
        "säkerhetskopior, inte ens du.",
    ]
    undone = swedish.invoke(main, ["--db", str(plain_journal), "decrypt"])
    assert undone.exit_code == 0, undone.output
    assert undone.output.splitlines()[1] == "Dess 2 säkerhetskopior dekrypterades också."
