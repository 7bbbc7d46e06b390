"""A "year in pixels": one cell a day (rows = months, columns = days), coloured by mood on a
colour-blind-safe ramp; empty days are left blank. Click or Enter opens a day; arrow keys move."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from trdjournal.domain import dates
from trdjournal.ui.base import i18n
from trdjournal.ui.base.theme import mood_color, ramp


class YearPixels(QWidget):
    day_activated = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.year = dates.today().year
        self.moods: dict[dt.date, int] = {}
        self.cursor = dates.today()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_accessible()

    # -- geometry --------------------------------------------------------------------------
    def cell(self) -> int:
        return max(12, round(self.fontMetrics().height() * 1.15))

    def label_width(self) -> int:
        return max(self.fontMetrics().horizontalAdvance(m) for m in i18n.month_names()) + 8

    def header(self) -> int:
        return self.fontMetrics().height() + 4

    def legend_height(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        c = self.cell()
        return QSize(
            self.label_width() + 31 * c + 2, self.header() + 12 * c + self.legend_height() + 4
        )

    minimumSizeHint = sizeHint

    def rect_of(self, day: dt.date) -> QRect:
        c = self.cell()
        return QRect(
            self.label_width() + (day.day - 1) * c, self.header() + (day.month - 1) * c, c, c
        )

    def day_at(self, point: QPoint) -> dt.date | None:
        c = self.cell()
        column = (point.x() - self.label_width()) // c
        row = (point.y() - self.header()) // c
        if not (0 <= column < 31 and 0 <= row < 12) or point.x() < self.label_width():
            return None
        try:
            return dt.date(self.year, row + 1, column + 1)
        except ValueError:
            return None

    # -- data --------------------------------------------------------------------------------
    def set_data(self, year: int, moods: dict[dt.date, int]) -> None:
        self.year, self.moods = year, moods
        if self.cursor.year != year:
            self.cursor = min(dt.date(year, 12, 31), dates.today()) if year else self.cursor
        self._update_accessible()
        self.update()

    def describe(self, day: dt.date) -> str:
        mood = self.moods.get(day)
        text = i18n.medium_date(day)
        if mood is None:
            return self.tr("{day}: not logged").format(day=text)
        return self.tr("{day}: mood {mood}/10").format(day=text, mood=mood)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("Year in pixels, {year}").format(year=self.year))
        self.setAccessibleDescription(
            self.tr(
                "%n day(s) logged. Selected: {describe}. Arrow keys move, Enter opens the day.",
                "",
                len(self.moods),
            ).format(describe=self.describe(self.cursor))
        )

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        empty = palette.color(QPalette.ColorRole.PlaceholderText)
        c = self.cell()
        painter.setPen(text)
        for day_number in (1, 5, 10, 15, 20, 25, 31):
            r = QRect(self.label_width() + (day_number - 1) * c, 0, c, self.header())
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, str(day_number))
        months = i18n.month_names()
        for month in range(1, 13):
            r = QRect(0, self.header() + (month - 1) * c, self.label_width() - 6, c)
            painter.setPen(text)
            painter.drawText(
                r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, months[month - 1]
            )
            days = calendar.monthrange(self.year, month)[1]
            for d in range(1, days + 1):
                day = dt.date(self.year, month, d)
                cell = self.rect_of(day).adjusted(1, 1, -1, -1)
                mood = self.moods.get(day)
                if mood is not None:
                    painter.fillRect(cell, mood_color(mood))
                    painter.setPen(grid)
                else:  # not logged: an outline only, so it never reads as a dark mood
                    painter.setPen(empty)
                painter.drawRect(cell.adjusted(0, 0, -1, -1))
        if self.hasFocus() and self.cursor.year == self.year:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(self.rect_of(self.cursor).adjusted(0, 0, -1, -1))
        self._paint_legend(painter, text)

    def _paint_legend(self, painter: QPainter, text) -> None:
        c = self.cell()
        top = self.header() + 12 * c + 6
        left = self.label_width()
        painter.setPen(text)
        worst = self.tr("mood 0 (worst)")
        label_w = self.fontMetrics().horizontalAdvance(worst + " ") + 4
        painter.drawText(QRect(left, top, label_w, c), Qt.AlignmentFlag.AlignVCenter, worst)
        x = left + label_w
        for mood in range(11):
            painter.fillRect(QRect(x + mood * c, top + 1, c - 2, c - 2), ramp(mood / 10))
        painter.drawText(
            QRect(x + 11 * c + 4, top, 200, c), Qt.AlignmentFlag.AlignVCenter, self.tr("10 (best)")
        )

    # -- interaction -------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        day = self.day_at(event.position().toPoint())
        if day is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(day), self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cursor = day
            self._update_accessible()
            self.update()
            if day <= dates.today():
                self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = Qt.Key(event.key())
        moved = None
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            moved = self.cursor + dt.timedelta(days=-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            month = self.cursor.month + (-1 if key == Qt.Key.Key_Up else 1)
            if 1 <= month <= 12:
                last = calendar.monthrange(self.year, month)[1]
                moved = dt.date(self.year, month, min(self.cursor.day, last))
        if moved is not None:
            if moved.year == self.year:
                self.cursor = moved
                self._update_accessible()
                self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.cursor <= dates.today():
                self.day_activated.emit(self.cursor)
        else:
            super().keyPressEvent(event)
