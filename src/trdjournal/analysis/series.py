"""Check-ins and questionnaires indexed by date, so each trial's windows are found by bisection
instead of scanning the whole journal once per trial."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from trdjournal.domain.model import CheckIn, Questionnaire


class MoodIndex:
    """Daily mood by date with prefix sums: count and sum of any date window in O(log n)."""

    def __init__(self, checkins: Iterable[CheckIn]):
        ordered = sorted(checkins, key=lambda c: c.date)
        self.dates = [c.date for c in ordered]
        self._prefix = [0]
        for c in ordered:
            self._prefix.append(self._prefix[-1] + c.mood)

    def _span(self, first: dt.date, last: dt.date) -> tuple[int, int]:
        return bisect.bisect_left(self.dates, first), bisect.bisect_right(self.dates, last)

    def count(self, first: dt.date, last: dt.date) -> int:
        lo, hi = self._span(first, last)
        return max(0, hi - lo)

    def mean_deficit(self, first: dt.date, last: dt.date) -> tuple[Fraction | None, int]:
        """Mean of 10 - mood over the check-ins dated first..last (inclusive), exactly, and n."""
        lo, hi = self._span(first, last)
        n = hi - lo
        if n <= 0:
            return None, 0
        return Fraction(10 * n - (self._prefix[hi] - self._prefix[lo]), n), n


def logged_order(q: Questionnaire) -> tuple[dt.date, int]:
    """By day, then in the order saved; one not yet saved (no id) comes after those that are."""
    return q.date, q.id if q.id is not None else 1 << 62


class ScoreIndex:
    """One instrument's questionnaires by date (several on one day: the last one logged wins)."""

    def __init__(self, questionnaires: Iterable[Questionnaire]):
        self.items = sorted(questionnaires, key=logged_order)
        self.dates = [q.date for q in self.items]

    def latest_between(self, first: dt.date, last: dt.date) -> Questionnaire | None:
        hi = bisect.bisect_right(self.dates, last)
        if hi == 0 or self.dates[hi - 1] < first:
            return None
        return self.items[hi - 1]

    def earliest_between(self, first: dt.date, last: dt.date) -> Questionnaire | None:
        lo = bisect.bisect_left(self.dates, first)
        if lo == len(self.dates) or self.dates[lo] > last:
            return None
        return self.items[lo]

    def between(self, first: dt.date, last: dt.date) -> list[Questionnaire]:
        lo, hi = bisect.bisect_left(self.dates, first), bisect.bisect_right(self.dates, last)
        return self.items[lo:hi]
