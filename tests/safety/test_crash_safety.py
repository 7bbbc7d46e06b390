"""SIGKILL in the middle of a large import and of a stream of check-ins: afterwards the journal
passes SQLite's integrity check, holds every committed write, and no part of the import."""

from __future__ import annotations

import datetime as dt
import os
import select
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trdjournal.domain import CheckIn
from trdjournal.storage import Journal

SRC = Path(__file__).resolve().parents[2] / "src"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

# Runs `trdjournal import` in a child process. The child's connection gets a tiny page cache so
# that the open transaction spills uncommitted pages into the WAL file, and it stops (to be
# killed) right after the check-ins are written, before the history rows and the commit.
IMPORT_CHILD = textwrap.dedent(
    """
    import sys, time
    from trdjournal.storage.journal import Journal
    from trdjournal.cli import main

    prepare = Journal._prepare.__func__
    def small_cache(cls, db, path, *args, **kwargs):
        journal = prepare(cls, db, path, *args, **kwargs)
        db.conn.execute("PRAGMA cache_size = 16")
        return journal
    Journal._prepare = classmethod(small_cache)

    write_rows = Journal._write_rows
    def write_then_stop(self, table, *args, **kwargs):
        write_rows(self, table, *args, **kwargs)
        if table == "checkins":
            print("checkins written, not committed", flush=True)
            time.sleep(120)
    Journal._write_rows = write_then_stop
    main(["--db", sys.argv[1], "import", sys.argv[2]], standalone_mode=False)
    """
)

# Saves one check-in a day, oldest first, and says which day after each save has returned.
STREAM_CHILD = textwrap.dedent(
    """
    import sys, datetime as dt
    from trdjournal.domain import CheckIn
    from trdjournal.storage import Journal

    with Journal.open(sys.argv[1]) as journal:
        day = dt.date(2000, 1, 1)
        while True:
            journal.save_checkin(CheckIn(day, day.toordinal() % 11, note="x" * 200))
            print(day.isoformat(), flush=True)
            day += dt.timedelta(days=1)
    """
)


def _child(code: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC), "TRDJOURNAL_TODAY": "2026-06-15"}
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env)


class _Lines:
    """The child's stdout read straight from the pipe, line by line.

    Not through ``proc.stdout``: its buffer reads ahead, so a ``select`` on the pipe can wait
    for lines already sitting in the buffer, and whatever it read ahead is never looked at.
    """

    def __init__(self, proc: subprocess.Popen) -> None:
        self.fd, self.pending = proc.stdout.fileno(), b""

    def next(self, timeout: float = 60) -> str:
        while b"\n" not in self.pending:
            ready, _, _ = select.select([self.fd], [], [], timeout)
            assert ready, "the child process said nothing in time"
            chunk = os.read(self.fd, 65536)
            assert chunk, "the child process ended without saying it"
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode()

    def rest(self) -> list[str]:
        """Every whole line still in the pipe (read after the child is dead: up to EOF)."""
        while chunk := os.read(self.fd, 65536):
            self.pending += chunk
        *whole, self.pending = self.pending.split(b"\n")
        return [line.decode() for line in whole]


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _check(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return conn


def test_a_large_import_killed_midway_leaves_nothing_of_it(tmp_path, make_daylio_export):
    journal_path = tmp_path / "journal.sqlite3"
    with Journal.open(journal_path) as journal:
        for day in (dt.date(2026, 6, 1), dt.date(2026, 6, 2)):
            journal.save_checkin(CheckIn(day, 4, note="before the import"))
        committed = [(c.date.isoformat(), c.mood, c.note) for c in journal.checkins()]
    export = make_daylio_export(tmp_path / "daylio.csv", days=7400, end=dt.date(2026, 6, 15))
    wal = Path(f"{journal_path}-wal")
    proc = _child(IMPORT_CHILD, str(journal_path), str(export))
    assert _Lines(proc).next() == "checkins written, not committed"
    wal_at_kill = wal.stat().st_size
    _kill(proc)
    assert wal_at_kill > 500_000  # uncommitted import pages really were on disk
    conn = _check(journal_path)
    rows = conn.execute("SELECT date, mood, note FROM checkins ORDER BY date").fetchall()
    revisions = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    conn.close()
    assert rows == committed
    assert revisions == 2
    with Journal.open(journal_path) as journal:  # and it opens and takes writes as before
        journal.save_checkin(CheckIn(dt.date(2026, 6, 3), 5))
        assert len(journal.checkins()) == 3


def test_a_stream_of_checkins_killed_midway_keeps_every_committed_one(tmp_path):
    journal_path = tmp_path / "journal.sqlite3"
    Journal.open(journal_path).close()
    proc = _child(STREAM_CHILD, str(journal_path))
    lines = _Lines(proc)
    seen = [lines.next() for _ in range(300)]  # the kill lands well inside the stream
    _kill(proc)
    # The writer does not wait for the test to read: by the kill it may have reported many
    # more saves, which are in the pipe. Every one it reported counts, not only those read.
    confirmed = seen + lines.rest()
    assert confirmed == [
        (dt.date(2000, 1, 1) + dt.timedelta(days=n)).isoformat() for n in range(len(confirmed))
    ]
    conn = _check(journal_path)
    stored = dict(conn.execute("SELECT date, mood FROM checkins").fetchall())
    revisions = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    conn.close()
    for day in confirmed:
        assert stored[day] == dt.date.fromisoformat(day).toordinal() % 11
    # The kill may land after a commit that was not yet reported, never inside one.
    assert len(stored) in (len(confirmed), len(confirmed) + 1)
    assert revisions == len(stored)
