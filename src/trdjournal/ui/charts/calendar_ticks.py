"""Where the date axis puts its labels and the panels their grid lines: weeks, months or years,
thinned so labels keep a readable distance. Plain date arithmetic: pyqtgraph's DateAxisItem
converted every candidate tick through QDateTime and cost more than the data on 20 years."""

from __future__ import annotations

import dataclasses
import datetime as dt

from trdjournal.i18n import format_date
from trdjournal.ui.charts.axis_dates import DAY, day_at, x_of

MIN_LABEL_PX = 56  # room for "Sep 2026" and a gap
WEEKS_UP_TO_DAYS = 120  # a 90-day view reads by weeks when they fit
MONTHS_UP_TO_DAYS = 3 * 366
MONTH_STEPS = (1, 2, 3, 6)
YEAR_STEPS = (1, 2, 5, 10)


@dataclasses.dataclass(frozen=True)
class CalendarTicks:
    values: tuple[float, ...]  # x of each tick (a day's midnight)
    unit: str  # "week", "month" or "year"

    def label(self, x: float) -> str:
        day = day_at(x + DAY / 2)
        # Month names in the user's language (babel, as the PDF writes them: "23 mars").
        if self.unit == "week":
            return format_date(day, "d MMM")
        if self.unit == "month":
            first = day.month == 1 or x == self.values[0]
            return format_date(day, "LLL y" if first else "LLL")
        return f"{day.year}"


def _months(first: dt.date, last: dt.date, step: int) -> list[float]:
    year, month = first.year, first.month
    out = []
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = dt.date(year, month, 1)
        if day > last:
            return out
        if (month - 1) % step == 0:
            out.append(x_of(day))


def calendar_ticks(x0: float, x1: float, width_px: float) -> CalendarTicks:
    """Ticks between x0 and x1 for an axis ``width_px`` pixels long."""
    first, last = day_at(x0), day_at(x1)
    span = max((last - first).days, 1)
    px_per_day = max(width_px, 1.0) / span
    if span <= WEEKS_UP_TO_DAYS and 7 * px_per_day >= MIN_LABEL_PX:
        day = first + dt.timedelta(days=(7 - first.weekday()) % 7)  # Mondays
        values = []
        while day <= last:
            values.append(x_of(day))
            day += dt.timedelta(days=7)
        return CalendarTicks(tuple(values), "week")
    if span <= MONTHS_UP_TO_DAYS:
        step = next((s for s in MONTH_STEPS if 30.4 * s * px_per_day >= MIN_LABEL_PX), 12)
        return CalendarTicks(tuple(_months(first, last, step)), "month")
    step = next((s for s in YEAR_STEPS if 365 * s * px_per_day >= MIN_LABEL_PX), 20)
    years = range(first.year + 1, last.year + 1)
    return CalendarTicks(tuple(x_of(dt.date(y, 1, 1)) for y in years if y % step == 0), "year")
