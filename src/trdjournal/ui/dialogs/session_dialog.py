"""Add or edit a session of a non-drug treatment (rTMS, esketamine, ECT, therapy...)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from trdjournal.domain import course_rules, dates
from trdjournal.domain.model import SESSION_KINDS, TreatmentSession
from trdjournal.i18n import _
from trdjournal.storage import Journal
from trdjournal.ui.base import qtutils
from trdjournal.ui.dialogs.record_dialog import RecordDialog, date_edit, date_of

KIND_TEXT = {
    "rtms": "rTMS",
    "esketamine": QT_TRANSLATE_NOOP("SessionDialog", "Esketamine"),
    "ketamine": QT_TRANSLATE_NOOP("SessionDialog", "Ketamine"),
    "ect": "ECT",
    "psychotherapy": QT_TRANSLATE_NOOP("SessionDialog", "Psychotherapy"),
    "light-therapy": QT_TRANSLATE_NOOP("SessionDialog", "Light therapy"),
    "other": QT_TRANSLATE_NOOP("SessionDialog", "Other"),
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("SessionDialog", KIND_TEXT.get(kind, kind))


def detail_text(detail: str) -> str:
    """A stored detail ("CBT", "right unilateral") as the user's language writes it ("KBT",
    "höger unilateral"): the core catalogue has each, as the trials view and PDF show them."""
    return _(detail) if detail else ""


class SessionDialog(RecordDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        session: TreatmentSession | None = None,
    ):
        super().__init__(
            self.tr("Edit a treatment session") if session else self.tr("Add a treatment session"),
            parent,
        )
        self.journal, self.session = journal, session
        self.saved: TreatmentSession | None = None
        self.date = date_edit(session.date if session else dates.today())
        self.kind = QComboBox()
        for kind in SESSION_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        qtutils.accessible(self.kind, self.tr("Treatment"))
        if session:
            self.kind.setCurrentIndex(self.kind.findData(session.kind))
        # The detail that matters for the kind (esketamine dose, rTMS protocol, ECT
        # placement, psychotherapy type), from resources/courses.json; optional.
        self.detail = QComboBox()
        qtutils.accessible(self.detail, self.tr("Detail"))
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_details())
        self._fill_details(session.detail if session else "")
        self.note = QLineEdit(session.note if session else "")
        qtutils.accessible(self.note, self.tr("Note"))
        self.fields.addRow(self.tr("Date"), self.date)
        self.fields.addRow(self.tr("Treatment"), self.kind)
        self.fields.addRow(self.tr("Detail"), self.detail)
        self.fields.addRow(self.tr("Note"), self.note)
        self.keep_note_draft(journal, self.note, f"session:{session.id if session else 'new'}")

    def _fill_details(self, chosen: str = "") -> None:
        rule = course_rules.rule(self.kind.currentData())
        self.detail.clear()
        self.detail.addItem(self.tr("not given"), "")
        for detail in rule.details:
            self.detail.addItem(detail_text(detail), detail)
        self.detail.setEnabled(bool(rule.details))
        self.detail.setToolTip(_(rule.detail_name) if rule.detail_name else "")
        index = self.detail.findData(chosen)
        self.detail.setCurrentIndex(max(0, index))

    def commit(self) -> None:
        session = TreatmentSession(
            date_of(self.date),
            self.kind.currentData(),
            self.note.text(),
            detail=self.detail.currentData() or "",
        )
        if self.session is None:
            self.saved = self.journal.add_session(session)
        else:
            self.saved = self.journal.update_session(
                dataclasses.replace(session, id=self.session.id)
            )
