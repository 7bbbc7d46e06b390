"""The history's row shape: one revision per write, holding the row before and after as JSON.

The write path (store.py) records them, bulk writes (bulk.py) build them by the thousand, and
undo reads them back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any


def now() -> str:
    """When a revision was written: UTC, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclasses.dataclass(frozen=True)
class Revision:
    id: int
    at: str
    table_name: str
    row_key: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    undone_at: str | None


def revision_from_row(r: dict[str, Any]) -> Revision:
    return Revision(
        id=r["id"],
        at=r["at"],
        table_name=r["table_name"],
        row_key=r["row_key"],
        action=r["action"],
        before=json.loads(r["before"]) if r["before"] else None,
        after=json.loads(r["after"]) if r["after"] else None,
        undone_at=r["undone_at"],
    )


_row_json = json.JSONEncoder(ensure_ascii=False).encode


def json_or_none(value: Any) -> str | None:
    return None if value is None else _row_json(value)


def revision_row(
    at: str, table: str, key: Any, action: str, before: dict | None, after: dict | None
) -> dict[str, Any]:
    """One history row: the row before and after a write, as JSON."""
    return {
        "at": at,
        "table_name": table,
        "row_key": str(key),
        "action": action,
        "before": json_or_none(before),
        "after": json_or_none(after),
        "undone_at": None,
    }
