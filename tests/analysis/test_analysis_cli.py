"""``trials``, ``stage`` and ``summary`` on a real journal file, through click's CliRunner.

Today is pinned to 2026-06-15 by tests/conftest.py."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def history(cli):
    """Two failed adequate trials, then an augmentation that works (all by hand):

    sertraline 50 -> 100 mg 2025-10-01 .. 2025-12-01 (61 days), PHQ-9 20 -> 18: non-response;
    venlafaxine 150 mg from 2025-12-01, PHQ-9 18 (12-01) -> 12 (2026-02-20): 4 x 6 = 24 >= 18,
    2 x 12 > 18: partial; aripiprazole from 2026-03-01 (venlafaxine judged up to 02-28),
    PHQ-9 12 (03-01) -> 4 (06-01): remission."""
    steps = [
        ("med", "start", "Zoloft", "--dose", "50", "--date", "2025-10-01"),
        ("med", "change", "sertraline", "--dose", "100", "--date", "2025-10-20"),
        ("med", "stop", "sertraline", "--date", "2025-12-01", "--reason", "no-response"),
        ("med", "start", "Effexor XR", "--dose", "150", "--date", "2025-12-01"),
        ("med", "start", "Abilify", "--dose", "5", "--date", "2026-03-01"),
        ("treatment", "add", "ect", "--date", "2026-04-01"),
        ("log", "--date", "2025-10-01", "--mood", "2"),
        ("log", "--date", "2026-06-10", "--mood", "7", "--note", "ask about dose",
         "--for-doctor"),
    ]  # fmt: skip
    for date, answers in [
        ("2025-10-01", "3,3,3,3,2,2,2,2,0"),  # 20
        ("2025-11-28", "2,2,2,2,2,2,2,2,2"),  # 18, item 9 = 2
        ("2025-12-01", "3,3,2,2,2,2,2,2,0"),  # 18
        ("2026-02-20", "2,2,2,2,1,1,1,1,0"),  # 12
        ("2026-03-01", "2,2,2,2,1,1,1,1,0"),  # 12
        ("2026-06-01", "1,1,1,1,0,0,0,0,0"),  # 4
    ]:
        steps.append(("questionnaire", "phq9", "--answers", answers, "--date", date))
    for args in steps:
        result = cli(*args)
        assert result.exit_code == 0, result.output
    return cli


def test_trials_json(history):
    out = history("trials", "--json")
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert [r["kind"] for r in rows] == ["medication", "medication", "medication", "ect"]
    sertraline, venlafaxine, aripiprazole = rows[:3]
    assert {k: sertraline[k] for k in (
        "drug", "role", "start", "end", "days", "max_dose_mg", "min_adequate_dose_mg",
        "days_at_adequate_dose", "adequate", "measure", "baseline", "follow_up", "change_pct",
        "outcome", "stop_reason", "failed_adequate_trial")} == {
        "drug": "sertraline", "role": "antidepressant", "start": "2025-10-01",
        "end": "2025-12-01", "days": 61, "max_dose_mg": 100.0, "min_adequate_dose_mg": 50,
        "days_at_adequate_dose": 61, "adequate": True, "measure": "phq9", "baseline": 20,
        "follow_up": 18, "change_pct": -10.0, "outcome": "non-response",
        "stop_reason": "no-response", "failed_adequate_trial": True}  # fmt: skip
    assert venlafaxine["end"] is None and venlafaxine["days"] == 197  # 12-01 .. 06-15
    assert venlafaxine["assessed_until"] == "2026-02-28"
    assert (venlafaxine["baseline"], venlafaxine["follow_up"], venlafaxine["outcome"]) == (
        18,
        12,
        "partial",
    )
    assert venlafaxine["change_pct"] == -33.3 and venlafaxine["failed_adequate_trial"]
    assert (aripiprazole["role"], aripiprazole["min_adequate_dose_mg"]) == ("augmentation", None)
    assert (aripiprazole["baseline"], aripiprazole["follow_up"]) == (12, 4)
    # a combination trial (issue 15): adequate when venlafaxine is adequate and aripiprazole
    # reached its augmentation dose (2 mg, resources/augmentation.json)
    assert aripiprazole["outcome"] == "remission" and aripiprazole["adequate"] is True
    assert aripiprazole["combination_with"] == "venlafaxine"


def test_adequate_weeks_option(history):
    # sertraline held 61 days: adequate at 4, 6 and 8 weeks; the running venlafaxine too
    for weeks in ("4", "8"):
        rows = json.loads(history("trials", "--json", "--adequate-weeks", weeks).output)
        assert rows[0]["adequate"] and rows[0]["days_at_adequate_dose"] == 61
    bad = history("trials", "--adequate-weeks", "5")
    assert bad.exit_code == 2 and "--adequate-weeks" in bad.output


def test_trials_table(history):
    out = history("trials").output
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["drug", "role", "start"]
    assert "sertraline [F]" in out and "PHQ-9 20->18" in out and "running" in out
    assert "the day before aripiprazole reached its augmentation" in out


def test_stage_json(history):
    out = history("stage", "--json")
    assert out.exit_code == 0, out.output
    s = json.loads(out.output)
    assert s["failed_adequate_trials"] == 2 and s["trd_definition_met"] is True
    m = s["maudsley"]
    # episode from the first check-in 2025-10-01: 8 months (1); PHQ-9 20 severe (4);
    # 2 failures (1); aripiprazole (1); ECT (1) = 8, moderate
    assert {k: m[k] for k in ("duration", "severity", "failures", "augmentation", "ect",
                              "total", "band")} == {
        "duration": 1, "severity": 4, "failures": 1, "augmentation": 1, "ect": 1, "total": 8,
        "band": "moderate"}  # fmt: skip
    assert "self-report" in s["label"]


def test_stage_table(history):
    out = history("stage").output
    assert (
        "Failed adequate antidepressant trials in the current episode (since 2025-10-01): "
        "2 (sertraline, venlafaxine)"
    ) in out
    assert ": met" in out and "Total: 8 of 15 (moderate)" in out and "estimate" in out


def test_summary_json_and_table(history):
    out = history("summary", "--from", "2025-11-15", "--to", "2026-06-15", "--json")
    assert out.exit_code == 0, out.output
    s = json.loads(out.output)
    assert (s["days_in_range"], s["days_logged"]) == (213, 1)
    phq9 = s["questionnaires"][0]
    assert (phq9["first"]["total"], phq9["latest"]["total"], phq9["change"]) == (18, 4, -14)
    assert s["item9_positives"] == [{"date": "2025-11-28", "answer": 2, "total": 18}]
    assert [r["drug"] for r in s["regimen"]] == ["venlafaxine", "aripiprazole"]
    assert s["doctor_notes"] == [{"date": "2026-06-10", "mood": 7, "note": "ask about dose"}]
    table = history("summary").output  # default: the 30 days up to today
    assert table.startswith("2026-05-17 to 2026-06-15: 1 of 30 days logged")
    assert "For the doctor, 2026-06-10: ask about dose" in table


def test_summary_refuses_a_reversed_range(history, journal_path):
    before = journal_path.read_bytes()
    out = history("summary", "--from", "2026-06-10", "--to", "2026-06-01")
    assert out.exit_code == 2 and "--from" in out.output
    assert journal_path.read_bytes() == before
    future = history("summary", "--from", "2026-07-01")  # after today, the default end
    assert future.exit_code == 2 and "--from" in future.output and "today" in future.output


def test_empty_journal(cli):
    assert "No medication logged" in cli("trials").output
    assert json.loads(cli("trials", "--json").output) == []
    s = json.loads(cli("stage", "--json").output)
    assert s["failed_adequate_trials"] == 0 and s["maudsley"] is None
    assert "Nothing logged yet" in cli("stage").output
    assert cli("summary").exit_code == 0
