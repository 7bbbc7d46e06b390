"""Add or edit an appointment (past or planned)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QWidget

from trdjournal.domain import dates
from trdjournal.domain.model import Appointment
from trdjournal.storage import Journal
from trdjournal.ui.base import qtutils
from trdjournal.ui.dialogs.record_dialog import RecordDialog, date_edit, date_of


class AppointmentDialog(RecordDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        appointment: Appointment | None = None,
    ):
        super().__init__(
            self.tr("Edit an appointment") if appointment else self.tr("Add an appointment"), parent
        )
        self.journal, self.appointment = journal, appointment
        self.saved: Appointment | None = None
        self.date = date_edit(appointment.date if appointment else dates.today(), allow_future=True)
        self.clinician = QLineEdit(appointment.clinician if appointment else "")
        self.clinician.setPlaceholderText(self.tr("who you see, like Dr Lind (optional)"))
        qtutils.accessible(self.clinician, self.tr("Clinician"))
        self.note = QLineEdit(appointment.note if appointment else "")
        qtutils.accessible(self.note, self.tr("Note"))
        self.fields.addRow(self.tr("Date"), self.date)
        self.fields.addRow(self.tr("Clinician"), self.clinician)
        self.fields.addRow(self.tr("Note"), self.note)
        self.keep_note_draft(
            journal, self.note, f"appointment:{appointment.id if appointment else 'new'}"
        )

    def commit(self) -> None:
        appointment = Appointment(date_of(self.date), self.clinician.text(), self.note.text())
        if self.appointment is None:
            self.saved = self.journal.add_appointment(appointment)
        else:
            self.saved = self.journal.update_appointment(
                dataclasses.replace(appointment, id=self.appointment.id)
            )
