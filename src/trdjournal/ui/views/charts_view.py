"""Charts: the medication band above linked panels of elevation (when logged), mood, each
questionnaire logged, sleep and activity, with
range presets, pan and zoom, and the values of the day under the pointer.

The whole journal's timeline is built once (on first show and after the journal changes);
presets, panning and zooming only move the shared x range. The drawing itself
(``charts.timeline_charts``, pyqtgraph) is imported and built just after the view first shows,
so switching to Charts answers at once with a short "Drawing the charts" note.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trdjournal.analysis import analyse
from trdjournal.analysis.analysed_timeline import analysed_timeline
from trdjournal.analysis.timeline import Timeline
from trdjournal.i18n import format_date
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.reload_on_change import ReloadOnChange
from trdjournal.ui.charts.axis_dates import DAY, day_at, x_of
from trdjournal.ui.charts.colors import ChartColors, chart_colors
from trdjournal.ui.charts.hover_text import describe_day
from trdjournal.ui.charts.lab_panel import LabPanel
from trdjournal.ui.charts.legend_strip import Entry, LegendStrip

if TYPE_CHECKING:
    from trdjournal.ui.charts.med_band import BandRow
    from trdjournal.ui.charts.timeline_charts import TimelineCharts

# key, button text, days shown (None: everything)
PRESETS = (
    ("30d", QT_TRANSLATE_NOOP("ChartsView", "&30 days"), 30),
    ("90d", QT_TRANSLATE_NOOP("ChartsView", "&90 days"), 90),
    ("1y", QT_TRANSLATE_NOOP("ChartsView", "1 &year"), 365),
    ("all", QT_TRANSLATE_NOOP("ChartsView", "&All"), None),
)
DEFAULT_PRESET = "90d"
# the key, mark by mark: (mark, ChartColors field, words); see charts.legend_strip
LEGEND = (
    ("line", "mood_daily", QT_TRANSLATE_NOOP("ChartsView", "Mood, each day")),
    ("line", "mood_mean", QT_TRANSLATE_NOOP("ChartsView", "Mood, 7-day mean")),
    (
        "band",
        "mood_mean",
        QT_TRANSLATE_NOOP("ChartsView", "Over years: weekly or monthly mean, lowest to highest"),
    ),
    ("dots", "phq9", QT_TRANSLATE_NOOP("ChartsView", "Questionnaire total")),
    ("square", "gad7", QT_TRANSLATE_NOOP("ChartsView", "GAD-7")),
    ("triangle", "self_harm", QT_TRANSLATE_NOOP("ChartsView", "Safety item flagged")),
    ("shade", "band_fill", QT_TRANSLATE_NOOP("ChartsView", "Severity bands")),
    ("dashed", "remission", QT_TRANSLATE_NOOP("ChartsView", "Remission line")),
    ("dots", "mood_mean", QT_TRANSLATE_NOOP("ChartsView", "Elevated mood (0-3)")),
    ("dotted", "gad7", QT_TRANSLATE_NOOP("ChartsView", "Irritability (0-3)")),
    ("vdotted", "foreground", QT_TRANSLATE_NOOP("ChartsView", "Life event, harder (−)")),
    ("vdashed", "foreground", QT_TRANSLATE_NOOP("ChartsView", "Life event, easier (+)")),
)
HINT = QT_TRANSLATE_NOOP(
    "ChartsView",
    "Drag to pan, wheel to zoom; the remission line is PHQ-9 below 5, QIDS-SR16 5 or less, "
    "MADRS-S 10 or less.",
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
        self.charts: TimelineCharts | None = None  # built on first show
        self._first_load = True
        self._preset: str | None = DEFAULT_PRESET
        self._preset_range: tuple[float, float] | None = None
        self._hover_day: dt.date | None = None

        self.preset_buttons: dict[str, QPushButton] = {}
        self.preset_group = QButtonGroup(self)
        self.preset_group.setExclusive(False)  # so a manual zoom can clear the choice
        toolbar = QHBoxLayout()
        toolbar.addWidget(qtutils.heading(self.tr("Charts")))  # where every view has its title
        toolbar.addSpacing(qtutils.SECTION_SPACING)
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
        self.legend = LegendStrip()
        self._fill_legend()
        self.hint_label = QLabel(self.tr(HINT))
        self.hint_label.setWordWrap(True)
        self.hint_label.setPalette(quiet_palette(self.hint_label.palette()))

        self.loading_label = QLabel(self.tr("Drawing the charts…"))
        self.empty_label = QLabel(
            self.tr(
                "Nothing to chart yet. Log a few days on the Today view (a mood is enough), "
                "and a medication on Treatments: the charts line them up here."
            )
        )
        self.stack = QStackedWidget()
        for label in (self.loading_label, self.empty_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)  # never wider than the window
            self.stack.addWidget(label)

        self.lab_panel = LabPanel()  # lab values beside the timeline
        charts_row = QHBoxLayout()
        charts_row.addWidget(self.stack, 1)
        charts_row.addWidget(self.lab_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(qtutils.MARGIN, qtutils.MARGIN, qtutils.MARGIN, qtutils.MARGIN)
        layout.addLayout(toolbar)
        layout.addWidget(self.hover_label)
        layout.addLayout(charts_row, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hint_label)

        # any table: the charts show check-ins, medication, sessions, events and labs;
        # deferred so the "Drawing the charts…" page paints first
        self.reloader = ReloadOnChange(self, ui_context, None, self.reload, deferred=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """The system went light or dark: redraw the charts in the matching colours."""
        super().changeEvent(event)
        kinds = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in kinds and chart_colors(self.palette()) is not self.colors:
            self.colors = chart_colors(self.palette())
            self.hint_label.setPalette(quiet_palette(self.palette()))
            self._fill_legend()
            if self.charts is not None:
                self.stack.removeWidget(self.scroll)
                self.scroll.deleteLater()
                self.charts = None
                self.reloader.invalidate()  # rebuilt now if shown, else on the next show

    def _fill_legend(self) -> None:
        entries = [
            Entry(mark, getattr(self.colors, colour), self.tr(text), 2 if "mean" in colour else 1.5)
            for mark, colour, text in LEGEND
        ]
        self.legend.set_entries(entries, self.tr("Key to the charts"))

    # -- data --------------------------------------------------------------------------------
    def idle_steps(self) -> list:
        """Work the main window may do before Charts is first shown (``shell.idle_preload``):
        build the plots, then read the timeline; each skipped when already done."""

        def build() -> None:
            if self.charts is None:
                self.charts = self._build_charts()

        def read() -> None:
            if self.reloader.stale and not self.isVisible():
                self.reloader.stale = False  # the show then finds it fresh
                self.reload()

        return [build, read]

    def _build_charts(self) -> TimelineCharts:
        from trdjournal.ui.charts.timeline_charts import TimelineCharts

        charts = TimelineCharts(self.colors)
        charts.range_changed.connect(self._x_range_changed)
        charts.day_hovered.connect(self.show_day)
        self.scroll = qtutils.scroll_area(charts, horizontal=False)
        self.stack.addWidget(self.scroll)
        return charts

    def reload(self) -> None:
        """Rebuild the timeline from the journal and hand it to the charts."""
        if self.charts is None:
            self.charts = self._build_charts()
        # one read of the journal: the timeline is built from the analysis's records, with
        # the episodes of the whole record (the primary scale's remissions)
        self.set_timeline(analysed_timeline(analyse(self.ui_context.journal)))

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        charts = self.charts if self.charts is not None else self._build_charts()
        self.charts = charts
        empty = not (timeline.daily.logged_days() or timeline.lanes or timeline.logged_scales())
        self.stack.setCurrentWidget(self.empty_label if empty else self.scroll)
        for key_part in (self.legend, self.hint_label):  # a key to nothing: hidden
            key_part.setVisible(not empty)
        charts.set_timeline(timeline)
        self.lab_panel.set_timeline(timeline)
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
        if self.timeline is None or self.charts is None:
            return  # applied when the timeline arrives
        self._preset_range = self.preset_range(key)
        self.charts.set_x_range(*self._preset_range)

    def visible_days(self) -> tuple[dt.date, dt.date]:
        """First and last calendar day (inclusive) in view."""
        x0, x1 = self.charts.x_range()
        return day_at(x0 + 1), day_at(x1 - 1)

    def _x_range_changed(self, x0: float, x1: float) -> None:
        if self._preset_range is not None:
            off = max(abs(x0 - self._preset_range[0]), abs(x1 - self._preset_range[1]))
            if off > DAY / 4:  # panned or zoomed by hand
                self._preset = None
                self._preset_range = None
                for button in self.preset_buttons.values():
                    button.setChecked(False)
        first, last = self.visible_days()
        self.range_label.setText(
            f"{format_date(first, 'd MMM y')} – {format_date(last, 'd MMM y')}"
        )
        self.lab_panel.show_range(first, last)

    def band_rows(self) -> list[BandRow]:
        return self.charts.band_rows() if self.charts is not None else []

    # -- hover -------------------------------------------------------------------------------
    def show_day(self, day: dt.date) -> None:
        """Put the hover line on ``day`` and its values in the line above the charts."""
        if day == self._hover_day or self.timeline is None or self.charts is None:
            return
        values = self.timeline.day(day)
        if values is None:
            return
        self._hover_day = day
        self.charts.show_hover_line(day)
        self.hover_label.setText(describe_day(values))
