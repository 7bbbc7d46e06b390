"""Table columns that fit the table's width: never a sideways scroll bar.

Columns keep their natural width while they can. When the sum is too wide, columns empty in
every row and then those of ``drop_order`` (least needed first) are hidden while the rest would
be squeezed, then the widest give way first (their text wraps or is elided; the cells keep
their whole text as a tooltip). ``flexible_last``: the last column (a note) takes the width
that is left instead of asking for its longest text. Used by RecordTable.fit_to_width and the
Journal's table; ``fit_on_resize`` keeps a QTableView fitted as it and its model change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

SQUEEZE = 1.05  # columns shrink to 1/1.05 of their natural width before any column is hidden
EMPTY_SCAN_ROWS = 200  # rows looked at to call a column empty
FLEXIBLE_CHARS = 30  # what a flexible last column asks for before it takes what is left


def _text(view: QTableView, row: int, column: int) -> str:
    value = view.model().index(row, column).data()
    return "" if value is None else str(value)


def empty_columns(view: QTableView) -> list[int]:
    model = view.model()
    rows = min(model.rowCount(), EMPTY_SCAN_ROWS)
    if rows == 0:
        return []
    return [
        c for c in range(model.columnCount()) if all(not _text(view, r, c) for r in range(rows))
    ]


def natural_widths(view: QTableView, flexible_last: bool) -> list[int]:
    header = view.horizontalHeader()
    count = view.model().columnCount()
    widths = [max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) + 2 for c in range(count)]
    if flexible_last and widths:
        widths[-1] = min(widths[-1], view.fontMetrics().horizontalAdvance("x") * FLEXIBLE_CHARS)
    return widths


def capped(natural: list[int], available: int, floor: int) -> list[int]:
    """Widths summing to at most ``available``: the widest capped first (bisection on the cap),
    none below ``floor``; what is left over goes to the last."""
    widths = list(natural)
    if sum(natural) > available:
        low, high = floor, max(natural)
        while high - low > 1:
            cap = (low + high) // 2
            if sum(min(w, max(cap, floor)) for w in natural) > available:
                high = cap
            else:
                low = cap
        widths = [min(w, max(low, floor)) for w in natural]
    spare = available - sum(widths)
    if spare > 0 and widths:
        widths[-1] += spare
    return widths


def fit_columns(
    view: QTableView,
    drop_order: Sequence[int] = (),
    *,
    hide_empty: bool = True,
    flexible_last: bool = False,
) -> None:
    available = view.viewport().width()
    count = view.model().columnCount() if view.model() is not None else 0
    if available <= 0 or not count:
        return
    floor = view.fontMetrics().horizontalAdvance("0000-00-00") + 12  # a date's width
    natural = natural_widths(view, flexible_last)
    empty = empty_columns(view) if hide_empty else []
    hidden = set(empty)
    droppable = [c for c in drop_order if c not in hidden]
    for column in range(count):
        view.setColumnHidden(column, False)

    def shown() -> list[int]:
        return [c for c in range(count) if c not in hidden]

    def too_wide() -> bool:
        columns = shown()
        return (
            sum(min(natural[c], floor) for c in columns) > available
            or sum(natural[c] for c in columns) > available * SQUEEZE
        )

    while droppable and too_wide():
        hidden.add(droppable.pop(0))
    for column in hidden:
        view.setColumnHidden(column, True)
    columns = shown()
    for column, width in zip(
        columns, capped([natural[c] for c in columns], available, floor), strict=True
    ):
        view.setColumnWidth(column, width)


def prepare(view: QTableView, *, wrap: bool) -> None:
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setStretchLastSection(False)


class FitOnResize(QObject):
    """Refit ``view`` when it is resized or its model's rows change."""

    def __init__(self, view: QTableView, fit: Callable[[], None]):
        super().__init__(view)
        self.fit = fit
        view.viewport().installEventFilter(self)  # its width changes with the vertical bar too
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(lambda *_: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False


def fit_on_resize(view: QTableView, drop_order: Sequence[int] = (), **options) -> FitOnResize:
    prepare(view, wrap=False)
    return FitOnResize(view, lambda: fit_columns(view, drop_order, **options))
