"""A read-only table of records (medication events, sessions, appointments, questionnaires):
one row per record, the record kept with its row, activated by Enter or double-click."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from trdjournal.ui import qtutils

RECORD_ROLE = Qt.ItemDataRole.UserRole


class RecordTable(QTableWidget):
    def __init__(self, columns: Sequence[str], accessible_name: str, description: str = ""):
        super().__init__(0, len(columns))
        self.setHorizontalHeaderLabels(list(columns))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        qtutils.accessible(self, accessible_name, description)

    def set_records(self, records: Sequence[Any], cells: Callable[[Any], Sequence[str]]) -> None:
        keep = self.selected_record()
        self.setRowCount(0)
        self.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, text in enumerate(cells(record)):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ROLE, record)
                self.setItem(row, column, item)
        if keep is not None:
            self.select_record(keep)

    def selected_record(self) -> Any:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(RECORD_ROLE) if item else None

    def select_record(self, record: Any) -> None:
        key = getattr(record, "id", record)
        for row in range(self.rowCount()):
            if getattr(self.item(row, 0).data(RECORD_ROLE), "id", None) == key:
                self.setCurrentCell(row, 0)
                return
