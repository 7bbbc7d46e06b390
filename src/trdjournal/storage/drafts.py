"""Drafts: unsaved input the app keeps inside the journal while the user types.

A draft is not a record. It is written straight to the ``drafts`` table, outside the revision
history, so Ctrl+Z (and ``trdjournal undo``) never "undoes" a keystroke and the history shows
only what the user saved. It is not exported either: it is the app's scratch paper, thrown away
once the form it came from is saved or the user declines it. ``key`` names the form
(``today:2026-06-15``, ``dialog:session:new``); ``text`` is whatever that form needs to refill
itself (JSON for a whole form).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from trdjournal.storage.store import Store

TABLE = "drafts"


@dataclasses.dataclass(frozen=True)
class Draft:
    key: str
    text: str
    saved_at: dt.datetime


def keep_draft(journal: Store, key: str, text: str) -> None:
    """Keep (or replace) the draft ``key``, committed at once: it must survive a power cut."""
    saved_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with journal.db.atomic():
        journal.db[TABLE].upsert({"key": key, "text": text, "saved_at": saved_at}, pk="key")


def drop_draft(journal: Store, key: str) -> None:
    with journal.db.atomic():
        journal.db.execute(f"DELETE FROM {TABLE} WHERE key = ?", [key])


def draft(journal: Store, key: str) -> Draft | None:
    found = journal.db.execute(
        f"SELECT key, text, saved_at FROM {TABLE} WHERE key = ?", [key]
    ).fetchone()
    return _draft(*found) if found else None


def drafts(journal: Store, prefix: str = "") -> list[Draft]:
    """Every draft whose key starts with ``prefix``, oldest first."""
    cursor = journal.db.execute(
        f"SELECT key, text, saved_at FROM {TABLE} WHERE substr(key, 1, ?) = ? ORDER BY saved_at",
        [len(prefix), prefix],
    )
    return [_draft(*found) for found in cursor]


def _draft(key: str, text: str, saved_at: str) -> Draft:
    return Draft(key, text, dt.datetime.fromisoformat(saved_at))
