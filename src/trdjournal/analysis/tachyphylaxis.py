"""Tachyphylaxis: a response or remission that was lost while the same drug and dose continued
(Targum 2014). Read from PHQ-9 only; a flag to discuss (missed doses must be ruled out), never a
finding."""

from __future__ import annotations

import dataclasses
import datetime as dt

from trdjournal.analysis.courses import Course
from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.scoring import is_response, phq9_remission_below
from trdjournal.analysis.series import ScoreIndex


@dataclasses.dataclass(frozen=True)
class Tachyphylaxis(JsonMixin):
    drug: str
    dose: float
    unit: str
    baseline: int  # the trial's baseline PHQ-9
    reached_on: dt.date  # first PHQ-9 meeting response or remission on this dose
    reached_score: int
    lost_on: dt.date  # first later PHQ-9 on the same dose meeting neither
    lost_score: int

    @property
    def text(self) -> str:
        return (
            f"{self.drug} {self.dose:g} {self.unit}: PHQ-9 {self.reached_score} on "
            f"{self.reached_on.isoformat()} (from {self.baseline}), {self.lost_score} on "
            f"{self.lost_on.isoformat()} at the same dose; worth discussing (missed doses?)"
        )


def find_tachyphylaxis(
    course: Course, phq9: ScoreIndex, *, baseline: int, first: dt.date, until: dt.date
) -> Tachyphylaxis | None:
    """The first loss of response/remission within [first, until] on an unchanged dose."""
    below = phq9_remission_below()
    reached = None  # (questionnaire, dose step start) of the response still holding
    for q in phq9.between(first, until):
        step_start = _step_start(course, q.date)
        improved = q.total < below or is_response(baseline, q.total)
        if reached is not None and reached[1] != step_start:
            reached = None  # the dose changed since: a new dose, a new question
        if improved:
            if reached is None:
                reached = (q, step_start)
        elif reached is not None:
            first_q = reached[0]
            return Tachyphylaxis(
                drug=course.drug,
                dose=course.dose_on(q.date) or 0.0,
                unit=course.unit,
                baseline=baseline,
                reached_on=first_q.date,
                reached_score=first_q.total,
                lost_on=q.date,
                lost_score=q.total,
            )
    return None


def _step_start(course: Course, day: dt.date) -> dt.date | None:
    current = None
    for step in course.steps:
        if step.date > day:
            break
        current = step.date
    return current
