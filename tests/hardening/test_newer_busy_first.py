"""Finding 8 (a journal from a newer trdjournal opens read-only), finding 9 (a busy journal
waits, then says so; two processes) and finding 10 (killing the very first command on a new
journal never leaves a file refused forever)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from tests.hardening.killing import cli_main, forked, killed_after

from trdjournal.storage import Journal

SRC = Path(__file__).resolve().parents[2] / "src"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX")


def _logged(cli) -> None:
    assert cli("log", "--date", "2026-06-01", "--mood", "5", "--note", "kept").exit_code == 0


@pytest.mark.parametrize("mark", ["migration", "user_version"])
def test_a_newer_journal_is_read_but_never_written(cli, journal_path, tmp_path, mark):
    _logged(cli)
    conn = sqlite3.connect(journal_path)
    if mark == "migration":
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('trdjournal', '0099_from_the_future', '2030-01-01')"
        )
        conn.commit()
        schema = "0099_from_the_future"
    else:
        conn.execute("PRAGMA user_version = 7")
        schema = "user_version 7"
    conn.close()
    before = journal_path.read_bytes()
    assert cli("entries").exit_code == 0
    assert "2026-06-01" in cli("entries").output
    assert cli("export", "-o", str(tmp_path / "x.json")).exit_code == 0
    assert cli("report", "-o", str(tmp_path / "r.pdf"), "--from", "2026-06-01").exit_code == 0
    refusal = (
        f"written by a newer trdjournal (its schema: {schema}); update trdjournal to change it"
    )
    for args in (
        ("log", "--mood", "3"),
        ("undo",),
        ("event", "add", "--impact", "1", "x"),
        ("med", "start", "sertraline", "--dose", "50"),
    ):
        result = cli(*args)
        assert result.exit_code == 1, result.output
        assert refusal in result.output
    assert journal_path.read_bytes() == before


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings VALUES ('held', '1')")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
    """
)


def _cli(journal: Path, *args: str, busy: str = "3") -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "TRDJOURNAL_TODAY": "2026-06-15",
        "TRDJOURNAL_BUSY_SECONDS": busy,
    }
    return subprocess.run(
        [sys.executable, "-m", "trdjournal", "--db", str(journal), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def _hold(journal: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(journal), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_a_writer_waits_for_another_programs_transaction(cli, journal_path):
    _logged(cli)
    holder = _hold(journal_path, 1.0)
    try:
        done = _cli(journal_path, "log", "--date", "2026-06-02", "--mood", "6", busy="10")
    finally:
        holder.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    with Journal.open(journal_path) as journal:
        assert len(journal.checkins()) == 2


def test_a_journal_busy_for_too_long_says_so_and_exits_1(cli, journal_path):
    _logged(cli)
    holder = _hold(journal_path, 8.0)
    try:
        began = time.monotonic()
        done = _cli(journal_path, "log", "--date", "2026-06-02", "--mood", "6", busy="1")
        waited = time.monotonic() - began
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert done.returncode == 1
    assert "the journal is busy (open in another program?)" in done.stderr
    assert "Traceback" not in done.stderr
    assert waited >= 1.0
    with Journal.open(journal_path) as journal:
        assert len(journal.checkins()) == 1


def test_a_first_command_killed_in_the_schema_leaves_a_journal_that_opens(journal_path):
    """Killed after SQLite committed the migrations table, before the first migration: on
    main this file was refused forever as "not a trdjournal journal"."""
    from trdjournal.storage import schema

    def killed_halfway() -> None:
        first = schema.migrations._migrations[0]

        def die(db):
            os._exit(9)

        first.fn = die
        Journal.open(journal_path)

    assert forked(killed_halfway) == 9
    with Journal.open(journal_path) as journal:  # opens, as a new journal
        assert journal.is_blank()
    assert [p.name for p in journal_path.parent.iterdir() if ".new-" in p.name] == []


def test_killing_the_first_command_at_random_moments_never_leaves_a_refused_file(tmp_path):
    rng = random.Random(14)
    for attempt in range(20):
        path = tmp_path / f"j{attempt}" / "journal.sqlite3"
        path.parent.mkdir()
        killed_after(cli_main("--db", str(path), "log", "--mood", "5"), rng.uniform(0, 0.25))
        with Journal.open(path) as journal:  # never NotAJournalError
            assert [c.mood for c in journal.checkins()] in ([], [5])
