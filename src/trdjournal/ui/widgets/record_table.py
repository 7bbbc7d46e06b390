"""A read-only table of records (medication events, sessions, appointments, questionnaires):
one row per record, activated by Enter or double-click.

The records stay in a Python list beside the table (row i is records[i]; the table is not
sortable): PySide's conversion of Python objects held in item data has crashed at exit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from trdjournal.ui.base import qtutils


class RecordTable(QTableWidget):
    def __init__(self, columns: Sequence[str], accessible_name: str, description: str = ""):
        super().__init__(0, len(columns))
        self.records: list[Any] = []
        self.setHorizontalHeaderLabels(list(columns))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        qtutils.accessible(self, accessible_name, description)

    def set_records(self, records: Sequence[Any], cells: Callable[[Any], Sequence[str]]) -> None:
        keep = self.selected_record()
        self.setRowCount(0)
        self.records = list(records)
        self.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, text in enumerate(cells(record)):
                self.setItem(row, column, QTableWidgetItem(text))
        if keep is not None:
            self.select_record(keep)

    def selected_record(self) -> Any:
        row = self.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def select_record(self, record: Any) -> None:
        key = getattr(record, "id", record)
        for row, candidate in enumerate(self.records):
            if getattr(candidate, "id", candidate) == key:
                self.setCurrentCell(row, 0)
                return
