"""The chart model: what the GUI's chart panels and the PDF's timeline draw, for one date range.

Qt-free and numpy-free: plain tuples of dates and floats, so the GUI turns them into arrays
once and reportlab draws them as they are. Every calendar day of the range has a slot in the
daily series; a day that was not logged holds None (a gap, never a zero).

Medication is one lane per drug (a restarted drug stays in its lane, with a second course);
a course is cut into dose segments, each [start, end) with its dose label, and a stopped
course carries its stop day and reason. Everything is clipped to the range: a course that
began before the range starts at the range start (``clipped_start``), a running course runs
to the day after the range end (``running``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from trdjournal.analysis.courses import Course, courses_from_events
from trdjournal.analysis.episodes import EpisodeMarker
from trdjournal.analysis.series import logged_order
from trdjournal.domain import dates, wording
from trdjournal.domain.background import LifeEvent
from trdjournal.domain.labs import LabResult
from trdjournal.domain.model import (
    INSTRUMENTS,
    Appointment,
    CheckIn,
    MedicationEvent,
    Questionnaire,
    TreatmentSession,
)
from trdjournal.i18n import _, format_number

if TYPE_CHECKING:
    from trdjournal.storage.journal import DailyMeasures, Journal

MEAN_WINDOW_DAYS = 7
MEAN_MIN_DAYS = 4  # a 7-day mean needs more than half of its days logged
DAILY_MEASURES = (
    "mood",
    "anxiety",
    "energy",
    "sleep_hours",
    "activity_minutes",
    "elevated",
    "irritability",
)
_ONE_DAY = dt.timedelta(days=1)


@dataclasses.dataclass(frozen=True)
class DailySeries:
    """One value (or None) per calendar day from ``dates[0]`` to ``dates[-1]``."""

    dates: tuple[dt.date, ...]
    mood: tuple[float | None, ...]
    mood_mean7: tuple[float | None, ...]  # trailing mean of the 7 days ending that day
    anxiety: tuple[float | None, ...]
    energy: tuple[float | None, ...]
    sleep_hours: tuple[float | None, ...]
    activity_minutes: tuple[float | None, ...]
    # 0-3 (none, mild, moderate, severe); all None when never logged
    elevated: tuple[float | None, ...] = ()
    irritability: tuple[float | None, ...] = ()
    # Per day, (field, device) pairs for the values a device filled (domain/device.py): the
    # charts mark them. Empty for a journal without device values.
    device: tuple[tuple[tuple[str, str], ...], ...] = ()

    def index(self, day: dt.date) -> int | None:
        if not self.dates or not self.dates[0] <= day <= self.dates[-1]:
            return None
        return (day - self.dates[0]).days

    def device_source(self, i: int, field: str) -> str | None:
        """The device that measured day ``i``'s ``field``, or None when it was typed."""
        return dict(self.device[i]).get(field) if i < len(self.device) else None

    def logged_days(self) -> int:
        return sum(v is not None for v in self.mood)

    def elevation_logged(self) -> bool:
        """Whether elevated mood or irritability was logged on any day: only then is their
        panel drawn."""
        return any(v is not None for v in (*self.elevated, *self.irritability))


@dataclasses.dataclass(frozen=True)
class ScorePoint:
    date: dt.date
    instrument: str  # "phq9", "gad7", "qids-sr16" or "madrs-s"
    total: int
    band: str
    self_harm_flag: bool  # the scale's safety item at its flag line (PHQ-9 item 9 above 0)


@dataclasses.dataclass(frozen=True)
class DoseSegment:
    start: dt.date
    end: dt.date  # exclusive: the next dose's day, the stop day, or the day after the range
    dose: float
    unit: str
    label: str  # "150 mg"


@dataclasses.dataclass(frozen=True)
class StopMarker:
    date: dt.date
    reason: str | None  # no-response, side-effects, cost, remission, other; None if not given
    label: str  # "stopped: side effects", in the user's language
    reason_label: str = ""  # "side effects" (the chart writes it beside the stop mark)


@dataclasses.dataclass(frozen=True)
class LaneCourse:
    """One course of the lane's drug, as far as it lies in the range."""

    start: dt.date  # the course's real start (may lie before the range)
    segments: tuple[DoseSegment, ...]  # clipped to the range
    stop: StopMarker | None  # None while running or when the stop lies after the range
    clipped_start: bool  # the course began before the range
    running: bool  # still running at the end of the range


@dataclasses.dataclass(frozen=True)
class MedLane:
    drug: str
    role: str  # antidepressant, augmentation, supplement, other (of its latest course)
    unit: str
    courses: tuple[LaneCourse, ...]


@dataclasses.dataclass(frozen=True)
class SessionMarker:
    date: dt.date
    kind: str
    note: str


@dataclasses.dataclass(frozen=True)
class AppointmentMarker:
    date: dt.date
    clinician: str
    note: str


@dataclasses.dataclass(frozen=True)
class LifeEventMarker:
    date: dt.date
    impact: int  # -4..+4, the NIMH Life Chart's impact scale
    text: str


@dataclasses.dataclass(frozen=True)
class LabPoint:
    date: dt.date
    name: str
    value: float
    unit: str
    ref_low: float | None
    ref_high: float | None
    position: str | None  # "below", "within" or "above" the reference range; None without one
    label: str  # "TSH 2.1 mIU/L"


@dataclasses.dataclass(frozen=True)
class DayValues:
    """Everything the timeline holds for one day (the chart's hover text)."""

    date: dt.date
    mood: float | None
    mood_mean7: float | None
    anxiety: float | None
    energy: float | None
    sleep_hours: float | None
    activity_minutes: float | None
    scores: tuple[ScorePoint, ...]
    doses: tuple[tuple[str, str], ...]  # (drug, dose label) taken that day, by lane order
    sessions: tuple[SessionMarker, ...]
    appointments: tuple[AppointmentMarker, ...]
    life_events: tuple[LifeEventMarker, ...] = ()
    labs: tuple[LabPoint, ...] = ()
    elevated: float | None = None
    irritability: float | None = None
    device: tuple[tuple[str, str], ...] = ()  # (field, device) for values a device measured


@dataclasses.dataclass(frozen=True)
class Timeline:
    start: dt.date
    end: dt.date  # inclusive
    daily: DailySeries
    phq9: tuple[ScorePoint, ...]
    gad7: tuple[ScorePoint, ...]
    lanes: tuple[MedLane, ...]
    sessions: tuple[SessionMarker, ...]
    appointments: tuple[AppointmentMarker, ...]
    life_events: tuple[LifeEventMarker, ...] = ()
    labs: tuple[LabPoint, ...] = ()  # by date, then name
    # Every scale's points by instrument key (phq9 and gad7 too), in the order of INSTRUMENTS.
    scales: dict[str, tuple[ScorePoint, ...]] = dataclasses.field(default_factory=dict)
    # Episode starts, ends and relapses (analysis.episodes), set by a caller that has the
    # journal's analysis: the timeline alone reads only its own dates.
    episodes: tuple[EpisodeMarker, ...] = ()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def day(self, day: dt.date) -> DayValues | None:
        """The values of ``day``, or None outside the range."""
        i = self.daily.index(day)
        if i is None:
            return None
        d = self.daily
        doses = []
        for lane in self.lanes:
            for course in lane.courses:
                for seg in course.segments:
                    if seg.start <= day < seg.end:
                        doses.append((lane.drug, seg.label))
        return DayValues(
            date=day,
            mood=d.mood[i],
            mood_mean7=d.mood_mean7[i],
            anxiety=d.anxiety[i],
            energy=d.energy[i],
            sleep_hours=d.sleep_hours[i],
            activity_minutes=d.activity_minutes[i],
            device=d.device[i] if i < len(d.device) else (),
            scores=tuple(p for points in self.scales.values() for p in points if p.date == day),
            doses=tuple(doses),
            sessions=tuple(s for s in self.sessions if s.date == day),
            appointments=tuple(a for a in self.appointments if a.date == day),
            life_events=tuple(e for e in self.life_events if e.date == day),
            labs=tuple(p for p in self.labs if p.date == day),
            elevated=d.elevated[i] if d.elevated else None,
            irritability=d.irritability[i] if d.irritability else None,
        )

    def logged_scales(self) -> tuple[str, ...]:
        """The scales with at least one reading in the range: each gets its own chart panel."""
        return tuple(key for key, points in self.scales.items() if points)

    def lab_series(self) -> dict[str, tuple[LabPoint, ...]]:
        """Each lab's points in the range, by name in order of first appearance."""
        series: dict[str, list[LabPoint]] = {}
        for point in self.labs:
            series.setdefault(point.name, []).append(point)
        return {name: tuple(points) for name, points in series.items()}


@dataclasses.dataclass(frozen=True)
class TimelineRecords:
    """The records a timeline is built from (already read, or made up in a test)."""

    checkins: Sequence[CheckIn | DailyMeasures] = ()  # only the daily numbers are read
    med_events: Sequence[MedicationEvent] = ()
    sessions: Sequence[TreatmentSession] = ()
    questionnaires: Sequence[Questionnaire] = ()
    appointments: Sequence[Appointment] = ()
    life_events: Sequence[LifeEvent] = ()
    lab_results: Sequence[LabResult] = ()


def dose_label(dose: float, unit: str) -> str:
    return f"{format_number(dose, 3)} {unit}"  # "7,5 mg" in Swedish


def reason_label(reason: str | None) -> str:
    """ "side effects" for ``side-effects``, translated; "" when no reason was given."""
    return wording.stop_reason_name(reason) if reason else ""


def stop_label(reason: str | None) -> str:
    if not reason:
        return _("stopped")
    return _("stopped: {reason}").format(reason=reason_label(reason))


def build_timeline(
    source: Journal | TimelineRecords,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    today: dt.date | None = None,
) -> Timeline:
    """The timeline of ``start``..``end`` (inclusive).

    ``source`` is a Journal (only the range is read, plus the 6 days before it for the first
    7-day means, and the medication history, which is short) or TimelineRecords. ``end``
    defaults to today; ``start`` to the first day anything was recorded (or ``end``)."""
    today = today or dates.today()
    end = end or today
    records = _read(source, start, end)
    if start is None:
        firsts = [
            min((r.date for r in group), default=end)
            for group in (
                records.checkins,
                records.med_events,
                records.sessions,
                records.questionnaires,
                records.appointments,
                records.life_events,
                records.lab_results,
            )
        ]
        start = min([end, *firsts])
    dates.check_period(start, end)
    scales = {key: _scores(records.questionnaires, key, start, end) for key in INSTRUMENTS}
    return Timeline(
        start=start,
        end=end,
        daily=_daily(records.checkins, start, end),
        phq9=scales["phq9"],
        gad7=scales["gad7"],
        scales=scales,
        lanes=_lanes(records.med_events, start, end, today),
        sessions=tuple(
            SessionMarker(s.date, s.kind, s.note)
            for s in sorted(records.sessions, key=lambda s: s.date)
            if start <= s.date <= end
        ),
        appointments=tuple(
            AppointmentMarker(a.date, a.clinician, a.note)
            for a in sorted(records.appointments, key=lambda a: a.date)
            if start <= a.date <= end
        ),
        life_events=tuple(
            LifeEventMarker(e.date, e.impact, e.text)
            for e in sorted(records.life_events, key=lambda e: e.date)
            if start <= e.date <= end
        ),
        labs=_lab_points(records.lab_results, start, end),
    )


def _lab_points(results: Iterable[LabResult], start: dt.date, end: dt.date) -> tuple[LabPoint, ...]:
    chosen = sorted((r for r in results if start <= r.date <= end), key=lambda r: (r.date, r.name))
    return tuple(
        LabPoint(
            r.date,
            r.name,
            r.value,
            r.unit,
            r.ref_low,
            r.ref_high,
            r.position,
            f"{r.name} {format_number(r.value, 3)} {r.unit}",
        )
        for r in chosen
    )


def _read(
    source: Journal | TimelineRecords, start: dt.date | None, end: dt.date
) -> TimelineRecords:
    if isinstance(source, TimelineRecords):
        return source
    if start is None:
        return TimelineRecords(
            checkins=source.daily_measures(None, end),
            med_events=source.med_events(),
            sessions=source.sessions(None, end),
            questionnaires=source.questionnaires(None, None, end),
            appointments=source.appointments(None, end),
            life_events=source.life_events(None, end),
            lab_results=source.lab_results(None, end),
        )
    lead_in = start - dt.timedelta(days=MEAN_WINDOW_DAYS - 1)
    return TimelineRecords(
        checkins=source.daily_measures(lead_in, end),
        med_events=source.med_events(),
        sessions=source.sessions(start, end),
        questionnaires=source.questionnaires(None, start, end),
        appointments=source.appointments(start, end),
        life_events=source.life_events(start, end),
        lab_results=source.lab_results(start, end),
    )


def _daily(
    checkins: Iterable[CheckIn | DailyMeasures], start: dt.date, end: dt.date
) -> DailySeries:
    n = (end - start).days + 1
    lead = MEAN_WINDOW_DAYS - 1
    # slot 0 is start - 6 days, so the first days of the range get their full 7-day window
    slots: list[CheckIn | DailyMeasures | None] = [None] * (n + lead)
    first = start - dt.timedelta(days=lead)
    for c in checkins:
        i = (c.date - first).days
        if 0 <= i < len(slots):
            slots[i] = c
    moods = [None if c is None or c.mood is None else float(c.mood) for c in slots]
    means: list[float | None] = []
    total, count = 0.0, 0
    for i, mood in enumerate(moods):
        if mood is not None:
            total, count = total + mood, count + 1
        if i >= MEAN_WINDOW_DAYS and moods[i - MEAN_WINDOW_DAYS] is not None:
            total, count = total - moods[i - MEAN_WINDOW_DAYS], count - 1
        if i >= lead:
            means.append(round(total / count, 2) if count >= MEAN_MIN_DAYS else None)
    shown = slots[lead:]

    def column(name: str) -> tuple[float | None, ...]:
        out = []
        for c in shown:
            value = None if c is None else getattr(c, name)
            out.append(None if value is None else float(value))
        return tuple(out)

    return DailySeries(
        dates=tuple(start + dt.timedelta(days=i) for i in range(n)),
        mood=tuple(moods[lead:]),
        mood_mean7=tuple(means),
        anxiety=column("anxiety"),
        energy=column("energy"),
        sleep_hours=column("sleep_hours"),
        activity_minutes=column("activity_minutes"),
        elevated=column("elevated"),
        irritability=column("irritability"),
        device=tuple(() if c is None else tuple(getattr(c, "sources", {}).items()) for c in shown),
    )


def _scores(
    questionnaires: Iterable[Questionnaire], instrument: str, start: dt.date, end: dt.date
) -> tuple[ScorePoint, ...]:
    chosen = sorted(
        (q for q in questionnaires if q.instrument == instrument and start <= q.date <= end),
        key=logged_order,
    )
    return tuple(ScorePoint(q.date, instrument, q.total, q.band, q.self_harm_flag) for q in chosen)


def _lanes(
    events: Iterable[MedicationEvent], start: dt.date, end: dt.date, today: dt.date
) -> tuple[MedLane, ...]:
    stop_after = end + _ONE_DAY  # exclusive end of the range
    by_drug: dict[str, list[LaneCourse]] = {}
    latest: dict[str, Course] = {}
    for course in courses_from_events(events, today=max(today, end)):
        course_end = course.end or stop_after
        if course_end < start or course.start > end:
            continue
        lane_course = _lane_course(course, start, stop_after)
        if lane_course.segments or lane_course.stop:  # a stop on the first day has no segment
            by_drug.setdefault(course.drug, []).append(lane_course)
            latest[course.drug] = course
    order = sorted(by_drug, key=lambda drug: (_first_day(by_drug[drug][0]), drug))
    return tuple(
        MedLane(drug, latest[drug].role, latest[drug].unit, tuple(by_drug[drug])) for drug in order
    )


def _first_day(course: LaneCourse) -> dt.date:
    return course.segments[0].start if course.segments else course.stop.date  # type: ignore[union-attr]


def _lane_course(course: Course, start: dt.date, stop_after: dt.date) -> LaneCourse:
    course_end = course.end or stop_after
    segments = []
    for step, lo, hi in course.spans(start, min(course_end, stop_after)):
        label = dose_label(step.dose, course.unit)
        segments.append(DoseSegment(lo, hi, step.dose, course.unit, label))
    stop = None
    if course.end is not None and course.end < stop_after:
        stop = StopMarker(
            course.end,
            course.stop_reason,
            stop_label(course.stop_reason),
            reason_label(course.stop_reason),
        )
    return LaneCourse(
        start=course.start,
        segments=tuple(segments),
        stop=stop,
        clipped_start=course.start < start,
        running=course.end is None or course.end >= stop_after,
    )
