"""Every write takes the journal's write lock up front, and waits a little for it.

SQLite's default ``BEGIN`` is deferred: a transaction that reads first and writes later can
find, halfway through, that another writer got there first, and fail with "database is
locked". ``BEGIN IMMEDIATE`` takes the write lock before anything is read, and the busy
timeout makes a second writer wait (a few seconds) instead of failing at once. A writer that
still cannot get the lock gets JournalBusyError: "the journal is busy (open in another
program?)".

A journal written by a newer trdjournal is opened with every write refused (``refuse_writes``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from trdjournal.storage import cipher, diagnosis
from trdjournal.storage.errors import JournalError

BUSY_SECONDS = 3.0  # how long a write waits for another program's transaction to end
BUSY_ENV = "TRDJOURNAL_BUSY_SECONDS"  # a test or a slow network share may ask for another


def busy_milliseconds() -> int:
    try:
        return max(0, int(float(os.environ.get(BUSY_ENV, BUSY_SECONDS)) * 1000))
    except ValueError:
        return int(BUSY_SECONDS * 1000)


def set_busy_timeout(conn) -> None:
    conn.execute(f"PRAGMA busy_timeout = {busy_milliseconds()}")


class JournalDatabase(Database):
    """sqlite-utils' Database whose outermost ``atomic()`` is ``BEGIN IMMEDIATE``.

    sqlite-utils runs every insert, upsert and table change through ``atomic()``, so this one
    method covers them all; nested blocks stay savepoints.
    """

    path: Path | None = None
    # Set for a journal that must not be written (from a newer trdjournal): raised by atomic().
    refuse_writes: JournalError | None = None

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.refuse_writes is not None:
            raise self.refuse_writes
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except cipher.database_errors() as exc:
            raise (diagnosis.explain(exc, self.path or Path("journal")) or exc) from exc
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
