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

Augmentation (resources/augmentation.json, with its sources). An augmenting agent splits an
antidepressant's trial only when it reached the lower end of its label's augmentation dose
(aripiprazole 2 mg, quetiapine 150 mg, ...; lithium: a logged serum level of at least 0.4
mmol/L when one exists) and was held there for at least 14 days. Then the antidepressant's
monotherapy trial is read up to the day before (``assessed_until``) and the agent's row is the
combination trial (drug + agent), judged on its own from the day the agent reached its dose;
it is adequate when the antidepressant part is adequate and the agent reached its dose. A
shorter or lower-dose add-on does not split anything: the antidepressant is judged over its
whole course, with a note naming the add-on.

Adequate means held: the minimum dose without a break for the adequacy period (a dip below it
starts the count again; ``longest_run_at_adequate_dose_days``). Paroxetine CR's 25 mg minimum
applies when the formulation was typed with the name.

Failed adequate trial: an antidepressant trial that, within its assessed window, held at least
the minimum adequate dose for the adequacy period and did not bring response or remission
(partial or non-response; an unmeasured trial counts only when the user logged its stop reason
as no-response).
"""

from __future__ import annotations

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
from trdjournal.domain import wording
from trdjournal.domain.drugs import (
    augmentation_min_days,
    augmentation_rule,
    lookup,
    resolve,
)
from trdjournal.domain.labs import LabResult
from trdjournal.domain.model import CheckIn, MedicationEvent, Questionnaire
from trdjournal.domain.scales import scale
from trdjournal.i18n import N_, _

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


OUTCOME_LABELS = {
    scoring.REMISSION: N_("remission"),
    scoring.RESPONSE: N_("response"),
    scoring.PARTIAL: N_("partial response"),
    scoring.NON_RESPONSE: N_("no response"),
    scoring.TOO_EARLY: N_("too early to tell"),
    scoring.UNKNOWN: N_("not measured"),
}
MAIN_SIDE_EFFECTS = 3  # named in a stop reason and in the trial table


@dataclasses.dataclass(frozen=True)
class LostResponse(JsonMixin):
    date: dt.date  # the first PHQ-9 of the confirmed loss
    score: int


@dataclasses.dataclass(frozen=True)
class SideEffect(JsonMixin):
    days: int  # days on the drug with the side effect logged above 0
    max_severity: int  # 1-3


@dataclasses.dataclass(frozen=True)
class AddOn:
    """An augmenting agent as it bears on an antidepressant's trial."""

    drug: str
    start: dt.date
    end_excl: dt.date
    reached_on: dt.date | None  # first day of >= 14 days at its augmentation dose; None: never
    max_dose: float
    unit: str
    why_not: str  # why it does not count as augmentation ("" when it does)

    @property
    def counts(self) -> bool:
        return self.reached_on is not None


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
    longest_run_at_adequate_dose_days: int | None  # unbroken; what adequacy is judged on
    adequacy_days: int
    adequate: bool | None  # None when adequacy cannot be judged
    stop_reason: str | None
    assessed_until: dt.date
    assessed_days: int
    augmented_by: str | None  # augmentation that closed the assessed window (reached its dose)
    combination_with: str | None  # for an agent's row: the antidepressant it augmented
    combination_from: dt.date | None  # the day the combination trial is judged from
    measure: str | None  # "phq9", "qids-sr16", "madrs-s", "mood" or None
    baseline: int | float | None  # the scale's total, or mean mood deficit (10 - mood)
    baseline_date: dt.date | None
    follow_up: int | float | None
    follow_up_date: dt.date | None
    change_pct: float | None  # signed: -50.0 is a 50% reduction
    outcome: str
    failed_adequate_trial: bool
    tachyphylaxis: Tachyphylaxis | None
    lost_response: LostResponse | None  # a response/remission later lost on the same dose
    so_far: bool  # running and not closed by augmentation: the verdict may still change
    verdict: str  # the outcome in words, as every view shows it
    side_effects: dict[str, SideEffect]  # logged on the days on the drug, most days first
    formulation: str | None  # "CR" when it changed the minimum dose
    notes: tuple[str, ...]
    pgx: PgxNote | None = None  # set by analysis.pgx.with_pgx from the logged phenotypes
    # the notes (also in ``notes``) that explain why the adequacy reads as it does: a drug
    # taken alongside that did not count, a dip below the minimum that restarted the count
    adequacy_notes: tuple[str, ...] = ()

    @property
    def is_antidepressant(self) -> bool:
        return self.role == "antidepressant"

    @property
    def failed_drug(self) -> str | None:
        """The antidepressant a failed adequate trial counts against (a combination's: the
        antidepressant it augmented), or None."""
        if not self.failed_adequate_trial:
            return None
        return self.drug if self.is_antidepressant else self.combination_with

    @property
    def stop_text(self) -> str | None:
        """Why it stopped, naming the side effects when that was the reason."""
        if self.stop_reason is None:
            return None
        if self.stop_reason == "side-effects":
            named = main_side_effects(self.side_effects)
            return _("side effects") + (f" ({', '.join(named)})" if named else "")
        return wording.stop_reason_name(self.stop_reason)


def main_side_effects(effects: dict[str, SideEffect]) -> list[str]:
    return list(effects)[:MAIN_SIDE_EFFECTS]


def verdict_text(outcome: str, lost: LostResponse | None, so_far: bool, weeks: int) -> str:
    """ "remission, then lost (2025-03-01)"; "no response so far, week 5"."""
    text = _(OUTCOME_LABELS.get(outcome, outcome))
    if lost is not None:
        text += _(", then lost ({value})").format(value=lost.date.isoformat())
    if so_far and outcome not in (scoring.TOO_EARLY, scoring.UNKNOWN):
        text += _(" so far, week {weeks}").format(weeks=weeks)
    return text


def derive_trials(
    events: Iterable[MedicationEvent],
    checkins: Iterable[CheckIn] = (),
    questionnaires: Iterable[Questionnaire] = (),
    *,
    today: dt.date,
    adequacy_days: int = DEFAULT_ADEQUACY_DAYS,
    mood: MoodIndex | None = None,
    phq9: ScoreIndex | None = None,
    labs: Iterable[LabResult] = (),
    scale_key: str = "phq9",
) -> list[Trial]:
    """Every trial, ordered by start. Pass ``mood``/``phq9`` indexes to reuse ones already built;
    ``phq9`` is the primary scale's index (``scale_key``'s questionnaires)."""
    checkins = list(checkins)
    mood = mood or MoodIndex(checkins)
    with_effects = [c for c in checkins if c.side_effects]
    phq9 = phq9 or primary_scale(questionnaires, scale_key).scores
    courses = courses_from_events(events, today=today)
    labs = list(labs)
    add_ons = {
        (c.drug, c.start): add_on(c, today, labs) for c in courses if c.role == "augmentation"
    }
    antidepressants = [c for c in courses if c.role == "antidepressant"]
    trials = []
    for course in courses:
        context: dict = {}  # what bears on this course from the other courses
        if course.role == "antidepressant":
            overlapping = [
                a for a in add_ons.values()
                if a.start < course.end_exclusive(today) and a.end_excl > course.start
            ]  # fmt: skip
            splitting = next(
                (a for a in sorted(overlapping, key=lambda a: a.reached_on or a.start)
                 if a.counts and course.start < a.reached_on < course.end_exclusive(today)),
                None,
            )  # fmt: skip
            context["augmentation"] = (splitting.reached_on, splitting.drug) if splitting else None
            context["add_ons"] = [a for a in overlapping if a is not splitting and not a.counts]
        elif course.role == "augmentation":
            agent = add_ons[(course.drug, course.start)]
            context["agent"] = agent
            context["partner"] = _partner(agent, antidepressants, today)
        trial = assess(
            course, today=today, adequacy_days=adequacy_days, mood=mood, phq9=phq9, **context
        )
        effects = side_effects_during(course, with_effects, today)
        trials.append(dataclasses.replace(trial, side_effects=effects))
    return trials


def add_on(course: Course, today: dt.date, labs: list[LabResult]) -> AddOn:
    """Whether an augmenting agent reached its augmentation dose for long enough to count."""
    rule = augmentation_rule(course.drug)
    end_excl = course.end_exclusive(today)
    need = augmentation_min_days()
    reached, why = None, ""
    max_dose = max(step.dose for step in course.steps)
    if rule is None:
        why = _(
            "no augmentation dose is listed for it, so it does not end the antidepressant's trial"
        )
    elif rule.get("lower_dose") is not None:
        reached = course.first_run_at_or_above(rule["lower_dose"], course.start, end_excl, need)
        if reached is None:
            why = _(
                "below its augmentation dose ({value:g} {value2}) or under {need} days at it"
            ).format(value=rule["lower_dose"], value2=rule["unit"], need=need)
    else:  # lithium: the serum level decides when one is logged
        levels = [
            lab.value for lab in labs
            if lab.name == rule.get("lab") and course.start <= lab.date < end_excl
        ]  # fmt: skip
        if levels and max(levels) < rule["serum_level_at_least"]:
            why = _("serum level {levels:g} mmol/L, below {value:g} mmol/L").format(
                levels=max(levels), value=rule["serum_level_at_least"]
            )
        elif (end_excl - course.start).days >= need:
            reached = course.start
        else:
            why = _("taken under {need} days").format(need=need)
    return AddOn(course.drug, course.start, end_excl, reached, max_dose, course.unit, why)


def _partner(agent: AddOn, antidepressants: list[Course], today: dt.date) -> Course | None:
    """The antidepressant an agent that counts augmented: the one running on its dose day."""
    if not agent.counts:
        return None
    return next(
        (c for c in antidepressants
         if c.start < agent.reached_on < c.end_exclusive(today)),
        None,
    )  # fmt: skip


def side_effects_during(
    course: Course, checkins: list[CheckIn], today: dt.date
) -> dict[str, SideEffect]:
    """Side effects logged (severity above 0) on the days on the drug, most days first."""
    end = course.end_exclusive(today)
    return side_effect_days(c for c in checkins if course.start <= c.date < end)


def side_effect_days(checkins: Iterable[CheckIn]) -> dict[str, SideEffect]:
    """Each side effect logged above 0 in ``checkins``: its days and highest severity, most
    days first (then the most severe, then by name)."""
    days: dict[str, list[int]] = {}
    for c in checkins:
        for name, severity in (c.side_effects or {}).items():
            if severity > 0:
                days.setdefault(name, []).append(severity)
    ordered = sorted(days.items(), key=lambda kv: (-len(kv[1]), -max(kv[1]), kv[0]))
    return {name: SideEffect(len(v), max(v)) for name, v in ordered}


def assess(
    course: Course,
    *,
    today: dt.date,
    adequacy_days: int,
    mood: MoodIndex,
    phq9: ScoreIndex,
    augmentation: tuple[dt.date, str] | None = None,
    add_ons: Iterable[AddOn] = (),
    agent: AddOn | None = None,
    partner: Course | None = None,
) -> Trial:
    """One trial. ``augmentation``: (the day an agent reached its dose, its name) closing an
    antidepressant's window; ``add_ons``: agents alongside that did not count; ``agent`` and
    ``partner``: for an agent's own row, its reading and the antidepressant it augmented."""
    notes: list[str] = []
    adequacy_notes: list[str] = []
    known = lookup(course.drug)
    resolved = resolve(f"{course.drug} {course.formulation}") if course.formulation else None
    min_dose = (
        resolved.min_adequate_daily_dose
        if resolved
        else (known.min_adequate_daily_dose if known else None)
    )
    minimum = float(min_dose) if min_dose else None
    end_excl = course.end_exclusive(today)
    if augmentation is not None:
        assessed_until = augmentation[0] - dt.timedelta(days=1)
        notes.append(
            _(
                "outcome read up to {assessed_until}, the day before {value} reached its augmentation dose; the combination is judged in that trial"
            ).format(assessed_until=assessed_until.isoformat(), value=augmentation[1])
        )
    else:
        assessed_until = course.end if course.end is not None else today
    for extra in add_ons:
        adequacy_notes.append(
            _(
                "{drug} (up to {max_dose:g} {unit}) was taken alongside from {value}: {why_not}, so this trial is judged over its whole course"
            ).format(
                drug=extra.drug,
                max_dose=extra.max_dose,
                unit=extra.unit,
                value=extra.start.isoformat(),
                why_not=extra.why_not,
            )
        )
        notes.append(adequacy_notes[-1])
    if course.formulation and resolved and minimum is not None:
        notes.append(
            _("{label}: minimum adequate dose {minimum:g} {unit}").format(
                label=resolved.label, minimum=minimum, unit=course.unit
            )
        )
    judged_from = course.start
    combination_with = None
    if agent is not None and agent.counts and partner is not None:
        judged_from, combination_with = agent.reached_on, partner.drug
        notes.append(
            _(
                "combination trial ({drug} + {drug2}) judged from {judged_from}, when {drug2} reached its augmentation dose"
            ).format(drug=partner.drug, drug2=course.drug, judged_from=judged_from.isoformat())
        )
    elif agent is not None and not agent.counts:
        notes.append(_("not counted as augmentation: {why_not}").format(why_not=agent.why_not))
    assessed_excl = min(end_excl, assessed_until + dt.timedelta(days=1))
    assessed_days = max(0, (assessed_excl - judged_from).days)

    longest = None
    if minimum is None:
        days_adequate = adequate = None
        adequate_when_assessed = False
        if known is None:
            notes.append(_("not in the reference table: adequacy cannot be judged"))
        elif course.role == "antidepressant":
            notes.append(_("the reference table has no minimum adequate dose for it"))
    else:
        days_adequate = course.days_at_or_above(minimum, course.start, end_excl)
        longest = course.longest_run_at_or_above(minimum, course.start, end_excl)
        adequate = longest >= adequacy_days
        adequate_when_assessed = (
            course.longest_run_at_or_above(minimum, course.start, assessed_excl) >= adequacy_days
        )
        if days_adequate >= adequacy_days > longest:
            adequacy_notes.append(
                _(
                    "{days_adequate} days at the minimum dose in all, but the longest unbroken run was {longest} days: a dip below it starts the count again"
                ).format(days_adequate=days_adequate, longest=longest)
            )
            notes.append(adequacy_notes[-1])
    if combination_with is not None:
        adequate = adequate_when_assessed = _partner_adequate(partner, adequacy_days, end_excl)

    measurement = None
    if assessed_days < MIN_TRIAL_DAYS:
        outcome = scoring.TOO_EARLY
    else:
        measurement = _phq9_measurement(judged_from, phq9, assessed_until) or _mood_measurement(
            judged_from, mood, assessed_until
        )
        if measurement is None:
            outcome = scoring.UNKNOWN
        else:
            remission = scoring.remission_below(measurement.measure)
            outcome = scoring.classify_change(
                measurement.baseline, measurement.follow_up, remission_below=remission
            )

    counted = course.role == "antidepressant" or combination_with is not None
    failed = counted and adequate_when_assessed
    if outcome == scoring.UNKNOWN:
        failed = failed and course.stop_reason == "no-response"
        if failed:
            notes.append(_("no measurements; counted as failed: it was stopped for no response"))
    else:
        failed = failed and outcome in (scoring.PARTIAL, scoring.NON_RESPONSE)
    if adequate and not adequate_when_assessed and course.role == "antidepressant":
        notes.append(_("the adequate dose was held long enough only after augmentation began"))
    if failed and measurement is not None and measurement.measure == "mood":
        notes.append(_("judged from daily mood; no PHQ-9 near the start"))

    tachyphylaxis = None
    base_q = _phq9_baseline(judged_from, phq9)
    if base_q is not None:
        tachyphylaxis = find_tachyphylaxis(
            course,
            phq9,
            baseline=base_q.total,
            first=judged_from + dt.timedelta(days=MIN_TRIAL_DAYS),
            until=assessed_until,
        )
    lost = LostResponse(tachyphylaxis.lost_on, tachyphylaxis.lost_score) if tachyphylaxis else None
    so_far = course.end is None and augmentation is None
    if so_far and failed:
        notes.append(
            _("still running: the verdict so far, counted as the published definitions count it")
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
        longest_run_at_adequate_dose_days=longest,
        adequacy_days=adequacy_days,
        adequate=adequate,
        stop_reason=course.stop_reason,
        assessed_until=assessed_until,
        assessed_days=assessed_days,
        augmented_by=augmentation[1] if augmentation else None,
        combination_with=combination_with,
        combination_from=judged_from if combination_with else None,
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
        lost_response=lost,
        so_far=so_far,
        verdict=verdict_text(outcome, lost, so_far, assessed_days // 7 + 1),
        side_effects={},
        formulation=course.formulation,
        notes=tuple(notes) + ((measurement.detail,) if measurement else ()),
        adequacy_notes=tuple(adequacy_notes),
    )


def _partner_adequate(partner: Course, adequacy_days: int, until_excl: dt.date) -> bool:
    """The antidepressant part of a combination: its minimum held for the adequacy period."""
    known = lookup(partner.drug)
    if known is None or not known.min_adequate_daily_dose:
        return False
    stop = min(partner.end_exclusive(until_excl), until_excl)
    run = partner.longest_run_at_or_above(known.min_adequate_daily_dose, partner.start, stop)
    return run >= adequacy_days


def _display(value: int | Fraction) -> int | float:
    return value if isinstance(value, int) else round(float(value), 2)


def _phq9_baseline(start: dt.date, phq9: ScoreIndex) -> Questionnaire | None:
    return phq9.latest_between(start - dt.timedelta(days=BASELINE_WINDOW_DAYS), start)


def _phq9_measurement(start: dt.date, phq9: ScoreIndex, until: dt.date) -> Measurement | None:
    baseline = _phq9_baseline(start, phq9)
    if baseline is None:
        return None
    follow_up = phq9.latest_between(start + dt.timedelta(days=MIN_TRIAL_DAYS), until)
    if follow_up is None:
        return None
    return Measurement(
        baseline.instrument,
        baseline.total,
        follow_up.total,
        baseline.date,
        follow_up.date,
        _("{name} {baseline} on {baseline_date} -> {follow_up} on {follow_up_date}").format(
            name=scale(baseline.instrument).name,
            baseline=baseline.total,
            baseline_date=baseline.date.isoformat(),
            follow_up=follow_up.total,
            follow_up_date=follow_up.date.isoformat(),
        ),
    )


def _mood_measurement(start: dt.date, mood: MoodIndex, until: dt.date) -> Measurement | None:
    before, n_before = mood.mean_deficit(
        start - dt.timedelta(days=MOOD_WINDOW_DAYS), start - dt.timedelta(days=1)
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
        _(
            "mean mood deficit (10 - mood) {before:.2f} over {n_before} check-ins in the 14 days before the start -> {last:.2f} over {n_last} check-ins in the 14 days up to {until}"
        ).format(
            before=float(before),
            n_before=n_before,
            last=float(last),
            n_last=n_last,
            until=until.isoformat(),
        ),
    )


def failed_adequate_trials(trials: Iterable[Trial]) -> list[Trial]:
    return [t for t in trials if t.failed_adequate_trial]
