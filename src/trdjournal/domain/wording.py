"""Words that count something, and the names of session kinds, for the CLI and the PDF.

Every counted phrase goes through ``ngettext`` with the whole phrase as its message ("{n}
session" / "{n} sessions"), so a translation can use its language's plural forms (Swedish
has two, Polish three); with no catalogue installed, gettext answers in English. The
extraction keyword for these helpers is ``counted:1,2`` (babel's ``-k``). Trial outcomes are
worded by analysis/trials.py's OUTCOME_LABELS ("not measured" for no scores).
"""

from __future__ import annotations

import gettext

# How a session kind is written in a sentence ("rtms" is a key, "rTMS" the name).
KIND_NAMES = {
    "rtms": "rTMS",
    "ect": "ECT",
    "esketamine": "esketamine",
    "ketamine": "ketamine",
    "psychotherapy": "psychotherapy",
    "light-therapy": "light therapy",
    "other": "other",
}


def counted(singular: str, plural: str, n: int) -> str:
    """``counted("{n} session", "{n} sessions", 1)`` -> ``1 session``."""
    return gettext.ngettext(singular, plural, n).format(n=n)


def sessions(n: int) -> str:
    return counted("{n} session", "{n} sessions", n)


def times(n: int) -> str:
    return counted("{n} time", "{n} times", n)


def days(n: int) -> str:
    return counted("{n} day", "{n} days", n)


def pages(n: int) -> str:
    return counted("{n} page", "{n} pages", n)


def trials(n: int) -> str:
    return counted("{n} trial", "{n} trials", n)


# A journal table's records counted, as the export and import summaries say them.
RECORD_PHRASES = {
    "checkins": ("{n} check-in", "{n} check-ins"),
    "med_events": ("{n} medication event", "{n} medication events"),
    "sessions": ("{n} treatment session", "{n} treatment sessions"),
    "questionnaires": ("{n} questionnaire", "{n} questionnaires"),
    "appointments": ("{n} appointment", "{n} appointments"),
    "life_events": ("{n} life event", "{n} life events"),
    "lab_results": ("{n} lab result", "{n} lab results"),
    "pgx_results": ("{n} pharmacogenomic result", "{n} pharmacogenomic results"),
    "missed_doses": ("{n} missed dose", "{n} missed doses"),
    "device_values": (
        "{n} device value (sleep, steps, activity)",
        "{n} device values (sleep, steps, activity)",
    ),
    "revisions": ("{n} revision (history)", "{n} revisions (history)"),
}


def records(table: str, n: int) -> str:
    """``records("sessions", 1)`` -> ``1 treatment session``."""
    singular, plural = RECORD_PHRASES.get(table, (f"{{n}} {table}", f"{{n}} {table}"))
    return counted(singular, plural, n)


def kind_name(kind: str) -> str:
    """``rtms`` -> ``rTMS``; an unknown key reads as itself, hyphens as spaces."""
    return KIND_NAMES.get(kind, kind.replace("-", " "))
