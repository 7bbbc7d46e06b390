"""The trial overlay's curves, against numbers worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from trdjournal.analysis import JournalData, analyse_data
from trdjournal.analysis.trial_overlay import trial_curves
from trdjournal.domain.model import CheckIn, MedicationEvent, Questionnaire

TODAY = dt.date(2026, 6, 15)


def d(month: int, day: int, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


def phq9(day: dt.date, total: int) -> Questionnaire:
    answers = [0] * 9
    for i in range(total):
        answers[i % 8] += 1  # item 9 stays 0
    return Questionnaire(day, "phq9", tuple(answers))


def days(first: dt.date, last: dt.date):
    while first <= last:
        yield first
        first += dt.timedelta(days=1)


def data() -> JournalData:
    events = (
        MedicationEvent(d(1, 1), "sertraline", "start", 50, role="antidepressant"),
        MedicationEvent(d(1, 15), "sertraline", "change", 100, role="antidepressant"),
        MedicationEvent(d(3, 15), "sertraline", "stop", reason="no-response"),
        MedicationEvent(d(4, 1), "bupropion", "start", 300, role="antidepressant"),
    )
    questionnaires = (
        phq9(d(12, 28, 2025), 20),  # sertraline's baseline, 4 days before its start
        phq9(d(1, 29), 15),
        phq9(d(2, 26), 10),
        phq9(d(3, 12), 8),
        phq9(d(3, 19), 4),  # after sertraline's stop: not part of its curve
    )
    checkins = [CheckIn(day, 4) for day in days(d(3, 18), d(4, 7))]  # deficit 6
    checkins += [CheckIn(day, 7) for day in days(d(4, 8), d(4, 14))]  # deficit 3
    checkins += [CheckIn(day, 9) for day in (d(4, 15), d(4, 17), d(4, 19))]  # 3 days: too few
    checkins += [CheckIn(day, 8) for day in days(d(6, 2), d(6, 15))]  # deficit 2
    return JournalData(checkins=tuple(checkins), events=events, questionnaires=questionnaires)


@pytest.fixture
def curves():
    journal_data = data()
    analysis = analyse_data(journal_data, today=TODAY)
    return {
        c.drug: c
        for c in trial_curves(analysis.trials, journal_data.checkins, journal_data.questionnaires)
    }


def test_phq9_trial_is_a_percentage_of_its_baseline_in_weeks_from_its_start(curves):
    sertraline = curves["sertraline"]
    assert sertraline.measure == "phq9" and sertraline.baseline == 20
    assert [(p.weeks, p.percent) for p in sertraline.points] == [
        (-0.571, 100.0),  # the baseline, 4 days before the start
        (4.0, 75.0),  # 15 / 20
        (8.0, 50.0),  # 10 / 20: on the response line
        (10.0, 40.0),  # 8 / 20; the PHQ-9 after the stop is not the trial's
    ]
    assert sertraline.remission_percent == 25.0  # PHQ-9 below 5 over a baseline of 20
    assert sertraline.outcome == "response"


def test_mood_trial_uses_weekly_mean_deficit_and_skips_thin_weeks(curves):
    bupropion = curves["bupropion"]
    assert bupropion.measure == "mood" and bupropion.baseline == 6
    assert [(p.weeks, p.percent) for p in bupropion.points] == [
        (0.0, 100.0),
        (1.0, 100.0),  # week 1: mood 4, deficit 6
        (2.0, 50.0),  # week 2: mood 7, deficit 3
        # week 3 has 3 logged days: left out; weeks 4-9 none
        (10.0, 33.3),  # 3-9 June: mood 8, deficit 2 / 6; the week still running is left out
    ]
    assert bupropion.remission_percent is None


def test_unmeasured_trials_have_no_curve():
    events = (MedicationEvent(d(1, 1), "sertraline", "start", 50, role="antidepressant"),)
    analysis = analyse_data(JournalData(events=events), today=TODAY)
    assert analysis.trials[0].measure is None
    assert trial_curves(analysis.trials) == ()
