"""A read-only table of records (medication events, sessions, appointments, questionnaires):
one row per record, activated by Enter or double-click.

The records stay in a Python list beside the table (row i is records[i]; the table is not
sortable): PySide's conversion of Python objects held in item data has crashed at exit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from trdjournal.ui.base import qtutils

HEADER_WRAP_CHARS = 10
SQUEEZE = 1.05  # fit_to_width: columns shrink to 1/1.2 of their natural widths before any hides (a column empty in every row is always hidden)


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
        """Never scroll sideways: every column fits the table's width. Columns keep their
        natural width while they can; when the sum is too wide, empty columns and then those
        of ``drop_order`` (least needed first) are hidden while the rest would be narrower than
        a date, then the widest shrink, their text wraps onto more lines, and each cell and
        header keeps its full text as a tooltip. ``hidden_cells(row)`` gives what is hidden."""
        self._fit = True
        self._drop_order = list(drop_order)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(self.columnCount()):
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(item.text())
                item.setText(two_lines(item.text()))

    def natural_widths(self) -> list[int]:
        header = self.horizontalHeader()
        return [
            max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) + 2
            for c in range(self.columnCount())
        ]

    def _empty_columns(self) -> list[int]:
        return [
            c
            for c in range(self.columnCount())
            if all(not (self.item(r, c) and self.item(r, c).text()) for r in range(self.rowCount()))
        ]

    def hidden_cells(self, row: int) -> list[tuple[str, str]]:
        """(header, text) of each hidden column with something to say in ``row``."""
        return [
            (self.horizontalHeaderItem(c).toolTip(), self.item(row, c).text())
            for c in range(self.columnCount())
            if self.isColumnHidden(c) and self.item(row, c) is not None and self.item(row, c).text()
        ]

    def _fit_columns(self) -> None:
        available = self.viewport().width()
        if available <= 0 or not self.columnCount():
            return
        # a date's width: narrower, a column shows only ellipses
        floor = self.fontMetrics().horizontalAdvance("0000-00-00") + 12
        natural = self.natural_widths()
        droppable = [c for c in self._empty_columns() if self.rowCount()] + [
            c for c in self._drop_order if c not in self._empty_columns()
        ]
        hidden: set[int] = set(self._empty_columns()) if self.rowCount() else set()
        droppable = [c for c in droppable if c not in hidden]
        for column in range(self.columnCount()):
            self.setColumnHidden(column, False)

        def shown() -> list[int]:
            return [c for c in range(self.columnCount()) if c not in hidden]

        def too_wide() -> bool:  # squeezing more than this wraps every other cell
            columns = shown()
            return (
                sum(min(natural[c], floor) for c in columns) > available
                or sum(natural[c] for c in columns) > available * SQUEEZE
            )

        while droppable and too_wide():
            hidden.add(droppable.pop(0))
        for column in hidden:
            self.setColumnHidden(column, True)
        columns = shown()
        self._fit_widths(columns, [natural[c] for c in columns], available, floor)
        self.resizeRowsToContents()
        self.updateGeometry()
        self.columns_fitted.emit()

    def _fit_widths(self, columns: list[int], natural: list[int], available: int, floor: int):
        widths = natural
        if sum(natural) > available:
            # the widest give way first: cap every column at one width, found by bisection
            low, high = floor, max(natural)
            while high - low > 1:
                cap = (low + high) // 2
                if sum(min(w, max(cap, floor)) for w in natural) > available:
                    high = cap
                else:
                    low = cap
            widths = [min(w, max(low, floor)) for w in natural]
        spare = available - sum(widths)
        if spare > 0:
            widths[-1] += spare  # the last column takes what is left, like a stretch
        for column, width in zip(columns, widths, strict=True):
            self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._fit:
            self._fit_columns()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """With ``fit_to_width``: tall enough for its rows (up to MAX_ROWS_SHOWN)."""
        hint = super().sizeHint()
        if not self._fit:
            return hint
        rows = min(self.rowCount(), self.MAX_ROWS_SHOWN)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
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
