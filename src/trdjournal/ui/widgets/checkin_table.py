"""The check-ins as a read-only table model (newest first), with a filter on notes and tags."""

from __future__ import annotations

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

from trdjournal.domain.model import CheckIn
from trdjournal.ui.base.i18n import short_weekday
from trdjournal.ui.base.theme import mood_color, text_on
from trdjournal.ui.widgets.checkin_fields import number_text, side_effects_text

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    (
        QT_TRANSLATE_NOOP("CheckInTableModel", "Day"),
        lambda c: f"{short_weekday(c.date)} {c.date.isoformat()}",
    ),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Mood"), lambda c: str(c.mood)),
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
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Tags"), lambda c: ", ".join(c.tags)),
    (
        QT_TRANSLATE_NOOP("CheckInTableModel", "Side effects"),
        lambda c: side_effects_text(c.side_effects),
    ),
    (QT_TRANSLATE_NOOP("CheckInTableModel", "Note"), lambda c: c.note.replace("\n", " ")),
)
MOOD_COLUMN = 1
DATE_ROLE = Qt.ItemDataRole.UserRole  # the day as YYYY-MM-DD; date_at() reads it back
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckInTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.checkins: list[CheckIn] = []

    def set_checkins(self, checkins: list[CheckIn]) -> None:
        self.beginResetModel()
        self.checkins = sorted(checkins, key=lambda c: c.date, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.checkins)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        checkin = self.checkins[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](checkin)
        if role == DATE_ROLE:  # text, not a Python object: see record_table's note
            return checkin.date.isoformat()
        if role == SEARCH_ROLE:
            return " ".join([checkin.note, *checkin.tags, *checkin.side_effects]).casefold()
        if index.column() == MOOD_COLUMN:
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
