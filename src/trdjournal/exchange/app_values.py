"""Small readers shared by the other apps' importers (and the watches', exchange/wearables): a
1-N score onto the journal's 0-10, numbers as apps and spreadsheets write them, sleep written as
hours, dates written ISO-like."""

from __future__ import annotations

import datetime as dt
import math
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


_GROUPING = re.compile(r"(?<=\d)[ \u00a0\u202f'](?=\d{3}(?!\d))")
_SINGLE_GROUP = re.compile(r"^[+-]?\d{1,3},\d{3}$")
_HOURS = re.compile(r"^(?:(\d+(?:[.,]\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in)?)?$", re.I)


def read_number(text: object, *, whole: bool = False) -> float:
    """A number as apps and spreadsheets write it, or ValueError. The one reading of numbers
    in other apps' files (and the watches' exports, exchange/wearables):

    - a decimal comma is a decimal sign: "1,5" is 1.5, "7,25" is 7.25 (Swedish, German and
      most of Europe save it so);
    - digits grouped by a space, a no-break space or an apostrophe are one number:
      "12 345" and "12'345" are 12345;
    - with both a comma and a dot, the last of them is the decimal sign and the other groups:
      "12,345.5" and "12.345,5" are 12345.5; a sign used twice groups: "1,234,567";
    - a single comma before exactly three digits is ambiguous ("12,345": 12.345 or 12345):
      read as a decimal comma, except in a whole count (``whole``: steps, never fractional),
      where it groups thousands, so "12,345" steps are 12345.
    """
    if isinstance(text, bool):
        raise ValueError(text)
    if isinstance(text, int | float):
        value = float(text)
    else:
        cleaned = _GROUPING.sub("", str(text).strip()).replace("\u2212", "-")
        comma, dot = cleaned.rfind(","), cleaned.rfind(".")
        if comma >= 0 and dot >= 0:
            grouping = "." if comma > dot else ","
            cleaned = cleaned.replace(grouping, "").replace(",", ".")
        elif cleaned.count(",") > 1 or cleaned.count(".") > 1:
            cleaned = cleaned.replace(",", "").replace(".", "")
        elif whole and _SINGLE_GROUP.match(cleaned):
            cleaned = cleaned.replace(",", "")
        else:
            cleaned = cleaned.replace(",", ".")
        if "_" in cleaned:  # Python's float() reads "1_000"; no app writes it
            raise ValueError(text)
        value = float(cleaned)  # ValueError: not a number
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def number(text: object, what: str, *, whole: bool = False) -> float:
    """``read_number``, or a ValueError naming ``what``."""
    try:
        return read_number(text, whole=whole)
    except ValueError:
        if not isinstance(text, bool) and isinstance(text, int | float):
            raise ValueError(_("{what} must be a finite number").format(what=what)) from None
        raise ValueError(
            _("{what} must be a number (got {value})").format(what=what, value=repr(str(text)[:40]))
        ) from None


def sleep_hours(text: object, what: str = "sleep") -> float:
    """Hours of sleep as the apps write them: 7.5, 7,5, 7:30 or 7h 30m; rounded to the
    quarter hour, 0-24. The one reading of sleep hours (Daylio, eMoods, Bearable)."""
    value = str(text).strip()
    clock = _CLOCK.match(value)
    hours_minutes = None if clock else _HOURS.match(value)
    if clock:
        hours = int(clock[1]) + int(clock[2]) / 60
    elif hours_minutes and (hours_minutes[1] or hours_minutes[2]):
        hours = read_number(hours_minutes[1] or "0") + int(hours_minutes[2] or 0) / 60
    else:
        try:
            hours = read_number(text)
        except ValueError:
            raise ValueError(
                _("{what} must be hours like 7.5, 7:30 or 7h 30m (got {value})").format(
                    what=what, value=repr(value[:40])
                )
            ) from None
    if not 0 <= hours <= 24:
        raise ValueError(
            _("{what} must be 0 to 24 hours (got {value})").format(what=what, value=value)
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
