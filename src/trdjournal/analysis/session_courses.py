"""Sessions of one kind grouped into courses, each judged like a medication trial.

* Grouping: sessions of one kind, by date; a gap longer than the kind's ``gap_days``
  (resources/courses.json) between two sessions starts a new course. Several sessions on one
  day count as they were logged (an accelerated rTMS day is several sessions).
* Adequacy: at least the kind's minimum sessions (courses.json, each with its source;
  Settings may change them). ECT: the minimum of its electrode placement, the higher one when
  the placement is unknown or mixed. A psychotherapy of type "other" is not judged: the
  ATHF-SF counts named evidence-based psychotherapies only. Kinds without a rule: None.
* Baseline: the latest primary-scale score in the 14 days before the first session (up to
  that day). Follow-up: the latest score after the first session, up to 14 days after the
  last one (and not after today).
* Outcome, as for drug trials: remission, response, partial, non-response; "too-early"
  while the course is still running short of its minimum; "unknown" without both scores.
* ``failed_adequate_trial``: adequate, measured and without response. Courses are shown with
  their outcome but the common TRD definition counts medication trials only (history.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping

from trdjournal.analysis import scoring
from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.scoring import remission_below
from trdjournal.analysis.series import ScoreIndex
from trdjournal.domain import course_rules
from trdjournal.domain.model import TreatmentSession
from trdjournal.domain.scales import scale
from trdjournal.i18n import _


@dataclasses.dataclass(frozen=True)
class SessionCourse(JsonMixin):
    kind: str
    name: str  # "rTMS (10 Hz)": the kind's label and its details
    start: dt.date  # first session
    end: dt.date  # last session
    running: bool  # the last session is within the kind's gap of today
    sessions: int
    days: int  # first to last session, both counted
    details: tuple[str, ...]  # distinct details given, in order of first use
    detail_name: str
    min_sessions: int | None
    adequate: bool | None
    adequacy_rule: str  # "at least 8 sessions", or why there is none
    adequacy_source: str  # the minimum's published reference, as written ("" for none)
    adequacy_reason: str  # why that minimum, translated (courses.json "rule")
    adequacy_verify: bool
    measure: str | None
    baseline: int | None
    baseline_date: dt.date | None
    follow_up: int | None
    follow_up_date: dt.date | None
    change_pct: float | None
    outcome: str
    failed_adequate_trial: bool
    notes: tuple[str, ...]

    def adequacy_basis(self) -> str:
        """Why the minimum, with its "(verify)" mark and reference (CLI, PDF and app)."""
        return course_rules.basis(
            self.adequacy_reason, self.adequacy_source, verify=self.adequacy_verify
        )


def group_sessions(
    sessions: Iterable[TreatmentSession], *, today: dt.date
) -> list[list[TreatmentSession]]:
    """Sessions up to today, grouped into courses: by kind, split where a gap exceeds the
    kind's limit. Ordered by first session, then kind."""
    by_kind: dict[str, list[TreatmentSession]] = {}
    for s in sorted(sessions, key=lambda s: (s.date, s.id or 0)):
        if s.date <= today:
            by_kind.setdefault(s.kind, []).append(s)
    groups: list[list[TreatmentSession]] = []
    for kind, items in by_kind.items():
        gap = course_rules.rule(kind).gap_days
        current = [items[0]]
        for s in items[1:]:
            if (s.date - current[-1].date).days > gap:
                groups.append(current)
                current = []
            current.append(s)
        groups.append(current)
    return sorted(groups, key=lambda g: (g[0].date, g[0].kind))


def minimum_for(
    kind: str, details: Iterable[str], overrides: Mapping[str, int] | None = None
) -> tuple[int | None, str]:
    """The minimum sessions of an adequate course and the rule's words."""
    rule = course_rules.rule(kind)
    overrides = overrides or {}
    details = [d for d in details if d]
    if any(d in rule.not_counted_details for d in details):
        named = ", ".join(d for d in details if d in rule.not_counted_details)
        return None, _(
            "not judged: the {detail_name} {named} is not one the ATHF-SF counts"
        ).format(detail_name=_(rule.detail_name), named=named)
    base = overrides.get(kind, rule.min_sessions)
    if base is None:
        return None, _("no adequacy rule for this kind of treatment")
    if not rule.min_sessions_by_detail:
        return base, _("at least {base} sessions").format(base=base)
    known = {d: overrides.get(f"{kind}:{d}", v) for d, v in rule.min_sessions_by_detail.items()}
    if details and all(d in known for d in details):
        minimum = max(known[d] for d in details)
        return minimum, _("at least {minimum} sessions ({names})").format(
            minimum=minimum, names=", ".join(dict.fromkeys(details))
        )
    minimum = max([base, *known.values()])
    return minimum, (
        _(
            "at least {minimum} sessions ({detail_name} not given for every session: the higher minimum)"
        ).format(minimum=minimum, detail_name=_(rule.detail_name))
    )


def assess_course(
    group: list[TreatmentSession],
    *,
    today: dt.date,
    instrument: str,
    scores: ScoreIndex,
    overrides: Mapping[str, int] | None = None,
) -> SessionCourse:
    kind = group[0].kind
    rule = course_rules.rule(kind)
    first, last = group[0].date, group[-1].date
    details = tuple(dict.fromkeys(s.detail for s in group if s.detail))
    minimum, rule_text = minimum_for(kind, [s.detail for s in group], overrides)
    count = len(group)
    running = (today - last).days <= rule.gap_days
    adequate = None if minimum is None else count >= minimum
    notes: list[str] = []

    before_days, after_days = course_rules.window_days()
    base = scores.latest_between(first - dt.timedelta(days=before_days), first)
    follow = scores.latest_between(
        first + dt.timedelta(days=1), min(today, last + dt.timedelta(days=after_days))
    )
    measured = base is not None and follow is not None
    if measured:
        outcome = scoring.classify_change(
            base.total, follow.total, remission_below=remission_below(instrument)
        )
    elif running and adequate is False:
        outcome = scoring.TOO_EARLY
    else:
        outcome = scoring.UNKNOWN
        if base is None:
            notes.append(
                _("no {instrument} in the {before_days} days before the first session").format(
                    instrument=scale(instrument).name,
                    before_days=before_days,  # "PHQ-9"
                )
            )
        elif follow is None:
            notes.append(
                _(
                    "no {name} after the first session up to {after_days} days after the last"
                ).format(name=scale(instrument).name, after_days=after_days)
            )
    if running and adequate is False and measured:
        notes.append(
            _("still running: {count} of {minimum} sessions so far").format(
                count=count, minimum=minimum
            )
        )
    failed = bool(adequate) and measured and outcome in (scoring.PARTIAL, scoring.NON_RESPONSE)
    name = _(rule.label) + (f" ({', '.join(_(d) for d in details)})" if details else "")
    return SessionCourse(
        kind=kind,
        name=name,
        start=first,
        end=last,
        running=running,
        sessions=count,
        days=(last - first).days + 1,
        details=details,
        detail_name=rule.detail_name,
        min_sessions=minimum,
        adequate=adequate,
        adequacy_rule=rule_text,
        adequacy_source=rule.reference,
        adequacy_reason=_(rule.rule),
        adequacy_verify=rule.verify,
        measure=instrument if measured else None,
        baseline=base.total if measured else None,
        baseline_date=base.date if measured else None,
        follow_up=follow.total if measured else None,
        follow_up_date=follow.date if measured else None,
        change_pct=scoring.change_pct(base.total, follow.total) if measured else None,
        outcome=outcome,
        failed_adequate_trial=failed,
        notes=tuple(notes),
    )


def derive_courses(
    sessions: Iterable[TreatmentSession],
    *,
    today: dt.date,
    instrument: str,
    scores: ScoreIndex,
    overrides: Mapping[str, int] | None = None,
) -> list[SessionCourse]:
    return [
        assess_course(g, today=today, instrument=instrument, scores=scores, overrides=overrides)
        for g in group_sessions(sessions, today=today)
    ]
