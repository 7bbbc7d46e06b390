"""A small vector-chart toolkit on reportlab.graphics: axes, dated x axes, gapped lines,
markers and labels that keep out of each other's way.

Hand-rolled rather than reportlab.graphics.charts because the report needs control the
stock charts lack: a None in a series is a gap, date ticks adapt from weeks to years, and
labels are pushed apart instead of printed on top of each other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Sequence

from reportlab.graphics.shapes import Circle, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from trdjournal.report.glyphs import printable
from trdjournal.report.styles import FONT, GREY, INK, LIGHT
from trdjournal.report.text import MONTHS, NBSP, keep_together, short_day

TICK_FONT = 6.5

# Line styles that stay apart in black-and-white print: (stroke width, dash pattern).
SOLID: tuple[float, ...] = ()
DASHED = (4, 2)
DOTTED = (1, 1.6)
DASH_DOT = (5, 1.5, 1, 1.5)


def text_width(text: str, size: float = TICK_FONT, font: str = FONT) -> float:
    return stringWidth(text, font, size)


def label(
    x: float,
    y: float,
    text: str,
    *,
    size: float = TICK_FONT,
    anchor="start",
    color=INK,
    font: str = FONT,
) -> String:
    return String(
        x, y, printable(text), fontName=font, fontSize=size, fillColor=color, textAnchor=anchor
    )


def wrap_label(
    text: str, width: float, *, lines: int = 2, size: float = TICK_FONT, font: str = FONT
) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width``; only a last line that
    still does not fit ends in an ellipsis (a very narrow panel)."""
    out: list[str] = []
    words = [w.replace(NBSP, " ") for w in keep_together(text).split(" ")]  # dates whole
    while words and len(out) < lines:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", size, font) <= width:
            line += " " + words.pop(0)
        out.append(line)
    if words:
        last = out[-1] + " " + " ".join(words)
        while last and text_width(last + "\u2026", size, font) > width:
            last = last[:-1]
        out[-1] = last.rstrip() + "\u2026"
    return out


@dataclasses.dataclass(frozen=True)
class DateScale:
    """Maps calendar days to x; a day occupies [x(day), x(day + 1)), points sit mid-day."""

    start: dt.date
    end: dt.date
    x0: float
    width: float

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def x(self, day: dt.date) -> float:
        return self.x0 + self.width * (day - self.start).days / self.days

    def mid(self, day: dt.date) -> float:
        return self.x0 + self.width * ((day - self.start).days + 0.5) / self.days

    def clamp(self, x: float) -> float:
        return min(max(x, self.x0), self.x0 + self.width)

    def ticks(self, min_gap: float = 6) -> list[tuple[dt.date, str]]:
        """Tick days and labels: weeks, months or years, thinned until labels do not touch."""
        for step_kind, step, fmt in _TICK_STEPS:
            days = list(_tick_days(self.start, self.end, step_kind, step))
            labels = [fmt(d) for d in days]
            widest = max((text_width(t) for t in labels), default=0)
            spacing = self.width / max(self.days, 1) * _step_days(step_kind, step)
            if len(days) <= 1 or spacing >= widest + min_gap:
                return list(zip(days, labels, strict=True))
        return []


def _month_label(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}" if day.month == 1 else MONTHS[day.month - 1]


def _year_label(day: dt.date) -> str:
    return str(day.year)


_TICK_STEPS = (
    ("day", 1, short_day),
    ("day", 7, short_day),
    ("day", 14, short_day),
    ("month", 1, _month_label),
    ("month", 3, _month_label),
    ("month", 6, _month_label),
    ("year", 1, _year_label),
    ("year", 2, _year_label),
    ("year", 5, _year_label),
    ("year", 10, _year_label),
)


def _step_days(kind: str, step: int) -> float:
    return {"day": 1, "month": 30.4, "year": 365.25}[kind] * step


def _tick_days(start: dt.date, end: dt.date, kind: str, step: int) -> Iterable[dt.date]:
    if kind == "day":
        day = start + dt.timedelta(days=(7 - start.weekday()) % 7) if step >= 7 else start
        while day <= end:
            yield day
            day += dt.timedelta(days=step)
    elif kind == "month":
        year, month = start.year, start.month
        while True:
            day = dt.date(year, month, 1)
            if day > end:
                return
            if day >= start and (month - 1) % step == 0:
                yield day
            month += 1
            if month > 12:
                year, month = year + 1, 1
    else:
        for year in range(start.year, end.year + 1):
            day = dt.date(year, 1, 1)
            if start <= day <= end and year % step == 0:
                yield day


@dataclasses.dataclass(frozen=True)
class ValueScale:
    low: float
    high: float
    y0: float
    height: float

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1
        clipped = min(max(value, self.low), self.high)
        return self.y0 + self.height * (clipped - self.low) / span

    def ticks(self, count: int = 4) -> list[float]:
        step = nice_step((self.high - self.low) / max(count, 1))
        first = math.ceil(self.low / step) * step
        values = []
        value = first
        while value <= self.high + 1e-9:
            values.append(round(value, 6))
            value += step
        return values


def nice_step(raw: float) -> float:
    if raw <= 0:
        return 1
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def gapped_lines(
    points: Sequence[tuple[float, float] | None], *, width=0.8, dash=SOLID, color=INK
) -> list[PolyLine]:
    """One polyline per run of points; a None breaks the line (a day not logged)."""
    lines, run = [], []
    for point in [*points, None]:
        if point is None:
            if len(run) >= 2:
                flat = [c for p in run for c in p]
                lines.append(
                    PolyLine(
                        flat,
                        strokeColor=color,
                        strokeWidth=width,
                        strokeDashArray=list(dash) or None,
                        strokeLineJoin=1,
                    )
                )
            run = []
        else:
            run.append(point)
    return lines


def marker(kind: str, x: float, y: float, size: float = 2.2, *, filled=True, color=INK):
    """A point marker that reads without colour: circle, square, triangle, diamond."""
    fill = color if filled else None
    common = {"strokeColor": color, "strokeWidth": 0.6, "fillColor": fill}
    if kind == "circle":
        return Circle(x, y, size, **common)
    if kind == "square":
        return Rect(x - size, y - size, 2 * size, 2 * size, **common)
    if kind == "triangle":
        return Polygon([x - size, y - size, x + size, y - size, x, y + size * 1.2], **common)
    if kind == "diamond":
        return Polygon([x, y - size * 1.3, x + size, y, x, y + size * 1.3, x - size, y], **common)
    raise ValueError(f"unknown marker {kind!r}")


def hline(x0: float, x1: float, y: float, *, dash=SOLID, width=0.5, color=GREY) -> Line:
    return Line(
        x0, y, x1, y, strokeColor=color, strokeWidth=width, strokeDashArray=list(dash) or None
    )


def vline(x: float, y0: float, y1: float, *, dash=SOLID, width=0.5, color=GREY) -> Line:
    return Line(
        x, y0, x, y1, strokeColor=color, strokeWidth=width, strokeDashArray=list(dash) or None
    )


def spread_labels(wanted: Sequence[float], gap: float, low: float, high: float) -> list[float]:
    """Label y positions as close to ``wanted`` as possible but at least ``gap`` apart,
    kept inside [low, high]; the order of the labels is kept."""
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    placed = [0.0] * len(wanted)
    previous = low - gap
    for i in order:
        placed[i] = max(wanted[i], previous + gap)
        previous = placed[i]
    overflow = previous - high
    if overflow > 0:  # push the whole stack down again, never below ``low``
        for i in order:
            placed[i] = max(low, placed[i] - overflow)
    return placed


def value_axis(
    scale: ValueScale, x: float, ticks: Sequence[float], *, fmt=str, grid_to=None
) -> Group:
    """Tick labels on the left of ``x``; faint grid lines across the plot when asked."""
    group = Group()
    for value in ticks:
        y = scale.y(value)
        # kept inside the panel, so stacked panels' end labels never touch
        text_y = min(max(y - 2.2, scale.y0), scale.y0 + scale.height - 5)
        group.add(label(x - 2.5, text_y, fmt(value), anchor="end", color=GREY))
        if grid_to is not None:
            group.add(hline(x, grid_to, y, color=LIGHT, width=0.3))
    return group


def date_axis(scale: DateScale, y_bottom: float, y_top: float, *, labels=True) -> Group:
    """Faint vertical lines at each tick; labels under ``y_bottom`` when asked."""
    group = Group()
    for day, text in scale.ticks():
        x = scale.x(day)
        group.add(vline(x, y_bottom, y_top, color=LIGHT, width=0.3))
        if labels:
            group.add(label(x, y_bottom - 8, text, anchor="middle", color=GREY))
    return group


def frame(x: float, y: float, width: float, height: float) -> Rect:
    return Rect(x, y, width, height, strokeColor=GREY, strokeWidth=0.5, fillColor=None)
