"""Episodes on the charts: where the record shows an episode of depression beginning, ending in
remission (8 weeks, resources/episodes.json) and a relapse after remission, as vertical lines
across the mood panel, labelled low so they never meet the life events' labels at the top.
A start is solid, an end dotted, a relapse dash-dot: the kind reads without colour."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from trdjournal.analysis.episodes import EpisodeMarker
from trdjournal.analysis.timeline import Timeline
from trdjournal.ui.charts.axis_dates import x_of
from trdjournal.ui.charts.colors import ChartColors, qcolor

STYLES = {
    "start": (Qt.PenStyle.SolidLine, QT_TRANSLATE_NOOP("EpisodeLayer", "episode")),
    "end": (Qt.PenStyle.DotLine, QT_TRANSLATE_NOOP("EpisodeLayer", "remission")),
    "relapse": (Qt.PenStyle.DashDotLine, QT_TRANSLATE_NOOP("EpisodeLayer", "relapse")),
}


class EpisodeLayer:
    def __init__(self, plot: pg.PlotItem, colors: ChartColors):
        self.plot, self.colors = plot, colors
        self.lines: list[pg.InfiniteLine] = []

    def set_timeline(self, timeline: Timeline) -> None:
        for line in self.lines:
            self.plot.removeItem(line)
        self.lines = [self._line(marker) for marker in timeline.episodes]

    def _line(self, marker: EpisodeMarker) -> pg.InfiniteLine:
        style, word = STYLES[marker.kind]
        pen = pg.mkPen(qcolor(self.colors.foreground, 0.6), width=2)
        pen.setStyle(style)
        pen.setCosmetic(True)
        line = pg.InfiniteLine(
            pos=x_of(marker.date),  # the line stands at the start of the day
            angle=90,
            movable=False,
            pen=pen,
            label=QCoreApplication.translate("EpisodeLayer", word),
            labelOpts={"position": 0.06, "color": self.colors.foreground, "movable": False},
        )
        line.setToolTip(marker.text)
        self.plot.addItem(line, ignoreBounds=True)
        return line
