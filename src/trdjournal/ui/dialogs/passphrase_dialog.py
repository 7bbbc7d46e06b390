"""The passphrase dialog: to open an encrypted journal, or to set, change or remove one.

A ``check`` callback decides whether what was typed is right (it opens the journal, or compares
with the current passphrase); a refusal is shown in place and the dialog stays open, so a
mistyped passphrase is simply typed again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from trdjournal.ui.base import qtutils

# Given (current, new) as typed, returns an error message to show, or "" when all is well.
Check = Callable[[str, str], str]

# Shown wherever a passphrase is checked: unlocking, the lock screen, Settings > Passphrase.
WRONG = QT_TRANSLATE_NOOP("unlock", "Wrong passphrase. Nothing was changed; try again.")


def wrong() -> str:
    """WRONG, translated."""
    return QCoreApplication.translate("unlock", WRONG)


FORGET_WARNING = QT_TRANSLATE_NOOP(
    "PassphraseDialog",
    "There is no way to recover a forgotten passphrase: without it nobody can open this "
    "journal or its backups, you included.",
)


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    qtutils.accessible(field, name)
    return field


class PassphraseDialog(QDialog):
    """``current``: ask for the passphrase in use; ``new``: ask for a new one, twice."""

    def __init__(
        self,
        title: str,
        explanation: str,
        check: Check,
        *,
        current: bool = True,
        new: bool = False,
        accept_text: str = "OK",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.check = check
        self.current = password_field(self.tr("Passphrase")) if current else None
        self.new = password_field(self.tr("New passphrase")) if new else None
        self.repeat = password_field(self.tr("New passphrase again")) if new else None
        fields = QFormLayout()
        fields.setSpacing(qtutils.SPACING)
        if self.current is not None:
            fields.addRow(
                self.tr("Passphrase") if not new else self.tr("Current passphrase"), self.current
            )
        if self.new is not None:
            fields.addRow(self.tr("New passphrase"), self.new)
            fields.addRow(self.tr("Type it again"), self.repeat)
        self.error = qtutils.error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(accept_text)
        ok.setAccessibleName(accept_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        labels = [qtutils.wrapped(explanation)]
        if new:
            labels.append(qtutils.wrapped(self.tr(FORGET_WARNING), muted=True))
        width = self.fontMetrics().horizontalAdvance("x") * 56
        for label in (*labels, self.error):
            label.setMinimumWidth(width)  # wrapped at the dialog's width, never cut off
        parts = [*labels, fields, self.error]
        self.setLayout(qtutils.vbox(*parts, self.buttons, margin=qtutils.MARGIN))

    def typed(self) -> tuple[str, str]:
        return (
            self.current.text() if self.current is not None else "",
            self.new.text() if self.new is not None else "",
        )

    def accept(self) -> None:
        current, new = self.typed()
        if self.new is not None:
            if not new:
                qtutils.set_error(self.error, self.tr("Type a new passphrase."))
                self.adjustSize()
                return
            if new != self.repeat.text():
                qtutils.set_error(self.error, self.tr("The two new passphrases are not the same."))
                self.adjustSize()
                self.repeat.clear()
                self.repeat.setFocus()
                return
        problem = self.check(current, new)
        if problem:
            qtutils.set_error(self.error, problem)
            self.adjustSize()
            if self.current is not None:
                self.current.selectAll()
                self.current.setFocus()
            return
        qtutils.set_error(self.error, "")
        super().accept()
