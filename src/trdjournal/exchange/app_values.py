"""Small readers shared by the other apps' importers: a 1-N score onto the journal's 0-10,
sleep written as hours, dates written ISO-like."""

from __future__ import annotations

import datetime as dt
import re

from trdjournal.domain.dates import today
from trdjournal.i18n import _

_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$")
_ISO_LIKE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def rescale(value: float, low: float, high: float) -> int:
    """``value`` on ``low``..``high`` as a whole number on 0..10 (halves up)."""
    if not low <= value <= high or high <= low:
        raise ValueError(
            _("{value:g} is outside the scale {low:g}-{high:g}").format(
                value=value, low=low, high=high
            )
        )
    return int((value - low) * 10 / (high - low) + 0.5)


def number(text: object, what: str) -> float:
    if isinstance(text, bool):
        raise ValueError(
            _("{what} must be a number (got {text})").format(what=what, text=repr(text))
        )
    if isinstance(text, int | float):
        value = float(text)
    else:
        try:
            value = float(str(text).strip().replace(",", "."))
        except ValueError:
            raise ValueError(
                _("{what} must be a number (got {value})").format(
                    what=what, value=repr(str(text)[:40])
                )
            ) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(_("{what} must be a finite number").format(what=what))
    return value


def sleep_hours(text: object, what: str = "sleep") -> float:
    """Hours like 7.5 or 7:30, rounded to the quarter hour, 0-24."""
    clock = _CLOCK.match(str(text))
    hours = int(clock[1]) + int(clock[2]) / 60 if clock else number(text, what)
    if not 0 <= hours <= 24:
        raise ValueError(
            _("{what} must be 0 to 24 hours (got {text})").format(what=what, text=text)
        )
    return round(hours * 4) / 4


def iso_day(text: object, what: str = "date") -> dt.date:
    """A date written YYYY-MM-DD or Y-M-D (Pixels), possibly followed by a time; not in the future."""
    match = _ISO_LIKE.match(str(text))
    if not match:
        raise ValueError(
            _("{what} {value} is not a date written YYYY-MM-DD").format(
                what=what, value=repr(str(text)[:40])
            )
        )
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError(
            _("{what} {value} is not a real calendar date").format(
                what=what, value=repr(str(text)[:40])
            )
        ) from None
    if day > today():
        raise ValueError(_("{what} {day} is in the future").format(what=what, day=day))
    return day
