"""Dates on pyqtgraph's x axis: seconds since the epoch at UTC midnight, shown in UTC, so a
day lands on its own date whatever the machine's time zone."""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg

DAY = 86_400.0
_EPOCH = dt.date(1970, 1, 1)


def x_of(day: dt.date) -> float:
    """The start (midnight) of ``day`` on the x axis."""
    return (day - _EPOCH).days * DAY


def day_at(x: float) -> dt.date:
    """The calendar day containing x."""
    return _EPOCH + dt.timedelta(days=int(x // DAY))


def date_axis() -> pg.DateAxisItem:
    axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
    axis.setStyle(maxTickLevel=1)  # e.g. years and months; the finest level only crowds
    return axis
