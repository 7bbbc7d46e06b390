"""A period summary for any date range: what a psychiatrist wants to know "since last visit".

Rendered by the PDF report, the GUI and ``trdjournal summary``; every field is plain data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from trdjournal.analysis.correlations import Correlation, next_day_correlations
from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.series import logged_order
from trdjournal.analysis.trials import side_effect_days
from trdjournal.domain.medication import ordered, regimen_on
from trdjournal.domain.model import (
    INSTRUMENTS,
    SEVERITY_LEVELS,
    Appointment,
    CheckIn,
    MedicationEvent,
    Questionnaire,
    TreatmentSession,
)
from trdjournal.domain.scales import scale
from trdjournal.i18n import N_

if TYPE_CHECKING:
    from trdjournal.analysis.staging import Staging
    from trdjournal.analysis.trials import Trial

DAILY_MEASURES = {
    "mood": N_("Mood (0-10)"),
    "anxiety": N_("Anxiety (0-10)"),
    "energy": N_("Energy (0-10)"),
    "sleep_hours": N_("Sleep (hours)"),
    "sleep_quality": N_("Sleep quality (1-5)"),
    "activity_minutes": N_("Activity (minutes)"),
}
LOWEST_MOOD_DAYS = 5
SUMMARY_INSTRUMENTS = ("phq9", "gad7")  # always listed; QIDS-SR16 and MADRS-S when logged
ELEVATION_SHOWN_FROM = 2  # "moderate": page 1 names elevated mood or irritability from here


@dataclasses.dataclass(frozen=True)
class MeasureStats(JsonMixin):
    n: int  # days with a value
    mean: float | None  # two decimals
    min: float | None
    max: float | None


@dataclasses.dataclass(frozen=True)
class MeasureComparison(JsonMixin):
    measure: str  # a CheckIn field name
    label: str
    current: MeasureStats
    previous: MeasureStats  # the equal period just before


@dataclasses.dataclass(frozen=True)
class ScoreReading(JsonMixin):
    date: dt.date
    total: int
    band: str


@dataclasses.dataclass(frozen=True)
class ScoreSummary(JsonMixin):
    instrument: str  # "phq9" or "gad7"
    name: str  # "PHQ-9"
    count: int
    first: ScoreReading | None  # the range's first
    latest: ScoreReading | None
    change: int | None  # latest - first; None with fewer than two


@dataclasses.dataclass(frozen=True)
class SelfHarmAnswer(JsonMixin):
    date: dt.date
    answer: int  # PHQ-9 item 9, 1-3
    total: int


@dataclasses.dataclass(frozen=True)
class SafetyAnswer(JsonMixin):
    """A QIDS-SR16 or MADRS-S whose safety item reached its flag line (PHQ-9's are
    ``item9_positives``)."""

    date: dt.date
    instrument: str  # "qids-sr16" or "madrs-s"
    name: str  # "QIDS-SR16"
    item: int  # 1-based: QIDS-SR16 12, MADRS-S 9
    label: str  # "Thoughts of death or suicide"
    answer: int
    item_max: int
    total: int


@dataclasses.dataclass(frozen=True)
class SeverityDays(JsonMixin):
    """A 0-3 daily rating (elevated mood, irritability) over the period: what was logged, never
    a diagnosis. Page 1 names it once any day reached moderate (``shown``)."""

    measure: str  # "elevated" or "irritability"
    days: int  # days rated mild or more
    highest: str | None  # "mild", "moderate" or "severe"; None when no day was above none
    logged_days: int  # days with any rating, "none" included

    @property
    def shown(self) -> bool:
        return self.highest is not None and SEVERITY_LEVELS.index(self.highest) >= (
            ELEVATION_SHOWN_FROM
        )


@dataclasses.dataclass(frozen=True)
class MedicationChange(JsonMixin):
    date: dt.date
    drug: str
    kind: str  # start, change, stop
    dose: float | None
    unit: str
    role: str
    reason: str | None
    note: str


@dataclasses.dataclass(frozen=True)
class SessionCount(JsonMixin):
    kind: str
    count: int
    first: dt.date
    last: dt.date


@dataclasses.dataclass(frozen=True)
class RegimenEntry(JsonMixin):
    drug: str
    dose: float
    unit: str
    role: str
    since: dt.date
    dose_since: dt.date


@dataclasses.dataclass(frozen=True)
class DayNote(JsonMixin):
    date: dt.date
    mood: int
    note: str


@dataclasses.dataclass(frozen=True)
class PeriodSideEffect(JsonMixin):
    name: str
    days: int  # days in the period it was logged above 0
    max_severity: int  # 1-3


@dataclasses.dataclass(frozen=True)
class LostInPeriod(JsonMixin):
    drug: str
    date: dt.date
    score: int
    verdict: str  # "remission, then lost (DATE)"


@dataclasses.dataclass(frozen=True)
class RelapseInPeriod(JsonMixin):
    date: dt.date
    score: int
    scale: str
    remission_since: dt.date
    new_episode: bool


@dataclasses.dataclass(frozen=True)
class PeriodSummary(JsonMixin):
    start: dt.date
    end: dt.date
    previous_start: dt.date
    previous_end: dt.date
    days_in_range: int
    days_logged: int
    measures: tuple[MeasureComparison, ...]
    questionnaires: tuple[ScoreSummary, ...]
    item9_positives: tuple[SelfHarmAnswer, ...]
    medication_changes: tuple[MedicationChange, ...]
    sessions: tuple[SessionCount, ...]
    regimen: tuple[RegimenEntry, ...]  # at the end of the range
    lowest_mood_days: tuple[DayNote, ...]  # up to 5, lowest first
    doctor_notes: tuple[DayNote, ...]  # check-ins marked for the doctor, by date
    appointments: tuple[dt.date, ...]
    correlations: tuple[Correlation, ...]  # within the range
    side_effects: tuple[PeriodSideEffect, ...] = ()  # most days first
    lost_responses: tuple[LostInPeriod, ...] = ()  # losses of response dated in the range
    relapses: tuple[RelapseInPeriod, ...] = ()  # relapses dated in the range
    staging: Staging | None = None  # the treatment-resistance estimate as of today
    safety_answers: tuple[SafetyAnswer, ...] = ()  # QIDS-SR16 item 12, MADRS-S zest for life
    elevation: tuple[SeverityDays, ...] = ()  # elevated mood, irritability


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    length = (end - start).days + 1
    return start - dt.timedelta(days=length), start - dt.timedelta(days=1)


def measure_stats(values: Sequence[float]) -> MeasureStats:
    if not values:
        return MeasureStats(0, None, None, None)
    return MeasureStats(len(values), round(statistics.fmean(values), 2), min(values), max(values))


def _in(day: dt.date, start: dt.date, end: dt.date) -> bool:
    return start <= day <= end


def summarise(
    start: dt.date,
    end: dt.date,
    *,
    checkins: Iterable[CheckIn] = (),
    events: Iterable[MedicationEvent] = (),
    sessions: Iterable[TreatmentSession] = (),
    questionnaires: Iterable[Questionnaire] = (),
    appointments: Iterable[Appointment] = (),
    trials: Sequence[Trial] = (),
    staging: Staging | None = None,
) -> PeriodSummary:
    """The summary of [start, end] (both inclusive); the caller checks start <= end."""
    prev_start, prev_end = previous_period(start, end)
    checkins = [c for c in checkins if _in(c.date, prev_start, end)]
    current = sorted((c for c in checkins if c.date >= start), key=lambda c: c.date)
    previous = [c for c in checkins if c.date < start]
    events = list(events)

    measures = tuple(
        MeasureComparison(
            name,
            label,
            measure_stats([getattr(c, name) for c in current if getattr(c, name) is not None]),
            measure_stats([getattr(c, name) for c in previous if getattr(c, name) is not None]),
        )
        for name, label in DAILY_MEASURES.items()
    )
    in_range_q = sorted((q for q in questionnaires if _in(q.date, start, end)), key=logged_order)
    session_list = sorted((s for s in sessions if _in(s.date, start, end)), key=lambda s: s.date)
    by_kind: dict[str, list[dt.date]] = {}
    for s in session_list:
        by_kind.setdefault(s.kind, []).append(s.date)
    lowest = sorted(current, key=lambda c: (c.mood, c.date))[:LOWEST_MOOD_DAYS]

    return PeriodSummary(
        start=start,
        end=end,
        previous_start=prev_start,
        previous_end=prev_end,
        days_in_range=(end - start).days + 1,
        days_logged=len(current),
        measures=measures,
        questionnaires=tuple(
            _scores(key, in_range_q)
            for key in INSTRUMENTS
            if key in SUMMARY_INSTRUMENTS or any(q.instrument == key for q in in_range_q)
        ),
        item9_positives=tuple(
            SelfHarmAnswer(q.date, q.answers[scale("phq9").safety_item - 1], q.total)
            for q in in_range_q
            if q.instrument == "phq9" and q.self_harm_flag
        ),
        medication_changes=tuple(
            MedicationChange(e.date, e.drug, e.kind, e.dose, e.unit, e.role, e.reason, e.note)
            for e in ordered(events)
            if _in(e.date, start, end)
        ),
        sessions=tuple(
            SessionCount(kind, len(days), days[0], days[-1]) for kind, days in by_kind.items()
        ),
        regimen=tuple(
            RegimenEntry(i.drug, i.dose, i.unit, i.role, i.since, i.dose_since)
            for i in regimen_on(events, end)
        ),
        lowest_mood_days=tuple(DayNote(c.date, c.mood, c.note) for c in lowest),
        doctor_notes=tuple(DayNote(c.date, c.mood, c.note) for c in current if c.for_doctor),
        appointments=tuple(sorted(a.date for a in appointments if _in(a.date, start, end))),
        correlations=next_day_correlations(current, start, end),
        side_effects=period_side_effects(current),
        lost_responses=tuple(
            LostInPeriod(t.drug, t.lost_response.date, t.lost_response.score, t.verdict)
            for t in trials
            if t.lost_response is not None and _in(t.lost_response.date, start, end)
        ),
        relapses=tuple(
            RelapseInPeriod(r.date, r.score, r.scale, r.remission_since, r.new_episode)
            for r in (staging.relapses if staging else ())
            if _in(r.date, start, end)
        ),
        staging=staging,
        safety_answers=tuple(
            _safety_answer(q) for q in in_range_q if q.instrument != "phq9" and q.self_harm_flag
        ),
        elevation=tuple(_severity_days(name, current) for name in ("elevated", "irritability")),
    )


def _safety_answer(q: Questionnaire) -> SafetyAnswer:
    definition = scale(q.instrument)
    item = definition.safety_item or 0
    return SafetyAnswer(
        q.date,
        q.instrument,
        definition.name,
        item,
        definition.item_labels[item - 1],
        q.answers[item - 1],
        definition.item_max,
        q.total,
    )


def _severity_days(name: str, checkins: Sequence[CheckIn]) -> SeverityDays:
    values = [getattr(c, name) for c in checkins if getattr(c, name) is not None]
    top = max(values, default=0)
    return SeverityDays(
        measure=name,
        days=sum(v >= 1 for v in values),
        highest=SEVERITY_LEVELS[top] if top else None,
        logged_days=len(values),
    )


def period_side_effects(checkins: Iterable[CheckIn]) -> tuple[PeriodSideEffect, ...]:
    """Each side effect logged above 0 in ``checkins``: days and highest severity."""
    return tuple(
        PeriodSideEffect(name, e.days, e.max_severity)
        for name, e in side_effect_days(checkins).items()
    )


def _scores(key: str, in_range: list[Questionnaire]) -> ScoreSummary:
    mine = [q for q in in_range if q.instrument == key]
    readings = [ScoreReading(q.date, q.total, q.band) for q in mine]
    first = readings[0] if readings else None
    latest = readings[-1] if readings else None
    return ScoreSummary(
        instrument=key,
        name=scale(key).name,
        count=len(readings),
        first=first,
        latest=latest,
        change=latest.total - first.total if len(readings) >= 2 else None,
    )
