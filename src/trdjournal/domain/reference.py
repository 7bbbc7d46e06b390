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


def table_sources() -> dict[str, list[str]]:
    """Each reference table in resources/ with the sources it cites ("source", "*_source"),
    for the About dialog: the app says where every clinical number comes from."""
    folder = resource_path(".")
    sources = {}
    for path in sorted(folder.glob("*.json")):
        table = load_table(path.name)
        cited = [text for key, text in table.items() if key == "source" or key.endswith("_source")]
        if cited:
            sources[table.get("table", path.stem)] = cited
    return sources
