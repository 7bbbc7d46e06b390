"""Add or edit a session of a non-drug treatment (rTMS, esketamine, ECT, therapy...)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from trdjournal.domain import dates
from trdjournal.domain.model import SESSION_KINDS, TreatmentSession
from trdjournal.storage import Journal
from trdjournal.ui import qtutils
from trdjournal.ui.record_dialog import RecordDialog, date_edit, date_of

KIND_TEXT = {
    "rtms": "rTMS",
    "esketamine": "Esketamine",
    "ketamine": "Ketamine",
    "ect": "ECT",
    "psychotherapy": "Psychotherapy",
    "light-therapy": "Light therapy",
    "other": "Other",
}


class SessionDialog(RecordDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        session: TreatmentSession | None = None,
    ):
        super().__init__(
            "Edit a treatment session" if session else "Add a treatment session", parent
        )
        self.journal, self.session = journal, session
        self.saved: TreatmentSession | None = None
        self.date = date_edit(session.date if session else dates.today())
        self.kind = QComboBox()
        for kind in SESSION_KINDS:
            self.kind.addItem(KIND_TEXT.get(kind, kind), kind)
        qtutils.accessible(self.kind, "Treatment")
        if session:
            self.kind.setCurrentIndex(self.kind.findData(session.kind))
        self.note = QLineEdit(session.note if session else "")
        qtutils.accessible(self.note, "Note")
        self.fields.addRow("Date", self.date)
        self.fields.addRow("Treatment", self.kind)
        self.fields.addRow("Note", self.note)

    def commit(self) -> None:
        session = TreatmentSession(date_of(self.date), self.kind.currentData(), self.note.text())
        if self.session is None:
            self.saved = self.journal.add_session(session)
        else:
            self.saved = self.journal.update_session(
                dataclasses.replace(session, id=self.session.id)
            )
