"""One click per running drug: "missed today's dose". Each day with a missed dose lowers the
trial's adherence (analysis/adherence.py); the journal keeps one record per drug and day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from trdjournal.domain import dates, medication
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import MissedDose
from trdjournal.storage import Journal
from trdjournal.ui.base import qtutils


class MissedDoseButtons(QWidget):
    """A button for each drug running on the shown day; ``on_logged(drug)`` after a save."""

    def __init__(self, journal: Journal, on_logged: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.journal, self.on_logged = journal, on_logged
        self.day = dates.today()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.none = QLabel(self.tr("No medication running on this day."))
        self.none.setAccessibleName(self.tr("Missed doses"))
        qtutils.accessible(self, self.tr("Missed doses"))
        self.buttons: dict[str, object] = {}

    def refresh(self, day: dt.date) -> None:
        self.day = day
        while self.row.count():
            widget = self.row.takeAt(0).widget()
            if widget is not None and widget is not self.none:
                widget.deleteLater()
        self.buttons = {}
        running = [item.drug for item in medication.regimen_on(self.journal.med_events(), day)]
        logged = {m.drug for m in self.journal.missed_doses(day, day)}
        if not running:
            self.row.addWidget(self.none)
            self.none.show()
        else:
            self.none.hide()
        for drug in running:
            today = day == dates.today()
            if drug in logged:
                text = self.tr("{drug}: missed dose logged").format(drug=drug)
            elif today:
                text = self.tr("Missed today's dose of {drug}").format(drug=drug)
            else:
                text = self.tr("Missed this day's dose of {drug}").format(drug=drug)
            button = qtutils.button(
                text,
                self.tr("Missed dose of {drug}").format(drug=drug),
                lambda drug=drug: self._log(drug),
                tooltip=self.tr(
                    "Log that {drug} was not taken on this day: a trial's adherence is the "
                    "share of its days taken"
                ).format(drug=drug),
            )
            button.setEnabled(drug not in logged)
            self.buttons[drug] = button
            self.row.addWidget(button)
        self.row.addStretch(1)

    def _log(self, drug: str) -> None:
        try:
            self.journal.add_missed_dose(MissedDose(self.day, drug))
        except ValidationError as error:  # e.g. logged meanwhile from the command line
            self.refresh(self.day)  # new buttons: the refusal goes on the drug's new one
            if drug in self.buttons:
                self.buttons[drug].setToolTip(error.message)
            return
        self.refresh(self.day)
        self.on_logged(drug)
