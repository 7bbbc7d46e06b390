"""The base of the add/edit dialogs: a form, OK/Cancel, and the journal's refusal shown in
place (the dialog stays open with everything typed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from trdjournal.domain import dates
from trdjournal.domain.errors import ValidationError
from trdjournal.storage import Journal
from trdjournal.storage.drafts import draft
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.draft_keeper import DraftKeeper
from trdjournal.ui.widgets.notice_bar import NoticeBar


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
        self.note_draft: DraftKeeper | None = None
        self.draft_offer: NoticeBar | None = None

    def keep_note_draft(self, journal: Journal, note: QLineEdit, key: str) -> None:
        """Keep ``note`` as a draft while it is typed (storage/drafts.py): a note lost to a
        crash or a logout is offered back the next time this dialog opens for the same record.
        ``key`` names the record (``session:12``, ``session:new``)."""
        original = note.text()
        self.note_draft = DraftKeeper(
            self, journal, f"dialog:{key}", lambda: note.text() if note.text() != original else None
        )
        note.textEdited.connect(self.note_draft.typed)
        found = draft(journal, self.note_draft.key)
        if found is None or found.text == original:
            return
        self.draft_offer = NoticeBar(self.tr("Unsaved note"))
        self.draft_offer.set_message(
            self.tr("A note typed here earlier was not saved: \u201c{text}\u201d").format(
                text=found.text
            )
        )

        def put_back() -> None:
            note.setText(found.text)
            self.note_draft.typed()
            self.draft_offer.hide()

        def discard() -> None:
            self.note_draft.discard()
            self.draft_offer.hide()

        self.draft_offer.add_button(self.tr("Put it back"), self.tr("Put the note back"), put_back)
        self.draft_offer.add_button(
            self.tr("Discard"), self.tr("Discard the unsaved note"), discard
        )
        self.layout().insertWidget(0, self.draft_offer)

    def commit(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        """Cancel: what was typed is thrown away on purpose, the draft with it."""
        if self.note_draft is not None:
            self.note_draft.discard()
        super().reject()

    def close_keeping_draft(self) -> None:
        """Closed by the app, not the user (auto-lock): the note stays a draft."""
        if self.note_draft is not None:
            self.note_draft.flush()
        super().reject()

    def accept(self) -> None:
        try:
            self.commit()
        except ValidationError as exc:
            qtutils.set_field_error(self.error, self.tr("Not saved: {field}: {message}"), exc)
            return
        if self.note_draft is not None:
            self.note_draft.discard()  # saved: nothing left to offer back
        super().accept()
