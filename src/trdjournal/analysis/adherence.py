"""Adherence of a medication trial: the share of its days on which the drug was taken.

A day with a missed dose logged (``trdjournal med missed``) is a day not taken; every other
day of the trial (start up to the stop day, or through today) counts as taken, as before.
adherence = (days - missed days) / days, so 10 missed days of a 42-day trial give 32/42 =
0.76. Under the cut-off (Settings; default 80 %, resources/courses.json with its source) the
trial is "not a fair trial": the ATHF rates a trial taken irregularly one level lower, so
such a trial is not counted as a failed adequate trial.

A loss of response (tachyphylaxis) with doses missed in the 14 days before it, or while it
was being confirmed, says so: missed doses must be ruled out first (REFERENCE.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from fractions import Fraction

from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.trials import Trial
from trdjournal.domain.drugs import canonical_name
from trdjournal.domain.model import MissedDose
from trdjournal.i18n import _

LOSS_LOOKBACK_DAYS = 14


@dataclasses.dataclass(frozen=True)
class TrialAdherence(JsonMixin):
    drug: str
    start: dt.date
    adherence: float  # 0-1, two decimals
    missed_days: int
    missed_doses: int
    fair: bool  # adherence at or above the cut-off
    min_percent: int
    loss_note: str | None  # doses missed around a loss of response

    @property
    def adequacy_text(self) -> str:
        if self.fair:
            return ""
        return _(
            "not a fair trial: taken on {value}% of its days (below {min_percent}%; {missed_days} days with missed doses)"
        ).format(
            value=round(self.adherence * 100),
            min_percent=self.min_percent,
            missed_days=self.missed_days,
        )


def trial_adherence(
    trial: Trial, missed: Sequence[MissedDose], *, today: dt.date, min_percent: int
) -> TrialAdherence:
    """``missed``: the missed doses of ``trial.drug`` (adherence_of groups them by generic)."""
    stop = trial.end if trial.end is not None else today + dt.timedelta(days=1)
    mine = [m for m in missed if trial.start <= m.date < stop]
    days = {m.date for m in mine}
    total = max(1, trial.days)
    share = Fraction(total - len(days), total)
    fair = share * 100 >= min_percent
    loss_note = None
    t = trial.tachyphylaxis
    if t is not None:
        near = sorted(
            d
            for d in days
            if t.lost_on - dt.timedelta(days=LOSS_LOOKBACK_DAYS) <= d <= t.confirmed_on
        )
        if near:
            loss_note = _(
                "doses were missed on {count} day(s) around the loss of response ({names}): rule out missed doses before reading it as tachyphylaxis"
            ).format(count=len(near), names=", ".join(d.isoformat() for d in near))
    return TrialAdherence(
        drug=trial.drug,
        start=trial.start,
        adherence=round(float(share), 2),
        missed_days=len(days),
        missed_doses=sum(m.doses for m in mine),
        fair=fair,
        min_percent=min_percent,
        loss_note=loss_note,
    )


def adherence_of(
    trials: Iterable[Trial], missed: Iterable[MissedDose], *, today: dt.date, min_percent: int
) -> tuple[TrialAdherence, ...]:
    """One per trial, in the trials' order."""
    by_drug: dict[str, list[MissedDose]] = {}
    for m in missed:  # each name resolved once, not once per trial
        by_drug.setdefault(canonical_name(m.drug), []).append(m)
    return tuple(
        trial_adherence(t, by_drug.get(t.drug, ()), today=today, min_percent=min_percent)
        for t in trials
    )


def apply_to_trials(trials: Sequence[Trial], adherence: Sequence[TrialAdherence]) -> list[Trial]:
    """Trials as judged with their adherence: a trial that is not fair is not a failed
    adequate trial, and its notes say why (and say when doses were missed near a loss)."""
    judged = []
    for trial, a in zip(trials, adherence, strict=True):
        notes = list(trial.notes)
        failed = trial.failed_adequate_trial
        if not a.fair:
            notes.append(a.adequacy_text + _("; not counted as a failed adequate trial"))
            failed = False
        if a.loss_note:
            notes.append(a.loss_note)
        if notes != list(trial.notes) or failed != trial.failed_adequate_trial:
            trial = dataclasses.replace(trial, notes=tuple(notes), failed_adequate_trial=failed)
        judged.append(trial)
    return judged
