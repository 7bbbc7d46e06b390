"""Treatments: the medication timeline (start, dose change, stop with reason), sessions of
non-drug treatments, and appointments; each added and edited in its own dialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from trdjournal.domain import dates, medication
from trdjournal.domain.interactions import notices_for
from trdjournal.domain.model import Appointment, MedicationEvent, TreatmentSession
from trdjournal.i18n import format_number
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.reload_on_change import ReloadOnChange
from trdjournal.ui.base.ui_context import UiContext
from trdjournal.ui.dialogs.appointment_dialog import AppointmentDialog
from trdjournal.ui.dialogs.med_event_dialog import MedEventDialog, describe, reason_text
from trdjournal.ui.dialogs.session_dialog import SessionDialog, detail_text, kind_text
from trdjournal.ui.widgets.empty_state import show_when_empty
from trdjournal.ui.widgets.record_actions import delete_record, open_dialog
from trdjournal.ui.widgets.record_table import RecordTable

KIND_WORDS = {
    "start": QT_TRANSLATE_NOOP("TreatmentsView", "start"),
    "change": QT_TRANSLATE_NOOP("TreatmentsView", "dose change"),
    "stop": QT_TRANSLATE_NOOP("TreatmentsView", "stop"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TreatmentsView", text)


def _med_cells(event: MedicationEvent) -> list[str]:
    dose = (
        ""
        if event.dose is None
        else QCoreApplication.translate("TreatmentsView", "{dose} {unit}/day").format(
            dose=format_number(event.dose, 3), unit=event.unit
        )
    )
    reason = reason_text(event.reason) if event.reason else ""
    return [
        event.date.isoformat(),
        event.drug,
        _tr(KIND_WORDS[event.kind]),
        dose,
        QCoreApplication.translate("MedEventDialog", event.role or ""),
        reason,
        event.note,
    ]


class TreatmentsView(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self.dialog: QDialog | None = None  # the open add/edit dialog, if any
        self._build()
        ReloadOnChange(self, ui_context, {"med_events", "sessions", "appointments"}, self.reload)

    def _build(self) -> None:
        self.regimen = qtutils.wrapped()
        self.regimen.setAccessibleName(self.tr("Taking now"))
        self.meds = RecordTable(
            (
                self.tr("Date"),
                self.tr("Drug"),
                self.tr("Event"),
                self.tr("Dose"),
                self.tr("Role"),
                self.tr("Why stopped"),
                self.tr("Note"),
            ),
            self.tr("Medication history"),
            self.tr("Starts, dose changes and stops, newest first; Enter edits"),
        )
        show_when_empty(
            self.meds,
            self.tr(
                "No medication logged yet. Click Start… to add the one you take now, with its "
                "dose and the day you began; dose changes and stops follow from there."
            ),
        )
        self.meds.activated.connect(lambda _index: self.edit_med())
        self.start_button = qtutils.button(
            self.tr("Start…"), self.tr("Start a medication"), lambda: self.med_dialog("start")
        )
        self.change_button = qtutils.button(
            self.tr("Change dose…"), self.tr("Change a dose"), lambda: self.med_dialog("change")
        )
        self.stop_button = qtutils.button(
            self.tr("Stop…"), self.tr("Stop a medication"), lambda: self.med_dialog("stop")
        )
        med_tab = QWidget()
        med_tab.setLayout(
            qtutils.vbox(
                self.regimen,
                qtutils.hbox(
                    self.start_button, self.change_button, self.stop_button, qtutils.STRETCH
                ),
                self.meds,
                qtutils.hbox(
                    qtutils.STRETCH,
                    qtutils.button(
                        self.tr("Edit…"),
                        self.tr("Edit the selected medication event"),
                        self.edit_med,
                    ),
                    qtutils.button(
                        self.tr("Delete"),
                        self.tr("Delete the selected medication event"),
                        self.delete_med,
                    ),
                ),
                margin=qtutils.MARGIN,
            )
        )

        self.sessions = RecordTable(
            (self.tr("Date"), self.tr("Treatment"), self.tr("Detail"), self.tr("Note")),
            self.tr("Treatment sessions"),
            self.tr("Enter edits"),
        )
        self.sessions.activated.connect(lambda _index: self.edit_session())
        show_when_empty(
            self.sessions,
            self.tr(
                "No treatment sessions yet. rTMS, ECT, esketamine, psychotherapy or light "
                "therapy: add each one with Add a session…, and it shows on the charts."
            ),
        )
        session_tab = QWidget()
        session_tab.setLayout(
            qtutils.vbox(
                qtutils.hbox(
                    qtutils.button(
                        self.tr("Add a session…"),
                        self.tr("Add a treatment session"),
                        self.add_session,
                    ),
                    qtutils.STRETCH,
                ),
                self.sessions,
                qtutils.hbox(
                    qtutils.STRETCH,
                    qtutils.button(
                        self.tr("Edit…"), self.tr("Edit the selected session"), self.edit_session
                    ),
                    qtutils.button(
                        self.tr("Delete"),
                        self.tr("Delete the selected session"),
                        self.delete_session,
                    ),
                ),
                margin=qtutils.MARGIN,
            )
        )

        self.appointments = RecordTable(
            (self.tr("Date"), self.tr("Clinician"), self.tr("Note")),
            self.tr("Appointments"),
            self.tr("Enter edits"),
        )
        show_when_empty(
            self.appointments,
            self.tr(
                "No appointments yet. Add your next one with Add an appointment…; the report "
                "can then cover the time since the last."
            ),
        )
        self.appointments.activated.connect(lambda _index: self.edit_appointment())
        appointment_tab = QWidget()
        appointment_tab.setLayout(
            qtutils.vbox(
                qtutils.hbox(
                    qtutils.button(
                        self.tr("Add an appointment…"),
                        self.tr("Add an appointment"),
                        self.add_appointment,
                    ),
                    qtutils.STRETCH,
                ),
                self.appointments,
                qtutils.hbox(
                    qtutils.STRETCH,
                    qtutils.button(
                        self.tr("Edit…"),
                        self.tr("Edit the selected appointment"),
                        self.edit_appointment,
                    ),
                    qtutils.button(
                        self.tr("Delete"),
                        self.tr("Delete the selected appointment"),
                        self.delete_appointment,
                    ),
                ),
                margin=qtutils.MARGIN,
            )
        )

        self.tabs = QTabWidget()
        qtutils.accessible(self.tabs, self.tr("Treatment sections"))
        self.tabs.addTab(med_tab, self.tr("&Medications"))
        self.tabs.addTab(session_tab, self.tr("&Sessions"))
        self.tabs.addTab(appointment_tab, self.tr("&Appointments"))
        for table, delete in (
            (self.meds, self.delete_med),
            (self.sessions, self.delete_session),
            (self.appointments, self.delete_appointment),
        ):
            QShortcut(
                QKeySequence.StandardKey.Delete,
                table,
                delete,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.setLayout(
            qtutils.vbox(qtutils.heading(self.tr("Treatments")), self.tabs, margin=qtutils.MARGIN)
        )

    def initial_focus(self) -> QWidget:
        return self.tabs.currentWidget().focusProxy() or self.meds

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        events = self.journal.med_events()
        self.meds.set_records(list(reversed(medication.ordered(events))), _med_cells)
        running = medication.regimen_on(events, dates.today())
        self.regimen.setText(
            self.tr("Taking now: ")
            + "; ".join(
                self.tr("{drug} {dose} {unit}/day (since {since})").format(
                    drug=i.drug,
                    dose=format_number(i.dose, 3),
                    unit=i.unit,
                    since=i.since.isoformat(),
                )
                for i in running
            )
            if running
            else self.tr("Taking now: no medication logged as running.")
        )
        # Known supplement interactions (resources/interactions.json): a calm note, no advice.
        notes = notices_for(item.drug for item in running)
        if notes:
            self.regimen.setText(
                self.regimen.text()
                + "\n"
                + "\n".join(self.tr("Note: {text}").format(text=n.text) for n in notes)
            )
        self.change_button.setEnabled(bool(running))
        self.stop_button.setEnabled(bool(running))
        self.sessions.set_records(
            list(reversed(self.journal.sessions())),
            lambda s: [s.date.isoformat(), kind_text(s.kind), detail_text(s.detail), s.note],
        )
        self.appointments.set_records(
            list(reversed(self.journal.appointments())),
            lambda a: [a.date.isoformat(), a.clinician, a.note],
        )

    # -- dialogs -----------------------------------------------------------------------------
    def _open(self, dialog: QDialog, table: str, message) -> None:
        self.dialog = dialog
        open_dialog(self.ui_context, dialog, table, message, lambda: setattr(self, "dialog", None))

    def med_dialog(self, kind: str) -> None:
        selected = self.meds.selected_record()
        drug = selected.drug if isinstance(selected, MedicationEvent) and kind != "start" else None
        self._open(
            MedEventDialog(self.journal, kind, self, drug=drug),
            "med_events",
            lambda e: self.tr("{event}.").format(event=describe(e)),
        )

    def edit_med(self) -> None:
        event = self.meds.selected_record()
        if event is None:
            return
        self._open(
            MedEventDialog(self.journal, event.kind, self, event=event),
            "med_events",
            lambda e: self.tr("Edited: {event}.").format(event=describe(e)),
        )

    def add_session(self) -> None:
        self._open(
            SessionDialog(self.journal, self),
            "sessions",
            # no article before the kind: "a rTMS", "a ECT" read wrong in English
            lambda s: self.tr("Added the {kind} session of {day}.").format(
                kind=kind_text(s.kind), day=s.date.isoformat()
            ),
        )

    def edit_session(self) -> None:
        if (session := self.sessions.selected_record()) is not None:
            self._open(
                SessionDialog(self.journal, self, session=session),
                "sessions",
                lambda s: self.tr("Edited the session of {day}.").format(day=s.date.isoformat()),
            )

    def add_appointment(self) -> None:
        self._open(
            AppointmentDialog(self.journal, self),
            "appointments",
            lambda a: self.tr("Added an appointment on {day}.").format(day=a.date.isoformat()),
        )

    def edit_appointment(self) -> None:
        if (appointment := self.appointments.selected_record()) is not None:
            self._open(
                AppointmentDialog(self.journal, self, appointment=appointment),
                "appointments",
                lambda a: self.tr("Edited the appointment of {day}.").format(
                    day=a.date.isoformat()
                ),
            )

    # -- deleting (Ctrl+Z undoes) ------------------------------------------------------------
    def delete_med(self) -> None:
        event: MedicationEvent | None = self.meds.selected_record()
        what = (
            self.tr("the {drug} {event}").format(drug=event.drug, event=_tr(KIND_WORDS[event.kind]))
            if event
            else ""
        )
        delete_record(self.ui_context, event, self.journal.delete_med_event, "med_events", what)

    def delete_session(self) -> None:
        session: TreatmentSession | None = self.sessions.selected_record()
        delete_record(
            self.ui_context,
            session,
            self.journal.delete_session,
            "sessions",
            self.tr("the session"),
        )

    def delete_appointment(self) -> None:
        appointment: Appointment | None = self.appointments.selected_record()
        delete_record(
            self.ui_context,
            appointment,
            self.journal.delete_appointment,
            "appointments",
            self.tr("the appointment"),
        )
