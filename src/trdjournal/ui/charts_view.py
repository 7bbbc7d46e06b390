"""Charts: the medication band above linked panels of mood, PHQ-9, sleep and activity.

The whole journal's timeline is built once (on first show and after the journal changes);
range presets, panning and zooming only move the shared x range. The hover line names the
day's values under the pointer.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trdjournal.analysis.timeline import Timeline, build_timeline
from trdjournal.ui.charts import med_band
from trdjournal.ui.charts.axis_dates import DAY, day_at, x_of
from trdjournal.ui.charts.colors import ChartColors, chart_colors, qcolor
from trdjournal.ui.charts.hover_text import describe_day
from trdjournal.ui.charts.lab_panel import LabPanel
from trdjournal.ui.charts.life_events_layer import LifeEventLayer
from trdjournal.ui.charts.panels import ActivityPanel, MoodPanel, ScorePanel, SleepPanel, new_plot

# key, button text, days shown (None: everything)
PRESETS = (
    ("30d", QT_TRANSLATE_NOOP("ChartsView", "&30 days"), 30),
    ("90d", QT_TRANSLATE_NOOP("ChartsView", "&90 days"), 90),
    ("1y", QT_TRANSLATE_NOOP("ChartsView", "1 &year"), 365),
    ("all", QT_TRANSLATE_NOOP("ChartsView", "&All"), None),
)
DEFAULT_PRESET = "90d"
BAND_ROW_PX = (11, 17)  # smallest and largest row height of the medication band
BAND_MAX_PX = 230
PANEL_STRETCH = (3, 2, 1, 1)  # mood, PHQ-9, sleep, activity
PANEL_MIN_PX = (90, 80, 72, 96)  # so their axis titles fit however many drugs the band shows
HINT = QT_TRANSLATE_NOOP(
    "ChartsView",
    "Mood: grey line daily, blue line 7-day mean.  PHQ-9: dots; ▲ item 9 above 0; shading: "
    "severity bands; dashed line: remission (below 5).  GAD-7: grey squares.  "
    "Life events: vertical lines on mood with their impact (dotted −, dashed +).  "
    "Drag to pan, wheel to zoom.",
)


def quiet_palette(palette: QPalette) -> QPalette:
    """Text two thirds of the way from the background to the normal text colour: quieter,
    still readable in a light and a dark palette."""
    text, back = (
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorRole.Window),
    )
    mixed = QColor(
        *(round((2 * a + b) / 3) for a, b in zip(text.getRgb()[:3], back.getRgb()[:3], strict=True))
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    return palette


class ChartsView(QWidget):
    def __init__(self, ui_context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.colors: ChartColors = chart_colors(self.palette())
        self.timeline: Timeline | None = None
        self._stale = True
        self._first_load = True
        self._preset: str | None = DEFAULT_PRESET
        self._preset_range: tuple[float, float] | None = None
        self._hover_day: dt.date | None = None
        self._band_lanes: tuple[str, ...] | None = None

        self.preset_buttons: dict[str, QPushButton] = {}
        self.preset_group = QButtonGroup(self)
        self.preset_group.setExclusive(False)  # so a manual zoom can clear the choice
        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(self.tr("Show:")))
        for key, untranslated, _days in PRESETS:
            text = self.tr(untranslated)
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show {period}").format(period=text.replace("&", "")))
            button.clicked.connect(lambda _checked=False, k=key: self.set_preset(k))
            self.preset_group.addButton(button)
            self.preset_buttons[key] = button
            toolbar.addWidget(button)
        self.range_label = QLabel()
        self.range_label.setAccessibleName(self.tr("Dates shown"))
        toolbar.addSpacing(12)
        toolbar.addWidget(self.range_label)
        toolbar.addStretch(1)

        self.hover_label = QLabel(" ")
        self.hover_label.setAccessibleName(self.tr("Values of the day under the pointer"))
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(self.tr(HINT))
        self.hint_label.setWordWrap(True)
        self.hint_label.setPalette(quiet_palette(self.hint_label.palette()))

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(
            self.tr("Charts of medication, mood, PHQ-9, sleep and activity")
        )
        self.graphics.setBackground(self.colors.background)
        self._build_plots()

        self.empty_label = QLabel(
            self.tr("Nothing to chart yet: log a few days on the Today view.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.hover_label)
        self.lab_panel = LabPanel()  # lab values beside the timeline
        charts_row = QHBoxLayout()
        charts_row.addWidget(self.stack, 1)
        charts_row.addWidget(self.lab_panel)
        layout.addLayout(charts_row, 1)
        layout.addWidget(self.hint_label)

        self._band_timer = QTimer(self)
        self._band_timer.setSingleShot(True)
        self._band_timer.setInterval(0)
        self._band_timer.timeout.connect(self._layout_band)

        changed = getattr(ui_context, "journal_changed", None)
        if changed is not None:
            changed.connect(self._journal_changed)

    # -- building ----------------------------------------------------------------------------
    def _build_plots(self) -> None:
        colors = self.colors
        self.band = new_plot(colors, "", show_dates=False)
        self.band.invertY(True)
        self.band_item = med_band.MedBandItem(colors)
        self.band.addItem(self.band_item)
        self.mood = MoodPanel(colors)
        self.life_events = LifeEventLayer(self.mood.plot, colors)
        self.scores = ScorePanel(colors)
        self.sleep = SleepPanel(colors)
        self.activity = ActivityPanel(colors)
        self.plots = [
            self.band,
            self.mood.plot,
            self.scores.plot,
            self.sleep.plot,
            self.activity.plot,
        ]
        self.hover_lines = []
        for row, plot in enumerate(self.plots):
            self.graphics.addItem(plot, row=row, col=0)
            if plot is not self.mood.plot:
                plot.setXLink(self.mood.plot)
            line = pg.InfiniteLine(angle=90, movable=False, pen=self._hover_pen())
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self.hover_lines.append(line)
        layout = self.graphics.ci.layout
        layout.setVerticalSpacing(2)
        for row, (stretch, minimum) in enumerate(zip(PANEL_STRETCH, PANEL_MIN_PX, strict=True)):
            layout.setRowStretchFactor(row + 1, stretch)
            self.plots[row + 1].setMinimumHeight(minimum)
        self.mood.plot.sigXRangeChanged.connect(self._x_range_changed)
        self.graphics.scene().sigMouseMoved.connect(self._mouse_moved)

    def _hover_pen(self):
        pen = pg.mkPen(qcolor(self.colors.hover_line, 0.7), width=1)
        pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    # -- data --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _journal_changed(self, _table: str = "") -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self.reload)

    def reload(self) -> None:
        """Rebuild the timeline from the journal and hand it to the panels."""
        self._stale = False
        self.set_timeline(build_timeline(self.ui_context.journal))

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        empty = not (timeline.daily.logged_days() or timeline.lanes or timeline.phq9)
        self.stack.setCurrentWidget(self.empty_label if empty else self.graphics)
        x = x_of(timeline.start) + DAY / 2 + np.arange(timeline.days, dtype=float) * DAY
        self.mood.set_timeline(timeline, x)
        self.scores.set_timeline(timeline)
        self.sleep.set_timeline(timeline, x)
        self.activity.set_timeline(timeline, x)
        self.life_events.set_timeline(timeline)
        self.lab_panel.set_timeline(timeline)
        self._band_lanes = None
        lo, hi = x_of(timeline.start), x_of(timeline.end) + DAY
        for plot in self.plots:
            plot.vb.setLimits(xMin=lo - 7 * DAY, xMax=hi + 7 * DAY, minXRange=7 * DAY)
        if self._preset is not None or self._first_load:
            self.set_preset(self._preset or DEFAULT_PRESET)
        self._first_load = False  # later reloads keep a range the user panned or zoomed to
        hovered, self._hover_day = self._hover_day, None
        if hovered is not None:
            self.show_day(hovered)  # its values may just have changed

    # -- range -------------------------------------------------------------------------------
    def preset_range(self, key: str) -> tuple[float, float]:
        if self.timeline is None:
            raise RuntimeError("no timeline loaded")
        end = x_of(self.timeline.end) + DAY
        days = dict((k, d) for k, _t, d in PRESETS)[key]
        start = x_of(self.timeline.start) if days is None else end - days * DAY
        return start, end

    def set_preset(self, key: str) -> None:
        self._preset = key
        for k, button in self.preset_buttons.items():
            button.setChecked(k == key)
        if self.timeline is None:
            return
        self._preset_range = self.preset_range(key)
        self.mood.plot.setXRange(*self._preset_range, padding=0)

    def visible_days(self) -> tuple[dt.date, dt.date]:
        """First and last calendar day (inclusive) in view."""
        x0, x1 = self.mood.plot.vb.viewRange()[0]
        return day_at(x0 + 1), day_at(x1 - 1)

    def _x_range_changed(self, _viewbox, x_range) -> None:
        if self._preset_range is not None:
            off = max(abs(a - b) for a, b in zip(x_range, self._preset_range, strict=True))
            if off > DAY / 4:  # panned or zoomed by hand
                self._preset = None
                self._preset_range = None
                for button in self.preset_buttons.values():
                    button.setChecked(False)
        first, last = self.visible_days()
        self.range_label.setText(f"{first:%d %b %Y} – {last:%d %b %Y}")
        self.lab_panel.show_range(first, last)
        self._band_timer.start()

    def _layout_band(self) -> None:
        """One row per drug on the band for the drugs in view, then sessions and appointments."""
        if self.timeline is None:
            return
        x0, x1 = self.mood.plot.vb.viewRange()[0]
        lanes = med_band.visible_lanes(self.timeline.lanes, x0, x1)
        key = (
            *(lane.drug for lane in lanes),
            *(row.title for row in med_band.marker_rows(self.timeline, x0, x1)),
        )
        if key == self._band_lanes:
            return
        self._band_lanes = key
        rows = [med_band.lane_row(lane, self.colors) for lane in lanes]
        rows += med_band.marker_rows(self.timeline, x0, x1)
        count = max(len(rows), 1)
        row_px = max(BAND_ROW_PX[0], min(BAND_ROW_PX[1], (BAND_MAX_PX - 8) // count))
        self.band_item.set_row_height(row_px)
        self.band_item.set_rows(rows)
        axis = self.band.getAxis("left")
        axis.setTicks(med_band.row_ticks(rows))
        axis.setStyle(tickFont=self.band_item.font_for_row(row_px))
        self.band.setYRange(-0.5, count - 0.5, padding=0)
        self.band.setFixedHeight(row_px * count + 8)

    def band_rows(self) -> list[med_band.BandRow]:
        return list(self.band_item.rows)

    # -- hover -------------------------------------------------------------------------------
    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if self.timeline is None:
            return
        x = self.mood.plot.vb.mapSceneToView(scene_pos).x()
        self.show_day(day_at(x))

    def show_day(self, day: dt.date) -> None:
        """Put the hover line on ``day`` and its values in the line above the charts."""
        if day == self._hover_day or self.timeline is None:
            return
        values = self.timeline.day(day)
        if values is None:
            return
        self._hover_day = day
        for line in self.hover_lines:
            line.setPos(x_of(day) + DAY / 2)
            line.setVisible(True)
        self.hover_label.setText(describe_day(values))
