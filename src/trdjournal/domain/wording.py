"""Words that count something, and the names of session kinds, for the CLI and the PDF.

Every counted phrase goes through ``ngettext`` with the whole phrase as its message ("{n}
session" / "{n} sessions"), so a translation can use its language's plural forms (Swedish
has two, Polish three), through the core catalogue (trdjournal.i18n; babel.cfg extracts
``counted:1,2`` and the ``NN_`` pairs below). Trial outcomes are
worded by analysis/trials.py's OUTCOME_LABELS ("not measured" for no scores).
"""

from __future__ import annotations

from trdjournal.i18n import N_, NN_, _, ngettext

# How a session kind is written in a sentence ("rtms" is a key, "rTMS" the name).
KIND_NAMES = {
    "rtms": "rTMS",
    "ect": "ECT",
    "esketamine": N_("esketamine"),
    "ketamine": N_("ketamine"),
    "psychotherapy": N_("psychotherapy"),
    "light-therapy": N_("light therapy"),
    "other": N_("other"),
}

# domain.model.STOP_REASONS as the user reads them (the chart, the trial table, the PDF).
STOP_REASON_NAMES = {
    "no-response": N_("no response"),
    "side-effects": N_("side effects"),
    "cost": N_("cost"),
    "remission": N_("remission"),
    "other": N_("other"),
}


def stop_reason_name(reason: str) -> str:
    """``side-effects`` -> ``side effects``, translated; an unknown key reads as itself."""
    name = STOP_REASON_NAMES.get(reason)
    return _(name) if name else reason.replace("-", " ")


def counted(singular: str, plural: str, n: int) -> str:
    """``counted("{n} session", "{n} sessions", 1)`` -> ``1 session``."""
    return ngettext(singular, plural, n).format(n=n)


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
    "checkins": NN_("{n} check-in", "{n} check-ins"),
    "med_events": NN_("{n} medication event", "{n} medication events"),
    "sessions": NN_("{n} treatment session", "{n} treatment sessions"),
    "questionnaires": NN_("{n} questionnaire", "{n} questionnaires"),
    "appointments": NN_("{n} appointment", "{n} appointments"),
    "life_events": NN_("{n} life event", "{n} life events"),
    "lab_results": NN_("{n} lab result", "{n} lab results"),
    "pgx_results": NN_("{n} pharmacogenomic result", "{n} pharmacogenomic results"),
    "missed_doses": NN_("{n} missed dose", "{n} missed doses"),
    "device_values": NN_(
        "{n} device value (sleep, steps, activity)",
        "{n} device values (sleep, steps, activity)",
    ),
    "revisions": NN_("{n} revision (history)", "{n} revisions (history)"),
}


def records(table: str, n: int) -> str:
    """``records("sessions", 1)`` -> ``1 treatment session``."""
    singular, plural = RECORD_PHRASES.get(table, (f"{{n}} {table}", f"{{n}} {table}"))
    return counted(singular, plural, n)


def kind_name(kind: str) -> str:
    """``rtms`` -> ``rTMS``; an unknown key reads as itself, hyphens as spaces."""
    name = KIND_NAMES.get(kind, kind.replace("-", " "))
    return name if name in ("rTMS", "ECT") else _(name)
