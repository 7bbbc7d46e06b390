"""Restoring the journal from a backup, in the app: offered when the journal cannot be opened,
and from File > Restore from backup... The work is the core's (``storage.backup``: checks,
the backup of the journal as it is, the atomic swap); this file only asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from trdjournal.storage import JournalError, backup
from trdjournal.storage.cipher import is_encrypted
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.i18n import Plurals

REASONS = {
    "daily": QT_TRANSLATE_NOOP("restore_dialog", "automatic, when the app opened"),
    "migration": QT_TRANSLATE_NOOP("restore_dialog", "before an upgrade"),
    "import": QT_TRANSLATE_NOOP("restore_dialog", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("restore_dialog", "before a restore"),
    "manual": QT_TRANSLATE_NOOP("restore_dialog", "made by you"),
    "damaged": QT_TRANSLATE_NOOP("restore_dialog", "a damaged journal set aside"),
}
RESTORE_TEXT = QT_TRANSLATE_NOOP("restore_dialog", "Restore this backup")
NOT_RESTORED = QT_TRANSLATE_NOOP("restore_dialog", "The backup could not be restored")

if TYPE_CHECKING:
    from trdjournal.context import AppContext


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP above, translated now."""
    return QCoreApplication.translate("restore_dialog", text)


_windows: list[QWidget] = []  # windows opened after a restore, kept alive here


def describe(item: backup.Backup, passphrase: str | None = None) -> str:
    """One line a person can choose by: when, why, and what the backup holds.
    ``passphrase`` opens encrypted backups (the journal's)."""
    reason = _tr(REASONS[item.reason]) if item.reason in REASONS else item.reason
    when = f"{item.made_at:%Y-%m-%d %H:%M}, {reason}"
    if not backup.is_good(item.path, passphrase):
        if is_encrypted(item.path):
            damaged = QCoreApplication.translate(
                "restore_dialog",
                "{when}: damaged, or encrypted with another passphrase; cannot be restored",
            )
        else:
            damaged = QCoreApplication.translate(
                "restore_dialog", "{when}: damaged, cannot be restored"
            )
        return damaged.format(when=when)
    summary = backup.summarize(item, passphrase)
    if summary.last_checkin is None:
        text = Plurals.tr("{when}: %n check-in(s)", "", summary.checkins)
    else:
        text = Plurals.tr("{when}: %n check-in(s) up to {last}", "", summary.checkins)
    return text.format(when=when, last=summary.last_checkin)


class BackupChooser(QDialog):
    """The journal's backups, newest first; ``chosen`` is the one to restore."""

    def __init__(
        self, journal_path: Path, parent: QWidget | None = None, passphrase: str | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        self.list = QListWidget()
        qtutils.accessible(
            self.list, self.tr("Backups"), self.tr("Backups of this journal, newest first")
        )
        for item in backup.list_backups(journal_path):
            row = QListWidgetItem(describe(item, passphrase))
            row.setData(Qt.ItemDataRole.UserRole, str(item.path))
            if not backup.is_good(item.path, passphrase):
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(row)
        first_good = next(
            (
                i
                for i in range(self.list.count())
                if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
            ),
            None,
        )
        if first_good is not None:
            self.list.setCurrentRow(first_good)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            _tr(RESTORE_TEXT), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(first_good is not None)
        other = buttons.addButton(self.tr("Other file..."), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._other_file)
        buttons.accepted.connect(self._accept_selected)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_selected())
        explanation = QLabel(
            self.tr(
                "The journal as it is now is backed up first, so a restore can itself be undone "
                "by restoring that backup."
            )
        )
        explanation.setWordWrap(True)
        self.setLayout(qtutils.vbox(self.list, explanation, buttons, margin=qtutils.MARGIN))
        self.resize(620, 360)

    def _accept_selected(self) -> None:
        row = self.list.currentItem()
        if row is not None and row.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.chosen = Path(row.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _other_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            "",
            self.tr("trdjournal journals (*.sqlite3);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()


def offer_restore(
    journal_path: Path,
    error: JournalError,
    passphrase: str | None = None,
    parent: QWidget | None = None,
    decline_text: str | None = None,
) -> bool:
    """The journal cannot be opened: say why and offer its newest good backup.
    True when it was restored (open it again), False to give up. ``passphrase``: the
    encrypted journal's, which opens its backups (restored encrypted, with the same key).
    ``decline_text``: the button that gives up ("Quit" at start-up)."""
    newest = backup.newest_good_backup(journal_path, passphrase)
    title = QCoreApplication.translate("restore_dialog", "trdjournal cannot open this journal")
    if newest is None:
        folder = backup.backups_dir_for(journal_path)
        QMessageBox.critical(
            parent,
            title,
            QCoreApplication.translate(
                "restore_dialog", "{error}\n\nNo good backup of it was found in {folder}."
            ).format(error=error, folder=folder),
        )
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, str(error), parent=parent)
    offer = QCoreApplication.translate(
        "restore_dialog",
        "The newest good backup is from {backup}. Restore it? The damaged file is kept in the "
        "backups folder, untouched.",
    )
    box.setInformativeText(offer.format(backup=describe(newest, passphrase)))
    restore_button = box.addButton(_tr(RESTORE_TEXT), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        decline_text or QCoreApplication.translate("restore_dialog", "Quit"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore_button)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        backup.restore(newest.path, journal_path, passphrase=passphrase)
    except JournalError as exc:
        QMessageBox.critical(parent, _tr(NOT_RESTORED), str(exc))
        return False
    return True


def restore_from_backup(window, reopen: Callable[[AppContext], QWidget]) -> QWidget | None:
    """File > Restore from backup...: choose, confirm, swap, and reopen in a new window made by
    ``reopen`` (the shell's window factory: a dialog never imports the shell)."""
    app_context = window.ui_context.app_context
    passphrase = app_context.known_passphrase  # an encrypted journal's backups share its key
    was_encrypted = window.ui_context.journal.encrypted
    chooser = BackupChooser(app_context.journal_path, window, passphrase)
    if chooser.exec() != QDialog.DialogCode.Accepted or chooser.chosen is None:
        return None
    source = chooser.chosen
    try:
        backup.check_restorable(source, passphrase)
    except JournalError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("restore_dialog", "This backup cannot be restored"),
            str(exc),
        )
        return None
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("restore_dialog", "Restore from backup"),
        QCoreApplication.translate(
            "restore_dialog",
            "Replace the journal with the backup {name}? The journal as it is now is backed up "
            "first.",
        ).format(name=source.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    app_context.close()  # the journal must not be open while it is replaced
    message = ""
    try:
        result = backup.restore(source, app_context.journal_path, passphrase=passphrase)
        message = QCoreApplication.translate(
            "restore_dialog", "Restored the journal from {name}."
        ).format(name=source.name)
        if was_encrypted and not is_encrypted(app_context.journal_path):
            message += " " + QCoreApplication.translate(
                "restore_dialog",
                "That backup is not encrypted, so neither is the journal now; "
                "Settings > Passphrase encrypts it again.",
            )
        if result.previous_saved_as is not None:
            kept = QCoreApplication.translate(
                "restore_dialog", "The journal as it was is kept in {name}."
            )
            message += " " + kept.format(name=result.previous_saved_as.name)
    except JournalError as exc:
        QMessageBox.critical(window, _tr(NOT_RESTORED), str(exc))
    fresh = reopen(app_context)  # every view reads the journal now in place
    fresh.show()
    _windows[:] = [w for w in _windows if w is not window] + [fresh]
    window.close()
    if message:
        fresh.show_message(message)
    return fresh
