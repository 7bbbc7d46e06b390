"""What page 1's "Change" and "Before" columns compare with: the same number of days before
the period, but never days before the journal began, which hold no data to compare with."""

from __future__ import annotations

import datetime as dt

from trdjournal.analysis.summary import PeriodSummary
from trdjournal.domain import wording
from trdjournal.i18n import N_, _
from trdjournal.report import text

NO_EARLIER_DATA = N_("no earlier data")


def comparison_sentence(s: PeriodSummary, journal_start: dt.date | None) -> str:
    """ "Changes compare with the 42 days before (...)", cut to the days the journal has, or
    "Nothing to compare with: no earlier data (the journal begins on ...)"."""
    if journal_start is None or journal_start > s.previous_end:
        began = (
            _(" (the journal begins on {text})").format(text=text.day(journal_start))
            if journal_start
            else ""
        )
        return _("Nothing to compare with: {NO_EARLIER_DATA}{began}.").format(
            NO_EARLIER_DATA=_(NO_EARLIER_DATA), began=began
        )
    if journal_start > s.previous_start:
        days = (s.previous_end - journal_start).days + 1
        return _(
            "Changes compare with the {wording} before it since the journal began ({text})."
        ).format(wording=wording.days(days), text=text.period(journal_start, s.previous_end))
    return _("Changes compare with the {days_in_range} days before ({text}).").format(
        days_in_range=s.days_in_range, text=text.period(s.previous_start, s.previous_end)
    )
