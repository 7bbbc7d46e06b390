"""Journal.daily_measures: the check-ins' numbers by date, for charts."""

from __future__ import annotations

import datetime as dt

from trdjournal.domain.model import CheckIn


def test_daily_measures_are_the_checkins_numbers_in_the_range_by_date(journal):
    journal.save_checkin(CheckIn(dt.date(2026, 1, 3), 4, anxiety=6, sleep_hours=6.5))
    journal.save_checkin(
        CheckIn(dt.date(2026, 1, 1), 7, energy=5, activity_minutes=40, elevated=2, irritability=1)
    )
    journal.save_checkin(CheckIn(dt.date(2026, 1, 9), 2))
    rows = journal.daily_measures(dt.date(2026, 1, 1), dt.date(2026, 1, 3))
    assert [tuple(r)[:8] for r in rows] == [
        (dt.date(2026, 1, 1), 7, None, 5, None, 40, 2, 1),
        (dt.date(2026, 1, 3), 4, 6, None, 6.5, None, None, None),
    ]
    assert rows[1].sleep_hours == 6.5
    assert rows[1].sources == {}  # all typed: no device values
    assert [r.date.day for r in journal.daily_measures()] == [1, 3, 9]
