"""Completion for comma-separated lists (tags, side effects): completes the word being typed
and keeps the ones before it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class ListCompleter(QCompleter):
    def __init__(self, line: QLineEdit, load: Callable[[], list[str]]):
        """``load`` gives the words to offer; it is called the first time the field has focus,
        so opening the app does not read years of entries for it."""
        super().__init__(line)
        self.line, self.load = line, load
        self.setModel(QStringListModel([], self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setWidget(line)
        self.loaded = False
        line.textEdited.connect(self._on_edited)
        self.activated[str].connect(self._insert)

    def _on_edited(self, text: str) -> None:
        if not self.loaded:
            self.model().setStringList(self.load())
            self.loaded = True
        prefix = text.split(",")[-1].strip()
        if not prefix:
            self.popup().hide()
            return
        self.setCompletionPrefix(prefix)
        if self.completionCount():
            self.complete()
        else:
            self.popup().hide()

    def _insert(self, path: str) -> None:
        """``path`` is pathFromIndex(): the earlier words with the chosen one."""
        self.line.setText(path + ", ")

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 (Qt override)
        done = [part.strip() for part in self.line.text().split(",")[:-1] if part.strip()]
        return ", ".join([*done, str(index.data())])

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        return [path.split(",")[-1].strip()]
