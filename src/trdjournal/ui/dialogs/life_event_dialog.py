"""Add or edit a life event: the day, its impact on mood (-4..+4, the NIMH Life Chart's
scale) and a few words."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from trdjournal.domain import dates
from trdjournal.domain.background import IMPACT_MAX, IMPACT_MIN, LifeEvent
from trdjournal.storage import Journal
from trdjournal.ui.base import qtutils
from trdjournal.ui.dialogs.record_dialog import RecordDialog, date_edit, date_of


class LifeEventDialog(RecordDialog):
    def __init__(
        self, journal: Journal, parent: QWidget | None = None, *, event: LifeEvent | None = None
    ):
        super().__init__(
            self.tr("Edit a life event") if event else self.tr("Add a life event"), parent
        )
        self.journal, self.event = journal, event
        self.saved: LifeEvent | None = None
        self.date = date_edit(
            event.date if event else dates.today(), name=self.tr("Day it happened")
        )
        self.impact = QSpinBox()
        self.impact.setRange(IMPACT_MIN, IMPACT_MAX)
        self.impact.setValue(event.impact if event else 0)
        qtutils.accessible(
            self.impact,
            self.tr("Impact"),
            self.tr("Impact on your mood: -4 very negative, 0 neutral, +4 very positive"),
        )
        self.text = QLineEdit(event.text if event else "")
        self.text.setPlaceholderText(self.tr("what happened, in a few words"))
        qtutils.accessible(self.text, self.tr("What happened"))
        self.fields.addRow(self.tr("Day"), self.date)
        self.fields.addRow(self.tr("Impact (-4 to +4)"), self.impact)
        self.fields.addRow(
            "",
            qtutils.wrapped(self.tr("-4 very negative · 0 neutral · +4 very positive"), muted=True),
        )
        self.fields.addRow(self.tr("What happened"), self.text)
        self.keep_note_draft(journal, self.text, f"life_event:{event.id if event else 'new'}")
        self.text.setFocus()

    def commit(self) -> None:
        record = LifeEvent(date_of(self.date), self.impact.value(), self.text.text())
        if self.event is None:
            self.saved = self.journal.add_life_event(record)
        else:
            self.saved = self.journal.update_life_event(
                dataclasses.replace(record, id=self.event.id)
            )
