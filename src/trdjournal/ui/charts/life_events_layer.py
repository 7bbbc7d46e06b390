"""Life events on the charts: a vertical line across the mood panel on each event's day,
labelled with its impact (-4..+4, the NIMH Life Chart's scale). Negative events are dotted,
positive ones dashed, neutral ones solid, so the sign reads without colour."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from trdjournal.analysis.timeline import LifeEventMarker, Timeline
from trdjournal.ui.base import i18n
from trdjournal.ui.charts.axis_dates import DAY, x_of
from trdjournal.ui.charts.colors import ChartColors, qcolor


def impact_label(impact: int) -> str:
    return f"{impact:+d}".replace("-", "\u2212") if impact else "0"


def _style(impact: int) -> Qt.PenStyle:
    if impact < 0:
        return Qt.PenStyle.DotLine
    return Qt.PenStyle.DashLine if impact > 0 else Qt.PenStyle.SolidLine


class LifeEventLayer:
    def __init__(self, plot: pg.PlotItem, colors: ChartColors):
        self.plot, self.colors = plot, colors
        self.lines: list[pg.InfiniteLine] = []

    def set_timeline(self, timeline: Timeline) -> None:
        for line in self.lines:
            self.plot.removeItem(line)
        self.lines = [self._line(event) for event in timeline.life_events]

    def _line(self, event: LifeEventMarker) -> pg.InfiniteLine:
        # thicker for a stronger impact, so a bereavement stands out from a bad day at work
        pen = pg.mkPen(qcolor(self.colors.foreground, 0.75), width=1 + abs(event.impact) / 2)
        pen.setStyle(_style(event.impact))
        pen.setCosmetic(True)
        line = pg.InfiniteLine(
            pos=x_of(event.date) + DAY / 2,
            angle=90,
            movable=False,
            pen=pen,
            label=impact_label(event.impact),
            labelOpts={"position": 0.93, "color": self.colors.foreground, "movable": False},
        )
        line.setToolTip(
            QCoreApplication.translate("LifeEventLayer", "{day}: {text} (impact {impact})").format(
                day=i18n.format_date(event.date, "d MMM yyyy"),
                text=event.text,
                impact=impact_label(event.impact),
            )
        )
        self.plot.addItem(line, ignoreBounds=True)
        return line
