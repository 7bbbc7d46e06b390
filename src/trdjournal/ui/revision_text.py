"""What an undone revision was, in words for the status bar."""

from __future__ import annotations

from trdjournal.storage.journal import Revision

_NOUNS = {
    "checkins": "check-in",
    "med_events": "medication entry",
    "sessions": "treatment session",
    "questionnaires": "questionnaire",
    "appointments": "appointment",
}
_VERBS = {"insert": "adding", "update": "editing", "delete": "deleting"}
_MED_KINDS = {"start": "start", "change": "dose change", "stop": "stop"}
_INSTRUMENTS = {"phq9": "PHQ-9", "gad7": "GAD-7"}


def describe_undo(revision: Revision) -> str:
    row = revision.after or revision.before or {}
    verb = _VERBS.get(revision.action, revision.action)
    noun = _NOUNS.get(revision.table_name, revision.table_name)
    if revision.table_name == "med_events":
        noun = f"{row.get('drug', '')} {_MED_KINDS.get(row.get('kind'), 'entry')}".strip()
    elif revision.table_name == "questionnaires":
        noun = _INSTRUMENTS.get(row.get("instrument"), noun)
    elif revision.table_name == "sessions" and row.get("kind"):
        noun = f"{row['kind']} session"
    day = row.get("date", revision.row_key)
    return f"Undone: {verb} the {noun} of {day}."
