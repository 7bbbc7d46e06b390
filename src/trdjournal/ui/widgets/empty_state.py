"""An empty table that says what to do first, instead of a blank grid.

``show_when_empty(view, text)`` lays a quiet, centred, wrapped message over the table's
viewport while its model has no rows (a filtered view counts what it shows), and takes it away
as soon as a row arrives. The words are also the table's accessible description then.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView

from trdjournal.ui.base import qtutils


class EmptyState(QObject):
    def __init__(self, view: QAbstractItemView, text: str):
        super().__init__(view)
        self.view = view
        self.label = qtutils.wrapped(text, muted=True)
        self.label.setParent(view.viewport())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setAccessibleName(text)
        view.viewport().installEventFilter(self)
        self._watched = None
        self.watch_model()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def watch_model(self) -> None:
        """Follow the view's model (call again if the view is given another model)."""
        model = self.view.model()
        if model is None or model is self._watched:
            return
        self._watched = model
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def is_shown(self) -> bool:
        return not self.label.isHidden()

    def refresh(self, *_args) -> None:
        if not shiboken6.isValid(self.view) or not shiboken6.isValid(self.label):
            return  # the table is being destroyed: its model empties itself on the way out
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty)
        if empty:
            self._place()

    def _place(self) -> None:
        area = (
            self.view.viewport()
            .rect()
            .adjusted(qtutils.MARGIN * 2, qtutils.MARGIN, -qtutils.MARGIN * 2, -qtutils.MARGIN)
        )
        height = min(area.height(), self.label.heightForWidth(area.width()) + qtutils.MARGIN)
        area.setTop(area.top() + max(0, (area.height() - height) // 3))  # a little above centre
        area.setHeight(height)
        self.label.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and self.is_shown():
            self._place()
        return False


def show_when_empty(view: QAbstractItemView, text: str) -> EmptyState:
    view.empty_state = EmptyState(view, text)  # kept on the view, which owns it
    return view.empty_state
