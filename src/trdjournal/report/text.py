"""How the report writes dates, doses and numbers: one place, so every page agrees.

Month names are spelled out (babel, in the report's language: "5 May 2026", "5 maj 2026"),
never a numeric date a reader in another country could misread; decimals take the language's
sign ("7.5", "7,5").
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from xml.sax.saxutils import escape

from trdjournal.domain import wording
from trdjournal.i18n import N_, _, decimal_separator, format_date

DASH = "\u2013"  # en dash for ranges
ARROW = "\u2192"
MINUS = "\u2212"
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def day(date: dt.date | None) -> str:
    """``5 May 2026``."""
    if date is None:
        return ""
    return format_date(date, "d MMM y")


def month(date: dt.date) -> str:
    """``May`` / ``maj``: an axis label or a month heading."""
    return format_date(date, "LLL")


def month_year(date: dt.date) -> str:
    """``May 2026`` / ``maj 2026``."""
    return format_date(date, "LLL y")


def weekday_day(date: dt.date) -> str:
    """``Fri 5`` / ``fre 5``: a row of the daily log."""
    return format_date(date, "EEE d")


# True while a report whose period spans more than one calendar year is built: there the
# year is never clear from the period, so every date carries it.
_YEAR_ON_EVERY_DATE = contextvars.ContextVar("year_on_every_date", default=False)


@contextlib.contextmanager
def dates_for_period(start: dt.date, end: dt.date):
    """Within: ``short_day`` writes the year too when the period spans several years."""
    token = _YEAR_ON_EVERY_DATE.set(start.year != end.year)
    try:
        yield
    finally:
        _YEAR_ON_EVERY_DATE.reset(token)


def short_day(date: dt.date) -> str:
    """``5 May`` (when the year is clear from the period; else ``5 May 2026``)."""
    if _YEAR_ON_EVERY_DATE.get():
        return day(date)
    return format_date(date, "d MMM")


def period(start: dt.date, end: dt.date) -> str:
    if start == end:
        return day(start)
    return f"{day(start)} {DASH} {day(end)}"


def number(value: float | None, places: int = 1) -> str:
    if value is None:
        return DASH
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _localised(text)


def _localised(figure: str) -> str:
    """A figure Python wrote ("-7.5") with the report language's signs ("−7,5")."""
    return figure.replace("-", MINUS).replace(".", decimal_separator())


def fixed(value: float | None, places: int = 1) -> str:
    """A table figure with a fixed number of decimals, so a column lines up."""
    if value is None:
        return DASH
    return _localised(f"{value:.{places}f}")


def signed(value: float | None, places: int = 1) -> str:
    """A change: ``+1.2``, ``−3``, ``0``."""
    if value is None:
        return DASH
    rounded = round(value, places)
    if rounded == 0:
        return "0"
    return ("+" if rounded > 0 else "") + number(rounded, places)


def dose(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{number(value, 2)} {unit}"


def excerpt(text: str, limit: int) -> str:
    """The first ``limit`` characters of a note on one line, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(",;:. ") + "\u2026"


def prose(sentence: str) -> str:
    """An analysis explanation (written for the terminal and JSON: ISO dates, ``->``) in the
    report's style, so a footnote agrees with the table above it."""
    dated = ISO_DATE.sub(lambda m: day(dt.date.fromisoformat(m.group())), sentence)
    return dated.replace(" -> ", f" {ARROW} ")


def markup(text: str) -> str:
    """Plain text made safe for a reportlab Paragraph (which reads a small XML dialect)."""
    return escape(text)


# The record keys a page shows (roles, stop reasons, session kinds, trial outcomes), marked
# for translation; method and scale names stay as published.
LABELS = {
    **wording.KIND_NAMES,  # the session kinds, as sentences write them
    **wording.STOP_REASON_NAMES,
    "phq9": "PHQ-9",
    "gad7": "GAD-7",
    "qids-sr16": "QIDS-SR16",
    "madrs-s": "MADRS-S",
    "antidepressant": N_("antidepressant"),
    "augmentation": N_("augmentation"),
    "supplement": N_("supplement"),
    "non-response": N_("non-response"),
    "remission": N_("remission"),
    "response": N_("response"),
    "partial": N_("partial"),
    "partial-response": N_("partial response"),
    "too-early": N_("too early"),
    "unknown": N_("not measured"),  # a trial outcome without scores, as the app says
    "running": N_("running"),
}
UNTRANSLATED = {"rTMS", "ECT", "PHQ-9", "GAD-7", "QIDS-SR16", "MADRS-S"}


def label(key: str) -> str:
    """``no-response`` -> ``no response`` (translated); ``rtms`` -> ``rTMS`` and friends."""
    known = LABELS.get(key)
    if known is None:
        return _(key.replace("-", " "))
    return known if known in UNTRANSLATED else _(known)


NBSP = "\u00a0"
# "12 mg", "4.3 wk", "30 sessions", "(2 Dec": a number and the word after it
_NUMBER_AND_WORD = re.compile(r"(?<![\w.,-])(\d+(?:[.,]\d+)?) (?=[^\W\d_])")
# "Dec 2024": a word and the year after it
_WORD_AND_YEAR = re.compile(r"(?<=[^\W\d_]) (?=\d{4}\b)")


def keep_together(text: str) -> str:
    """``text`` with the spaces inside dates and number-unit pairs made no-break spaces, so
    a line never ends inside "2 Dec 2024" or "7.5 mg" (reportlab prints them as spaces)."""
    return _WORD_AND_YEAR.sub(NBSP, _NUMBER_AND_WORD.sub(rf"\1{NBSP}", text))
