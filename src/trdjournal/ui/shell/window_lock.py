"""Locking the main window of an encrypted journal: by hand (File > Lock, Ctrl+L) or after
the idle minutes chosen in Settings. Locked, the journal is closed, its passphrase forgotten
and the window shows only a passphrase field until the right passphrase is typed."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from trdjournal.domain.errors import ValidationError
from trdjournal.storage import JournalError, WrongPassphraseError
from trdjournal.ui.base import operations, qtutils
from trdjournal.ui.base.draft_keeper import flush_all
from trdjournal.ui.base.ui_context import ALL_TABLES, UiContext
from trdjournal.ui.dialogs.passphrase_dialog import password_field, wrong
from trdjournal.ui.shell.idle_watcher import IdleWatcher


class LockScreen(QWidget):
    def __init__(self, try_unlock: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.try_unlock = try_unlock
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.error = qtutils.error_label()
        self.unlock_button = qtutils.button(
            self.tr("Unlock"), self.tr("Unlock"), self.submit, default=True
        )
        self.setLayout(
            qtutils.vbox(
                qtutils.STRETCH,
                qtutils.centred(
                    qtutils.vbox(
                        qtutils.heading(self.tr("trdjournal is locked")),
                        qtutils.wrapped(self.tr("Enter the passphrase to see your journal again.")),
                        qtutils.hbox(self.passphrase, self.unlock_button),
                        self.error,
                    ),
                    max_width=480,
                ),
                qtutils.STRETCH,
            )
        )

    def submit(self) -> None:
        problem = self.try_unlock(self.passphrase.text())
        self.passphrase.clear()
        qtutils.set_error(self.error, problem)


class WindowLock(QObject):
    def __init__(
        self,
        window: QMainWindow,
        ui_context: UiContext,
        *,
        clock: Callable[[], float] = time.monotonic,
        timer: QTimer | None = None,
    ):
        super().__init__(window)
        self.window, self.ui_context = window, ui_context
        self.journal = ui_context.journal
        self.locked = False
        self.screen = LockScreen(self.try_unlock)
        self.stack = QStackedWidget()
        self.stack.addWidget(window.takeCentralWidget())
        self.stack.addWidget(self.screen)
        window.setCentralWidget(self.stack)
        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(
            self.tr("Hide the journal until its passphrase is typed again")
        )
        self.lock_action.triggered.connect(self.lock)
        file_menu = window.menuBar().actions()[0].menu()
        file_menu.insertAction(file_menu.actions()[0], self.lock_action)
        window.addAction(self.lock_action)
        self._disabled: list[QAction] = []
        self.watcher = IdleWatcher(self, clock=clock, timer=timer)
        self.watcher.idle.connect(self.lock)
        ui_context.journal_changed.connect(self._journal_changed)
        self.configure()

    def configure(self) -> None:
        """Follow the journal: lockable when encrypted, idle limit from its settings."""
        if self.locked:
            return
        encrypted = self.journal.encrypted
        self.lock_action.setVisible(encrypted)
        self.lock_action.setEnabled(encrypted)
        minutes = self.journal.settings().auto_lock_minutes if encrypted else None
        self.watcher.set_limit(minutes)

    def _journal_changed(self, table: str) -> None:
        if table in ("settings", ALL_TABLES):
            self.configure()

    def lock(self) -> None:
        if self.locked or not self.journal.encrypted:
            return
        if operations.running_count():
            # Work off the UI thread (a conversion, a report) holds the journal: lock later.
            self.watcher.resume()
            return
        flush_all()  # typed text is kept as a draft before the journal closes
        for widget in QApplication.topLevelWidgets():
            # An open dialog shows journal data too; its note stays a draft, offered next time.
            if isinstance(widget, QDialog) and widget.isVisible():
                getattr(widget, "close_keeping_draft", widget.reject)()
        self.journal.lock()
        self.ui_context.app_context.forget_passphrase()
        self.locked = True
        self.watcher.timer.stop()
        if (reminder := self._reminder()) is not None:
            reminder.timer.stop()  # it reads the journal, closed until unlocked
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self.window.statusBar().clearMessage()
        self.stack.setCurrentWidget(self.screen)
        self.screen.passphrase.setFocus()

    def try_unlock(self, passphrase: str) -> str:
        """Reopen the journal with ``passphrase``: "" when unlocked, else what to show."""
        try:
            self.journal.reopen(passphrase)
        except WrongPassphraseError:
            return wrong()
        except ValidationError:
            return self.tr("Type the passphrase.")
        except JournalError as exc:
            return str(exc)
        self.locked = False
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.stack.setCurrentIndex(0)
        self.ui_context.changed(ALL_TABLES)  # views read the journal again (and configure())
        self.watcher.resume()
        if (reminder := self._reminder()) is not None:
            reminder.start()
        return ""

    def _reminder(self):
        """The daily reminder the app attaches to its window (none in most tests)."""
        return getattr(self.window, "reminder", None)
