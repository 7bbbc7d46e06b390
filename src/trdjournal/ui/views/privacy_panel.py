"""Settings > Passphrase: encrypt the journal, change or remove its passphrase, auto-lock.

Converting closes the journal, runs off the UI thread (the journal and every backup are
rewritten; see storage/conversion.py), then opens it again: with the new passphrase when it
worked, as it was when it did not.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QSpinBox, QWidget

from trdjournal.domain.model import AUTO_LOCK_MINUTES
from trdjournal.storage import conversion
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.operations import Operation
from trdjournal.ui.base.ui_context import ALL_TABLES, UiContext
from trdjournal.ui.dialogs.passphrase_dialog import PassphraseDialog, wrong

DEFAULT_AUTO_LOCK = 10


class PrivacyPanel(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self.dialog: PassphraseDialog | None = None
        self.status = qtutils.wrapped()
        self.set_button = qtutils.button(
            self.tr("Set a passphrase…"), self.tr("Set a passphrase"), self.ask_set_passphrase
        )
        self.change_button = qtutils.button(
            self.tr("Change passphrase…"), self.tr("Change passphrase"), self.ask_change_passphrase
        )
        self.remove_button = qtutils.button(
            self.tr("Remove passphrase…"), self.tr("Remove passphrase"), self.ask_remove_passphrase
        )
        self.auto_lock = QCheckBox(self.tr("Lock after"))
        qtutils.accessible(
            self.auto_lock, self.tr("Auto-lock"), self.tr("Hide the journal after idle minutes")
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(*AUTO_LOCK_MINUTES)
        self.minutes.setValue(DEFAULT_AUTO_LOCK)
        qtutils.accessible(self.minutes, self.tr("Auto-lock minutes"))
        self.auto_lock_hint = qtutils.wrapped(muted=True)
        self.auto_lock.toggled.connect(self.save_auto_lock)
        self.minutes.valueChanged.connect(self.save_auto_lock)
        self.setLayout(
            qtutils.vbox(
                qtutils.heading(self.tr("Passphrase"), 2),
                self.status,
                qtutils.hbox(
                    self.set_button, self.change_button, self.remove_button, qtutils.STRETCH
                ),
                qtutils.hbox(
                    self.auto_lock,
                    self.minutes,
                    QLabel(self.tr("minutes without use")),
                    qtutils.STRETCH,
                ),
                self.auto_lock_hint,
            )
        )
        self.refresh()

    def refresh(self) -> None:
        encrypted = self.journal.encrypted
        self.status.setText(
            self.tr(
                "This journal and its backups are encrypted: the app asks for the passphrase "
                "at start."
            )
            if encrypted
            else self.tr("This journal is not encrypted: anyone who can read its file can read it.")
        )
        self.set_button.setVisible(not encrypted)
        self.change_button.setVisible(encrypted)
        self.remove_button.setVisible(encrypted)
        minutes = self.journal.settings().auto_lock_minutes if encrypted else None
        for widget in (self.auto_lock, self.minutes):
            widget.blockSignals(True)
        self.auto_lock.setChecked(minutes is not None)
        if minutes is not None:
            self.minutes.setValue(minutes)
        for widget in (self.auto_lock, self.minutes):
            widget.blockSignals(False)
        self.auto_lock.setEnabled(encrypted)
        self.minutes.setEnabled(encrypted and minutes is not None)
        self.auto_lock_hint.setText(
            self.tr("Locked, the journal is hidden until the passphrase is typed again.")
            if encrypted
            else self.tr("Auto-lock needs a passphrase.")
        )

    def save_auto_lock(self) -> None:
        minutes = self.minutes.value() if self.auto_lock.isChecked() else None
        self.minutes.setEnabled(minutes is not None)
        settings = dataclasses.replace(self.journal.settings(), auto_lock_minutes=minutes)
        self.journal.save_settings(settings)
        self.ui_context.changed("settings")
        self.ui_context.tell(
            self.tr("The app locks after %n minute(s) without use.", "", minutes)
            if minutes
            else self.tr("Auto-lock is off.")
        )

    # -- the three conversions ----------------------------------------------------------------
    def _ask(self, title: str, explanation: str, check, then, **kinds) -> None:
        self.dialog = PassphraseDialog(title, explanation, check, parent=self, **kinds)
        self.dialog.accepted.connect(lambda: then(*self.dialog.typed()))
        self.dialog.open()

    def _is_current(self, current: str, new: str = "") -> str:
        if current != self.journal.passphrase:
            return wrong()
        if new and new == current:
            return self.tr("The new passphrase is the same as the current one.")
        return ""

    def ask_set_passphrase(self) -> None:
        self._ask(
            self.tr("Set a passphrase"),
            self.tr("The journal and its backups will be encrypted with this passphrase."),
            lambda _current, _new: "",
            lambda _current, new: self.convert(None, new, self.tr("Encrypting the journal")),
            current=False,
            new=True,
            accept_text=self.tr("Encrypt"),
        )

    def ask_change_passphrase(self) -> None:
        self._ask(
            self.tr("Change passphrase"),
            self.tr("The journal and its backups will be encrypted with the new passphrase."),
            self._is_current,
            lambda current, new: self.convert(current, new, self.tr("Changing the passphrase")),
            new=True,
            accept_text=self.tr("Change"),
        )

    def ask_remove_passphrase(self) -> None:
        self._ask(
            self.tr("Remove passphrase"),
            self.tr(
                "The journal and its backups will be decrypted: anyone who can read the files "
                "will be able to read your journal."
            ),
            self._is_current,
            lambda current, _new: self.convert(current, None, self.tr("Removing the passphrase")),
            accept_text=self.tr("Remove passphrase"),
        )

    def convert(self, current: str | None, new: str | None, label: str) -> Operation:
        path = self.journal.path
        self.journal.close()  # nothing may hold the file while it is replaced

        def work(_progress):
            # The journal and its backups as one recoverable operation (storage/conversion.py).
            return conversion.convert_everything(path, current=current, new=new)

        return (
            Operation(self, work, label=label)
            .success(lambda result: self._converted(new, *result))
            .failure(lambda error: self._not_converted(current, label, error))
            .run()
        )

    def _converted(self, new, done, backups) -> None:
        self.journal.reopen(new)
        self.ui_context.app_context.forget_passphrase()
        self.refresh()
        self.ui_context.changed(ALL_TABLES)
        count = len(backups.converted)
        messages = {
            "encrypt": lambda: self.tr("The journal and %n backup(s) were encrypted.", "", count),
            "rekey": lambda: self.tr("The journal and %n backup(s) were re-encrypted.", "", count),
            "decrypt": lambda: self.tr("The journal and %n backup(s) were decrypted.", "", count),
        }
        self.ui_context.tell(messages[done.action]())
        if backups.skipped:
            QMessageBox.warning(
                self,
                self.tr("Some backups were left as they were"),
                "\n\n".join(f"{path}: {why}" for path, why in backups.skipped.items()),
            )

    def _not_converted(self, current, label: str, error: BaseException) -> None:
        self.journal.reopen(current)
        self.refresh()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            label,
            self.tr("{action} did not work.").format(action=label),
            parent=self,
        )
        box.setInformativeText(str(error))
        box.setAccessibleName(self.tr("{action} failed").format(action=label))
        box.open()
