"""Factors the user can act on against the next day's mood: sleep hours and activity minutes.

Pearson's r over pairs (factor on day d, mood on day d+1), with the number of pairs behind it.
Below ``MIN_PAIRS`` pairs, or when either side never varies, r is None: two weeks of data is the
least that means anything, and even then r describes this journal, not a cause.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import operator
from collections.abc import Iterable

from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.domain.model import CheckIn
from trdjournal.i18n import N_, _

MIN_PAIRS = 14
FACTORS = {"sleep_hours": N_("Sleep (hours)"), "activity_minutes": N_("Activity (minutes)")}


@dataclasses.dataclass(frozen=True)
class Correlation(JsonMixin):
    factor: str  # "sleep_hours" or "activity_minutes"
    label: str
    outcome: str  # always "next-day mood"
    n: int  # pairs of days behind r
    r: float | None  # None below min_pairs or without variation
    min_pairs: int
    start: dt.date | None
    end: dt.date | None


def pearson(xs: list[float], ys: list[float]) -> float | None:
    """Pearson's r in one pass over the pairs; None with fewer than 2 or without variation."""
    n = len(xs)
    if n < 2:
        return None
    sx, sy = sum(xs), sum(ys)
    sxy = sum(map(operator.mul, xs, ys)) - sx * sy / n
    sxx = sum(map(operator.mul, xs, xs)) - sx * sx / n
    syy = sum(map(operator.mul, ys, ys)) - sy * sy / n
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def next_day_correlations(
    checkins: Iterable[CheckIn], start: dt.date | None = None, end: dt.date | None = None
) -> tuple[Correlation, ...]:
    """Both days of each pair must lie in [start, end] when given."""
    by_date = {
        c.date: c
        for c in checkins
        if (start is None or c.date >= start) and (end is None or c.date <= end)
    }
    one_day = dt.timedelta(days=1)
    result = []
    for factor, label in FACTORS.items():
        xs, ys = [], []
        for day, checkin in by_date.items():
            value = getattr(checkin, factor)
            following = by_date.get(day + one_day)
            if value is not None and following is not None:
                xs.append(float(value))
                ys.append(float(following.mood))
        r = pearson(xs, ys) if len(xs) >= MIN_PAIRS else None
        result.append(
            Correlation(
                factor=factor,
                label=_(label),  # in the user's language, as ``outcome``
                outcome=_("next-day mood"),
                n=len(xs),
                r=None if r is None else round(r, 2),
                min_pairs=MIN_PAIRS,
                start=start,
                end=end,
            )
        )
    return tuple(result)
