"""The drawing behind the Charts view: the medication band over linked panels of elevated mood
and irritability (only when logged), mood, each questionnaire logged (PHQ-9 always, with GAD-7;
QIDS-SR16 and MADRS-S when logged), sleep and activity, sharing one x axis of dates.

It is handed a whole timeline once (``set_timeline``); moving the x range only moves the
view, with downsampling and clipping to the view keeping long ranges cheap. It reports the
range (``range_changed``) and the day under the pointer (``day_hovered``); the view decides
what to say about them. Imported only when the Charts view is first shown: pyqtgraph is the
slowest import the app has.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal

from trdjournal.analysis.timeline import Timeline
from trdjournal.ui.charts import med_band
from trdjournal.ui.charts.axis_dates import DAY, day_at, x_of
from trdjournal.ui.charts.colors import ChartColors, qcolor
from trdjournal.ui.charts.episodes_layer import EpisodeLayer
from trdjournal.ui.charts.life_events_layer import LifeEventLayer
from trdjournal.ui.charts.panels import (
    ActivityPanel,
    ElevationPanel,
    MoodPanel,
    ScorePanel,
    SleepPanel,
    level_for,
    new_plot,
)

BAND_ROW_PX = (11, 17)  # smallest and largest row height of the medication band
BAND_MAX_PX = 230
OPTIONAL_SCALES = ("qids-sr16", "madrs-s")  # a panel each, only when logged
# elevation, mood, PHQ-9, QIDS-SR16, MADRS-S, sleep, activity
PANEL_STRETCH = (1, 3, 2, 2, 2, 1, 1)
PANEL_MIN_PX = (56, 78, 70, 70, 70, 60, 84)  # so their axis titles fit however many drugs show
MIN_VISIBLE_DAYS = 7
DATE_AXIS_PX = 40


def title_px(plot: pg.PlotItem) -> int:
    """The length of a panel's left-axis title (drawn rotated, so its height), with room."""
    axis = plot.getAxis("left")
    if not axis.labelText:
        return 0
    return round(axis.label.boundingRect().width()) + 6


class TimelineCharts(pg.GraphicsLayoutWidget):
    range_changed = Signal(float, float)  # x range in view (seconds)
    day_hovered = Signal(object)  # the date under the pointer

    def __init__(self, colors: ChartColors):
        super().__init__()
        self.colors = colors
        self.timeline: Timeline | None = None
        self._band_key: tuple[str, ...] | None = None
        self.level = "daily"
        self.setAccessibleName(self.tr("Charts of medication, mood, PHQ-9, sleep and activity"))
        self.setBackground(colors.background)
        self.band = new_plot(colors, "", show_dates=False)
        self.band.invertY(True)
        self.band_item = med_band.MedBandItem(colors)
        self.band.addItem(self.band_item)
        self.elevation = ElevationPanel(colors)
        self.mood = MoodPanel(colors)
        self.life_events = LifeEventLayer(self.mood.plot, colors)
        self.episodes = EpisodeLayer(self.mood.plot, colors)
        self.scores = ScorePanel(colors)
        self.other_scores = {key: ScorePanel(colors, key) for key in OPTIONAL_SCALES}
        self.sleep = SleepPanel(colors)
        self.activity = ActivityPanel(colors)
        self.plots = [
            self.band,
            self.elevation.plot,
            self.mood.plot,
            self.scores.plot,
            *(panel.plot for panel in self.other_scores.values()),
            self.sleep.plot,
            self.activity.plot,
        ]
        self.shown_panels: tuple[str, ...] = ()  # the optional panels drawn now
        hover_pen = pg.mkPen(qcolor(colors.hover_line, 0.7), width=1)
        hover_pen.setStyle(Qt.PenStyle.DashLine)
        self._hover_lines = []
        for row, plot in enumerate(self.plots):
            self.addItem(plot, row=row, col=0)
            if plot is not self.mood.plot:
                plot.setXLink(self.mood.plot)
            line = pg.InfiniteLine(angle=90, movable=False, pen=hover_pen)
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self._hover_lines.append(line)
        layout = self.ci.layout
        layout.setVerticalSpacing(2)
        self._show_optional(())

        # the band's rows follow the drugs in view; relaid once per burst of range changes
        self._band_timer = QTimer(self)
        self._band_timer.setSingleShot(True)
        self._band_timer.setInterval(0)
        self._band_timer.timeout.connect(self._layout_band)
        self.mood.plot.sigXRangeChanged.connect(self._x_range_changed)
        self.mood.plot.vb.sigResized.connect(lambda *_: self._band_timer.start())  # label room
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        x = x_of(timeline.start) + DAY / 2 + np.arange(timeline.days, dtype=float) * DAY
        optional = (
            *(("elevation",) if timeline.daily.elevation_logged() else ()),
            *(key for key in OPTIONAL_SCALES if timeline.scales.get(key)),
        )
        self._show_optional(optional)
        self.elevation.set_timeline(timeline, x)
        self.mood.set_timeline(timeline, x)
        self.scores.set_timeline(timeline)
        for panel in self.other_scores.values():
            panel.set_timeline(timeline)
        self.sleep.set_timeline(timeline, x)
        self.activity.set_timeline(timeline, x)
        self.life_events.set_timeline(timeline)
        self.episodes.set_timeline(timeline)
        self._band_key = None
        lo, hi = x_of(timeline.start), x_of(timeline.end) + DAY
        for plot in self.plots:
            plot.vb.setLimits(
                xMin=lo - 7 * DAY, xMax=hi + 7 * DAY, minXRange=MIN_VISIBLE_DAYS * DAY
            )
        self._band_timer.start()

    def _show_optional(self, shown: tuple[str, ...]) -> None:
        """Draw the elevation and extra scale panels only when something is logged: a hidden
        panel keeps its row but takes no height."""
        self.shown_panels = shown
        optional = {"elevation": self.elevation.plot} | {
            key: panel.plot for key, panel in self.other_scores.items()
        }
        layout = self.ci.layout
        for row, (stretch, minimum) in enumerate(zip(PANEL_STRETCH, PANEL_MIN_PX, strict=True)):
            plot = self.plots[row + 1]
            name = next((k for k, p in optional.items() if p is plot), None)
            visible = name is None or name in shown
            plot.setVisible(visible)
            # never shorter than its rotated axis title: titles would run into each other
            minimum = max(minimum, title_px(plot))
            plot.setMinimumHeight(minimum if visible else 0)
            plot.setMaximumHeight(16_777_215 if visible else 0)
            layout.setRowStretchFactor(row + 1, stretch if visible else 0)

    @property
    def hover_lines(self) -> list[pg.InfiniteLine]:
        """The day markers of the panels drawn now."""
        return [
            line
            for line, plot in zip(self._hover_lines, self.plots, strict=True)
            if plot.isVisible()
        ]

    def set_x_range(self, x0: float, x1: float) -> None:
        self.mood.plot.setXRange(x0, x1, padding=0)
        self._layout_band()  # now, so the first paint of a preset already has its rows

    def x_range(self) -> tuple[float, float]:
        x0, x1 = self.mood.plot.vb.viewRange()[0]
        return float(x0), float(x1)

    def show_hover_line(self, day: dt.date) -> None:
        for line in self._hover_lines:
            line.setPos(x_of(day) + DAY / 2)
            line.setVisible(True)

    def band_rows(self) -> list[med_band.BandRow]:
        return list(self.band_item.rows)

    def _x_range_changed(self, _viewbox, x_range) -> None:
        self._band_timer.start()
        self.range_changed.emit(float(x_range[0]), float(x_range[1]))

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if self.timeline is not None:
            self.day_hovered.emit(day_at(self.mood.plot.vb.mapSceneToView(scene_pos).x()))

    def set_level(self, level: str) -> None:
        """Daily values, or weekly or monthly means (``panels.level_for`` the range)."""
        self.level = level
        for panel in (self.mood, self.sleep, self.activity):
            panel.set_level(level)

    def _layout_band(self) -> None:
        """One row per drug in view, then sessions and appointments when any is in view; and
        the life-event labels' lanes for the range."""
        if self.timeline is None:
            return
        x0, x1 = self.x_range()
        self.life_events.relabel(x0, x1, self.mood.plot.vb.width())
        self.set_level(level_for((x1 - x0) / DAY))
        lanes = med_band.visible_lanes(self.timeline.lanes, x0, x1)
        markers = med_band.marker_rows(self.timeline, x0, x1)
        key = (*(lane.drug for lane in lanes), *(row.title for row in markers))
        if key == self._band_key:
            return
        self._band_key = key
        rows = [med_band.lane_row(lane, self.colors) for lane in lanes] + markers
        count = max(len(rows), 1)
        row_px = max(BAND_ROW_PX[0], min(BAND_ROW_PX[1], (BAND_MAX_PX - 8) // count))
        self.band_item.set_row_height(row_px)
        self.band_item.set_rows(rows)
        axis = self.band.getAxis("left")
        axis.setTicks(med_band.row_ticks(rows))
        axis.setStyle(tickFont=self.band_item.font_for_row(row_px))
        self.band.setYRange(-0.5, count - 0.5, padding=0)
        band_px = row_px * count + 8
        self.band.setFixedHeight(band_px)
        # below this the panels would overlap; the view scrolls instead (small window, 150%)
        panels_px = sum(p.minimumHeight() for p in self.plots[1:])
        self.setMinimumHeight(band_px + panels_px + DATE_AXIS_PX + 2 * len(self.plots))
