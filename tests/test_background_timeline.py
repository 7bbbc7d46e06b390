"""Life events and lab results on the chart model (analysis/timeline.py)."""

from __future__ import annotations

import datetime as dt

from trdjournal.analysis.timeline import TimelineRecords, build_timeline
from trdjournal.domain.background import LifeEvent
from trdjournal.domain.labs import new_lab_result
from trdjournal.domain.model import CheckIn

D = dt.date


def test_events_and_labs_in_the_range_become_markers_and_points():
    records = TimelineRecords(
        checkins=[CheckIn(D(2026, 3, d), 5) for d in range(1, 31)],
        life_events=[
            LifeEvent(D(2026, 2, 20), -2, "before the range"),
            LifeEvent(D(2026, 3, 9), 3, "new job"),
            LifeEvent(D(2026, 3, 4), -4, "bereavement"),
        ],
        lab_results=[
            new_lab_result(D(2026, 3, 20), "TSH", 6.1, "mIU/L"),
            new_lab_result(D(2026, 3, 5), "vitamin D", 15, "ng/mL"),
            new_lab_result(D(2026, 3, 5), "TSH", 3.0, "mIU/L"),
            new_lab_result(D(2026, 4, 2), "TSH", 1.0, "mIU/L"),  # after the range
        ],
    )
    timeline = build_timeline(records, D(2026, 3, 1), D(2026, 3, 31), today=D(2026, 6, 1))
    assert [(e.date.day, e.impact, e.text) for e in timeline.life_events] == [
        (4, -4, "bereavement"),
        (9, 3, "new job"),
    ]
    series = timeline.lab_series()
    assert list(series) == ["TSH", "vitamin D"]
    assert [(p.date.day, p.value, p.position) for p in series["TSH"]] == [
        (5, 3.0, "within"),
        (20, 6.1, "above"),
    ]
    assert series["vitamin D"][0].label == "vitamin D 15 ng/mL"
    day = timeline.day(D(2026, 3, 5))
    assert [p.name for p in day.labs] == ["TSH", "vitamin D"] and day.life_events == ()
    assert timeline.day(D(2026, 3, 4)).life_events[0].text == "bereavement"


def test_a_journal_timeline_reads_events_and_labs_and_starts_at_the_first(journal):
    journal.add_life_event(LifeEvent(D(2026, 1, 10), -3, "moved city"))
    journal.add_lab_result(new_lab_result(D(2026, 2, 1), "CRP", 4.0, "mg/L"))
    journal.save_checkin(CheckIn(D(2026, 3, 1), 4))
    timeline = build_timeline(journal)
    assert timeline.start == D(2026, 1, 10)
    assert [e.text for e in timeline.life_events] == ["moved city"]
    assert [p.name for p in timeline.labs] == ["CRP"]
    ranged = build_timeline(journal, D(2026, 1, 20), D(2026, 3, 1))
    assert ranged.life_events == () and len(ranged.labs) == 1
