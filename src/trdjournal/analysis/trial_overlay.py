"""The trial overlay's model: every measured trial aligned at its start, its score as a
percentage of its own baseline, so trials can be compared at a glance.

x is weeks on the drug (the baseline sits at or before 0); y is the score over the trial's
baseline x 100: 100 = no change, 50 = the response line (a 50% reduction), 0 = no symptoms.
A trial is drawn on the measure the analysis judged it by (``Trial.measure``):

* a scale (PHQ-9, QIDS-SR16 or MADRS-S: the primary scale that judged it): the baseline
  questionnaire, then every one of that scale up to the end of the assessed window; the
  remission line (PHQ-9 below 5, QIDS-SR16 5 or less, MADRS-S 10 or less) depends on the
  baseline, so each curve carries its own ``remission_percent``;
* daily mood: the mood deficit (10 - mood) averaged per week on the drug (weeks with at least
  4 logged days), over the trial's baseline deficit; daily mood has no remission threshold.

Trials the analysis could not measure, or whose baseline is 0, have no curve.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from trdjournal.analysis.series import MoodIndex, logged_order
from trdjournal.analysis.trials import Trial
from trdjournal.domain.model import CheckIn, Questionnaire
from trdjournal.domain.scales import scale_rules
from trdjournal.i18n import format_date

RESPONSE_PERCENT = 50.0
WEEK_MIN_DAYS = 4


@dataclasses.dataclass(frozen=True)
class OverlayPoint:
    weeks: float
    percent: float  # of the trial's baseline
    score: float  # the scale's total, or the week's mean mood deficit
    date: dt.date  # the questionnaire's day, or the last day of the week


@dataclasses.dataclass(frozen=True)
class TrialCurve:
    drug: str
    role: str
    start: dt.date
    measure: str  # "phq9", "qids-sr16", "madrs-s" or "mood"
    baseline: float
    outcome: str
    adequate: bool | None
    points: tuple[OverlayPoint, ...]  # by weeks; the first is the baseline (100%)
    remission_percent: float | None  # the remission line over this baseline; None for mood

    @property
    def label(self) -> str:
        return f"{self.drug} ({format_date(self.start, 'LLL y')})"  # "(juni 2024)" in Swedish


def trial_curves(
    trials: Iterable[Trial],
    checkins: Iterable[CheckIn] = (),
    questionnaires: Iterable[Questionnaire] = (),
    *,
    mood: MoodIndex | None = None,
) -> tuple[TrialCurve, ...]:
    trials = list(trials)
    scored = sorted(questionnaires, key=logged_order)
    if mood is None and any(t.measure == "mood" for t in trials):
        mood = MoodIndex(checkins)
    curves = []
    for trial in trials:
        if trial.measure not in (None, "mood") and trial.baseline:
            curves.append(_scale_curve(trial, [q for q in scored if q.instrument == trial.measure]))
        elif trial.measure == "mood" and trial.baseline and mood is not None:
            curves.append(_mood_curve(trial, mood))
    return tuple(curves)


def _curve(trial: Trial, points: list[OverlayPoint], remission: float | None) -> TrialCurve:
    return TrialCurve(
        drug=trial.drug,
        role=trial.role,
        start=trial.start,
        measure=trial.measure or "",
        baseline=float(trial.baseline),
        outcome=trial.outcome,
        adequate=trial.adequate,
        points=tuple(points),
        remission_percent=remission,
    )


def scale_points(
    start: dt.date, first: dt.date, until: dt.date, baseline: float, scored: Iterable[Questionnaire]
) -> list[OverlayPoint]:
    """The baseline (``first``) at 100%, then each score after it up to ``until`` as a
    percentage of ``baseline``, in weeks from ``start``: a trial's curve and a course's."""

    def weeks(day: dt.date) -> float:
        return round((day - start).days / 7, 3)

    points = [OverlayPoint(weeks(first), 100.0, baseline, first)]
    for q in scored:
        if first < q.date <= until:
            pct = round(100 * q.total / baseline, 1)
            points.append(OverlayPoint(weeks(q.date), pct, float(q.total), q.date))
    return points


def _scale_curve(trial: Trial, scored: list[Questionnaire]) -> TrialCurve:
    baseline = float(trial.baseline)
    first = trial.baseline_date or trial.start
    points = scale_points(trial.start, first, trial.assessed_until, baseline, scored)
    # the line sits just under the first total that is not remission (PHQ-9 5, QIDS-SR16 6)
    below = scale_rules(trial.measure).remission_below
    remission = round(100 * below / baseline, 1)
    return _curve(trial, points, remission)


def _mood_curve(trial: Trial, mood: MoodIndex) -> TrialCurve:
    baseline = float(trial.baseline)
    points = [OverlayPoint(0.0, 100.0, baseline, trial.start)]
    week = 0
    while True:
        first = trial.start + dt.timedelta(days=7 * week)
        last = first + dt.timedelta(days=6)
        if last > trial.assessed_until:
            break
        deficit, n = mood.mean_deficit(first, last)
        if deficit is not None and n >= WEEK_MIN_DAYS:
            value = float(deficit)
            pct = round(100 * value / baseline, 1)
            points.append(OverlayPoint(float(week + 1), pct, round(value, 2), last))
        week += 1
    return _curve(trial, points, None)
