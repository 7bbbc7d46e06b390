"""Opening a journal the way the app opens one at start, for every path that does: ``trdjournal``
itself (``app.run``) and leaving the demo for one's own journal
(``MainWindow.open_own_journal``), so neither can skip a step the other takes.

The steps, in order: the claim on the journal (one app per journal: a second start brings the
first to the front), the passphrase of an encrypted journal, the offer of the newest good
backup for a damaged one, a plain message for one that cannot be opened, the warnings of
opening (a failed daily backup, backups left by a journal that vanished), a note that a
journal written by a newer trdjournal is read-only, then the window with its reminder,
holding the claim.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from trdjournal.context import AppContext
from trdjournal.storage import DamagedJournalError, JournalError, NotAJournalError
from trdjournal.ui.shell.single_instance import JournalInstance, claim_or_hand_over


def claim_journal(
    app_context: AppContext, parent: QWidget | None = None
) -> tuple[JournalInstance | None, list[str]]:
    """This process's claim on the context's journal, before it is opened (a second window on
    it must not become a second writer), and what the user was told when another app has it
    (None and nothing told: that app came to the front)."""
    told: list[str] = []

    def tell(text: str) -> None:
        told.append(text)
        QMessageBox.information(parent, QCoreApplication.translate("app", "Already open"), text)

    return claim_or_hand_over(app_context.journal_path, tell, QApplication.instance()), told


def open_started_window(
    app_context: AppContext,
    instance: JournalInstance,
    open_window: Callable[[AppContext], QMainWindow],
    parent: QWidget | None = None,
    *,
    decline_text: str | None = None,
) -> QMainWindow | None:
    """The main window on the context's journal, made by ``open_window`` (main_window's
    factory, passed in: that module imports this one), opened as at start-up and holding
    ``instance``; not shown yet. None when it did not open (cancelled, or the reason was
    shown): the caller still holds the claim. ``decline_text``: the button that declines a
    damaged journal's restore offer ("Quit" at start-up)."""
    from trdjournal.ui.dialogs.restore_dialog import offer_restore
    from trdjournal.ui.shell.reminder import attach_reminder
    from trdjournal.ui.shell.unlock import open_journal

    cannot_open = QCoreApplication.translate("app", "trdjournal cannot open this journal")
    try:
        try:
            if not open_journal(app_context):  # asks for the passphrase of an encrypted journal
                return None
            window = open_window(app_context)
        except (DamagedJournalError, NotAJournalError) as exc:
            # An encrypted journal's backups open with the passphrase just typed.
            passphrase = app_context.known_passphrase
            if not offer_restore(app_context.journal_path, exc, passphrase, parent, decline_text):
                return None
            window = open_window(app_context)
    except JournalError as exc:
        QMessageBox.critical(parent, cannot_open, str(exc))
        return None
    except (sqlite3.Error, OSError) as exc:  # locked, unreadable, a folder without write access
        QMessageBox.critical(
            parent,
            cannot_open,
            QCoreApplication.translate(
                "app", "{journal_path} could not be opened: {exc}. It was not changed."
            ).format(journal_path=app_context.journal_path, exc=exc),
        )
        return None
    for warning in app_context.warnings:  # a daily backup that could not be made
        QMessageBox.warning(parent, QCoreApplication.translate("app", "Backup"), warning)
    if (refused := window.ui_context.journal.read_only) is not None:
        title = QCoreApplication.translate("app", "Opened read-only")
        QMessageBox.information(parent, title, str(refused))
    attach_reminder(window)
    window.hold(instance)
    return window
