"""Export -> import into an empty journal -> export gives the same document."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trdjournal.demo import fill_demo_journal
from trdjournal.domain import medication
from trdjournal.domain.background import Background, FamilyHistory, LifeEvent
from trdjournal.domain.device import SOURCES, DeviceValue
from trdjournal.domain.labs import LabResult
from trdjournal.domain.model import (
    Appointment,
    CheckIn,
    MedicationEvent,
    MissedDose,
    Questionnaire,
    Settings,
    TreatmentSession,
)
from trdjournal.exchange import document, importer
from trdjournal.storage import Journal
from trdjournal.storage.rows import TABLES

D = dt.date
FIRST, LAST = D(2024, 1, 1), D(2026, 6, 15)  # LAST is the tests' pinned today


def test_cli_round_trip_of_a_lived_in_journal_is_byte_identical(cli, journal_path, tmp_path):
    with Journal.open(journal_path) as journal:
        fill_demo_journal(journal, days=200)
        journal.save_settings(Settings(adequacy_weeks=8, report_name="Alex Example"))
        journal.save_background(
            Background(
                episode_start=D(2025, 9, 1), family_history=(FamilyHistory("depression", "mother"),)
            )
        )
        journal.add_life_event(LifeEvent(D(2026, 3, 2), -3, "lost my job"))
        journal.add_lab_result(LabResult(D(2026, 4, 1), "lithium level", 0.55, "mmol/L"))
        day = journal.checkins()[-1]
        journal.save_checkin(dataclasses.replace(day, note="edited ✓ ünïcode"))
        journal.delete_checkin(journal.checkins()[0].date)
        journal.delete_session(journal.sessions()[0].id)
        journal.undo_last()  # the session comes back; the undo is part of the history
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert cli("export", "-o", str(first)).exit_code == 0
    empty = tmp_path / "empty.sqlite3"
    result = cli("import", str(first), db=empty)
    assert result.exit_code == 0, result.output
    assert "history:" in result.output
    assert cli("export", "-o", str(second), db=empty).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert exported["format"] == "trdjournal" and exported["version"] == 1
    assert exported["settings"]["report_name"] == "Alex Example"
    assert exported["background"]["family_history"] == [
        {"condition": "depression", "relation": "mother"}
    ]
    assert exported["life_events"][-1]["text"] == "lost my job"
    assert exported["lab_results"][-1]["value"] == 0.55
    actions = [r["action"] for r in exported["revisions"]]
    assert actions.count("delete") == 2 and "update" in actions
    assert sum(r["undone_at"] is not None for r in exported["revisions"]) == 1
    assert first.stat().st_mode & 0o777 == 0o600
    # Importing the same export again adds nothing.
    again = cli("import", str(first), db=empty)
    assert "Nothing new" in again.output


def test_csv_export_is_a_zip_with_one_csv_per_table(cli, journal_path, tmp_path):
    cli(
        "log",
        "--date",
        "2026-06-01",
        "--mood",
        "4",
        "--tag",
        "walk",
        "--tag",
        "daylight",
        "--side-effect",
        "nausea=2",
        "--note",
        "a, b",
        "--elevated",
        "2",
        "--irritability",
        "1",
    )
    cli("questionnaire", "phq9", "--answers", "1,2,1,0,0,1,1,0,1", "--date", "2026-06-01")
    qids = "2,3,1,0,2,0,1,0,2,2,1,1,2,2,1,0"  # the sum is 20; the group maxima give 16
    cli("questionnaire", "qids-sr16", "--answers", qids, "--date", "2026-06-01")
    out = tmp_path / "journal.zip"
    assert cli("export", "-o", str(out), "--format", "csv").exit_code == 0
    with zipfile.ZipFile(out) as archive:
        names = sorted(archive.namelist())
        checkins = archive.read("checkins.csv").decode("utf-8-sig").splitlines()  # BOM (issue 14)
        questionnaires = archive.read("questionnaires.csv").decode("utf-8-sig").splitlines()
    assert names == sorted(f"{table}.csv" for table in (*TABLES, "settings", "revisions"))
    assert checkins[0] == (
        "date,mood,anxiety,energy,sleep_hours,sleep_quality,activity_minutes,"
        "elevated,irritability,steps,tags,side_effects,note,for_doctor"
    )
    assert checkins[1] == '2026-06-01,4,,,,,,2,1,,walk; daylight,nausea=2,"a, b",0'
    assert questionnaires[0] == "date,instrument,answers,id,total"
    assert questionnaires[1].endswith(",7")
    assert questionnaires[2].startswith("2026-06-01,qids-sr16,")
    assert questionnaires[2].endswith(",16")


# -- hypothesis: any journal survives the round trip ---------------------------------------
days = st.dates(min_value=FIRST, max_value=LAST)
TAGS = ["walk", "daylight", "friends", "work", "bad sleep", "sport", "ängstlich"]
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
scores = st.none() | st.integers(0, 10)

checkins = st.builds(
    CheckIn,
    date=days,
    mood=st.integers(0, 10),
    anxiety=scores,
    energy=scores,
    sleep_hours=st.none() | st.integers(0, 96).map(lambda q: q / 4),
    sleep_quality=st.none() | st.integers(1, 5),
    activity_minutes=st.none() | st.integers(0, 1440),
    elevated=st.none() | st.integers(0, 3),
    irritability=st.none() | st.integers(0, 3),
    steps=st.none() | st.integers(0, 200_000),
    tags=st.lists(st.sampled_from(TAGS), max_size=3).map(tuple),
    side_effects=st.dictionaries(st.sampled_from(["nausea", "headache"]), st.integers(0, 3)),
    note=texts,
    for_doctor=st.booleans(),
)
sessions = st.one_of(
    st.builds(
        TreatmentSession, date=days, kind=st.sampled_from(["rtms", "ect", "other"]), note=texts
    ),
    st.builds(  # with the detail of its kind (resources/courses.json)
        TreatmentSession,
        date=days,
        kind=st.just("ect"),
        note=texts,
        detail=st.sampled_from(["", "bilateral", "right unilateral"]),
    ),
    st.builds(
        TreatmentSession,
        date=days,
        kind=st.just("esketamine"),
        detail=st.sampled_from(["56 mg", "84 mg"]),
    ),
)
questionnaires = st.one_of(
    st.builds(
        Questionnaire,
        date=days,
        instrument=st.just("phq9"),
        answers=st.lists(st.integers(0, 3), min_size=9, max_size=9).map(tuple),
    ),
    st.builds(
        Questionnaire,
        date=days,
        instrument=st.just("gad7"),
        answers=st.lists(st.integers(0, 3), min_size=7, max_size=7).map(tuple),
    ),
    st.builds(
        Questionnaire,
        date=days,
        instrument=st.just("qids-sr16"),
        answers=st.lists(st.integers(0, 3), min_size=16, max_size=16).map(tuple),
    ),
    st.builds(
        Questionnaire,
        date=days,
        instrument=st.just("madrs-s"),
        answers=st.lists(st.integers(0, 6), min_size=9, max_size=9).map(tuple),
    ),
)
life_events = st.builds(
    LifeEvent,
    date=days,
    impact=st.integers(-4, 4),
    text=st.sampled_from(["moved house", "new job", "a loss", "holiday ☀"]),
)
lab_results = st.one_of(
    st.builds(
        LabResult,
        date=days,
        name=st.just("TSH"),
        unit=st.just("mIU/L"),
        value=st.integers(1, 900).map(lambda v: v / 100),
    ),
    st.builds(
        LabResult,
        date=days,
        name=st.just("lithium level"),
        unit=st.just("mmol/L"),
        value=st.integers(1, 150).map(lambda v: v / 100),
        ref_low=st.just(0.5),
        ref_high=st.just(0.8),
    ),
)
device_values = st.one_of(
    st.builds(
        DeviceValue,
        date=days,
        field=st.sampled_from(["sleep_hours", "in_bed_hours", "nap_hours"]),
        value=st.integers(0, 96).map(lambda q: q / 4),
        source=st.sampled_from(sorted(SOURCES)),
    ),
    st.builds(
        DeviceValue,
        date=days,
        field=st.sampled_from(["steps", "activity_minutes"]),
        value=st.integers(0, 1440),
        source=st.sampled_from(sorted(SOURCES)),
    ),
)
backgrounds = st.builds(
    Background,
    episode_start=st.none() | days,
    age_at_first_episode=st.none() | st.integers(1, 120),
    earlier_episodes=st.none() | st.integers(0, 100),
    family_history=st.lists(
        st.builds(
            FamilyHistory,
            condition=st.sampled_from(["depression", "anxiety"]),
            relation=st.sampled_from(["mother", "uncle"]),
        ),
        max_size=2,
    ).map(tuple),
    childhood_adversity=st.none() | st.booleans(),
    childhood_adversity_note=texts,
    other_conditions=st.lists(st.sampled_from(["migraine", "asthma"]), max_size=2).map(tuple),
)
appointments = st.builds(
    Appointment,
    date=st.dates(min_value=FIRST, max_value=D(2027, 1, 1)),
    clinician=texts,
    note=texts,
)


@st.composite
def courses(draw):
    """One drug's events in order: a start, dose changes, maybe a stop."""
    drug = draw(st.sampled_from(["sertraline", "bupropion", "lithium"]))
    dates = sorted(draw(st.lists(days, min_size=1, max_size=4, unique=True)))
    events = [MedicationEvent(dates[0], drug, "start", draw(st.integers(1, 300)))]
    for day in dates[1:-1]:
        events.append(MedicationEvent(day, drug, "change", draw(st.integers(1, 300))))
    if len(dates) > 1:
        if draw(st.booleans()):
            reason = draw(st.none() | st.sampled_from(["no-response", "side-effects"]))
            events.append(MedicationEvent(dates[-1], drug, "stop", reason=reason))
        else:
            events.append(MedicationEvent(dates[-1], drug, "change", 10.5))
    return events


@st.composite
def journals(draw):
    return {
        "checkins": draw(st.lists(checkins, max_size=12, unique_by=lambda c: c.date)),
        "courses": draw(st.lists(courses(), max_size=3, unique_by=lambda c: c[0].drug)),
        "sessions": draw(st.lists(sessions, max_size=4)),
        "questionnaires": draw(st.lists(questionnaires, max_size=4)),
        "appointments": draw(st.lists(appointments, max_size=3)),
        "life_events": draw(st.lists(life_events, max_size=3)),
        "lab_results": draw(st.lists(lab_results, max_size=3)),
        "device_values": draw(st.lists(device_values, max_size=6)),
        "background": draw(st.none() | backgrounds),
        "settings": draw(
            st.none()
            | st.builds(
                Settings,
                adequacy_weeks=st.sampled_from([4, 6, 8]),
                report_name=texts,
                adherence_min_percent=st.integers(50, 100),
                course_min_sessions=st.none()
                | st.dictionaries(st.sampled_from(["rtms", "ect:bilateral"]), st.integers(1, 60)),
            )
        ),
        "missed": draw(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 400)), max_size=4)),
        "edits": draw(
            st.lists(
                st.tuples(st.sampled_from(["edit", "delete", "undo"]), st.integers(0, 50)),
                max_size=6,
            )
        ),
    }


def _build(journal: Journal, spec) -> None:
    for c in spec["checkins"]:
        journal.save_checkin(c)
    for course in spec["courses"]:
        for event in course:
            journal.add_med_event(event)
    for index, offset in spec["missed"]:  # a missed dose on a day its drug is running
        if index < len(spec["courses"]):
            drug = spec["courses"][index][0].drug
            day = spec["courses"][index][0].date + dt.timedelta(days=offset)
            running = {i.drug for i in medication.regimen_on(journal.med_events(), day)}
            logged = journal.missed_doses(day, day, drug)
            if day <= LAST and drug in running and not logged:
                journal.add_missed_dose(MissedDose(day, drug, 1 + offset % 3, "forgot"))
    for s in spec["sessions"]:
        journal.add_session(s)
    for q in spec["questionnaires"]:
        journal.add_questionnaire(q)
    for a in spec["appointments"]:
        journal.add_appointment(a)
    for e in spec["life_events"]:
        journal.add_life_event(e)
    for lab in spec["lab_results"]:
        journal.add_lab_result(lab)
    journal.add_device_values(spec["device_values"])  # a repeated day+field+source: kept once
    if spec["background"] is not None:
        journal.save_background(spec["background"])
    if spec["settings"] is not None:
        journal.save_settings(spec["settings"])
    for action, n in spec["edits"]:
        if action == "undo":
            journal.undo_last()
            continue
        targets = (
            [("checkin", c) for c in journal.checkins()]
            + [("questionnaire", q) for q in journal.questionnaires()]
            + [("session", s) for s in journal.sessions()]
        )
        if not targets:
            continue
        kind, record = targets[n % len(targets)]
        if action == "edit":
            edited = (
                dataclasses.replace(record, note="edited")
                if kind != "questionnaire"
                else (dataclasses.replace(record, answers=tuple(reversed(record.answers))))
            )
            {
                "checkin": journal.save_checkin,
                "session": journal.update_session,
                "questionnaire": journal.update_questionnaire,
            }[kind](edited)
        else:
            {
                "checkin": lambda r: journal.delete_checkin(r.date),
                "session": lambda r: journal.delete_session(r.id),
                "questionnaire": lambda r: journal.delete_questionnaire(r.id),
            }[kind](record)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals())
def test_export_import_export_is_the_identity(spec):
    with tempfile.TemporaryDirectory() as folder:
        with Journal.open(Path(folder) / "source.sqlite3") as source:
            _build(source, spec)
            first = document.dumps(document.export_document(source))
        exported = Path(folder) / "export.json"
        exported.write_text(first, encoding="utf-8")
        with Journal.open(Path(folder) / "target.sqlite3") as target:
            report = importer.import_file(target, exported)
            assert report.whole
            second = document.dumps(document.export_document(target))
    assert second == first


def test_an_export_merges_into_a_journal_that_has_entries(cli, journal_path, tmp_path):
    other = tmp_path / "other.sqlite3"
    cli("log", "--date", "2026-06-01", "--mood", "4", "--note", "from A")
    cli("treatment", "add", "rtms", "--date", "2026-06-01")
    cli("med", "start", "sertraline", "--dose", "50", "--date", "2026-05-01")
    export = tmp_path / "a.json"
    cli("export", "-o", str(export))
    cli("log", "--date", "2026-06-02", "--mood", "6", db=other)
    cli("log", "--date", "2026-06-01", "--mood", "2", "--sleep", "6", db=other)
    result = cli("import", str(export), db=other)
    assert result.exit_code == 0, result.output
    assert "check-ins: 0 added, 1 replaced, 0 skipped" in result.output
    assert "treatment sessions: 1 added" in result.output
    assert "medication events: 1 added" in result.output
    assert "history (3 revisions) and settings were not merged" in result.output
    days = {c["date"]: c for c in json.loads(cli("entries", "--json", db=other).output)}
    assert (days["2026-06-01"]["mood"], days["2026-06-01"]["sleep_hours"]) == (4, 6.0)
    assert days["2026-06-01"]["note"] == "from A" and days["2026-06-02"]["mood"] == 6
    assert "Nothing new" in cli("import", str(export), db=other).output
    # A medication history that contradicts the journal's stops the whole import.
    clash = tmp_path / "clash.sqlite3"
    cli("med", "start", "sertraline", "--dose", "100", "--date", "2026-04-01", db=clash)
    before = clash.read_bytes()
    refused = cli("import", str(export), db=clash)
    assert refused.exit_code == 2
    assert "do not fit the journal's" in refused.output and "Nothing was imported" in refused.output
    assert clash.read_bytes() == before
