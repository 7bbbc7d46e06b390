"""Dose segments (one MedicationStatement each) agree with the analysis's courses and dose
steps for any valid sequence of starts, changes and stops."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from trdjournal.analysis.courses import courses_from_events
from trdjournal.domain.model import MedicationEvent
from trdjournal.exchange.fhir_medication import dose_segments

START = dt.date(2025, 1, 1)
TODAY = dt.date(2026, 6, 15)


@st.composite
def histories(draw) -> list[MedicationEvent]:
    """Valid event sequences of up to two drugs: gaps of 0-40 days (same-day changes too),
    doses from a few values so that a "change" to the same dose happens."""
    events: list[MedicationEvent] = []
    for drug in draw(
        st.lists(
            st.sampled_from(["sertraline", "Zoloft", "lithium"]),
            min_size=1,
            max_size=2,
            unique=True,
        )
    ):
        day, running = START, False
        for _ in range(draw(st.integers(1, 8))):
            day += dt.timedelta(days=draw(st.integers(0, 40)))
            kind = draw(st.sampled_from(["change", "change", "stop"])) if running else "start"
            if kind == "stop":
                reason = draw(st.sampled_from([None, "no-response", "side-effects", "cost"]))
                events.append(MedicationEvent(day, drug, "stop", reason=reason, id=len(events) + 1))
            else:
                dose = draw(st.sampled_from([50.0, 100.0, 150.0]))
                events.append(MedicationEvent(day, drug, kind, dose=dose, id=len(events) + 1))
            running = kind != "stop"
    return events


# the case hypothesis found once: one drug stopped twice on one day, once with no reason
SAME_DAY_STOPS = [
    MedicationEvent(START, "sertraline", "start", dose=50.0, id=1),
    MedicationEvent(START, "sertraline", "stop", reason=None, id=2),
    MedicationEvent(START, "sertraline", "start", dose=50.0, id=3),
    MedicationEvent(START, "sertraline", "stop", reason="cost", id=4),
]


@settings(max_examples=150, deadline=None)
@given(histories())
@example(SAME_DAY_STOPS)
def test_segments_match_the_courses_dose_steps_and_stops(events):
    segments = dose_segments(events)
    courses = courses_from_events(events, today=TODAY)
    assert len(segments) == sum(len(course.steps) for course in courses)
    expected = sorted(
        (course.drug, step.date, step.dose) for course in courses for step in course.steps
    )
    assert sorted((s.drug, s.start, s.dose) for s in segments) == expected

    # two courses of one drug can stop on one day, one with a reason and one without: the
    # sort key puts None first rather than comparing it with a string
    def by_stop(row):
        return (row[0], row[1], row[2] is not None, row[2] or "")

    stops = sorted(
        ((c.drug, c.end, c.stop_reason) for c in courses if c.end is not None), key=by_stop
    )
    assert (
        sorted(((s.drug, s.end, s.stop_reason) for s in segments if s.stopped), key=by_stop)
        == stops
    )
    # within a course, each segment ends the day the next begins; only a stop ends a course
    for drug in {s.drug for s in segments}:
        mine = [s for s in segments if s.drug == drug]
        for before, after in zip(mine, mine[1:], strict=False):
            assert before.end is not None and before.end <= after.start
            assert before.stopped or before.end == after.start
        assert mine[-1].end is None or mine[-1].stopped
