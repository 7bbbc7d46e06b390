"""Light grid lines for a panel: calendar boundaries across, the panel's own ticks along.

pyqtgraph's built-in grid is drawn by the axes through a QPicture spanning the whole plot,
which cost more than the data on a 20-year range; this item draws all its lines in one call,
in an opaque colour (no blending), at the date axis' ticks: weeks, months or years.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from trdjournal.ui.charts.calendar_ticks import calendar_ticks


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
        for x in calendar_ticks(view.left(), view.right(), x_right - x_left).values:
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
