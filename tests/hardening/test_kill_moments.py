"""The kill test (issue 14's acceptance): encrypt, decrypt, restore, import and backup, each
killed with SIGKILL at 20 random moments (seeded). Every time the journal passes SQLite's
integrity check and holds all or none of the operation; an encrypt or decrypt run again with
the same passphrase finishes, and after an encrypt no file in the folder holds the plaintext
marker written into a note beforehand.

Each run is a fork of this process (milliseconds, not an interpreter's second), killed after a
random delay drawn over the operation's own measured length, on a small journal."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.hardening.killing import cli_main, killed_after

from trdjournal.cli import main
from trdjournal.domain import CheckIn
from trdjournal.storage import Journal, backup, cipher

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX")
MOMENTS = 20
PASSPHRASE = "kill test passphrase"
ENV = {"TRDJOURNAL_PASSPHRASE": PASSPHRASE}
MARKER = "Plaintext-marker-8e41"


def _rows(path: Path) -> list[tuple]:
    """The check-ins, after SQLite's full integrity check of the file (either kind)."""
    if cipher.is_encrypted(path):
        conn = cipher.connect(path, PASSPHRASE, read_only=True)
    else:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT date, mood, note FROM checkins ORDER BY date").fetchall()
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def _commands_imported():
    """Imported here once, so each forked child spends its time in the operation itself."""
    import trdjournal.cli.data_commands  # noqa: F401
    import trdjournal.cli.encryption_commands  # noqa: F401
    import trdjournal.exchange.importer  # noqa: F401


def _template(folder: Path, *, encrypted: bool = False) -> Path:
    path = folder / "journal.sqlite3"
    folder.mkdir()
    start = dt.date(2020, 1, 1)
    with Journal.open(path, passphrase=PASSPHRASE if encrypted else None) as journal:
        # Big enough (a few MB) that every operation takes long enough to be killed inside.
        journal.add_many(
            checkins=[
                CheckIn(start + dt.timedelta(days=n), n % 11, note=f"{MARKER} {'x' * 300}")
                for n in range(2000)
            ]
        )
        for reason in ("manual", "daily"):
            backup.backup_connection(journal.db.conn, path, reason, passphrase=journal.key)
    return path


def _copy(template: Path, where: Path) -> Path:
    shutil.copytree(template.parent, where)
    return where / template.name


def _timed(work) -> float:
    began = time.monotonic()
    assert killed_after(work, 60) == 0
    return time.monotonic() - began


def _moments(tmp_path, name, template, command, check, env=None):
    """Kill ``command`` at MOMENTS random moments over its own length, and ``check(path)``
    after each (and after each run that finished before its moment came)."""
    rng = random.Random(f"issue-14-{name}")

    def run(path: Path):
        args = command(path) if callable(command) else command
        return cli_main("--db", str(path), *args, env=env)

    length = min(_timed(run(_copy(template, tmp_path / f"{name}-m{n}"))) for n in range(2))
    killed = attempts = 0
    while killed < MOMENTS:  # 20 real kills: a run that finished first does not count
        attempts += 1
        assert attempts <= 4 * MOMENTS, f"{name}: only {killed} runs could be killed"
        path = _copy(template, tmp_path / f"{name}-{attempts}")
        code = killed_after(run(path), rng.uniform(0, length))
        assert code in (None, 0), f"{name} exited {code}"
        if code is None:
            killed += 1
        else:
            length *= 0.8  # it ran faster than measured: aim earlier
        check(path)
        shutil.rmtree(path.parent)


def _no_marker(folder: Path) -> None:
    found = [p.name for p in folder.rglob("*") if p.is_file() and MARKER.encode() in p.read_bytes()]
    assert found == []


def test_encrypt_and_decrypt_killed_at_random_moments(tmp_path):
    plain = _template(tmp_path / "plain-template")
    encrypted = _template(tmp_path / "encrypted-template", encrypted=True)
    expected = _rows(plain)

    def encrypt_check(path: Path) -> None:
        assert _rows(path) == expected  # all rows, whichever state it was left in
        again = CliRunner().invoke(main, ["--db", str(path), "encrypt"], env=ENV)
        assert again.exit_code == 0, again.output
        assert cipher.is_encrypted(path) and _rows(path) == expected
        _no_marker(path.parent)

    def decrypt_check(path: Path) -> None:
        assert _rows(path) == expected
        again = CliRunner().invoke(main, ["--db", str(path), "decrypt"], env=ENV)
        assert again.exit_code == 0, again.output
        assert not cipher.is_encrypted(path) and _rows(path) == expected
        assert not any(cipher.is_encrypted(b.path) for b in backup.list_backups(path))

    _moments(tmp_path, "encrypt", plain, ["encrypt"], encrypt_check, env=ENV)
    _moments(tmp_path, "decrypt", encrypted, ["decrypt"], decrypt_check, env=ENV)


def test_restore_import_and_backup_killed_at_random_moments(tmp_path):
    template = _template(tmp_path / "template")
    source = backup.list_backups(template)[0].path
    with Journal.open(template) as journal:  # the journal moves on after its backup
        journal.save_checkin(CheckIn(dt.date(2026, 6, 10), 9, note="after the backup"))
    now, then = _rows(template), _rows(source)
    daylio = tmp_path / "daylio.csv"
    lines = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    # 150 days before the journal's first: an import adds all of them, or none
    lines += [f"2019-0{1 + n // 28}-{1 + n % 28:02d},x,x,9:00 pm,good,walk,," for n in range(150)]
    daylio.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def restore_check(path: Path) -> None:
        assert _rows(path) in (now, then)

    def import_check(path: Path) -> None:
        rows = _rows(path)
        assert len(rows) in (len(now), len(now) + 150), len(rows)

    def backup_check(path: Path) -> None:
        assert _rows(path) == now
        for item in backup.list_backups(path):  # a backup under its name is whole
            assert backup.is_good(item.path)
            _rows(item.path)

    backup_name = source.relative_to(template.parent)  # the same backup in each copy

    def restore(path: Path) -> list[str]:
        return ["restore", str(path.parent / backup_name)]

    _moments(tmp_path, "restore", template, restore, restore_check)
    _moments(tmp_path, "import", template, ["import", str(daylio)], import_check)
    _moments(tmp_path, "backup", template, ["backup"], backup_check)
