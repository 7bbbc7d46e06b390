"""A read-only table of records (medication events, sessions, appointments, questionnaires):
one row per record, activated by Enter or double-click.

The records stay in a Python list beside the table (row i is records[i]; the table is not
sortable): PySide's conversion of Python objects held in item data has crashed at exit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from trdjournal.ui.base import qtutils
from trdjournal.ui.widgets import column_fit

HEADER_WRAP_CHARS = 10


def two_lines(label: str) -> str:
    """A long header on two lines (at the space nearest its middle), so it asks for half the
    width: "Minimum adequate" -> "Minimum\nadequate"."""
    if len(label) <= HEADER_WRAP_CHARS or " " not in label:
        return label
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return label[:cut] + "\n" + label[cut + 1 :]


class RecordTable(QTableWidget):
    columns_fitted = Signal()  # fit_to_width hid or resized columns

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
        self._fit = False
        self._drop_order: list[int] = []

    # -- fitting the width -------------------------------------------------------------------
    MIN_COLUMN_CHARS = 6  # narrower than this a column says nothing; its tooltip still does
    MAX_ROWS_SHOWN = 12  # sized to its rows up to this many, then it scrolls down, never sideways

    def fit_to_width(self, drop_order: Sequence[int] = ()) -> None:
        """Never scroll sideways (widgets/column_fit.py): columns give way, then wrap; each
        cell and header keeps its full text as a tooltip, long headers go on two lines, rows
        grow to their text. ``hidden_cells(row)`` says what a hidden column holds."""
        self._fit = True
        self._drop_order = list(drop_order)
        column_fit.prepare(self, wrap=True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(self.columnCount()):
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(item.text())
                item.setText(two_lines(item.text()))

    def hidden_cells(self, row: int) -> list[tuple[str, str]]:
        """(header, text) of each hidden column with something to say in ``row``."""
        return [
            (self.horizontalHeaderItem(c).toolTip(), self.item(row, c).text())
            for c in range(self.columnCount())
            if self.isColumnHidden(c) and self.item(row, c) is not None and self.item(row, c).text()
        ]

    def _fit_columns(self) -> None:
        column_fit.fit_columns(self, self._drop_order)
        self.resizeRowsToContents()
        self.updateGeometry()
        self.columns_fitted.emit()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Refit when the viewport's width changes (a vertical scroll bar coming or going
        changes it without resizing the table)."""
        handled = super().viewportEvent(event)
        if getattr(self, "_fit", False) and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return handled

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """With ``fit_to_width``: tall enough for its rows (up to MAX_ROWS_SHOWN)."""
        hint = super().sizeHint()
        if not self._fit:
            return hint
        rows = min(self.rowCount(), self.MAX_ROWS_SHOWN)
        height = self.horizontalHeader().height() + 2 * self.frameWidth() + 4  # no 1-px scroll
        height += sum(self.rowHeight(r) for r in range(rows)) or self.fontMetrics().height() * 2
        return QSize(hint.width(), height)

    def set_records(self, records: Sequence[Any], cells: Callable[[Any], Sequence[str]]) -> None:
        keep = self.selected_record()
        self.setRowCount(0)
        self.records = list(records)
        self.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, text in enumerate(cells(record)):
                item = QTableWidgetItem(text)
                if self._fit:
                    item.setToolTip(text)  # the whole text, where the column is too narrow
                self.setItem(row, column, item)
        if keep is not None:
            self.select_record(keep)
        if self._fit:
            self._fit_columns()

    def selected_record(self) -> Any:
        row = self.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def select_record(self, record: Any) -> None:
        key = getattr(record, "id", record)
        for row, candidate in enumerate(self.records):
            if getattr(candidate, "id", candidate) == key:
                self.setCurrentCell(row, 0)
                return
