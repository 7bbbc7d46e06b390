"""Light grid lines for a panel: calendar boundaries across, the panel's own ticks along.

pyqtgraph's built-in grid is drawn by the axes through a QPicture spanning the whole plot,
which cost more than the data on a 20-year range; this item draws all its lines in one call,
in an opaque colour (no blending), at boundaries a reader uses: weeks, months or years.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from trdjournal.ui.charts.axis_dates import day_at, x_of

WEEKS_UP_TO_DAYS = 62
MONTHS_UP_TO_DAYS = 3 * 365


def calendar_lines(x0: float, x1: float) -> list[float]:
    """x of the Mondays, month starts or year starts between x0 and x1, by the span shown."""
    first, last = day_at(x0), day_at(x1)
    span = (last - first).days
    if span <= WEEKS_UP_TO_DAYS:
        day = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        out = []
        while day <= last:
            out.append(x_of(day))
            day += dt.timedelta(days=7)
        return out
    if span <= MONTHS_UP_TO_DAYS:
        year, month = first.year, first.month
        out = []
        while True:
            month += 1
            if month > 12:
                year, month = year + 1, 1
            day = dt.date(year, month, 1)
            if day > last:
                return out
            out.append(x_of(day))
    return [x_of(dt.date(y, 1, 1)) for y in range(first.year + 1, last.year + 1)]


class GridItem(pg.GraphicsObject):
    def __init__(self, colour: QColor, y_values: tuple[float, ...] = ()):
        super().__init__()
        self.pen = QPen(colour, 1)
        self.pen.setCosmetic(True)
        self.y_values = y_values
        self.setZValue(-30)

    def set_y_values(self, values: tuple[float, ...]) -> None:
        self.y_values = values
        self.update()

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph hook)
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        rect = self.viewRect()
        return QRectF() if rect is None else rect

    def paint(self, painter: QPainter, *args) -> None:
        view = self.viewRect()
        if view is None:
            return
        to_device = painter.transform()
        top_left = to_device.map(view.topLeft())
        bottom_right = to_device.map(view.bottomRight())
        y_top, y_bottom = sorted((top_left.y(), bottom_right.y()))
        x_left, x_right = sorted((top_left.x(), bottom_right.x()))
        lines = []
        for x in calendar_lines(view.left(), view.right()):
            xd = to_device.map(QPointF(x, 0)).x()
            lines.append(QLineF(xd, y_top, xd, y_bottom))
        for y in self.y_values:
            if view.top() <= y <= view.bottom():
                yd = to_device.map(QPointF(0, y)).y()
                lines.append(QLineF(x_left, yd, x_right, yd))
        painter.save()
        painter.resetTransform()
        painter.setPen(self.pen)
        painter.drawLines(lines)
        painter.restore()
