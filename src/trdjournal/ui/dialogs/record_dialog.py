"""The base of the add/edit dialogs: a form, OK/Cancel, and the journal's refusal shown in
place (the dialog stays open with everything typed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from trdjournal.domain import dates
from trdjournal.domain.errors import ValidationError
from trdjournal.ui.base import qtutils


def date_edit(day: dt.date, *, allow_future: bool = False, name: str = "Date") -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    if not allow_future:
        today = dates.today()
        edit.setMaximumDate(QDate(today.year, today.month, today.day))
    qtutils.accessible(edit, name)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


class RecordDialog(QDialog):
    """Subclasses fill ``self.fields`` (a QFormLayout) and implement ``commit()``, which writes
    to the journal and may raise ValidationError."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.fields = QFormLayout()
        self.fields.setSpacing(qtutils.SPACING)
        self.error = qtutils.error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for which, name in (
            (QDialogButtonBox.StandardButton.Save, self.tr("Save")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            self.buttons.button(which).setAccessibleName(name)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setLayout(qtutils.vbox(self.fields, self.error, self.buttons, margin=qtutils.MARGIN))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)

    def commit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.commit()
        except ValidationError as exc:
            qtutils.set_error(
                self.error,
                self.tr("Not saved: {field}: {message}").format(
                    field=exc.field.replace("_", " "), message=exc.message
                ),
            )
            return
        super().accept()
