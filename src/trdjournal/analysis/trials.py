"""Medication trials judged the way the published definitions judge them (shared REFERENCE.md).

A trial is one course of one drug (see ``courses``). For each: how long, at what doses, whether
the dose reached the minimum adequate dose (MGH-ATRQ table in resources/drugs.json) for the
adequacy period, and what happened to the symptoms:

* measured on PHQ-9 when there is a baseline (the latest PHQ-9 from 14 days before the start up
  to the start day) and a follow-up at least 28 days after the start (the latest one up to the
  end of the assessed window);
* otherwise on daily mood, when there are at least 7 check-ins in the 14 days before the start
  and at least 7 in the assessed window's last 14 days; the mood deficit (10 - mood) averaged
  over each window stands in for the score;
* outcome: remission (the scale's line: PHQ-9 < 5, QIDS-SR16 <= 5, MADRS-S <= 10), response (follow-up <= half the baseline), partial
  (25-49% reduction), non-response (< 25%), too-early (fewer than 28 days), unknown (no data).

Augmentation. When an augmentation agent (role "augmentation") starts while an antidepressant
trial is running, the antidepressant's outcome, its adequacy for the failed-trial judgement and
its follow-up window are read up to the day before the augmentation started (``assessed_until``):
from then on the response belongs to the combination, which the augmentation's own trial, with
its own baseline, measures. Without augmentation, ``assessed_until`` is the stop day or today.

Failed adequate trial: an antidepressant trial that, within its assessed window, held at least
the minimum adequate dose for the adequacy period and did not bring response or remission
(partial or non-response; an unmeasured trial counts only when the user logged its stop reason
as no-response).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from trdjournal.analysis import scoring
from trdjournal.analysis.courses import Course, DoseStep, courses_from_events
from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.pgx import PgxNote
from trdjournal.analysis.primary_scale import primary_scale
from trdjournal.analysis.series import MoodIndex, ScoreIndex
from trdjournal.analysis.tachyphylaxis import Tachyphylaxis, find_tachyphylaxis
from trdjournal.domain.drugs import lookup
from trdjournal.domain.model import CheckIn, MedicationEvent, Questionnaire
from trdjournal.domain.scales import scale

DEFAULT_ADEQUACY_DAYS = 42
MIN_TRIAL_DAYS = 28  # follow-up no earlier than this; shorter trials are "too-early"
BASELINE_WINDOW_DAYS = 14
MOOD_WINDOW_DAYS = 14
MOOD_MIN_CHECKINS = 7


@dataclasses.dataclass(frozen=True)
class Measurement:
    measure: str  # the primary scale ("phq9", "qids-sr16", "madrs-s") or "mood"
    baseline: int | Fraction
    follow_up: int | Fraction
    baseline_date: dt.date | None  # PHQ-9 dates; None for mood windows
    follow_up_date: dt.date | None
    detail: str


@dataclasses.dataclass(frozen=True)
class Trial(JsonMixin):
    """One trial as the GUI, the PDF and ``trials --json`` show it. Doses are daily, in ``unit``
    (mg for all but liothyronine, mcg, and transdermal selegiline, mg/24 h)."""

    drug: str
    drug_class: str | None  # None for a drug the reference table lacks
    role: str
    unit: str
    start: dt.date
    end: dt.date | None  # stop day; None while running
    running: bool
    days: int  # days on the drug: start up to (not including) the stop day, or through today
    dose_steps: tuple[DoseStep, ...]
    max_dose_mg: float
    min_adequate_dose_mg: float | None  # None when the table has no minimum (or the drug)
    days_at_adequate_dose: int | None  # None when there is no minimum to compare with
    adequacy_days: int
    adequate: bool | None  # None when adequacy cannot be judged
    stop_reason: str | None
    assessed_until: dt.date
    assessed_days: int
    augmented_by: str | None  # augmentation whose start closed the assessed window
    measure: str | None  # "phq9", "qids-sr16", "madrs-s", "mood" or None
    baseline: int | float | None  # the scale's total, or mean mood deficit (10 - mood)
    baseline_date: dt.date | None
    follow_up: int | float | None
    follow_up_date: dt.date | None
    change_pct: float | None  # signed: -50.0 is a 50% reduction
    outcome: str
    failed_adequate_trial: bool
    tachyphylaxis: Tachyphylaxis | None
    notes: tuple[str, ...]
    pgx: PgxNote | None = None  # set by analysis.pgx.with_pgx from the logged phenotypes

    @property
    def is_antidepressant(self) -> bool:
        return self.role == "antidepressant"


def derive_trials(
    events: Iterable[MedicationEvent],
    checkins: Iterable[CheckIn] = (),
    questionnaires: Iterable[Questionnaire] = (),
    *,
    today: dt.date,
    adequacy_days: int = DEFAULT_ADEQUACY_DAYS,
    mood: MoodIndex | None = None,
    phq9: ScoreIndex | None = None,
    scale_key: str = "phq9",
) -> list[Trial]:
    """Every trial, ordered by start. Pass ``mood``/``phq9`` indexes to reuse ones already built;
    ``phq9`` is the primary scale's index (``scale_key``'s questionnaires)."""
    mood = mood or MoodIndex(checkins)
    phq9 = phq9 or primary_scale(questionnaires, scale_key).scores
    courses = courses_from_events(events, today=today)
    augmentations = sorted((c.start, c.drug) for c in courses if c.role == "augmentation")
    aug_starts = [start for start, _ in augmentations]
    return [
        assess(
            course,
            today=today,
            adequacy_days=adequacy_days,
            mood=mood,
            phq9=phq9,
            augmentation=_augmentation_during(course, augmentations, aug_starts, today),
        )
        for course in courses
    ]


def _augmentation_during(course: Course, augmentations, aug_starts, today):
    if course.role != "antidepressant":
        return None
    i = bisect.bisect_right(aug_starts, course.start)  # strictly after the start
    if i < len(augmentations) and augmentations[i][0] < course.end_exclusive(today):
        return augmentations[i]
    return None


def assess(
    course: Course,
    *,
    today: dt.date,
    adequacy_days: int,
    mood: MoodIndex,
    phq9: ScoreIndex,
    augmentation: tuple[dt.date, str] | None = None,
) -> Trial:
    notes: list[str] = []
    known = lookup(course.drug)
    minimum = (
        float(known.min_adequate_daily_dose) if known and known.min_adequate_daily_dose else None
    )
    end_excl = course.end_exclusive(today)
    if augmentation is not None:
        assessed_until = augmentation[0] - dt.timedelta(days=1)
        notes.append(
            f"outcome read up to {assessed_until.isoformat()}, the day before {augmentation[1]} "
            "augmentation started; the combination is judged in that trial"
        )
    else:
        assessed_until = course.end if course.end is not None else today
    assessed_excl = min(end_excl, assessed_until + dt.timedelta(days=1))
    assessed_days = max(0, (assessed_excl - course.start).days)

    if minimum is None:
        days_adequate = adequate = None
        adequate_when_assessed = False
        if known is None:
            notes.append("not in the reference table: adequacy cannot be judged")
        elif course.role == "antidepressant":
            notes.append("the reference table has no minimum adequate dose for it")
    else:
        days_adequate = course.days_at_or_above(minimum, course.start, end_excl)
        adequate = days_adequate >= adequacy_days
        adequate_when_assessed = (
            course.days_at_or_above(minimum, course.start, assessed_excl) >= adequacy_days
        )

    measurement = None
    if assessed_days < MIN_TRIAL_DAYS:
        outcome = scoring.TOO_EARLY
    else:
        measurement = _phq9_measurement(course, phq9, assessed_until) or _mood_measurement(
            course, mood, assessed_until
        )
        if measurement is None:
            outcome = scoring.UNKNOWN
        else:
            remission = scoring.remission_below(measurement.measure)
            outcome = scoring.classify_change(
                measurement.baseline, measurement.follow_up, remission_below=remission
            )

    failed = course.role == "antidepressant" and adequate_when_assessed
    if outcome == scoring.UNKNOWN:
        failed = failed and course.stop_reason == "no-response"
        if failed:
            notes.append("no measurements; counted as failed: it was stopped for no response")
    else:
        failed = failed and outcome in (scoring.PARTIAL, scoring.NON_RESPONSE)
    if adequate and not adequate_when_assessed and course.role == "antidepressant":
        notes.append("the adequate dose was held long enough only after augmentation began")

    tachyphylaxis = None
    base_q = _phq9_baseline(course, phq9)
    if base_q is not None:
        tachyphylaxis = find_tachyphylaxis(
            course,
            phq9,
            baseline=base_q.total,
            first=course.start + dt.timedelta(days=MIN_TRIAL_DAYS),
            until=assessed_until,
        )

    return Trial(
        drug=course.drug,
        drug_class=known.drug_class if known else None,
        role=course.role,
        unit=course.unit,
        start=course.start,
        end=course.end,
        running=course.end is None,
        days=course.days(today),
        dose_steps=course.steps,
        max_dose_mg=max(step.dose for step in course.steps),
        min_adequate_dose_mg=minimum,
        days_at_adequate_dose=days_adequate,
        adequacy_days=adequacy_days,
        adequate=adequate,
        stop_reason=course.stop_reason,
        assessed_until=assessed_until,
        assessed_days=assessed_days,
        augmented_by=augmentation[1] if augmentation else None,
        measure=measurement.measure if measurement else None,
        baseline=_display(measurement.baseline) if measurement else None,
        baseline_date=measurement.baseline_date if measurement else None,
        follow_up=_display(measurement.follow_up) if measurement else None,
        follow_up_date=measurement.follow_up_date if measurement else None,
        change_pct=scoring.change_pct(measurement.baseline, measurement.follow_up)
        if measurement
        else None,
        outcome=outcome,
        failed_adequate_trial=failed,
        tachyphylaxis=tachyphylaxis,
        notes=tuple(notes) + ((measurement.detail,) if measurement else ()),
    )


def _display(value: int | Fraction) -> int | float:
    return value if isinstance(value, int) else round(float(value), 2)


def _phq9_baseline(course: Course, phq9: ScoreIndex) -> Questionnaire | None:
    return phq9.latest_between(course.start - dt.timedelta(days=BASELINE_WINDOW_DAYS), course.start)


def _phq9_measurement(course: Course, phq9: ScoreIndex, until: dt.date) -> Measurement | None:
    baseline = _phq9_baseline(course, phq9)
    if baseline is None:
        return None
    follow_up = phq9.latest_between(course.start + dt.timedelta(days=MIN_TRIAL_DAYS), until)
    if follow_up is None:
        return None
    return Measurement(
        baseline.instrument,
        baseline.total,
        follow_up.total,
        baseline.date,
        follow_up.date,
        f"{scale(baseline.instrument).name} {baseline.total} on {baseline.date.isoformat()} -> "
        f"{follow_up.total} on {follow_up.date.isoformat()}",
    )


def _mood_measurement(course: Course, mood: MoodIndex, until: dt.date) -> Measurement | None:
    before, n_before = mood.mean_deficit(
        course.start - dt.timedelta(days=MOOD_WINDOW_DAYS), course.start - dt.timedelta(days=1)
    )
    last, n_last = mood.mean_deficit(until - dt.timedelta(days=MOOD_WINDOW_DAYS - 1), until)
    if before is None or last is None or n_before < MOOD_MIN_CHECKINS or n_last < MOOD_MIN_CHECKINS:
        return None
    return Measurement(
        "mood",
        before,
        last,
        None,
        None,
        f"mean mood deficit (10 - mood) {float(before):.2f} over {n_before} check-ins in the 14 "
        f"days before the start -> {float(last):.2f} over {n_last} check-ins in the 14 days "
        f"up to {until.isoformat()}",
    )


def failed_adequate_trials(trials: Iterable[Trial]) -> list[Trial]:
    return [t for t in trials if t.failed_adequate_trial]
