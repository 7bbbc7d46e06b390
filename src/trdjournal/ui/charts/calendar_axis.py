"""The x axis of dates: a pyqtgraph DateAxisItem labelled at weeks, months or years.

Only where the ticks go is its own (calendar_ticks, plain date arithmetic, shared with the
grid lines): DateAxisItem's tick search converts each candidate through QDateTime, which cost
a third of a full-range switch on a 20-year journal.
"""

from __future__ import annotations

import pyqtgraph as pg

from trdjournal.ui.charts.calendar_ticks import CalendarTicks, calendar_ticks


class CalendarAxis(pg.DateAxisItem):
    def __init__(self):
        super().__init__(orientation="bottom", utcOffset=0)
        self._ticks: CalendarTicks | None = None

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph override)
        self._ticks = calendar_ticks(minVal, maxVal, size)
        return [(1.0, list(self._ticks.values))]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        ticks = self._ticks
        return [ticks.label(v) if ticks else "" for v in values]
