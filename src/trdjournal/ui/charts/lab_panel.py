"""Lab results beside the charts: the values whose dates are in view, newest first, each with
where it sits against its reference range (in words, never colour alone). The panel is shown
only while the dates in view hold a result: an empty side panel would take a fifth of the
charts' width to say nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trdjournal.analysis.timeline import LabPoint, Timeline
from trdjournal.i18n import format_number
from trdjournal.ui.base import i18n

PANEL_WIDTH_CHARS = 30
POSITION_MARK = {
    "below": QT_TRANSLATE_NOOP("charts", "\u25bc below range"),
    "within": QT_TRANSLATE_NOOP("charts", "in range"),
    "above": QT_TRANSLATE_NOOP("charts", "\u25b2 above range"),
}


def lab_line(point: LabPoint) -> str:
    where = QCoreApplication.translate(
        "charts", POSITION_MARK.get(point.position or "", QT_TRANSLATE_NOOP("charts", "no range"))
    )
    return f"{i18n.format_date(point.date, 'd MMM yyyy')}\n{point.label}, {where}"


class LabPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: tuple[LabPoint, ...] = ()
        self.title = QLabel(self.tr("Lab results in view"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Lab results in view"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("x") * PANEL_WIDTH_CHARS)

    def set_timeline(self, timeline: Timeline) -> None:
        self.points = timeline.labs
        if not self.points:
            self.hide()

    def show_range(self, first: dt.date, last: dt.date) -> None:
        shown = [p for p in reversed(self.points) if first <= p.date <= last]
        self.list.clear()
        for point in shown:
            item = QListWidgetItem(lab_line(point))
            reference = (
                self.tr("reference {low}-{high} {unit}").format(
                    low=format_number(point.ref_low, 3),
                    high=format_number(point.ref_high, 3),
                    unit=point.unit,
                )
                if point.ref_low is not None
                else self.tr("no reference range")
            )
            item.setToolTip(reference)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        self.title.setText(self.tr("Lab results in view ({len})").format(len=len(shown)))
        self.setVisible(bool(shown))
