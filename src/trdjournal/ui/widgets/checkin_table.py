"""The check-ins as a read-only table model (newest first), with a filter on notes and tags.

Values a device measured (issue 23) fill the empty cells, in italics, and the Source column
names the device for them; a day with device values only is listed with its mood empty.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from trdjournal.domain import device
from trdjournal.domain.device import DeviceValue
from trdjournal.domain.model import CheckIn
from trdjournal.ui.base.i18n import short_weekday
from trdjournal.ui.base.theme import mood_color, text_on
from trdjournal.ui.widgets.checkin_fields import number_text, side_effects_text

Index = QModelIndex | QPersistentModelIndex
FIELD_WORDS = {
    "sleep_hours": QT_TRANSLATE_NOOP("CheckInTableModel", "sleep"),
    "activity_minutes": QT_TRANSLATE_NOOP("CheckInTableModel", "activity"),
    "steps": QT_TRANSLATE_NOOP("CheckInTableModel", "steps"),
}

COLUMNS = (
    (
        QT_TRANSLATE_NOOP("CheckInTableModel", "Day"),
        lambda c: f"{short_weekday(c.date)} {c.date.isoformat()}",
    ),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Mood"), lambda c: number_text(c.mood)),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Anxiety"), lambda c: number_text(c.anxiety)),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Energy"), lambda c: number_text(c.energy)),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Sleep h"), lambda c: number_text(c.sleep_hours)),
    (
        QT_TRANSLATE_NOOP("CheckInTableModel", "Sleep quality"),
        lambda c: number_text(c.sleep_quality),
    ),
    (
        QT_TRANSLATE_NOOP("CheckInTableModel", "Activity min"),
        lambda c: number_text(c.activity_minutes),
    ),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Steps"), lambda c: number_text(c.steps)),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Tags"), lambda c: ", ".join(c.tags)),
    (
        QT_TRANSLATE_NOOP("CheckInTableModel", "Side effects"),
        lambda c: side_effects_text(c.side_effects),
    ),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Note"), lambda c: c.note.replace("\n", " ")),
)
MOOD_COLUMN = 1
DEVICE_COLUMNS = {4: "sleep_hours", 6: "activity_minutes", 7: "steps"}  # cells a device may fill
SOURCE_COLUMN = 8  # inserted after Steps: which device measured the day's filled values
SOURCE_TITLE = QT_TRANSLATE_NOOP("CheckInTableModel", "Source")
DATE_ROLE = Qt.ItemDataRole.UserRole  # the day as YYYY-MM-DD; date_at() reads it back
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclasses.dataclass(frozen=True)
class DeviceDay:
    """A day with device values and no check-in: listed so they are seen (and the day logged)."""

    date: dt.date
    mood: int | None = None
    anxiety: int | None = None
    energy: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    activity_minutes: int | None = None
    steps: int | None = None
    tags: tuple[str, ...] = ()
    side_effects: dict[str, int] = dataclasses.field(default_factory=dict)
    note: str = ""


class CheckInTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.checkins: list[CheckIn | DeviceDay] = []  # as shown: device values filled in
        self.sources: dict[dt.date, dict[str, str]] = {}  # day -> field -> device

    def set_checkins(
        self,
        checkins: list[CheckIn],
        devices: dict[dt.date, dict[str, DeviceValue]] | None = None,
    ) -> None:
        devices = devices or {}
        shown: list[CheckIn | DeviceDay] = []
        self.sources = {}
        typed_days = {c.date for c in checkins}
        days = [*checkins, *(DeviceDay(d) for d in devices if d not in typed_days)]
        for day in days:
            filled, sources = device.fill(day, devices.get(day.date, {}))
            if isinstance(day, DeviceDay) and not sources:
                continue  # in-bed or nap hours only: nothing for this table to show
            shown.append(filled)
            if sources:
                self.sources[day.date] = sources
        self.beginResetModel()
        self.checkins = sorted(shown, key=lambda c: c.date, reverse=True)
        self.endResetModel()

    def source_text(self, day: dt.date) -> str:
        """ "Apple Health: sleep, steps" for the values a device filled; "" when all typed."""
        by_device: dict[str, list[str]] = {}
        for field, source in self.sources.get(day, {}).items():
            by_device.setdefault(device.SOURCES[source], []).append(self.tr(FIELD_WORDS[field]))
        return "; ".join(f"{name}: {', '.join(words)}" for name, words in by_device.items())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.checkins)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == SOURCE_COLUMN:
                return self.tr(SOURCE_TITLE)
            return self.tr(COLUMNS[section - (section > SOURCE_COLUMN)][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        checkin = self.checkins[index.row()]
        column = index.column()
        measured = self.sources.get(checkin.date, {}).get(DEVICE_COLUMNS.get(column, ""))
        if column == SOURCE_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.source_text(checkin.date)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and measured:
            if measured in device.LOGGED_IN_APP:
                text = self.tr("{value}, logged in {device} and imported (not typed here)")
            else:
                text = self.tr("{value}, measured by {device} (not typed)")
            return text.format(value=COLUMNS[column][1](checkin), device=device.SOURCES[measured])
        if role == Qt.ItemDataRole.FontRole and measured:
            font = QFont()
            font.setItalic(True)
            return font
        column -= column > SOURCE_COLUMN
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[column][1](checkin)
        if role == DATE_ROLE:  # text, not a Python object: see record_table's note
            return checkin.date.isoformat()
        if role == SEARCH_ROLE:
            return " ".join([checkin.note, *checkin.tags, *checkin.side_effects]).casefold()
        if column == MOOD_COLUMN and checkin.mood is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return mood_color(checkin.mood)
            if role == Qt.ItemDataRole.ForegroundRole:
                return text_on(mood_color(checkin.mood))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        return None

    def row_of(self, day: dt.date) -> int | None:
        return next((i for i, c in enumerate(self.checkins) if c.date == day), None)


class SearchFilter(QSortFilterProxyModel):
    """Rows whose note, tags or side effects contain every word searched for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_search(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.10
            self.words = text.casefold().split()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()  # invalidateRowsFilter() is deprecated from Qt 6.10
        self.words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.words:
            return True
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return all(word in haystack for word in self.words)


def date_at(index: QModelIndex | QPersistentModelIndex) -> dt.date | None:
    text = index.data(DATE_ROLE) if index.isValid() else None
    return dt.date.fromisoformat(text) if text else None
