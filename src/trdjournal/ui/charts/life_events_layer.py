"""Life events on the charts: a vertical line across the mood panel on each event's day,
labelled with its impact (-4..+4, the NIMH Life Chart's scale). Negative events are dotted,
positive ones dashed, neutral ones solid, so the sign reads without colour.

Labels never overlap and are never cut at an edge: after every change of range ``relabel``
puts each label in the first of three lanes (heights along the line) with room for it, the
strongest impacts first; a label with no room, or too near an edge, is hidden while its line
and tooltip stay. Zoom in and the hidden ones come back."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from trdjournal.analysis.timeline import LifeEventMarker, Timeline
from trdjournal.i18n import format_signed
from trdjournal.ui.base import i18n
from trdjournal.ui.charts.axis_dates import DAY, x_of
from trdjournal.ui.charts.colors import ChartColors, qcolor


def impact_label(impact: int) -> str:
    return format_signed(impact)


def _style(impact: int) -> Qt.PenStyle:
    if impact < 0:
        return Qt.PenStyle.DotLine
    return Qt.PenStyle.DashLine if impact > 0 else Qt.PenStyle.SolidLine


LANES = (0.93, 0.78, 0.63)  # label heights along the line, as a fraction of the panel
LABEL_GAP_PX = 30  # label centres closer than this in one lane would touch ("−3" is ~20 px)
EDGE_PX = 16  # a label centred nearer an edge than this would be cut


def place_labels(
    events: list[tuple[float, int]], width_px: float, lanes: int = len(LANES)
) -> list[int | None]:
    """For each (pixel x, impact), its lane, or None when hidden (no room, or at an edge).
    Stronger impacts are placed first, so the thinning drops the small ones."""
    placed: list[list[float]] = [[] for _ in range(lanes)]
    result: list[int | None] = [None] * len(events)
    order = sorted(range(len(events)), key=lambda i: (-abs(events[i][1]), events[i][0]))
    for i in order:
        px = events[i][0]
        if px < EDGE_PX or px > width_px - EDGE_PX:
            continue
        for lane, taken in enumerate(placed):
            if all(abs(px - other) >= LABEL_GAP_PX for other in taken):
                taken.append(px)
                result[i] = lane
                break
    return result


class LifeEventLayer:
    def __init__(self, plot: pg.PlotItem, colors: ChartColors):
        self.plot, self.colors = plot, colors
        self.lines: list[pg.InfiniteLine] = []
        self.events: tuple[LifeEventMarker, ...] = ()

    def set_timeline(self, timeline: Timeline) -> None:
        for line in self.lines:
            self.plot.removeItem(line)
        self.events = timeline.life_events
        self.lines = [self._line(event) for event in timeline.life_events]

    def relabel(self, x0: float, x1: float, width_px: float) -> None:
        """Lanes and thinning for the range x0..x1 drawn ``width_px`` wide."""
        if not self.lines or x1 <= x0 or width_px <= 0:
            return
        scale = width_px / (x1 - x0)
        where = [
            ((line.value() - x0) * scale, e.impact)
            for line, e in zip(self.lines, self.events, strict=True)
        ]
        for line, lane in zip(self.lines, place_labels(where, width_px), strict=True):
            line.label.setVisible(lane is not None)
            if lane is not None and line.label.orthoPos != LANES[lane]:
                line.label.setPosition(LANES[lane])

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
