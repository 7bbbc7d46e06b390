"""Helpers for the encryption tests: a small history with notes to look for in the bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trdjournal.domain import CheckIn

PASSPHRASE = "correct horse battery staple"
SECRET_NOTES = ("Told nobody about the dark weekend", "Zebra-dream-4711 after the ketamine visit")


def fill(journal) -> None:
    for offset in range(60):
        day = dt.date(2026, 4, 1) + dt.timedelta(days=offset)
        note = SECRET_NOTES[offset % 2] if offset % 7 == 0 else ""
        journal.save_checkin(CheckIn(day, 1 + offset % 10, note=note, tags=("walk",)))


def every_row(path: Path, passphrase: str | None) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order: what a round trip must keep exactly."""
    from trdjournal.storage import Journal

    with Journal.open(path, passphrase=passphrase) as journal:
        conn = journal.db.conn
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }


def files_and_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (backups/ included) and its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def secrets_found(data: bytes) -> list[str]:
    """Note text or schema names visible in raw bytes (a stricter `strings | grep`)."""
    words = [*SECRET_NOTES, "Zebra-dream", "checkins", "CREATE TABLE", "SQLite format 3"]
    return [w for w in words if w.encode() in data or w.encode("utf-16-le") in data]
