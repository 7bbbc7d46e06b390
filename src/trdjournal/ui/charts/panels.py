"""The chart panels below the medication band: elevated mood and irritability (drawn only when
logged), mood, one panel per questionnaire with its bands (PHQ-9 with GAD-7, QIDS-SR16 and
MADRS-S when logged), sleep, activity.

Each panel gets its data once per timeline (``set_timeline``); panning and zooming only move
the view, with pyqtgraph's peak downsampling and clipping to the view doing the rest.

Twenty years of daily values are noise at a glance, so the daily series (mood, sleep,
activity) also carry weekly and monthly means, each with the band from its lowest to its
highest day; ``set_level`` shows daily values up to about a year in view, weekly means up to
four years and monthly means beyond (``level_for``). All three are computed once per timeline.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from trdjournal.analysis.timeline import Timeline
from trdjournal.domain.scales import primary_scale_keys, scale, scale_rules
from trdjournal.ui.charts.axis_dates import DAY, x_of
from trdjournal.ui.charts.calendar_axis import CalendarAxis
from trdjournal.ui.charts.colors import ChartColors, qcolor
from trdjournal.ui.charts.grid import GridItem

LEFT_AXIS_WIDTH = 112  # the same for every panel, so their x axes line up
# Peak downsampling keeps each pixel column's lowest and highest day, so one sample per pixel
# loses nothing visible; pyqtgraph's default of five only costs paint time.
DOWNSAMPLE_PER_PIXEL = 1.0


def _values(series) -> np.ndarray:
    return np.array(series, dtype=float)  # None becomes NaN: a gap in the line


def _line(colour: str, width: float, alpha: float = 1.0, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = pg.mkPen(qcolor(colour, alpha), width=width)
    pen.setStyle(style)
    pen.setCosmetic(True)
    return pen


def _daily_curve(pen: QPen) -> pg.PlotDataItem:
    item = pg.PlotDataItem(pen=pen, connect="finite")
    item.opts["autoDownsampleFactor"] = DOWNSAMPLE_PER_PIXEL
    item.setDownsampling(auto=True, method="peak")
    item.setClipToView(True)
    return item


LEVELS = ("daily", "weekly", "monthly")
WEEKLY_FROM_DAYS = 400  # more days in view than this: weekly means (a year fits daily)
MONTHLY_FROM_DAYS = 4 * 366


def level_for(days_in_view: float) -> str:
    if days_in_view > MONTHLY_FROM_DAYS:
        return "monthly"
    return "weekly" if days_in_view > WEEKLY_FROM_DAYS else "daily"


def bins(start, days: int, level: str) -> np.ndarray:
    """The bin of each day from ``start``: its week (7-day block) or its calendar month."""
    if level == "weekly":
        return np.arange(days) // 7
    first = np.datetime64(start, "D")
    months = (first + np.arange(days)).astype("datetime64[M]")
    return (months - months[0]).astype(int)


def aggregate(x: np.ndarray, values: np.ndarray, ids: np.ndarray):
    """Per bin of consecutive days: middle x, mean, lowest and highest (NaN where the bin has
    no value, a gap in the line)."""
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    ends = np.r_[starts[1:], len(ids)]
    finite = np.isfinite(values)
    counts = np.add.reduceat(finite.astype(float), starts)
    sums = np.add.reduceat(np.where(finite, values, 0.0), starts)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(counts > 0, sums / counts, np.nan)
    low = np.fmin.reduceat(np.where(finite, values, np.inf), starts)
    high = np.fmax.reduceat(np.where(finite, values, -np.inf), starts)
    low[counts == 0] = np.nan
    high[counts == 0] = np.nan
    middle = (x[starts] + x[ends - 1]) / 2
    return middle, mean, low, high


class Aggregated:
    """A daily series' weekly and monthly means with their lowest-to-highest band, drawn in
    place of the daily line when the range is long."""

    def __init__(self, plot: pg.PlotItem, colour: str, daily: tuple, width: float = 2.0):
        """``daily``: the panel's daily items, shown instead at the "daily" level."""
        self.daily, self.level = daily, "daily"
        self.mean = pg.PlotDataItem(pen=_line(colour, width), connect="finite")
        self.low = pg.PlotDataItem(pen=pg.mkPen(None), connect="finite")
        self.high = pg.PlotDataItem(pen=pg.mkPen(None), connect="finite")
        self.band = pg.FillBetweenItem(self.low, self.high, brush=qcolor(colour, 0.22))
        for item in (self.band, self.mean):
            plot.addItem(item)
        self.data: dict[str, tuple] = {}

    def set_series(self, timeline: Timeline, x: np.ndarray, values: np.ndarray) -> None:
        self.data = {
            level: aggregate(x, values, bins(timeline.start, len(x), level)) for level in LEVELS[1:]
        }
        self.set_level(self.level, force=True)

    def set_level(self, level: str, force: bool = False) -> None:
        if level == self.level and not force:
            return
        self.level = level
        for item in self.daily:
            item.setVisible(level == "daily")
        visible = level in self.data
        if visible:
            middle, mean, low, high = self.data[level]
            self.mean.setData(middle, mean)
            # the band needs finite edges: a gap bin's band is drawn flat at its neighbour
            fill = np.isfinite(low)
            self.low.setData(middle[fill], low[fill])
            self.high.setData(middle[fill], high[fill])
        for item in (self.mean, self.band):
            item.setVisible(visible)


def new_plot(colors: ChartColors, label: str, *, show_dates: bool) -> pg.PlotItem:
    """A panel; only the lowest one shows dates (the x range is shared)."""
    plot = pg.PlotItem(axisItems={"bottom": CalendarAxis()} if show_dates else None)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=True, y=False)
    plot.grid = GridItem(QColor(colors.grid))
    plot.addItem(plot.grid, ignoreBounds=True)
    left = plot.getAxis("left")
    left.setWidth(LEFT_AXIS_WIDTH)
    if label:
        plot.setLabel("left", label)
    if not show_dates:
        plot.hideAxis("bottom")
    for name in ("left", "bottom") if show_dates else ("left",):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(colors.foreground))
        axis.setTextPen(pg.mkPen(colors.foreground))
    return plot


def set_y_ticks(plot: pg.PlotItem, values) -> None:
    """Label these values on the left axis and draw their grid lines."""
    plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in values], []])
    plot.grid.set_y_values(tuple(values))


class MoodPanel:
    def __init__(self, colors: ChartColors):
        self.plot = new_plot(
            colors, QCoreApplication.translate("charts", "Mood (0-10)"), show_dates=False
        )
        self.plot.setYRange(0, 10, padding=0.04)
        set_y_ticks(self.plot, (0, 2, 4, 6, 8, 10))
        self.daily = _daily_curve(_line(colors.mood_daily, 1, 0.8))
        self.mean = _daily_curve(_line(colors.mood_mean, 2))
        self.plot.addItem(self.daily)
        self.plot.addItem(self.mean)
        self.aggregated = Aggregated(self.plot, colors.mood_mean, (self.daily, self.mean))
        self.set_level = self.aggregated.set_level  # days + 7-day mean, or weekly/monthly

    def set_timeline(self, timeline: Timeline, x: np.ndarray) -> None:
        values = _values(timeline.daily.mood)
        self.daily.setData(x, values)
        self.mean.setData(x, _values(timeline.daily.mood_mean7))
        self.aggregated.set_series(timeline, x, values)


class ElevationPanel:
    """Elevated mood (line with dots) and irritability (dotted grey), 0-3: none .. severe."""

    def __init__(self, colors: ChartColors):
        title = QCoreApplication.translate("charts", "Elevated / irritable")
        # on two lines: rotated on one it would need a panel twice as tall
        self.plot = new_plot(colors, html.escape(title).replace(" / ", " /<br>"), show_dates=False)
        self.plot.setYRange(0, 3, padding=0.08)
        set_y_ticks(self.plot, (0, 1, 2, 3))
        self.elevated = _daily_curve(_line(colors.mood_mean, 1.6))
        self.elevated.setSymbol("o")
        self.elevated.setSymbolSize(4)
        self.elevated.setSymbolPen(None)
        self.elevated.setSymbolBrush(QColor(colors.mood_mean))
        self.irritability = _daily_curve(_line(colors.gad7, 1.2, 0.9, Qt.PenStyle.DotLine))
        self.plot.addItem(self.irritability)
        self.plot.addItem(self.elevated)

    def set_timeline(self, timeline: Timeline, x: np.ndarray) -> None:
        for curve, series in (
            (self.elevated, timeline.daily.elevated),
            (self.irritability, timeline.daily.irritability),
        ):
            if any(v is not None for v in series):
                curve.setData(x, _values(series))
            else:  # nothing logged: no points (an all-NaN series would upset the dot bounds)
                curve.setData([], [])


class ScorePanel:
    """One questionnaire on its own range with its severity bands shaded and, for a scale that
    can judge trials, its remission line; the PHQ-9 panel also carries GAD-7 in grey."""

    def __init__(self, colors: ChartColors, key: str = "phq9"):
        definition = scale(key)
        self.key = key
        self.plot = new_plot(colors, definition.name, show_dates=False)
        self.plot.setYRange(0, definition.total_max, padding=0.04)
        bounds = sorted({b.low for b in definition.bands} | {definition.total_max})
        set_y_ticks(self.plot, bounds)
        fill = QColor(colors.band_fill)
        for i, band in enumerate(definition.bands[1:], start=1):  # the lowest stays unshaded
            region = pg.LinearRegionItem(
                values=(band.low - 0.5 if i else band.low, band.high + 0.5),
                orientation="horizontal",
                movable=False,
                brush=qcolor(fill.name(), 0.035 * i),
                pen=pg.mkPen(None),
            )
            region.setZValue(-20)
            self.plot.addItem(region)
        if key in primary_scale_keys():
            # named in the hint line under the charts: a label here would sit on the data
            line = pg.InfiniteLine(
                pos=scale_rules(key).remission_below - 0.5,
                angle=0,
                pen=_line(colors.remission, 1.5, style=Qt.PenStyle.DashLine),
            )
            line.setZValue(-10)
            self.plot.addItem(line)
        self.gad7 = pg.PlotDataItem(
            pen=_line(colors.gad7, 1, 0.7, Qt.PenStyle.DotLine),
            symbol="s",
            symbolSize=5,
            symbolPen=None,
            symbolBrush=qcolor(colors.gad7, 0.8),
        )
        self.phq9 = pg.PlotDataItem(
            pen=_line(colors.phq9, 1.8),
            symbol="o",
            symbolSize=6,
            symbolPen=None,
            symbolBrush=QColor(colors.phq9),
        )
        self.flags = pg.ScatterPlotItem(
            symbol="t1",
            size=11,
            pen=pg.mkPen(colors.self_harm, width=1.5),
            brush=qcolor(colors.self_harm, 0.5),
        )
        for item in (self.gad7, self.phq9):
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
            self.plot.addItem(item)
        self.plot.addItem(self.flags)

    def set_timeline(self, timeline: Timeline) -> None:
        def xy(points):
            return (
                np.array([x_of(p.date) + DAY / 2 for p in points], dtype=float),
                np.array([p.total for p in points], dtype=float),
            )

        points = timeline.scales.get(self.key, ())
        self.phq9.setData(*xy(points))
        self.gad7.setData(*xy(timeline.gad7 if self.key == "phq9" else ()))
        flagged = [p for p in points if p.self_harm_flag]
        fx, fy = xy(flagged)
        self.flags.setData(x=fx, y=fy)


class DeviceMarks:
    """Hollow rings on the days whose value a device measured (issue 23), named in a legend
    only while there are any: the words say it, not the ring alone."""

    def __init__(self, plot: pg.PlotItem, colour: str, field: str):
        self.plot, self.field = plot, field
        self.rings = pg.ScatterPlotItem(
            symbol="o", size=7, pen=_line(colour, 1.2), brush=pg.mkBrush(0, 0, 0, 0)
        )
        plot.addItem(self.rings)
        self.legend = plot.addLegend(offset=(-8, 4), labelTextSize="8pt")
        self.legend.addItem(self.rings, QCoreApplication.translate("charts", "from a device"))
        self.legend.setVisible(False)

    def set_timeline(self, timeline: Timeline, x: np.ndarray, values: np.ndarray) -> None:
        daily = timeline.daily
        marked = [
            i for i in range(len(daily.dates)) if daily.device_source(i, self.field) is not None
        ]
        if marked:
            self.rings.setData(x=x[marked], y=values[marked])
        else:
            self.rings.clear()
        self.legend.setVisible(bool(marked))


class SleepPanel:
    def __init__(self, colors: ChartColors):
        self.plot = new_plot(
            colors, QCoreApplication.translate("charts", "Sleep (h)"), show_dates=False
        )
        self.plot.setYRange(0, 12, padding=0.04)
        set_y_ticks(self.plot, (0, 4, 8, 12))
        self.curve = _daily_curve(_line(colors.sleep, 1))
        self.plot.addItem(self.curve)
        self.device = DeviceMarks(self.plot, colors.sleep, "sleep_hours")
        # a device's rings mark days: they go with the daily line over long ranges
        self.aggregated = Aggregated(self.plot, colors.sleep, (self.curve, self.device.rings), 1.6)
        self.set_level = self.aggregated.set_level

    def set_timeline(self, timeline: Timeline, x: np.ndarray) -> None:
        values = _values(timeline.daily.sleep_hours)
        self.curve.setData(x, values)
        self.device.set_timeline(timeline, x, values)
        self.aggregated.set_series(timeline, x, values)


class ActivityPanel:
    def __init__(self, colors: ChartColors):
        self.plot = new_plot(
            colors, QCoreApplication.translate("charts", "Active min"), show_dates=True
        )
        self.curve = _daily_curve(_line(colors.activity, 1))
        self.plot.addItem(self.curve)
        self.device = DeviceMarks(self.plot, colors.activity, "activity_minutes")
        # a device's rings mark days: they go with the daily line over long ranges
        self.aggregated = Aggregated(
            self.plot, colors.activity, (self.curve, self.device.rings), 1.6
        )
        self.set_level = self.aggregated.set_level

    def set_timeline(self, timeline: Timeline, x: np.ndarray) -> None:
        values = _values(timeline.daily.activity_minutes)
        self.curve.setData(x, values)
        self.device.set_timeline(timeline, x, values)
        self.aggregated.set_series(timeline, x, values)
        top = float(np.nanmax(values)) if np.isfinite(values).any() else 60.0
        step = 30 if top <= 150 else 60 if top <= 360 else 120
        top = max(60.0, step * np.ceil(top / step))
        self.plot.setYRange(0, top, padding=0.04)
        set_y_ticks(self.plot, tuple(range(0, int(top) + 1, step)))
