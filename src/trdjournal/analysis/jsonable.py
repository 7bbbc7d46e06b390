"""Analysis results as plain JSON types, so the CLI, the PDF and the GUI print the same values."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction
from typing import Any


def plain(value: Any) -> Any:
    """Dates as ISO text, tuples as lists, Fractions as floats, dataclasses as dicts (recursively).

    A dataclass field whose metadata says ``{"json": False}`` is left out (e.g. raw records kept
    for later calculations)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.metadata.get("json", True)
        }
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Fraction):
        return round(float(value), 2)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


class JsonMixin:
    """``to_json()`` for frozen result dataclasses."""

    def to_json(self) -> Any:
        return plain(self)
