"""One treatment history: medication trials and session courses together, in date order.

The Trials view, the PDF's trial table and ``trials --json`` read these rows. A medication
row is the trial's own JSON with ``kind`` "medication", its ``adherence`` (0-1),
``missed_days`` and ``fair_trial``; a course row uses the trial's keys where they mean the
same (``start``/``end`` = first and last session, ``baseline``, ``follow_up``,
``change_pct``, ``outcome``, ``adequate``, ``failed_adequate_trial``) and adds ``sessions``.

What counts for TRD: the common definition counts failed adequate antidepressant
*medication* trials (Gaynes et al. 2020). Courses are shown with their outcome and are not
counted; ECT keeps its own Maudsley item. ``counted_text`` says so in words.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from trdjournal.analysis.adherence import TrialAdherence
from trdjournal.analysis.session_courses import SessionCourse
from trdjournal.analysis.trials import Trial
from trdjournal.domain import course_rules
from trdjournal.i18n import _, ngettext

if TYPE_CHECKING:
    from trdjournal.analysis import JournalAnalysis

MEDICATION = "medication"


@dataclasses.dataclass(frozen=True)
class HistoryItem:
    kind: str  # "medication" or the session kind
    start: dt.date
    trial: Trial | None = None
    adherence: TrialAdherence | None = None
    course: SessionCourse | None = None

    @property
    def is_course(self) -> bool:
        return self.course is not None

    def to_json(self) -> dict[str, Any]:
        if self.course is not None:
            return {"kind": self.kind, **self.course.to_json()}
        row = {"kind": MEDICATION, **self.trial.to_json()}
        if self.adherence is not None:
            row["adherence"] = self.adherence.adherence
            row["missed_days"] = self.adherence.missed_days
            row["fair_trial"] = self.adherence.fair
        return row


def history_items(analysis: JournalAnalysis) -> list[HistoryItem]:
    """Trials and courses by start date (a trial before a course starting the same day)."""
    adherence = analysis.adherence or (None,) * len(analysis.trials)
    items = [
        HistoryItem(MEDICATION, t.start, trial=t, adherence=a)
        for t, a in zip(analysis.trials, adherence, strict=True)
    ]
    items += [HistoryItem(c.kind, c.start, course=c) for c in analysis.courses]
    return sorted(items, key=lambda i: (i.start, i.is_course))


def history_json(analysis: JournalAnalysis) -> list[dict[str, Any]]:
    return [item.to_json() for item in history_items(analysis)]


def counted_text(analysis: JournalAnalysis) -> str:
    """What the staging counted, in one sentence or two."""
    trials = [t for t in analysis.trials if t.role == "antidepressant"]
    unfair = sum(1 for a in analysis.adherence if not a.fair)
    parts = [
        _(
            "Counted: failed adequate antidepressant medication trials ({failed_adequate_trials} of {count} antidepressant trials)."
        ).format(failed_adequate_trials=analysis.staging.failed_adequate_trials, count=len(trials))
    ]
    if unfair:
        parts.append(
            ngettext(
                "{n} trial taken on too few days (not a fair trial) was not counted.",
                "{n} trials taken on too few days (not a fair trial) were not counted.",
                unfair,
            ).format(n=unfair)
        )
    if analysis.courses:
        kinds = collections.Counter(_(course_rules.rule(c.kind).label) for c in analysis.courses)
        listed = ", ".join(f"{name} ({n})" for name, n in kinds.items())
        parts.append(
            _(
                "Courses shown with their outcome, not counted: {listed}; ECT scores its own Maudsley item."
            ).format(listed=listed)
        )
    return " ".join(parts)
