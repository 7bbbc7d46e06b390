"""Start, change the dose of, or stop a medication; or edit one logged event.

Drug names complete from the reference table (generic and brand names); a brand is saved as
its generic. A change or stop picks from the drugs running on that day.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from trdjournal.domain import dates, drugs, medication
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import MED_ROLES, STOP_REASONS, MedicationEvent
from trdjournal.i18n import _, format_number
from trdjournal.storage import Journal
from trdjournal.ui.base import qtutils
from trdjournal.ui.dialogs.record_dialog import RecordDialog, date_edit, date_of

TITLES = {
    "start": QT_TRANSLATE_NOOP("MedEventDialog", "Start a medication"),
    "change": QT_TRANSLATE_NOOP("MedEventDialog", "Change a dose"),
    "stop": QT_TRANSLATE_NOOP("MedEventDialog", "Stop a medication"),
}
EDIT_TITLES = {
    "start": QT_TRANSLATE_NOOP("MedEventDialog", "Edit: start a medication"),
    "change": QT_TRANSLATE_NOOP("MedEventDialog", "Edit: change a dose"),
    "stop": QT_TRANSLATE_NOOP("MedEventDialog", "Edit: stop a medication"),
}
ROLE_WORDS = (  # MED_ROLES, shown through self.tr(role)
    QT_TRANSLATE_NOOP("MedEventDialog", "antidepressant"),
    QT_TRANSLATE_NOOP("MedEventDialog", "augmentation"),
    QT_TRANSLATE_NOOP("MedEventDialog", "supplement"),
    QT_TRANSLATE_NOOP("MedEventDialog", "other"),
)
REASON_TEXT = {
    "no-response": QT_TRANSLATE_NOOP("MedEventDialog", "It did not help enough"),
    "side-effects": QT_TRANSLATE_NOOP("MedEventDialog", "Side effects"),
    "cost": QT_TRANSLATE_NOOP("MedEventDialog", "Cost"),
    "remission": QT_TRANSLATE_NOOP("MedEventDialog", "I got well (remission)"),
    "other": QT_TRANSLATE_NOOP("MedEventDialog", "Other reason"),
}


class MedEventDialog(RecordDialog):
    def __init__(
        self,
        journal: Journal,
        kind: str,
        parent: QWidget | None = None,
        *,
        event: MedicationEvent | None = None,
        drug: str | None = None,
    ):
        super().__init__(self.tr((EDIT_TITLES if event else TITLES)[kind]), parent)
        self.journal, self.kind, self.event = journal, kind, event
        self.saved: MedicationEvent | None = None
        self.date = date_edit(event.date if event else dates.today(), name=self.tr("Date"))
        self.dose = QDoubleSpinBox()
        self.dose.setRange(0, 10_000)
        self.dose.setDecimals(2)
        self.dose.setSuffix(self.tr(" mg/day"))
        qtutils.accessible(self.dose, self.tr("Daily dose"))
        self.role = QComboBox()
        for role in MED_ROLES:
            self.role.addItem(self.tr(role), role)
        qtutils.accessible(self.role, self.tr("Role"), self.tr("What the medication is for"))
        self.role_chosen = False  # once the user picks a role, the drug name no longer sets it
        self.role.activated.connect(lambda _i: setattr(self, "role_chosen", True))
        self.reason = QComboBox()
        for reason in STOP_REASONS:
            self.reason.addItem(reason_text(reason), reason)
        qtutils.accessible(self.reason, self.tr("Reason for stopping"))
        self.note = QLineEdit(event.note if event else "")
        qtutils.accessible(self.note, self.tr("Note"))

        self.fields.addRow(self.tr("Date"), self.date)

        if kind == "start" or event is not None:
            self.drug = QLineEdit(event.drug if event else (drug or ""))
            completer = QCompleter(drugs.completion_names(), self.drug)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.drug.setCompleter(completer)
            self.drug.setPlaceholderText(
                self.tr("generic or brand name, like sertraline or Zoloft")
            )
            self.drug.textChanged.connect(self._describe_drug)
        else:
            self.drug = QComboBox()
            self.drug.setEditable(False)
            self.date.dateChanged.connect(lambda _d: self._fill_running(drug))
            self._fill_running(drug)
            self.drug.activated.connect(lambda _i: self._fill_running(self.drug.currentData()))
        qtutils.accessible(self.drug, self.tr("Drug"))
        self.fields.addRow(self.tr("Drug"), self.drug)
        self.drug_info = qtutils.wrapped(muted=True)
        self.fields.addRow("", self.drug_info)

        if kind != "stop":
            self.fields.addRow(
                self.tr("New daily dose") if kind == "change" else self.tr("Daily dose"), self.dose
            )
            if event and event.dose:
                self.dose.setValue(event.dose)
        if kind == "start":
            self.fields.addRow(self.tr("Role"), self.role)
            if event:
                self.role.setCurrentIndex(self.role.findData(event.role))
        if kind == "stop":
            self.fields.addRow(self.tr("Why"), self.reason)
            if event and event.reason:
                self.reason.setCurrentIndex(self.reason.findData(event.reason))
        self.fields.addRow(self.tr("Note"), self.note)
        self.keep_note_draft(journal, self.note, f"med_event:{kind}:{event.id if event else 'new'}")
        self._describe_drug()
        if isinstance(self.drug, QLineEdit) and not self.drug.text():
            self.drug.setFocus()
        elif kind != "stop":
            self.dose.setFocus()

    def _fill_running(self, preferred: str | None) -> None:
        """The drugs running on the chosen day (a change or stop belongs to a running course)."""
        assert isinstance(self.drug, QComboBox)
        current = preferred or self.drug.currentData()
        running = medication.regimen_on(self.journal.med_events(), date_of(self.date))
        self.drug.clear()
        for item in running:
            self.drug.addItem(
                self.tr("{drug} ({dose} {unit}/day)").format(
                    drug=item.drug, dose=format_number(item.dose, 3), unit=item.unit
                ),
                item.drug,
            )
        if not running:
            self.drug.addItem(self.tr("nothing is running on this day"), None)
        index = self.drug.findData(current)
        self.drug.setCurrentIndex(max(index, 0))
        if self.kind == "change" and running:
            held = next((i for i in running if i.drug == self.drug.currentData()), running[0])
            self.dose.setValue(held.dose)

    def drug_name(self) -> str:
        if isinstance(self.drug, QComboBox):
            return self.drug.currentData() or ""
        return self.drug.text()

    def _fit_drug_info(self) -> None:
        """A form row does not grow for a wrapped label by itself: give the hint the height of
        its lines at the field's width, and the dialog the room, so no line is cut off."""
        width = self.drug.width() if self.drug.width() > 50 else self.drug.sizeHint().width()
        self.drug_info.setMinimumHeight(
            self.drug_info.heightForWidth(width) if self.drug_info.text() else 0
        )
        if self.isVisible() and self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    def _describe_drug(self) -> None:
        """Say what the typed name is in the reference table, and take its role and unit
        (unless the user chose a role)."""
        known = drugs.lookup(self.drug_name()) if self.drug_name() else None
        follow = self.kind == "start" and self.event is None
        if known is None:
            self.drug_info.setText(
                self.tr(
                    "Not in the reference table: choose a name from the list, or it is saved as typed."
                )
                if self.drug_name() and self.kind == "start"
                else ""
            )
            if follow and not self.role_chosen:
                self.role.setCurrentIndex(self.role.findData("other"))
            self._fit_drug_info()
            return
        # The class is in the core catalogue (the PDF names it too): "atypiskt antipsykotikum".
        parts = [f"{known.generic}: {_(known.drug_class)}"]
        if known.min_adequate_daily_dose:
            parts.append(
                self.tr("published minimum adequate dose {dose} {unit}/day").format(
                    dose=format_number(known.min_adequate_daily_dose, 3), unit=known.unit
                )
            )
        self.drug_info.setText("; ".join(parts))
        self._fit_drug_info()
        if follow:
            if not self.role_chosen:
                self.role.setCurrentIndex(self.role.findData(known.role))
            self.dose.setSuffix(self.tr(" {unit}/day").format(unit=known.unit))

    def build_event(self) -> MedicationEvent:
        made = medication.new_event(
            date_of(self.date),
            self.drug_name(),
            self.kind,
            None if self.kind == "stop" else (self.dose.value() or None),
            role=self.role.currentData() if self.kind == "start" else None,
            reason=self.reason.currentData() if self.kind == "stop" else None,
            note=self.note.text(),
        )
        if self.event is not None:
            role = made.role if self.kind == "start" else self.event.role
            made = dataclasses.replace(made, id=self.event.id, role=role)
        return made

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question before saving (tests answer it by replacing this method)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def check_before_saving(self) -> None:
        """The questions ``med start`` asks (issue 15): a drug given in clinic is refused; a
        name the table lacks and a dose outside the usual range are saved only when confirmed."""
        name = self.drug_name()
        if self.kind == "start" and self.event is None and name.strip():
            clinic = drugs.given_in_clinic(name)
            if clinic:
                raise ValidationError("drug", clinic)
            unknown = drugs.unknown_name(name)
            question = self.tr("{problem}. Save it as an unlisted drug (not judged as a trial)?")
            if unknown and not self.ask(
                self.tr("Drug not in the table"), question.format(problem=unknown)
            ):
                raise ValidationError("drug", unknown)
        if self.kind != "stop" and self.dose.value() > 0:  # no dose: the record says so
            why = drugs.implausible_dose(drugs.resolve(name), self.dose.value())
            if why and not self.ask(
                self.tr("Unusual dose"), self.tr("{why}. Save it?").format(why=why)
            ):
                raise ValidationError("dose", why)

    def commit(self) -> None:
        self.check_before_saving()
        event = self.build_event()
        if self.event is None:
            self.saved = self.journal.add_med_event(event)
        else:
            self.saved = self.journal.update_med_event(event)


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("MedEventDialog", REASON_TEXT.get(reason, reason))


def describe(event: MedicationEvent) -> str:
    day = event.date.isoformat()
    templates = {
        "start": QT_TRANSLATE_NOOP("MedEventDialog", "Started {drug} {dose} {unit}/day on {day}"),
        "change": QT_TRANSLATE_NOOP("MedEventDialog", "Changed {drug} {dose} {unit}/day on {day}"),
        "stop": QT_TRANSLATE_NOOP("MedEventDialog", "Stopped {drug} on {day}"),
    }
    template = QCoreApplication.translate("MedEventDialog", templates[event.kind])
    return template.format(
        drug=event.drug, dose=format_number(event.dose or 0, 3), unit=event.unit, day=day
    )
