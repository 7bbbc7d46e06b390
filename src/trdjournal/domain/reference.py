"""Reads a reference table from resources/ once per process."""

from __future__ import annotations

import functools
import json
from typing import Any

from trdjournal.paths import resource_path


@functools.cache
def load_table(filename: str) -> dict[str, Any]:
    with open(resource_path(filename), encoding="utf-8") as handle:
        return json.load(handle)


def _cited(entry: dict[str, Any]) -> list[str]:
    cited: list[str] = []
    for key, value in entry.items():
        # a course minimum's "reference" is its citation (its reasoning, "rule", is not one)
        citation = key in ("source", "reference") or key.endswith(("_source", "_reference"))
        if citation and isinstance(value, str) and value:
            cited.append(value)
        elif key == "sources" and isinstance(value, list):
            cited += [text for text in value if isinstance(text, str)]
    return cited


def table_sources() -> dict[str, list[str]]:
    """Each reference table in resources/ with the sources it cites, for the About dialog: the
    table's own ("source", "*_source", "*_reference") and its rows' ("source", "reference" or
    "sources", named by the row's
    "name", "substance" or "generic"). The app says where every clinical number comes from."""
    folder = resource_path(".")
    sources = {}
    for path in sorted(folder.glob("*.json")):
        table = load_table(path.name)
        cited = _cited(table)
        for value in table.values():
            for row in value if isinstance(value, list) else ():
                if isinstance(row, dict):
                    label = row.get("name") or row.get("substance") or row.get("generic")
                    cited += [f"{label}: {text}" if label else text for text in _cited(row)]
        if cited:
            sources[table.get("table", path.stem)] = list(dict.fromkeys(cited))
    return sources
