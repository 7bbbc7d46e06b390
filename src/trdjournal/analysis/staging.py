"""How resistant: the count of failed adequate antidepressant trials, the common TRD definition
(>= 2 failed adequate trials in the current episode; Gaynes et al. 2020) and a Maudsley Staging
Method estimate (Fekadu et al. 2009; standardised in BMC Psychiatry 2018;18:100, Table 3).

From a self-report journal this is an estimate; every result says so and says what it was read
from. Choices made here (shown in ``basis`` texts):

* the current episode is the latest of ``analysis.episodes`` (default start: the earliest of the
  first medication start, questionnaire and check-in unless the background profile sets one;
  8 weeks of remission end an episode, a relapse starts the next); trials still running on its
  first day or started after it (and before its end, when it ended) count;
* failed antidepressants are counted as drugs, not trials (FDA/EMA "at least 2
  antidepressants"; the MSM "failed medications"): one drug failed twice counts once, with a note;
  a combination trial that failed counts against its antidepressant;
* baseline severity is the PHQ-9 band at the episode start: the latest PHQ-9 in the 14 days up to
  it, else the first in the 28 days after. minimal -> subsyndromal, mild -> mild, moderate and
  moderately severe -> moderate, severe -> severe (conservative: a self-report questionnaire
  should not raise the stage); severe with psychosis only when a check-in in the episode carries
  a tag naming psychosis ("psychotic symptoms", "psychosis"), which then scores 5 whatever the
  PHQ-9, psychotic depression being severe by definition;
* augmentation: an agent in the episode that reached its augmentation dose for 14 days
  (resources/augmentation.json); ECT: any ECT session;
* when severity is unknown the total is given as the range it could take (``total_range``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from trdjournal.analysis.episodes import Episode, EpisodeHistory, Relapse
from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.series import ScoreIndex
from trdjournal.analysis.trials import Trial
from trdjournal.domain.model import CheckIn, TreatmentSession
from trdjournal.i18n import N_, _, ngettext

TRD_MIN_FAILURES = 2
ESTIMATE_LABEL = N_(
    "Estimate from self-report: Maudsley Staging Method (Fekadu et al. 2009) read from what was "
    "logged in this journal, not a clinical assessment"
)
TRD_DEFINITION = N_("failure of at least 2 adequate antidepressant trials in the current episode")
PSYCHOSIS_TAGS = frozenset({"psychotic symptoms", "psychosis", "psychotic"})
BANDS = ((3, 6, "mild"), (7, 10, "moderate"), (11, 15, "severe"))
SEVERITY_FROM_PHQ9_BAND = {
    "minimal": (1, N_("subsyndromal")),
    "mild": (2, N_("mild")),
    "moderate": (3, N_("moderate")),
    "moderately severe": (3, N_("moderate")),
    "severe": (4, N_("severe without psychosis")),
}


SEVERITY_RANGE = (1, 5)


@dataclasses.dataclass(frozen=True)
class FailedTrial(JsonMixin):
    drug: str
    start: dt.date
    end: dt.date | None
    outcome: str
    measure: str | None = None  # "phq9", "mood" or None (stopped for no response, unmeasured)
    running: bool = False  # the verdict so far
    combination_with: str | None = None  # the agent, for a failed combination trial


@dataclasses.dataclass(frozen=True)
class Maudsley(JsonMixin):
    duration: int  # 1-3
    severity: int | None  # 1-5; None without a PHQ-9 near the episode start
    failures: int  # 1-5; 0 when no trial failed (the method does not stage that case)
    augmentation: int  # 0 or 1
    ect: int  # 0 or 1
    total: int | None  # 3-15; None when severity is unknown
    total_range: tuple[int, int]  # (low, high): the total, or what it could be
    band: str | None  # mild 3-6, moderate 7-10, severe 11-15
    duration_months: int
    duration_basis: str
    severity_basis: str
    failures_basis: str
    augmentation_basis: str
    ect_basis: str
    applicable: bool  # False with no failed adequate trial
    label: str = ESTIMATE_LABEL

    @property
    def total_text(self) -> str:
        """ "9 of 15 (moderate)", or "7-11 of 15; severity at the start not measured"."""
        if self.total is not None:
            return _("{total} of 15 ({band})").format(total=self.total, band=_(self.band))
        low, high = self.total_range
        return _("{low}-{high} of 15; severity at the start not measured").format(
            low=low, high=high
        )

    def sub_scores(self) -> list[tuple[str, int | None, str, str]]:
        """(dimension, score, range, what it was read from), as every view lists them."""
        return [
            (_("duration"), self.duration, "1-3", self.duration_basis),
            (_("severity"), self.severity, "1-5", self.severity_basis),
            (_("failed antidepressants"), self.failures, "1-5", self.failures_basis),
            (_("augmentation"), self.augmentation, "0-1", self.augmentation_basis),
            ("ECT", self.ect, "0-1", self.ect_basis),
        ]


@dataclasses.dataclass(frozen=True)
class Staging(JsonMixin):
    as_of: dt.date
    episode_start: dt.date | None
    episode_end: dt.date | None  # set when the latest episode ended in lasting remission
    episode_start_source: str  # the rule that chose the start (episodes.first_start, relapse)
    episodes: tuple[Episode, ...]  # oldest first; the current one last (end null)
    relapses: tuple[Relapse, ...]
    adequacy_days: int
    failed_adequate_trials: int  # failed trials (rows) in the episode
    failed_drugs: tuple[str, ...]  # distinct antidepressants: what TRD and Maudsley count
    failed_trials: tuple[FailedTrial, ...]
    failed_still_running: int  # failed trials whose verdict is "so far"
    judged_from_mood: tuple[str, ...]  # failed drugs judged from daily mood alone
    trd_definition_met: bool
    trd_definition: str
    maudsley: Maudsley | None  # None when there is nothing to date an episode from
    notes: tuple[str, ...] = ()
    label: str = ESTIMATE_LABEL
    pgx_basis: str = ""  # analysis.pgx: failed trials where exposure may have been low

    @property
    def failed_drug_count(self) -> int:
        return len(self.failed_drugs)


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
    return _("below the staging range") if total < 3 else "severe"


def in_episode(trial: Trial, episode: Episode | None) -> bool:
    if episode is None:
        return True
    if trial.end is not None and trial.end <= episode.start:
        return False
    return episode.end is None or trial.start < episode.end


def stage(
    trials: Sequence[Trial],
    checkins: Iterable[CheckIn],
    sessions: Iterable[TreatmentSession],
    phq9: ScoreIndex,
    *,
    today: dt.date,
    adequacy_days: int,
    history: EpisodeHistory,
) -> Staging:
    """Staging of the latest episode in ``history``."""
    checkins = list(checkins)
    episode = history.current
    episode_trials = [t for t in trials if in_episode(t, episode)]
    failed = [t for t in episode_trials if t.failed_drug is not None]
    drugs = tuple(dict.fromkeys(t.failed_drug for t in failed))
    notes = []
    for drug in drugs:
        times = sum(1 for t in failed if t.failed_drug == drug)
        if times > 1:
            notes.append(
                _("{drug} failed {times} times: counted once, as one antidepressant").format(
                    drug=drug, times=times
                )
            )
    mood_only = tuple(
        drug for drug in drugs if all(t.measure == "mood" for t in failed if t.failed_drug == drug)
    )
    failed_refs = tuple(
        FailedTrial(
            t.failed_drug, t.start, t.end, t.outcome, t.measure, t.so_far,
            t.drug if t.combination_with else None,
        )
        for t in failed
    )  # fmt: skip
    maudsley = None
    if episode is not None:
        maudsley = _maudsley(episode_trials, drugs, mood_only, checkins, sessions, phq9, episode,
                             today)  # fmt: skip
    return Staging(
        as_of=today,
        episode_start=episode.start if episode else None,
        episode_end=episode.end if episode else None,
        episode_start_source=episode.started_by if episode else history.start_source,
        episodes=history.episodes,
        relapses=history.relapses,
        adequacy_days=adequacy_days,
        failed_adequate_trials=len(failed),
        failed_drugs=drugs,
        failed_trials=failed_refs,
        failed_still_running=sum(1 for t in failed if t.so_far),
        judged_from_mood=mood_only,
        trd_definition_met=len(drugs) >= TRD_MIN_FAILURES,
        trd_definition=TRD_DEFINITION,
        maudsley=maudsley,
        notes=tuple(notes),
    )


def _maudsley(
    episode_trials, drugs, mood_only, checkins, sessions, phq9, episode: Episode, today
) -> Maudsley:
    episode_start = episode.start
    until = episode.end or today
    months = completed_months(episode_start, until)
    severity, severity_basis = _severity(checkins, phq9, episode_start, until)
    augmenting = sorted({t.drug for t in episode_trials if t.combination_with is not None})
    below = sorted(
        {t.drug for t in episode_trials if t.role == "augmentation" and t.combination_with is None}
    )
    ect_sessions = [s for s in sessions if s.kind == "ect" and episode_start <= s.date <= until]
    scores = {
        "duration": duration_score(months),
        "failures": failures_score(len(drugs)),
        "augmentation": 1 if augmenting else 0,
        "ect": 1 if ect_sessions else 0,
    }
    known = sum(scores.values())
    total = None if severity is None else severity + known
    total_range = (
        (total, total)
        if total is not None
        else (known + SEVERITY_RANGE[0], known + SEVERITY_RANGE[1])
    )
    failures_basis = ngettext(
        "{count} failed adequate antidepressant",
        "{count} failed adequate antidepressants",
        len(drugs),
    ).format(count=len(drugs)) + (": " + ", ".join(drugs) if drugs else "")
    if mood_only:
        failures_basis += _("; judged from daily mood alone: {names}").format(
            names=", ".join(mood_only)
        )
    augmentation_basis = (
        _("augmentation at its dose: ") + ", ".join(augmenting) if augmenting else _("none logged")
    )
    if below:
        augmentation_basis += _(
            "; not counted (below its augmentation dose or under 14 days): "
        ) + ", ".join(below)
    return Maudsley(
        severity=severity,
        total=total,
        total_range=total_range,
        band=None if total is None else band_of(total),
        duration_months=months,
        duration_basis=(
            ngettext(
                "{months} completed month since {episode_start} (ended {end})",
                "{months} completed months since {episode_start} (ended {end})",
                months,
            )
            if episode.end
            else ngettext(
                "{months} completed month since {episode_start}",
                "{months} completed months since {episode_start}",
                months,
            )
        ).format(
            months=months,
            episode_start=episode_start.isoformat(),
            end=episode.end.isoformat() if episode.end else "",
        ),
        severity_basis=severity_basis,
        failures_basis=failures_basis,
        augmentation_basis=augmentation_basis,
        ect_basis=_("{count} ECT session(s) logged").format(count=len(ect_sessions))
        if ect_sessions
        else _("none logged"),
        applicable=bool(drugs),
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
            _(
                "severe with psychosis: psychotic symptoms logged on {count} day(s) from {value}"
            ).format(count=len(psychosis), value=psychosis[0].isoformat())
        )
    baseline = phq9.latest_between(
        episode_start - dt.timedelta(days=14), episode_start
    ) or phq9.earliest_between(episode_start, episode_start + dt.timedelta(days=28))
    if baseline is None:
        return None, _("unknown: no PHQ-9 within 14 days before or 28 days after the episode start")
    score, label = SEVERITY_FROM_PHQ9_BAND[baseline.band]
    return score, _("{severity}: PHQ-9 {total} ({band}) on {date}").format(
        severity=_(label),
        total=baseline.total,
        band=_(baseline.band),
        date=baseline.date.isoformat(),
    )
