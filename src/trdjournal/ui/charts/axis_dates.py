"""Dates on pyqtgraph's x axis: seconds since the epoch at UTC midnight, shown in UTC, so a
day lands on its own date whatever the machine's time zone."""

from __future__ import annotations

import datetime as dt

DAY = 86_400.0
_EPOCH = dt.date(1970, 1, 1)


def x_of(day: dt.date) -> float:
    """The start (midnight) of ``day`` on the x axis."""
    return (day - _EPOCH).days * DAY


def day_at(x: float) -> dt.date:
    """The calendar day containing x."""
    return _EPOCH + dt.timedelta(days=int(x // DAY))
