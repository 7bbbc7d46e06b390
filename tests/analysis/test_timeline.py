"""The chart model, checked against numbers worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from trdjournal.analysis.timeline import (
    DoseSegment,
    StopMarker,
    TimelineRecords,
    build_timeline,
)
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import (
    Appointment,
    CheckIn,
    MedicationEvent,
    Questionnaire,
    TreatmentSession,
)


def d(day: int, month: int = 1, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


# Moods around a range 10..20 January; the lead-in days 4..9 feed the first 7-day means.
MOODS = {d(4): 2, d(5): 4, d(7): 6, d(9): 8, d(10): 5, d(13): 3, d(20): 7}


def checkins() -> list[CheckIn]:
    return [
        CheckIn(day, mood, sleep_hours=7.5 if day == d(13) else None, activity_minutes=30)
        for day, mood in MOODS.items()
    ]


def med_events() -> list[MedicationEvent]:
    return [
        # stopped before the range: not drawn
        MedicationEvent(d(1, 12, 2025), "citalopram", "start", 20, role="antidepressant"),
        MedicationEvent(d(20, 12, 2025), "citalopram", "stop", reason="side-effects"),
        # began before the range, stopped in it, restarted in it
        MedicationEvent(d(1), "sertraline", "start", 50, role="antidepressant"),
        MedicationEvent(d(12), "sertraline", "change", 100, role="antidepressant"),
        MedicationEvent(d(15), "sertraline", "stop", reason="side-effects"),
        MedicationEvent(d(18), "sertraline", "start", 25, role="antidepressant"),
        # starts in the range, stops after it
        MedicationEvent(d(16), "aripiprazole", "start", 2, role="augmentation"),
        MedicationEvent(d(25), "aripiprazole", "stop", reason="remission"),
        # starts after the range
        MedicationEvent(d(1, 2), "lithium", "start", 400, role="augmentation"),
    ]


def records() -> TimelineRecords:
    return TimelineRecords(
        checkins=checkins(),
        med_events=med_events(),
        sessions=[TreatmentSession(d(11), "rtms"), TreatmentSession(d(21), "rtms")],
        questionnaires=[
            Questionnaire(d(5), "phq9", (1,) * 9),
            Questionnaire(d(12), "phq9", (2, 2, 2, 2, 1, 1, 1, 1, 1)),
            Questionnaire(d(14), "gad7", (1, 1, 1, 1, 0, 0, 0)),
        ],
        appointments=[Appointment(d(19), "Dr. A", "review"), Appointment(d(3, 2), "Dr. A")],
    )


def test_daily_series_has_a_slot_per_day_and_gaps_for_unlogged_days():
    timeline = build_timeline(records(), d(10), d(20), today=d(1, 3))
    daily = timeline.daily
    assert daily.dates[0] == d(10) and daily.dates[-1] == d(20) and len(daily.dates) == 11
    assert daily.mood == (5.0, None, None, 3.0, None, None, None, None, None, None, 7.0)
    assert daily.sleep_hours[3] == 7.5 and daily.sleep_hours[0] is None
    assert daily.activity_minutes[1] is None  # unlogged: a gap, not zero
    assert daily.logged_days() == 3


def test_seven_day_mean_uses_the_lead_in_and_needs_four_logged_days():
    means = build_timeline(records(), d(10), d(20), today=d(1, 3)).daily.mood_mean7
    # 10 Jan: days 4..10 logged 2, 4, 6, 8, 5 -> 25 / 5
    assert means[0] == 5.0
    # 11 Jan: days 5..11 logged 4, 6, 8, 5 -> 23 / 4
    assert means[1] == 5.75
    # 12 Jan: days 6..12 logged 6, 8, 5: three days are too few
    assert means[2] is None
    # 13 Jan: days 7..13 logged 6, 8, 5, 3 -> 22 / 4
    assert means[3] == 5.5
    # 14 Jan: days 8..14 logged 8, 5, 3
    assert means[4] is None


def test_journal_source_reads_the_lead_in_days_too(journal):
    rec = records()
    journal.add_many(
        checkins=rec.checkins,
        med_events=rec.med_events[:-1],  # lithium would start after the pinned today
        sessions=rec.sessions,
        questionnaires=rec.questionnaires,
    )
    timeline = build_timeline(journal, d(10), d(20), today=d(1, 3))
    assert timeline.daily.mood_mean7[:4] == (5.0, 5.75, None, 5.5)
    assert [lane.drug for lane in timeline.lanes] == ["sertraline", "aripiprazole"]


def test_restarted_drug_keeps_one_lane_with_two_courses_clipped_to_the_range():
    timeline = build_timeline(records(), d(10), d(20), today=d(1, 3))
    assert [(lane.drug, lane.role) for lane in timeline.lanes] == [
        ("sertraline", "antidepressant"),
        ("aripiprazole", "augmentation"),
    ]
    first, second = timeline.lanes[0].courses
    assert first.start == d(1) and first.clipped_start and not first.running
    assert first.segments == (
        DoseSegment(d(10), d(12), 50.0, "mg", "50 mg"),
        DoseSegment(d(12), d(15), 100.0, "mg", "100 mg"),
    )
    assert first.stop == StopMarker(d(15), "side-effects", "stopped: side effects", "side effects")
    assert not second.clipped_start and second.running and second.stop is None
    assert second.segments == (DoseSegment(d(18), d(21), 25.0, "mg", "25 mg"),)
    # aripiprazole stops after the range: it runs to the range's end, no stop marker
    (aug,) = timeline.lanes[1].courses
    assert aug.segments == (DoseSegment(d(16), d(21), 2.0, "mg", "2 mg"),)
    assert aug.running and aug.stop is None


def test_scores_and_markers_are_clipped_to_the_range():
    timeline = build_timeline(records(), d(10), d(20), today=d(1, 3))
    assert [(p.date, p.total, p.band, p.self_harm_flag) for p in timeline.phq9] == [
        (d(12), 13, "moderate", True)
    ]
    assert [(p.date, p.total) for p in timeline.gad7] == [(d(14), 4)]
    assert [s.date for s in timeline.sessions] == [d(11)]
    assert [(a.date, a.clinician) for a in timeline.appointments] == [(d(19), "Dr. A")]


def test_day_values_for_hover():
    timeline = build_timeline(records(), d(10), d(20), today=d(1, 3))
    day = timeline.day(d(13))
    assert day.mood == 3.0 and day.mood_mean7 == 5.5 and day.sleep_hours == 7.5
    assert day.doses == (("sertraline", "100 mg"),)
    assert timeline.day(d(15)).doses == ()  # the stop day is not a day on the drug
    both = timeline.day(d(19))
    assert both.doses == (("sertraline", "25 mg"), ("aripiprazole", "2 mg"))
    assert [a.clinician for a in both.appointments] == ["Dr. A"]
    assert [p.total for p in timeline.day(d(12)).scores] == [13]
    assert timeline.day(d(9)) is None and timeline.day(d(21)) is None


def test_default_range_runs_from_the_first_record_to_today():
    timeline = build_timeline(records(), today=d(1, 3))
    assert timeline.start == d(1, 12, 2025)  # citalopram's start
    assert timeline.end == d(1, 3)
    assert timeline.days == 91
    assert [lane.drug for lane in timeline.lanes] == [
        "citalopram",
        "sertraline",
        "aripiprazole",
        "lithium",
    ]
    assert timeline.lanes[-1].courses[0].running


def test_a_stop_on_the_first_day_of_the_range_is_still_marked():
    timeline = build_timeline(records(), d(15), d(17), today=d(1, 3))
    (course,) = timeline.lanes[0].courses
    assert timeline.lanes[0].drug == "sertraline"
    assert course.segments == () and course.stop.date == d(15)


def test_start_after_end_is_refused_naming_the_field():
    with pytest.raises(ValidationError) as err:
        build_timeline(records(), d(20), d(10), today=d(1, 3))
    assert err.value.field == "from"


def test_the_analysed_timeline_is_the_journals_timeline_with_its_episodes(tmp_path):
    """What the Charts view and the PDF draw, built from the analysis's records, is the
    timeline read from the journal itself, device values and labs included."""
    import dataclasses

    from trdjournal.analysis import analyse
    from trdjournal.analysis.analysed_timeline import analysed_timeline
    from trdjournal.analysis.episodes import episode_markers
    from trdjournal.demo import fill_demo_journal
    from trdjournal.domain.device import DeviceValue
    from trdjournal.domain.labs import LabResult
    from trdjournal.storage import Journal

    with Journal.open(tmp_path / "demo.sqlite3") as journal:
        fill_demo_journal(journal, days=200)
        last = journal.checkins()[-1].date
        unlogged = last + dt.timedelta(days=1)  # the demo leaves today unlogged
        journal.add_device_values([DeviceValue(unlogged, "sleep_hours", 7.25, "fitbit")])
        journal.add_lab_result(LabResult(last, "TSH", 2.1, "mIU/L"))
        analysis = analyse(journal)
        for start, end in ((None, None), (last - dt.timedelta(days=89), unlogged)):
            read = build_timeline(journal, start, end)
            read = dataclasses.replace(read, episodes=episode_markers(analysis.episodes))
            built = analysed_timeline(analysis, start, end)
            assert built == read
        assert built.labs and built.episodes
        assert any(built.daily.device)
