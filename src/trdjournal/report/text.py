"""How the report writes dates, doses and numbers: one place, so every page agrees.

Month names are spelled out in English rather than left to the locale, so a report printed
in Stockholm reads the same as one printed in Boston, and no date is ambiguous.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from xml.sax.saxutils import escape

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DASH = "\u2013"  # en dash for ranges
ARROW = "\u2192"
MINUS = "\u2212"
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def day(date: dt.date | None) -> str:
    """``5 May 2026``."""
    if date is None:
        return ""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


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
    return f"{date.day} {MONTHS[date.month - 1]}"


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
    return text.replace("-", MINUS)


def fixed(value: float | None, places: int = 1) -> str:
    """A table figure with a fixed number of decimals, so a column lines up."""
    if value is None:
        return DASH
    return f"{value:.{places}f}".replace("-", MINUS)


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


def label(key: str) -> str:
    """``no-response`` -> ``no response``; ``rtms`` -> ``rTMS`` and friends."""
    special = {
        "rtms": "rTMS",
        "ect": "ECT",
        "phq9": "PHQ-9",
        "gad7": "GAD-7",
        "non-response": "non-response",
        "no-response": "no response",
        "unknown": "not measured",  # a trial outcome without scores, as the app says
    }
    return special.get(key, key.replace("-", " "))


NBSP = "\u00a0"
# "12 mg", "4.3 wk", "30 sessions", "(2 Dec": a number and the word after it
_NUMBER_AND_WORD = re.compile(r"(?<![\w.,-])(\d+(?:[.,]\d+)?) (?=[^\W\d_])")
# "Dec 2024": a word and the year after it
_WORD_AND_YEAR = re.compile(r"(?<=[^\W\d_]) (?=\d{4}\b)")


def keep_together(text: str) -> str:
    """``text`` with the spaces inside dates and number-unit pairs made no-break spaces, so
    a line never ends inside "2 Dec 2024" or "7.5 mg" (reportlab prints them as spaces)."""
    return _WORD_AND_YEAR.sub(NBSP, _NUMBER_AND_WORD.sub(rf"\1{NBSP}", text))
