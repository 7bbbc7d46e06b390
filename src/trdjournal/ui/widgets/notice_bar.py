"""A calm bar across the top of a view or dialog: one sentence and a button or two ("An unsaved
check-in was kept: Restore it / Discard", "Demo journal: ... / Open my journal")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QWidget

from trdjournal.ui.base import qtutils
from trdjournal.ui.base.theme import notice_stylesheet


class NoticeBar(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(name)
        self.message = qtutils.wrapped()
        self.message.setAccessibleName(name)
        self.buttons: list[QPushButton] = []
        self.row = qtutils.hbox(self.message, margin=qtutils.MARGIN)
        self.row.setStretch(0, 1)
        self.setLayout(self.row)
        self._restyle()

    def add_button(self, text: str, name: str, on_click: Callable[[], object]) -> QPushButton:
        button = qtutils.button(text, name, on_click)
        self.buttons.append(button)
        self.row.addWidget(button)
        return button

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def _restyle(self) -> None:
        self.setStyleSheet(notice_stylesheet("noticeBar", QApplication.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._restyle()
        super().changeEvent(event)
