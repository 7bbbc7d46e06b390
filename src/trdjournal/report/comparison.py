"""What page 1's "Change" and "Before" columns compare with: the same number of days before
the period, but never days before the journal began, which hold no data to compare with."""

from __future__ import annotations

import datetime as dt

from trdjournal.analysis.summary import PeriodSummary
from trdjournal.domain import wording
from trdjournal.report import text

NO_EARLIER_DATA = "no earlier data"


def comparison_sentence(s: PeriodSummary, journal_start: dt.date | None) -> str:
    """ "Changes compare with the 42 days before (...)", cut to the days the journal has, or
    "Nothing to compare with: no earlier data (the journal begins on ...)"."""
    if journal_start is None or journal_start > s.previous_end:
        began = f" (the journal begins on {text.day(journal_start)})" if journal_start else ""
        return f"Nothing to compare with: {NO_EARLIER_DATA}{began}."
    if journal_start > s.previous_start:
        days = (s.previous_end - journal_start).days + 1
        return (
            f"Changes compare with the {wording.days(days)} before it since the journal began "
            f"({text.period(journal_start, s.previous_end)})."
        )
    return (
        f"Changes compare with the {s.days_in_range} days before "
        f"({text.period(s.previous_start, s.previous_end)})."
    )
