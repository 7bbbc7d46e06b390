"""The period summary and the next-day correlations, by hand."""

import datetime as dt

import pytest

from trdjournal.analysis.correlations import MIN_PAIRS, next_day_correlations, pearson
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn


def day(n: int) -> dt.date:
    return dt.date(2024, 1, 1) + dt.timedelta(days=n)


def test_period_summary(b):
    # previous period days 0-9: mood 3 on 5 days; this period days 10-19: moods 4..7 on 4 days
    b.mood(range(0, 10, 2), 3)
    b.checkins += [
        CheckIn(day(10), mood=4, sleep_hours=6.5, note="bad week", for_doctor=True),
        CheckIn(day(12), mood=7, sleep_hours=8),
        CheckIn(day(13), mood=5, activity_minutes=30),
        CheckIn(day(19), mood=6),
    ]
    b.phq9(5, 20).phq9(11, 16, item9=1).phq9(18, 12).gad7(15, 9)
    b.med(0, "sertraline", "start", 50).med(14, "Zoloft", "change", 100)
    b.med(3, "aripiprazole", "start", 2).med(16, "aripiprazole", "stop", reason="side-effects")
    b.session(12, "rtms").session(13, "rtms").session(17, "psychotherapy")
    s = b.analyse(30).summary(day(10), day(19))

    assert (s.days_in_range, s.days_logged) == (10, 4)
    assert (s.previous_start, s.previous_end) == (day(0), day(9))
    mood = s.measures[0]
    assert mood.measure == "mood"
    assert (mood.current.n, mood.current.mean, mood.current.min, mood.current.max) == (4, 5.5, 4, 7)
    assert (mood.previous.n, mood.previous.mean) == (5, 3.0)
    sleep = next(m for m in s.measures if m.measure == "sleep_hours")
    assert (sleep.current.n, sleep.current.mean) == (2, 7.25)
    assert next(m for m in s.measures if m.measure == "anxiety").current.mean is None

    phq9, gad7 = s.questionnaires
    assert (phq9.count, phq9.first.total, phq9.latest.total, phq9.change) == (2, 16, 12, -4)
    assert phq9.latest.band == "moderate"
    assert (gad7.count, gad7.latest.total, gad7.change) == (1, 9, None)
    assert [(p.date, p.answer) for p in s.item9_positives] == [(day(11), 1)]

    assert [(c.date, c.drug, c.kind, c.dose) for c in s.medication_changes] == [
        (day(14), "sertraline", "change", 100.0),
        (day(16), "aripiprazole", "stop", None),
    ]
    assert [(x.kind, x.count, x.first, x.last) for x in s.sessions] == [
        ("rtms", 2, day(12), day(13)),
        ("psychotherapy", 1, day(17), day(17)),
    ]
    assert [(r.drug, r.dose, r.since, r.dose_since) for r in s.regimen] == [
        ("sertraline", 100.0, day(0), day(14))
    ]
    assert [d.mood for d in s.lowest_mood_days] == [4, 5, 6, 7]
    assert [(d.date, d.note) for d in s.doctor_notes] == [(day(10), "bad week")]

    out = s.to_json()
    assert out["start"] == "2024-01-11" and out["item9_positives"][0]["answer"] == 1


def test_summary_defaults_to_the_last_30_days(b):
    b.mood(range(0, 100), 5)
    s = b.analyse(99).summary()
    assert (s.start, s.end, s.days_logged) == (day(70), day(99), 30)


def test_summary_refuses_a_reversed_range(b):
    with pytest.raises(ValidationError) as err:
        b.analyse(99).summary(day(50), day(40))
    assert err.value.field == "from"


def test_pearson_by_hand():
    # x = 1,2,3, y = 2,4,7: means 2, 13/3; sxy = 5, sxx = 2, syy = 38/3 -> r = 5/sqrt(76/3)
    assert pearson([1, 2, 3], [2, 4, 7]) == pytest.approx(5 / (76 / 3) ** 0.5)
    assert pearson([1, 1, 1], [2, 4, 7]) is None


def test_sleep_against_next_day_mood():
    # sleep alternates 6 / 8 hours; the next day's mood is 3 after 6 hours and 7 after 8: r = 1
    checkins = [
        CheckIn(day(n), mood=7 if n % 2 == 0 else 3, sleep_hours=6 if n % 2 == 0 else 8)
        for n in range(MIN_PAIRS + 1)
    ]
    sleep, activity = next_day_correlations(checkins)
    assert (sleep.factor, sleep.n, sleep.r) == ("sleep_hours", MIN_PAIRS, 1.0)
    assert (activity.n, activity.r) == (0, None)
    # one pair fewer: not enough to mean anything
    sleep, _ = next_day_correlations(checkins[:-1])
    assert (sleep.n, sleep.r) == (MIN_PAIRS - 1, None)


def test_a_missing_day_breaks_the_pair():
    checkins = [CheckIn(day(n), mood=n % 10, activity_minutes=n) for n in range(0, 40, 2)]
    assert next_day_correlations(checkins)[1].n == 0
