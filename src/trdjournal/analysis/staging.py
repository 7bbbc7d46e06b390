"""How resistant: the count of failed adequate antidepressant trials, the common TRD definition
(>= 2 failed adequate trials in the current episode; Gaynes et al. 2020) and a Maudsley Staging
Method estimate (Fekadu et al. 2009; standardised in BMC Psychiatry 2018;18:100, Table 3).

From a self-report journal this is an estimate; every result says so and says what it was read
from. Choices made here (shown in ``basis`` texts):

* the current episode starts at ``episode_start`` (the background profile's episode start;
  by default the first check-in);
  trials still running on that day or started after it count;
* baseline severity is the PHQ-9 band at the episode start: the latest PHQ-9 in the 14 days up to
  it, else the first in the 28 days after. minimal -> subsyndromal, mild -> mild, moderate and
  moderately severe -> moderate, severe -> severe (conservative: a self-report questionnaire
  should not raise the stage); severe with psychosis only when a check-in in the episode carries
  a tag naming psychosis ("psychotic symptoms", "psychosis"), which then scores 5 whatever the
  PHQ-9, psychotic depression being severe by definition;
* augmentation: any trial logged with role "augmentation" in the episode; ECT: any ECT session.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.series import ScoreIndex
from trdjournal.analysis.trials import Trial
from trdjournal.domain.model import CheckIn, TreatmentSession

TRD_MIN_FAILURES = 2
ESTIMATE_LABEL = (
    "Estimate from self-report: Maudsley Staging Method (Fekadu et al. 2009) read from what was "
    "logged in this journal, not a clinical assessment"
)
TRD_DEFINITION = "failure of at least 2 adequate antidepressant trials in the current episode"
PSYCHOSIS_TAGS = frozenset({"psychotic symptoms", "psychosis", "psychotic"})
BANDS = ((3, 6, "mild"), (7, 10, "moderate"), (11, 15, "severe"))
SEVERITY_FROM_PHQ9_BAND = {
    "minimal": (1, "subsyndromal"),
    "mild": (2, "mild"),
    "moderate": (3, "moderate"),
    "moderately severe": (3, "moderate"),
    "severe": (4, "severe without psychosis"),
}


@dataclasses.dataclass(frozen=True)
class FailedTrial(JsonMixin):
    drug: str
    start: dt.date
    end: dt.date | None
    outcome: str


@dataclasses.dataclass(frozen=True)
class Maudsley(JsonMixin):
    duration: int  # 1-3
    severity: int | None  # 1-5; None without a PHQ-9 near the episode start
    failures: int  # 1-5; 0 when no trial failed (the method does not stage that case)
    augmentation: int  # 0 or 1
    ect: int  # 0 or 1
    total: int | None  # 3-15; None when severity is unknown
    band: str | None  # mild 3-6, moderate 7-10, severe 11-15
    duration_months: int
    duration_basis: str
    severity_basis: str
    failures_basis: str
    augmentation_basis: str
    ect_basis: str
    applicable: bool  # False with no failed adequate trial
    label: str = ESTIMATE_LABEL


@dataclasses.dataclass(frozen=True)
class Staging(JsonMixin):
    as_of: dt.date
    episode_start: dt.date | None
    episode_start_source: str  # "background profile", "given", "first check-in" or "none"
    adequacy_days: int
    failed_adequate_trials: int
    failed_trials: tuple[FailedTrial, ...]
    trd_definition_met: bool
    trd_definition: str
    maudsley: Maudsley | None  # None when there is nothing to date an episode from
    label: str = ESTIMATE_LABEL
    pgx_basis: str = ""  # analysis.pgx: failed trials where exposure may have been low


def completed_months(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return max(0, months)


def duration_score(months: int) -> int:
    return 1 if months <= 12 else 2 if months <= 24 else 3


def failures_score(failures: int) -> int:
    for limit, score in ((0, 0), (2, 1), (4, 2), (6, 3), (10, 4)):
        if failures <= limit:
            return score
    return 5


def band_of(total: int) -> str:
    for low, high, label in BANDS:
        if low <= total <= high:
            return label
    return "below the staging range" if total < 3 else "severe"


def in_episode(trial: Trial, episode_start: dt.date | None) -> bool:
    return episode_start is None or trial.end is None or trial.end > episode_start


def stage(
    trials: Sequence[Trial],
    checkins: Iterable[CheckIn],
    sessions: Iterable[TreatmentSession],
    phq9: ScoreIndex,
    *,
    today: dt.date,
    adequacy_days: int,
    episode_start: dt.date | None = None,
    episode_start_source: str = "given",
    first_checkin: dt.date | None = None,
) -> Staging:
    """``episode_start`` from the background profile when known, else ``first_checkin`` (else
    the earliest check-in in ``checkins``)."""
    checkins = list(checkins)
    source = episode_start_source
    if episode_start is None:
        first_checkin = first_checkin or min((c.date for c in checkins), default=None)
        episode_start, source = first_checkin, "first check-in" if first_checkin else "none"

    episode_trials = [t for t in trials if in_episode(t, episode_start)]
    failed = [t for t in episode_trials if t.failed_adequate_trial and t.is_antidepressant]
    failed_refs = tuple(FailedTrial(t.drug, t.start, t.end, t.outcome) for t in failed)
    maudsley = None
    if episode_start is not None:
        maudsley = _maudsley(episode_trials, failed, checkins, sessions, phq9, episode_start, today)
    return Staging(
        as_of=today,
        episode_start=episode_start,
        episode_start_source=source,
        adequacy_days=adequacy_days,
        failed_adequate_trials=len(failed),
        failed_trials=failed_refs,
        trd_definition_met=len(failed) >= TRD_MIN_FAILURES,
        trd_definition=TRD_DEFINITION,
        maudsley=maudsley,
    )


def _maudsley(episode_trials, failed, checkins, sessions, phq9, episode_start, today) -> Maudsley:
    months = completed_months(episode_start, today)
    severity, severity_basis = _severity(checkins, phq9, episode_start, today)
    augmenting = sorted({t.drug for t in episode_trials if t.role == "augmentation"})
    ect_sessions = [s for s in sessions if s.kind == "ect" and episode_start <= s.date <= today]
    scores = {
        "duration": duration_score(months),
        "failures": failures_score(len(failed)),
        "augmentation": 1 if augmenting else 0,
        "ect": 1 if ect_sessions else 0,
    }
    total = None if severity is None else severity + sum(scores.values())
    return Maudsley(
        severity=severity,
        total=total,
        band=None if total is None else band_of(total),
        duration_months=months,
        duration_basis=f"{months} completed months since {episode_start.isoformat()}",
        severity_basis=severity_basis,
        failures_basis=(
            f"{len(failed)} failed adequate antidepressant trial(s)"
            + (": " + ", ".join(t.drug for t in failed) if failed else "")
        ),
        augmentation_basis=(
            "augmentation logged: " + ", ".join(augmenting) if augmenting else "none logged"
        ),
        ect_basis=f"{len(ect_sessions)} ECT session(s) logged" if ect_sessions else "none logged",
        applicable=bool(failed),
        **scores,
    )


def _severity(checkins, phq9: ScoreIndex, episode_start, today) -> tuple[int | None, str]:
    psychosis = [
        c.date
        for c in checkins
        if c.tags and episode_start <= c.date <= today and PSYCHOSIS_TAGS.intersection(c.tags)
    ]
    if psychosis:
        return 5, (
            f"severe with psychosis: psychotic symptoms logged on {len(psychosis)} day(s) "
            f"from {psychosis[0].isoformat()}"
        )
    baseline = phq9.latest_between(
        episode_start - dt.timedelta(days=14), episode_start
    ) or phq9.earliest_between(episode_start, episode_start + dt.timedelta(days=28))
    if baseline is None:
        return None, "unknown: no PHQ-9 within 14 days before or 28 days after the episode start"
    score, label = SEVERITY_FROM_PHQ9_BAND[baseline.band]
    return score, (
        f"{label}: PHQ-9 {baseline.total} ({baseline.band}) on {baseline.date.isoformat()}"
    )
