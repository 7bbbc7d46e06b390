"""A safety flag drawn as a flag: a small pennant badge beside the words, never the words alone.

The colour is the charts' calm reddish purple for a flagged safety item (``theme.flag_color``),
not an alarm red: the flag marks the answer for the doctor, and the crisis resources that go
with it are shown calmly (widgets/crisis_panel.py). The shape carries the meaning in greyscale.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from trdjournal.ui.base.theme import flag_color

BADGE_PX = 16


def flag_icon(palette: QPalette | None = None, size: int = BADGE_PX) -> QIcon:
    """A pennant on a pole in a round badge, sharp at the screen's pixel ratio."""
    colour = flag_color(palette or QApplication.palette())
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    white = QColor("white")
    painter.setPen(QPen(white, max(1.2, size / 12)))
    pole = size * 0.34
    painter.drawLine(QPointF(pole, size * 0.22), QPointF(pole, size * 0.8))
    pennant = QPainterPath()
    pennant.moveTo(pole, size * 0.22)
    pennant.lineTo(size * 0.76, size * 0.36)
    pennant.lineTo(pole, size * 0.52)
    pennant.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(white)
    painter.drawPath(pennant)
    painter.end()
    return QIcon(pixmap)


def mark_flagged(item: QTableWidgetItem, palette: QPalette | None = None) -> None:
    """A table cell that carries a safety flag: the badge before its words, the words bold."""
    item.setIcon(flag_icon(palette))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    item.setToolTip(item.text())
