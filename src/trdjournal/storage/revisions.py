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


NOUNS = {
    "checkins": "check-in",
    "med_events": "medication entry",
    "sessions": "treatment session",
    "questionnaires": "questionnaire",
    "appointments": "appointment",
    "life_events": "life event",
    "lab_results": "lab result",
    "background": "background",
}
VERBS = {"insert": "adding", "update": "editing", "delete": "deleting"}


def describe_undone(rev: Revision) -> str:
    """What undoing ``rev`` did, in plain words for the command line (the app says the same
    through ui/shell/revision_text.py, translated)."""
    row = rev.after or rev.before or {}
    noun = NOUNS.get(rev.table_name, rev.table_name)
    if rev.table_name == "med_events" and row.get("drug"):
        noun = f"{row['drug']} {row.get('kind', '')} ({noun})"
    elif rev.table_name == "questionnaires" and row.get("instrument"):
        noun = f"{row['instrument']} questionnaire"
    elif rev.table_name == "sessions" and row.get("kind"):
        noun = f"{row['kind']} session"
    elif rev.table_name == "lab_results" and row.get("name"):
        noun = f"{row['name']} result"
    what = f"{VERBS.get(rev.action, rev.action)} the {noun}"
    if rev.table_name != "background":
        what += f" of {row.get('date', rev.row_key)}"
        if "id" in row:
            what += f" (id {row['id']})"
    if rev.action == "update" and rev.before and rev.after:
        back = [
            f"{name} {_value(rev.after.get(name))} -> {_value(rev.before.get(name))}"
            for name in rev.before
            if rev.before.get(name) != rev.after.get(name)
        ]
        if back:
            what += ": " + "; ".join(back)
    return f"Undone: {what}."


def _value(value: Any) -> str:
    if value in (None, "", "[]", "{}"):
        return "(empty)"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "..."
