"""Grouping sessions into courses, as a property: no session lost or counted twice, gaps within a
course at most the kind's limit, and between two courses of one kind more than it."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from trdjournal.analysis.session_courses import group_sessions
from trdjournal.domain import course_rules
from trdjournal.domain.model import TreatmentSession

TODAY = dt.date(2026, 6, 15)
sessions = st.lists(
    st.builds(
        TreatmentSession,
        date=st.dates(min_value=dt.date(2025, 1, 1), max_value=TODAY),
        kind=st.sampled_from(["rtms", "esketamine", "ect", "psychotherapy"]),
    ),
    max_size=40,
)


@given(sessions)
def test_every_session_lands_in_exactly_one_course_split_only_at_long_gaps(items):
    groups = group_sessions(items, today=TODAY)
    assert sorted(s.date for g in groups for s in g) == sorted(s.date for s in items)
    by_kind: dict[str, list] = {}
    for group in groups:
        gap = course_rules.rule(group[0].kind).gap_days
        assert {s.kind for s in group} == {group[0].kind}
        assert all((b.date - a.date).days <= gap for a, b in itertools.pairwise(group))
        by_kind.setdefault(group[0].kind, []).append(group)
    for kind, kind_groups in by_kind.items():
        gap = course_rules.rule(kind).gap_days
        for before, after in itertools.pairwise(kind_groups):
            assert (after[0].date - before[-1].date).days > gap
