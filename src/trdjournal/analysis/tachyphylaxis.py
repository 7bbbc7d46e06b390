"""Tachyphylaxis: a response or remission that was lost while the same drug and dose continued
(Targum 2014). Read from PHQ-9 only; a flag to discuss (missed doses must be ruled out first),
never a finding.

Lost means two PHQ-9s in a row on the unchanged dose that meet neither response nor remission
and are in the moderate band or above (>= 10, the usual PHQ-9 cut-off for depression; the
QIDS-SR relapse line of 11 is likewise its moderate band). One questionnaire, or a drift from 3
to 6, is the ordinary noise of self-report, and the demo journal shows how often it occurs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from trdjournal.analysis.courses import Course
from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.scoring import is_response
from trdjournal.analysis.series import ScoreIndex
from trdjournal.domain.scales import scale, scale_rules

CONFIRMING_SCORES = 2


def relapse_at_least(key: str = "phq9") -> int:
    """The scale's moderate band: PHQ-9 10, QIDS-SR16 11, MADRS-S 20."""
    return scale_rules(key).moderate_min


@dataclasses.dataclass(frozen=True)
class Tachyphylaxis(JsonMixin):
    drug: str
    dose: float
    unit: str
    baseline: int  # the trial's baseline PHQ-9
    reached_on: dt.date  # first PHQ-9 meeting response or remission on this dose
    reached_score: int
    lost_on: dt.date  # first of two PHQ-9s in a row on the same dose at >= 10 without response
    lost_score: int
    confirmed_on: dt.date  # the second of them
    confirmed_score: int
    measure: str = "phq9"  # the scale it was read from (the primary scale)

    @property
    def text(self) -> str:
        return (
            f"{self.drug} {self.dose:g} {self.unit}: {scale(self.measure).name} "
            f"{self.reached_score} on "
            f"{self.reached_on.isoformat()} (baseline {self.baseline}), then {self.lost_score} on "
            f"{self.lost_on.isoformat()} and {self.confirmed_score} on "
            f"{self.confirmed_on.isoformat()} at the same dose; worth discussing (missed doses?)"
        )


def find_tachyphylaxis(
    course: Course, phq9: ScoreIndex, *, baseline: int, first: dt.date, until: dt.date
) -> Tachyphylaxis | None:
    """The first confirmed loss of response/remission within [first, until] on one dose, on
    the scale ``phq9`` indexes (the primary scale), with that scale's lines."""
    scored = phq9.between(first, until)
    key = scored[0].instrument if scored else "phq9"
    below, relapse = scale_rules(key).remission_below, relapse_at_least(key)
    reached = None  # the questionnaire that showed the response still holding
    lost: list = []  # consecutive questionnaires showing it lost
    step = None
    for q in scored:
        if course.dose_step_start(q.date) != step:  # a new dose, a new question
            step, reached, lost = course.dose_step_start(q.date), None, []
        if q.total < below or is_response(baseline, q.total):
            reached = reached or q
            lost = []
        elif reached is not None and q.total >= relapse:
            lost.append(q)
            if len(lost) == CONFIRMING_SCORES:
                return Tachyphylaxis(
                    drug=course.drug,
                    dose=course.dose_on(q.date) or 0.0,
                    unit=course.unit,
                    baseline=baseline,
                    reached_on=reached.date,
                    reached_score=reached.total,
                    lost_on=lost[0].date,
                    lost_score=lost[0].total,
                    confirmed_on=q.date,
                    confirmed_score=q.total,
                    measure=key,
                )
        else:
            lost = []
    return None
