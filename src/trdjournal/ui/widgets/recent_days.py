"""The last seven days under the check-in: each day's mood at a glance, one click to open it
(the quick way to fill in a day that was missed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from trdjournal.domain.model import CheckIn
from trdjournal.ui.base import i18n
from trdjournal.ui.base.theme import mood_color, text_on

DAYS = 7


class RecentDays(QWidget):
    day_chosen = Signal(str)  # ISO date: plain text crosses the Qt boundary safely

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Last seven days"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for _ in range(DAYS):
            button = QPushButton()
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 6)
            button.clicked.connect(
                lambda _checked=False, b=button: self.day_chosen.emit(b.objectName())
            )
            layout.addWidget(button)
            self.buttons.append(button)

    def show_days(self, last: dt.date, checkins: list[CheckIn], current: dt.date) -> None:
        by_day = {c.date: c for c in checkins}
        for i, button in enumerate(self.buttons):
            day = last - dt.timedelta(days=DAYS - 1 - i)
            checkin = by_day.get(day)
            label = i18n.format_date(day, "ddd d")
            button.setObjectName(day.isoformat())
            button.setText(f"{label}\n{checkin.mood if checkin else '–'}")
            state = (
                self.tr("mood {mood}").format(mood=checkin.mood)
                if checkin
                else self.tr("not logged")
            )
            button.setAccessibleName(
                self.tr("Open {day}: {state}").format(
                    day=i18n.format_date(day, "dddd d MMMM"), state=state
                )
            )
            button.setToolTip(button.accessibleName())
            style = "QPushButton { border-radius: 4px; padding: 2px 6px;"
            if checkin:
                fill = mood_color(checkin.mood)
                style += f" background: {fill.name()}; color: {text_on(fill).name()};"
                style += " border: 1px solid rgba(128,128,128,0.6);"
            else:
                style += " border: 1px dashed palette(mid);"
            if day == current:
                style += " border: 3px solid palette(highlight);"
            button.setStyleSheet(style + " }")
