"""The key to the charts, drawn as a key: each mark as it appears on the chart (a line, a
dotted line, a marker, a shaded band) beside its words, in rows that wrap with the width.

Plain Qt (no pyqtgraph), so the Charts view can show it before the plots are built. The same
words are its accessible description, for a screen reader.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SWATCH_W = 26
GAP = 6  # between a swatch and its words
ENTRY_GAP = 18  # between entries in a row


@dataclasses.dataclass(frozen=True)
class Entry:
    mark: str  # line, dashed, dotted, dots, square, triangle, band, shade, vdotted, vdashed
    colour: str
    text: str
    width: float = 1.5


class LegendStrip(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[Entry] = []
        sizes = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizes.setHeightForWidth(True)
        self.setSizePolicy(sizes)

    def set_entries(self, entries: list[Entry], name: str) -> None:
        self.entries = list(entries)
        self.setAccessibleName(name)
        self.setAccessibleDescription("; ".join(e.text for e in self.entries))
        self.updateGeometry()
        self.update()

    # -- layout ------------------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def _placed(self, width: int) -> list[tuple[Entry, QRectF]]:
        """Each entry's box, in rows that wrap at ``width``."""
        metrics = self.fontMetrics()
        x, y, row = 0.0, 0.0, self._row_height()
        placed = []
        for entry in self.entries:
            w = SWATCH_W + GAP + metrics.horizontalAdvance(entry.text)
            if x > 0 and x + w > width:
                x, y = 0.0, y + row
            placed.append((entry, QRectF(x, y, w, row)))
            x += w + ENTRY_GAP
        return placed

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        placed = self._placed(width)
        return int(placed[-1][1].bottom()) if placed else 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = max(self.width(), 400)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(SWATCH_W * 4, self._row_height())

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(self.foregroundRole())
        for entry, box in self._placed(self.width()):
            swatch = QRectF(box.left(), box.top() + 3, SWATCH_W, box.height() - 6)
            self._draw_mark(painter, entry, swatch)
            painter.setPen(text_colour)
            text = QRectF(swatch.right() + GAP, box.top(), box.width(), box.height())
            painter.drawText(
                text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.text
            )
        painter.end()

    @staticmethod
    def _draw_mark(painter: QPainter, entry: Entry, box: QRectF) -> None:
        colour = QColor(entry.colour)
        mid = box.center().y()
        styles = {
            "line": Qt.PenStyle.SolidLine,
            "dashed": Qt.PenStyle.DashLine,
            "dotted": Qt.PenStyle.DotLine,
            "vdotted": Qt.PenStyle.DotLine,
            "vdashed": Qt.PenStyle.DashLine,
        }
        pen = QPen(colour, entry.width)
        pen.setStyle(styles.get(entry.mark, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if entry.mark in ("line", "dashed", "dotted"):
            painter.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid))
        elif entry.mark in ("vdotted", "vdashed"):
            x = box.center().x()
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
        elif entry.mark == "dots":  # a line through dots
            painter.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid))
            painter.setBrush(colour)
            for x in (box.left() + 4, box.center().x(), box.right() - 4):
                painter.drawEllipse(QPointF(x, mid), 2.5, 2.5)
        elif entry.mark == "square":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(box.center().x() - 3, mid - 3, 6, 6))
        elif entry.mark == "triangle":  # pointing up, as the chart's flag
            path = QPainterPath()
            c, r = box.center(), min(box.height(), 12) / 2
            path.moveTo(c.x(), c.y() - r)
            path.lineTo(c.x() + r, c.y() + r)
            path.lineTo(c.x() - r, c.y() + r)
            path.closeSubpath()
            fill = QColor(colour)
            fill.setAlphaF(0.5)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(fill)
            painter.drawPath(path)
        elif entry.mark == "band":  # a mean line in its lowest-to-highest band
            fill = QColor(colour)
            fill.setAlphaF(0.25)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(box.adjusted(0, 1, 0, -1))
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid))
        elif entry.mark == "shade":
            fill = QColor(colour)
            fill.setAlphaF(0.18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(box.adjusted(0, 1, 0, -1))
