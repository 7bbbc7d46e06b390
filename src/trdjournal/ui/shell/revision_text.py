"""What an undone revision was, in words for the status bar."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from trdjournal.storage.journal import Revision
from trdjournal.ui.base.scale_text import instrument_name

CONTEXT = "revision_text"
_NOUNS = {
    "checkins": QT_TRANSLATE_NOOP("revision_text", "check-in"),
    "med_events": QT_TRANSLATE_NOOP("revision_text", "medication entry"),
    "sessions": QT_TRANSLATE_NOOP("revision_text", "treatment session"),
    "questionnaires": QT_TRANSLATE_NOOP("revision_text", "questionnaire"),
    "appointments": QT_TRANSLATE_NOOP("revision_text", "appointment"),
    "life_events": QT_TRANSLATE_NOOP("revision_text", "life event"),
    "lab_results": QT_TRANSLATE_NOOP("revision_text", "lab result"),
    "pgx_results": QT_TRANSLATE_NOOP("revision_text", "pharmacogenomic result"),
}
_VERBS = {
    "insert": QT_TRANSLATE_NOOP("revision_text", "adding"),
    "update": QT_TRANSLATE_NOOP("revision_text", "editing"),
    "delete": QT_TRANSLATE_NOOP("revision_text", "deleting"),
}
_MED_KINDS = {
    "start": QT_TRANSLATE_NOOP("revision_text", "start"),
    "change": QT_TRANSLATE_NOOP("revision_text", "dose change"),
    "stop": QT_TRANSLATE_NOOP("revision_text", "stop"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_undo(revision: Revision) -> str:
    row = revision.after or revision.before or {}
    verb = _tr(_VERBS.get(revision.action, revision.action))
    noun = _tr(_NOUNS.get(revision.table_name, revision.table_name))
    if revision.table_name == "med_events":
        kind = _MED_KINDS.get(row.get("kind"))
        noun = f"{row.get('drug', '')} {_tr(kind) if kind else noun}".strip()
    elif revision.table_name == "questionnaires":
        noun = instrument_name(row["instrument"]) if row.get("instrument") else noun
    elif revision.table_name == "sessions" and row.get("kind"):
        noun = QCoreApplication.translate("revision_text", "{kind} session").format(
            kind=row["kind"]
        )
    elif revision.table_name == "lab_results" and row.get("name"):
        noun = QCoreApplication.translate("revision_text", "{name} result").format(name=row["name"])
    if revision.table_name == "background":  # one row, no date
        return QCoreApplication.translate(
            "revision_text", "Undone: {verb} your background."
        ).format(verb=verb)
    day = row.get("date", revision.row_key)
    return QCoreApplication.translate(
        "revision_text", "Undone: {verb} the {noun} of {day}."
    ).format(verb=verb, noun=noun, day=day)
