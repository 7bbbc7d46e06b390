"""The course rules of resources/courses.json: per kind of session, the gap that starts a new
course, the details a session may carry and the minimum sessions of an adequate course, and
the adherence cut-off of a fair medication trial. Each minimum has two texts: the project's
reasoning (``rule``, translated: i18n_extract.py extracts it) and the published ``reference``
(a citation, shown as written like every reference)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import Any

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.reference import load_table
from trdjournal.i18n import _

MIN_SESSIONS_RANGE = (1, 200)
ADHERENCE_RANGE = (50, 100)


@dataclasses.dataclass(frozen=True)
class KindRule:
    kind: str
    label: str
    gap_days: int
    gap_source: str
    min_sessions: int | None
    min_sessions_by_detail: dict[str, int]
    rule: str  # why this minimum: the English msgid, translate it with ``_``
    reference: str  # the citation, never translated ("" when no source is used)
    verify: bool
    detail_name: str
    details: tuple[str, ...]
    not_counted_details: tuple[str, ...]


@functools.cache
def _table() -> dict[str, Any]:
    return load_table("courses.json")


@functools.cache
def rules() -> dict[str, KindRule]:
    return {
        raw["name"]: KindRule(
            kind=raw["name"],
            label=raw["label"],
            gap_days=raw["gap_days"],
            gap_source=raw["gap_source"],
            min_sessions=raw["min_sessions"],
            min_sessions_by_detail=dict(raw.get("min_sessions_by_detail", {})),
            rule=raw["rule"],
            reference=raw["reference"],
            verify=raw["verify"],
            detail_name=raw["detail_name"],
            details=tuple(raw["details"]),
            not_counted_details=tuple(raw.get("not_counted_details", ())),
        )
        for raw in _table()["kinds"]
    }


def rule(kind: str) -> KindRule:
    return rules().get(kind) or rules()["other"]


def threshold_keys() -> dict[str, int]:
    """Every changeable minimum, by key: "rtms", "ect:bilateral", ... -> the resource's value."""
    keys: dict[str, int] = {}
    for kind, r in rules().items():
        if r.min_sessions is not None:
            keys[kind] = r.min_sessions
        for detail, value in r.min_sessions_by_detail.items():
            keys[f"{kind}:{detail}"] = value
    return keys


def adherence_default() -> int:
    return int(_table()["adherence_min_percent"])


def adherence_basis() -> str:
    """Why the fair-trial cut-off, in the user's language, and its reference."""
    table = _table()
    return basis(
        _(table["adherence_rule"]), table["adherence_reference"], verify=table["adherence_verify"]
    )


def basis(reason: str, reference: str, *, verify: bool) -> str:
    """A minimum's reasoning (already translated), its "(verify)" mark when the value is the
    project's reading, and the reference as published: the one wording of CLI, PDF and app."""
    reason += _(" (verify)") if verify else ""
    if not reference:
        return f"{reason}."
    return _("{rule}. Source: {reference}.").format(rule=reason, reference=reference)


def window_days() -> tuple[int, int]:
    """Days before the first session for a baseline, and after the last for a follow-up."""
    return int(_table()["baseline_days"]), int(_table()["follow_up_days"])


def check_detail(kind: str, detail: Any) -> str:
    """The detail as stored ("" for none), or ValidationError naming the allowed ones."""
    if detail is None:
        return ""
    if not isinstance(detail, str):
        raise ValidationError(
            "detail", _("must be text (got {detail})").format(detail=repr(detail))
        )
    detail = " ".join(detail.split())
    if not detail:
        return ""
    allowed = rule(kind).details
    folded = detail.replace(" ", "").casefold()
    for choice in allowed:
        # "56" and "56mg" are the esketamine dose "56 mg"; "RUL"-like spellings are not guessed
        plain = choice.replace(" ", "").casefold()
        if folded == plain or (folded.isdigit() and plain == f"{folded}mg"):
            return choice
    if not allowed:
        raise ValidationError(
            "detail", _("a {kind} session has no details to choose from").format(kind=kind)
        )
    raise ValidationError(
        "detail",
        _("for {kind} must be one of {names} (got {detail})").format(
            kind=kind, names=", ".join(allowed), detail=repr(detail)
        ),
    )


def check_settings(adherence_min_percent: Any, course_min_sessions: Mapping | None) -> None:
    lo, hi = ADHERENCE_RANGE
    value = adherence_min_percent
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValidationError(
            "adherence_min_percent",
            _("must be a whole percent from {lo} to {hi} (got {value})").format(
                lo=lo, hi=hi, value=repr(value)
            ),
        )
    if course_min_sessions is None:
        return
    if not isinstance(course_min_sessions, Mapping):
        raise ValidationError("course_min_sessions", _("must map rule names to session counts"))
    known = threshold_keys()
    lo, hi = MIN_SESSIONS_RANGE
    for key, count in course_min_sessions.items():
        if key not in known:
            raise ValidationError(
                "course_min_sessions",
                _("{key} is not one of {names}").format(
                    key=repr(key), names=", ".join(sorted(known))
                ),
            )
        if isinstance(count, bool) or not isinstance(count, int) or not lo <= count <= hi:
            raise ValidationError(
                f"course_min_sessions {key}",
                _("must be a whole number of sessions from {lo} to {hi} (got {count})").format(
                    lo=lo, hi=hi, count=repr(count)
                ),
            )
