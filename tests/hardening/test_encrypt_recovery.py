"""Finding 4: encrypt (and decrypt) convert the journal and its backups as one recoverable
operation: interrupted, the same command with the same passphrase finishes it; with nothing
left to do it says so; afterwards no file in the folder holds plaintext, .tmp files included."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from tests.crypto.journal_helpers import PASSPHRASE, SECRET_NOTES, files_and_bytes, fill
from tests.hardening.killing import forked

from trdjournal.cli import main
from trdjournal.storage import Journal, backup, cipher, conversion

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork is POSIX")
ENV = {"TRDJOURNAL_PASSPHRASE": PASSPHRASE}


def _plaintext_in(folder) -> list[str]:
    return [
        name
        for name, data in files_and_bytes(folder).items()
        if any(note.encode() in data for note in SECRET_NOTES)
    ]


@pytest.fixture
def lived_in(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        fill(journal)
        backup.backup_connection(journal.db.conn, path, "manual")
        backup.backup_connection(journal.db.conn, path, "daily")
    # what an interrupted encrypt of an older version left: plaintext copies
    (tmp_path / ".journal.sqlite3.encrypt-999.tmp").write_bytes(path.read_bytes())
    (tmp_path / "journal.sqlite3.before-encrypt").write_bytes(path.read_bytes())
    return path


def _run(path, *args, env=ENV):
    return CliRunner().invoke(main, ["--db", str(path), *args], env=env)


def test_an_encrypt_killed_while_swapping_is_finished_by_running_it_again(lived_in):
    real_replace = os.replace
    swapped = []

    def kill_after_the_first_swap() -> None:
        def replace(src, dst):
            real_replace(src, dst)
            if str(src).endswith(conversion.NEW_SUFFIX):
                swapped.append(dst)
                if len(swapped) == 2:
                    os._exit(9)  # killed halfway through the swap

        os.replace = replace
        _run(lived_in, "encrypt")

    assert forked(kill_after_the_first_swap) == 9
    assert conversion.pending(lived_in).phase == "swapping"
    assert _plaintext_in(lived_in.parent)  # half done: some files still plain
    refused = _run(lived_in, "entries")  # nobody writes to a half-swapped journal
    assert refused.exit_code == 1 and "encrypt` again" in refused.output
    wrong = _run(lived_in, "encrypt", env={"TRDJOURNAL_PASSPHRASE": "another"})
    assert wrong.exit_code == 1 and "Wrong passphrase" in wrong.output
    finished = _run(lived_in, "encrypt")
    assert finished.exit_code == 0, finished.output
    assert "Finished the interrupted encrypt" in finished.output
    assert _plaintext_in(lived_in.parent) == []
    assert all(cipher.is_encrypted(b.path) for b in backup.list_backups(lived_in))
    again = _run(lived_in, "encrypt")
    assert again.exit_code == 0 and "nothing left to do" in again.output
    with Journal.open(lived_in, passphrase=PASSPHRASE) as journal:
        assert len(journal.checkins()) == 60


def test_an_encrypt_leaves_no_plaintext_anywhere_in_the_folder(lived_in):
    assert _plaintext_in(lived_in.parent)
    done = _run(lived_in, "encrypt")
    assert done.exit_code == 0, done.output
    assert _plaintext_in(lived_in.parent) == []
    names = sorted(files_and_bytes(lived_in.parent))
    assert not [n for n in names if ".tmp" in n or "before-" in n or n.endswith(".convert")]


def test_a_decrypt_killed_while_converting_starts_again_cleanly(lived_in):
    assert _run(lived_in, "encrypt").exit_code == 0

    def kill_in_the_copy() -> None:
        real = conversion._verify

        def verify(*args):
            real(*args)
            os._exit(9)

        conversion._verify = verify
        _run(lived_in, "decrypt")

    assert forked(kill_in_the_copy) == 9
    assert cipher.is_encrypted(lived_in)  # nothing was swapped
    done = _run(lived_in, "decrypt")
    assert done.exit_code == 0, done.output
    assert not cipher.is_encrypted(lived_in)
    assert not any(cipher.is_encrypted(b.path) for b in backup.list_backups(lived_in))
    assert conversion.pending(lived_in) is None
    again = _run(lived_in, "decrypt")
    assert again.exit_code == 0 and "nothing left to do" in again.output
