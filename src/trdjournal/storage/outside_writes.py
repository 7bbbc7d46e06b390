"""Noticing writes made to the journal by another connection (a CLI command while the app is
open): SQLite's ``PRAGMA data_version`` changes when, and only when, another connection has
committed since the last look. This connection's own writes leave it as it is."""

from __future__ import annotations

from trdjournal.storage.store import Store


def data_version(journal: Store) -> int:
    return journal.db.conn.execute("PRAGMA data_version").fetchone()[0]
