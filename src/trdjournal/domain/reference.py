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
