"""Add or edit a lab result: the test, its value and unit (the units the lab table allows),
and the reference range printed on the lab report, or the table's default."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QWidget

from trdjournal.domain import dates
from trdjournal.domain.labs import (
    LabResult,
    lab_names,
    lab_test,
    new_lab_result,
    shown_lab_name,
)
from trdjournal.i18n import _ as core_text
from trdjournal.i18n import format_number
from trdjournal.storage import Journal
from trdjournal.ui.base import qtutils
from trdjournal.ui.dialogs.record_dialog import RecordDialog, date_edit, date_of

MAX_VALUE = 100_000


def _number_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, MAX_VALUE)
    box.setDecimals(3)
    qtutils.accessible(box, name)
    return box


class LabDialog(RecordDialog):
    def __init__(
        self, journal: Journal, parent: QWidget | None = None, *, result: LabResult | None = None
    ):
        super().__init__(
            self.tr("Edit a lab result") if result else self.tr("Add a lab result"), parent
        )
        self.journal, self.result = journal, result
        self.saved: LabResult | None = None
        self.date = date_edit(
            result.date if result else dates.today(), name=self.tr("Date of the test")
        )
        self.name = QComboBox()
        for name in lab_names():
            self.name.addItem(shown_lab_name(name), name)
        qtutils.accessible(self.name, self.tr("Test"))
        self.value = _number_box(self.tr("Value"))
        self.unit = QComboBox()
        qtutils.accessible(self.unit, self.tr("Unit"))
        self.own_range = QCheckBox(self.tr("Use the range printed on my lab report"))
        qtutils.accessible(self.own_range, self.tr("Enter the reference range"))
        self.low, self.high = _number_box(self.tr("Range low")), _number_box(self.tr("Range high"))
        self.default_info = qtutils.wrapped(muted=True)
        self.name.currentIndexChanged.connect(self._fill_units)
        self.unit.currentIndexChanged.connect(self._describe_default)
        self.own_range.toggled.connect(self._range_mode)

        self.fields.addRow(self.tr("Date"), self.date)
        self.fields.addRow(self.tr("Test"), self.name)
        self.fields.addRow(self.tr("Value"), qtutils.hbox(self.value, self.unit, qtutils.STRETCH))
        self.fields.addRow("", self.own_range)
        self.fields.addRow(
            self.tr("Reference range"),
            qtutils.hbox(self.low, qtutils.wrapped(self.tr("to")), self.high, qtutils.STRETCH),
        )
        self.fields.addRow("", self.default_info)

        if result:
            self.name.setCurrentIndex(self.name.findData(result.name))
        self._fill_units()
        if result:
            self.unit.setCurrentIndex(self.unit.findData(result.unit))
            self.value.setValue(result.value)
            entered = result.ref_source == "entered"
            self.own_range.setChecked(entered)
            if entered:
                self.low.setValue(result.ref_low or 0)
                self.high.setValue(result.ref_high or 0)
        self._range_mode(self.own_range.isChecked())
        self.value.setFocus()

    def _fill_units(self) -> None:
        test = lab_test(self.name.currentData())
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in test.units:
            self.unit.addItem(unit, unit)
        self.unit.blockSignals(False)
        self._describe_default()

    def _describe_default(self) -> None:
        test = lab_test(self.name.currentData())
        default = test.default_range.get(self.unit.currentData() or "")
        if default is None:
            self.default_info.setText(self.tr("No default range for this unit."))
        else:
            info = self.tr(
                "Default: {low} to {high} {unit} (source: {source}). Labs differ; "
                "the range on your report is the one that counts."
            ).format(
                low=format_number(default[0], 3),
                high=format_number(default[1], 3),
                unit=self.unit.currentData(),
                source=test.source,
            )
            # what the source adds (unit conversions, risk groups), in the user's language
            self.default_info.setText(f"{info} {core_text(test.note)}." if test.note else info)
        if not self.own_range.isChecked() and default is not None:
            self.low.setValue(default[0])
            self.high.setValue(default[1])

    def _range_mode(self, own: bool) -> None:
        self.low.setEnabled(own)
        self.high.setEnabled(own)
        if not own:
            self._describe_default()

    def commit(self) -> None:
        low = high = None
        if self.own_range.isChecked():
            low, high = self.low.value(), self.high.value()
        record = new_lab_result(
            date_of(self.date),
            self.name.currentData(),
            self.value.value(),
            self.unit.currentData(),
            ref_low=low,
            ref_high=high,
        )
        if self.result is None:
            self.saved = self.journal.add_lab_result(record)
        else:
            self.saved = self.journal.update_lab_result(
                dataclasses.replace(record, id=self.result.id)
            )
