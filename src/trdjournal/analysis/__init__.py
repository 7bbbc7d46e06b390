"""Treatment analysis: trials, staging, tachyphylaxis, period summaries and correlations.

Pure Python over domain records. ``analyse(journal)`` reads the journal once and returns one
``JournalAnalysis`` that the GUI's trial view, the PDF's trial table and ``trials --json`` all
read; the functions in the submodules work on plain lists for tests and other callers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from trdjournal.analysis import pgx
from trdjournal.analysis.adherence import TrialAdherence, adherence_of, apply_to_trials
from trdjournal.analysis.correlations import Correlation, next_day_correlations
from trdjournal.analysis.episodes import EpisodeHistory, find_episodes, first_start
from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.primary_scale import primary_scale
from trdjournal.analysis.series import MoodIndex, ScoreIndex
from trdjournal.analysis.session_courses import SessionCourse, derive_courses
from trdjournal.analysis.staging import Staging, stage
from trdjournal.analysis.summary import PeriodSummary, summarise
from trdjournal.analysis.tachyphylaxis import Tachyphylaxis
from trdjournal.analysis.trials import Trial, derive_trials
from trdjournal.domain import dates
from trdjournal.domain.background import Background, LifeEvent
from trdjournal.domain.device import DeviceValue
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.labs import LabResult
from trdjournal.domain.model import (
    ADEQUACY_WEEKS,
    Appointment,
    CheckIn,
    MedicationEvent,
    MissedDose,
    Questionnaire,
    Settings,
    TreatmentSession,
)
from trdjournal.domain.pgx import PgxResult
from trdjournal.i18n import _

if TYPE_CHECKING:
    from trdjournal.storage.journal import Journal

__all__ = [
    "Correlation",
    "JournalAnalysis",
    "JournalData",
    "PeriodSummary",
    "Staging",
    "Tachyphylaxis",
    "Trial",
    "analyse",
    "analyse_data",
]

DEFAULT_SUMMARY_DAYS = 30
CORRELATION_DAYS = 365  # what the user can act on now: the last year, not a decade ago


@dataclasses.dataclass(frozen=True)
class JournalData:
    """Everything the analysis reads, read from the journal once."""

    checkins: tuple[CheckIn, ...] = ()
    events: tuple[MedicationEvent, ...] = ()
    sessions: tuple[TreatmentSession, ...] = ()
    questionnaires: tuple[Questionnaire, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    settings: Settings = dataclasses.field(default_factory=Settings)
    background: Background = dataclasses.field(default_factory=Background)
    life_events: tuple[LifeEvent, ...] = ()
    lab_results: tuple[LabResult, ...] = ()
    pgx_results: tuple[PgxResult, ...] = ()
    missed_doses: tuple[MissedDose, ...] = ()
    device_values: tuple[DeviceValue, ...] = ()  # what a device measured (issue 23)

    @classmethod
    def from_journal(cls, journal: Journal) -> JournalData:
        return cls(
            checkins=tuple(journal.checkins()),
            events=tuple(journal.med_events()),
            sessions=tuple(journal.sessions()),
            questionnaires=tuple(journal.questionnaires()),
            appointments=tuple(journal.appointments()),
            settings=journal.settings(),
            background=journal.background(),
            life_events=tuple(journal.life_events()),
            lab_results=tuple(journal.lab_results()),
            pgx_results=tuple(journal.pgx_results()),
            missed_doses=tuple(journal.missed_doses()),
            device_values=tuple(journal.device_values()),
        )


@dataclasses.dataclass(frozen=True)
class JournalAnalysis(JsonMixin):
    today: dt.date
    adequacy_days: int
    trials: tuple[Trial, ...]
    staging: Staging
    episodes: EpisodeHistory
    tachyphylaxis: tuple[Tachyphylaxis, ...]
    correlations: tuple[Correlation, ...]  # over the CORRELATION_DAYS up to today
    data: JournalData = dataclasses.field(repr=False, compare=False, metadata={"json": False})
    primary_scale: str = "phq9"  # the scale that judged the trials (Settings.primary_scale)
    # Courses of sessions (session_courses.py) and each trial's adherence (adherence.py),
    # in the trials' order; analysis/history.py merges trials and courses into one history.
    courses: tuple[SessionCourse, ...] = ()
    adherence: tuple[TrialAdherence, ...] = ()

    def summary(self, start: dt.date | None = None, end: dt.date | None = None) -> PeriodSummary:
        """The period summary; by default the 30 days up to today."""
        end = end or self.today
        start = start or end - dt.timedelta(days=DEFAULT_SUMMARY_DAYS - 1)
        dates.check_period(start, end)
        d = self.data
        return summarise(
            start,
            end,
            checkins=d.checkins,
            events=d.events,
            sessions=d.sessions,
            questionnaires=d.questionnaires,
            appointments=d.appointments,
            trials=self.trials,
            staging=self.staging,
        )


def analyse(
    journal: Journal,
    *,
    today: dt.date | None = None,
    adequacy_weeks: int | None = None,
    episode_start: dt.date | None = None,
) -> JournalAnalysis:
    """Trials, staging and the rest for ``journal``; ``adequacy_weeks`` overrides the setting."""
    return analyse_data(
        JournalData.from_journal(journal),
        today=today,
        adequacy_weeks=adequacy_weeks,
        episode_start=episode_start,
    )


def analyse_data(
    data: JournalData,
    *,
    today: dt.date | None = None,
    adequacy_weeks: int | None = None,
    episode_start: dt.date | None = None,
) -> JournalAnalysis:
    today = today or dates.today()
    weeks = adequacy_weeks if adequacy_weeks is not None else data.settings.adequacy_weeks
    if weeks not in ADEQUACY_WEEKS:
        raise ValidationError(
            "adequate-weeks",
            _("must be one of {names} (got {weeks})").format(
                names=", ".join(map(str, ADEQUACY_WEEKS)), weeks=weeks
            ),
        )
    adequacy_days = weeks * 7
    # The first episode starts where the caller says, else at the background profile's
    # episode start, else at the earliest medication start, questionnaire or check-in.
    first, start_source = first_start(
        background=episode_start or data.background.episode_start,
        first_medication=min((e.date for e in data.events if e.kind == "start"), default=None),
        first_questionnaire=min((q.date for q in data.questionnaires), default=None),
        first_checkin=min((c.date for c in data.checkins), default=None),
    )
    if episode_start is not None:
        start_source = "given"
    primary = primary_scale(data.questionnaires, data.settings.primary_scale)
    # staging reads PHQ-9's bands whatever the primary scale; one index when they are the same
    phq9 = (
        primary.scores
        if primary.key == "phq9"
        else ScoreIndex(q for q in data.questionnaires if q.instrument == "phq9")
    )
    mood = MoodIndex(data.checkins)
    trials = derive_trials(
        data.events,
        data.checkins,
        today=today,
        adequacy_days=adequacy_days,
        mood=mood,
        phq9=primary.scores,
        labs=data.lab_results,
    )
    trials = pgx.with_pgx(trials, data.pgx_results)
    adherence = adherence_of(
        trials, data.missed_doses, today=today, min_percent=data.settings.adherence_min_percent
    )
    trials = apply_to_trials(trials, adherence)  # an unfair trial is no failed adequate trial
    courses = derive_courses(  # judged on the primary scale, as the trials are
        data.sessions,
        today=today,
        instrument=primary.key,
        scores=primary.scores,
        overrides=data.settings.course_min_sessions,
    )
    history = find_episodes(primary.scores, first, start_source, today, primary.rules)
    staging = stage(
        trials,
        data.checkins,
        data.sessions,
        phq9,
        today=today,
        adequacy_days=adequacy_days,
        history=history,
    )
    staging = pgx.with_pgx_basis(staging, trials)
    return JournalAnalysis(
        today=today,
        adequacy_days=adequacy_days,
        trials=tuple(trials),
        staging=staging,
        episodes=history,
        tachyphylaxis=tuple(t.tachyphylaxis for t in trials if t.tachyphylaxis is not None),
        correlations=next_day_correlations(
            data.checkins, today - dt.timedelta(days=CORRELATION_DAYS - 1), today
        ),
        primary_scale=primary.key,
        data=data,
        courses=tuple(courses),
        adherence=adherence,
    )
