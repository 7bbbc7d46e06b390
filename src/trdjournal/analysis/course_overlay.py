"""Courses of sessions on the trial overlay: each measured course from its first session,
its primary-scale scores as a percentage of its baseline, like a medication trial's curve
(trial_overlay.py), up to its follow-up."""

from __future__ import annotations

from collections.abc import Iterable

from trdjournal.analysis.scoring import remission_below
from trdjournal.analysis.series import logged_order
from trdjournal.analysis.session_courses import SessionCourse
from trdjournal.analysis.trial_overlay import TrialCurve, scale_points
from trdjournal.domain.model import Questionnaire

COURSE_ROLE = "course"


def course_curves(
    courses: Iterable[SessionCourse], questionnaires: Iterable[Questionnaire] = ()
) -> tuple[TrialCurve, ...]:
    questionnaires = sorted(questionnaires, key=logged_order)
    curves = []
    for c in courses:
        if not c.baseline or c.baseline_date is None or c.follow_up_date is None:
            continue
        base = float(c.baseline)
        scored = (q for q in questionnaires if q.instrument == c.measure)
        points = scale_points(c.start, c.baseline_date, c.follow_up_date, base, scored)
        below = remission_below(c.measure or "")
        curves.append(
            TrialCurve(
                drug=c.name,
                role=COURSE_ROLE,
                start=c.start,
                measure=c.measure or "",
                baseline=base,
                outcome=c.outcome,
                adequate=c.adequate,
                points=tuple(points),
                remission_percent=round(100 * below / base, 1) if below else None,
            )
        )
    return tuple(curves)
