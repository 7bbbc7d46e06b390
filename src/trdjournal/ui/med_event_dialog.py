"""Start, change the dose of, or stop a medication; or edit one logged event.

Drug names complete from the reference table (generic and brand names); a brand is saved as
its generic. A change or stop picks from the drugs running on that day.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDoubleSpinBox, QLineEdit, QWidget

from trdjournal.domain import dates, drugs, medication
from trdjournal.domain.model import MED_ROLES, STOP_REASONS, MedicationEvent
from trdjournal.storage import Journal
from trdjournal.ui import qtutils
from trdjournal.ui.record_dialog import RecordDialog, date_edit, date_of

TITLES = {"start": "Start a medication", "change": "Change a dose", "stop": "Stop a medication"}
REASON_TEXT = {
    "no-response": "It did not help enough",
    "side-effects": "Side effects",
    "cost": "Cost",
    "remission": "I got well (remission)",
    "other": "Other reason",
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
        super().__init__(("Edit: " if event else "") + TITLES[kind], parent)
        self.journal, self.kind, self.event = journal, kind, event
        self.saved: MedicationEvent | None = None
        self.date = date_edit(event.date if event else dates.today(), name="Date")
        self.dose = QDoubleSpinBox()
        self.dose.setRange(0, 10_000)
        self.dose.setDecimals(2)
        self.dose.setSuffix(" mg/day")
        qtutils.accessible(self.dose, "Daily dose")
        self.role = QComboBox()
        for role in MED_ROLES:
            self.role.addItem(role, role)
        qtutils.accessible(self.role, "Role", "What the medication is for")
        self.reason = QComboBox()
        for reason in STOP_REASONS:
            self.reason.addItem(REASON_TEXT[reason], reason)
        qtutils.accessible(self.reason, "Reason for stopping")
        self.note = QLineEdit(event.note if event else "")
        qtutils.accessible(self.note, "Note")

        self.fields.addRow("Date", self.date)

        if kind == "start" or event is not None:
            self.drug = QLineEdit(event.drug if event else (drug or ""))
            completer = QCompleter(drugs.completion_names(), self.drug)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.drug.setCompleter(completer)
            self.drug.setPlaceholderText("generic or brand name, like sertraline or Zoloft")
            self.drug.textChanged.connect(self._describe_drug)
        else:
            self.drug = QComboBox()
            self.drug.setEditable(False)
            self.date.dateChanged.connect(lambda _d: self._fill_running(drug))
            self._fill_running(drug)
            self.drug.activated.connect(lambda _i: self._fill_running(self.drug.currentData()))
        qtutils.accessible(self.drug, "Drug")
        self.fields.addRow("Drug", self.drug)
        self.drug_info = qtutils.wrapped(muted=True)
        self.fields.addRow("", self.drug_info)

        if kind != "stop":
            self.fields.addRow("New daily dose" if kind == "change" else "Daily dose", self.dose)
            if event and event.dose:
                self.dose.setValue(event.dose)
        if kind == "start":
            self.fields.addRow("Role", self.role)
            if event:
                self.role.setCurrentIndex(self.role.findData(event.role))
        if kind == "stop":
            self.fields.addRow("Why", self.reason)
            if event and event.reason:
                self.reason.setCurrentIndex(self.reason.findData(event.reason))
        self.fields.addRow("Note", self.note)
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
            self.drug.addItem(f"{item.drug} ({item.dose:g} {item.unit}/day)", item.drug)
        if not running:
            self.drug.addItem("nothing is running on this day", None)
        index = self.drug.findData(current)
        self.drug.setCurrentIndex(max(index, 0))
        if self.kind == "change" and running:
            held = next((i for i in running if i.drug == self.drug.currentData()), running[0])
            self.dose.setValue(held.dose)

    def drug_name(self) -> str:
        if isinstance(self.drug, QComboBox):
            return self.drug.currentData() or ""
        return self.drug.text()

    def _describe_drug(self) -> None:
        known = drugs.lookup(self.drug_name()) if self.drug_name() else None
        if known is None:
            self.drug_info.setText(
                "Not in the reference table: it is saved as typed."
                if self.drug_name() and self.kind == "start"
                else ""
            )
            return
        parts = [f"{known.generic}: {known.drug_class}"]
        if known.min_adequate_daily_dose:
            parts.append(
                f"published minimum adequate dose {known.min_adequate_daily_dose:g} {known.unit}/day"
            )
        self.drug_info.setText("; ".join(parts))
        if self.kind == "start" and self.event is None:
            self.role.setCurrentIndex(self.role.findData(known.role))
            self.dose.setSuffix(f" {known.unit}/day")

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

    def commit(self) -> None:
        event = self.build_event()
        if self.event is None:
            self.saved = self.journal.add_med_event(event)
        else:
            self.saved = self.journal.update_med_event(event)


def describe(event: MedicationEvent) -> str:
    day = event.date.isoformat()
    if event.kind == "stop":
        return f"Stopped {event.drug} on {day}"
    verb = "Started" if event.kind == "start" else "Changed"
    return f"{verb} {event.drug} {event.dose:g} {event.unit}/day on {day}"
