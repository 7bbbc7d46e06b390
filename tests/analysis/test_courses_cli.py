"""Courses of sessions and trial adherence, built through the CLI, with hand-worked values.

Today is pinned to 2026-06-15. Each threshold's source (resources/courses.json):
esketamine 8 sessions - Spravato label, induction twice weekly for 4 weeks; rTMS 30 -
FDA-cleared course, 5 a week for 6 weeks; ECT 6 bilateral / 8 right unilateral - ATHF-SF2
(verify); psychotherapy 12 - ATHF-SF/ATHF-SF2 named psychotherapies (verify); adherence 80 % -
ATHF irregular-taking rule (verify).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from trdjournal.domain.model import Settings
from trdjournal.storage import Journal


def _ok(result):
    assert result.exit_code == 0, result.output
    return result


def _phq9(cli, date: str, total: int) -> None:
    """A PHQ-9 with the given total (items 1-8 filled in turn; item 9 = 0)."""
    answers, rest, i = [0] * 9, total, 0
    while rest:
        if answers[i] < 3:
            answers[i] += 1
            rest -= 1
        i = (i + 1) % 8
    _ok(cli("questionnaire", "phq9", "--answers", ",".join(map(str, answers)), "--date", date))


def _sessions(cli, kind: str, dates: list[dt.date], detail: str = "") -> None:
    extra = ("--detail", detail) if detail else ()
    for day in dates:
        _ok(cli("treatment", "add", kind, "--date", day.isoformat(), *extra))


def _weekdays(first: dt.date, count: int) -> list[dt.date]:
    days, day = [], first
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _history(cli) -> list[dict]:
    return json.loads(_ok(cli("trials", "--json")).output)


def _courses(cli, kind: str) -> list[dict]:
    return [row for row in _history(cli) if row["kind"] == kind]


def test_esketamine_induction_is_one_adequate_course_and_a_gap_starts_another(cli):
    # Mondays and Thursdays from 2026-03-02: 8 sessions to 03-26 (the label's induction).
    induction = [dt.date(2026, 3, d) for d in (2, 5, 9, 12, 16, 19, 23, 26)]
    _sessions(cli, "esketamine", induction, "56 mg")
    _ok(cli("treatment", "add", "esketamine", "--date", "2026-05-10"))  # 45 days later > 28
    _phq9(cli, "2026-02-25", 20)  # 5 days before the first session
    _phq9(cli, "2026-04-05", 8)  # 10 days after the last: 2 x 8 = 16 <= 20, not < 5
    first, second = _courses(cli, "esketamine")
    assert (first["start"], first["end"], first["sessions"]) == ("2026-03-02", "2026-03-26", 8)
    assert first["details"] == ["56 mg"] and first["name"] == "Esketamine (56 mg)"
    assert first["adequate"] is True and first["min_sessions"] == 8
    # the JSON keeps "adequacy_source", now the reference alone; the reasoning is its own key
    assert first["adequacy_source"] == "Spravato (esketamine) label"
    assert first["adequacy_reason"].startswith("Induction phase of the label: twice a week")
    assert (first["baseline"], first["follow_up"]) == (20, 8)
    assert first["change_pct"] == -60.0 and first["outcome"] == "response"
    assert second["sessions"] == 1 and second["adequate"] is False
    assert second["outcome"] == "unknown"  # no PHQ-9 within 14 days before 05-10


def test_rtms_course_needs_30_sessions_and_the_minimum_is_a_setting(cli, journal_path):
    days = _weekdays(dt.date(2026, 1, 5), 29)  # Jan 5 .. Feb 12: one short of 30
    _sessions(cli, "rtms", days, "10 Hz")
    _phq9(cli, "2026-01-02", 16)
    _phq9(cli, "2026-02-19", 12)  # 7 days after the last: 4 x (16 - 12) = 16 >= 16: partial
    (course,) = _courses(cli, "rtms")
    assert (course["start"], course["end"], course["sessions"]) == ("2026-01-05", "2026-02-12", 29)
    assert course["adequate"] is False and course["min_sessions"] == 30
    assert course["outcome"] == "partial" and course["change_pct"] == -25.0
    assert course["failed_adequate_trial"] is False
    with Journal.open(journal_path) as journal:
        journal.save_settings(Settings(course_min_sessions={"rtms": 20}))
    (course,) = _courses(cli, "rtms")
    assert course["adequate"] is True and course["min_sessions"] == 20
    assert course["failed_adequate_trial"] is True
    # ... but a course is not a medication trial: the TRD count stays at 0.
    staging = json.loads(_ok(cli("stage", "--json")).output)
    assert staging["failed_adequate_trials"] == 0
    assert "rTMS (1)" in staging["counted"] and "not counted" in staging["counted"]


def test_rtms_gap_of_14_days_joins_and_15_days_splits(cli):
    _sessions(cli, "rtms", [dt.date(2025, 6, 1), dt.date(2025, 6, 15), dt.date(2025, 6, 30)])
    first, second = _courses(cli, "rtms")
    assert (first["start"], first["end"], first["sessions"]) == ("2025-06-01", "2025-06-15", 2)
    assert (second["start"], second["sessions"]) == ("2025-06-30", 1)


ECT_DAYS = [dt.date(2026, 4, d) for d in (6, 8, 10, 13, 15, 17)]  # Mon/Wed/Fri, 6 treatments


@pytest.mark.parametrize(
    ("placement", "minimum", "adequate"),
    [("bilateral", 6, True), ("right unilateral", 8, False), ("", 8, False)],
)
def test_ect_minimum_depends_on_placement(cli, placement, minimum, adequate):
    _sessions(cli, "ect", ECT_DAYS, placement)
    _phq9(cli, "2026-04-01", 24)
    _phq9(cli, "2026-04-25", 4)  # < 5: remission; (4 - 24) / 24 = -83.3 %
    (course,) = _courses(cli, "ect")
    assert course["sessions"] == 6 and course["min_sessions"] == minimum
    assert course["adequate"] is adequate
    assert course["outcome"] == "remission" and course["change_pct"] == -83.3
    _ok(cli("log", "--date", "2026-03-30", "--mood", "3"))  # the episode to stage
    staging = json.loads(_ok(cli("stage", "--json")).output)
    assert staging["maudsley"]["ect"] == 1  # ECT keeps its Maudsley item


def test_psychotherapy_course_is_shown_failed_but_not_counted_for_trd(cli):
    weekly = [dt.date(2025, 9, 1) + dt.timedelta(weeks=w) for w in range(12)]  # to 11-17
    _sessions(cli, "psychotherapy", weekly, "CBT")
    _phq9(cli, "2025-08-25", 14)
    _phq9(cli, "2025-11-30", 13)  # 13 days after the last: 4 x 1 < 14: non-response
    (course,) = _courses(cli, "psychotherapy")
    assert course["sessions"] == 12 and course["adequate"] is True
    assert course["outcome"] == "non-response" and course["change_pct"] == -7.1
    assert course["failed_adequate_trial"] is True
    output = _ok(cli("stage")).output
    assert "Failed adequate antidepressant trials in the current episode (since " in output
    assert "): 0\n" in output
    assert "Psychotherapy (1)" in output


def test_a_psychotherapy_of_another_type_is_not_judged(cli):
    _sessions(cli, "psychotherapy", [dt.date(2026, 5, 4) + dt.timedelta(weeks=w) for w in range(3)],
              "other")  # fmt: skip
    (course,) = _courses(cli, "psychotherapy")
    assert course["adequate"] is None and "not judged" in course["adequacy_rule"]


def test_ten_missed_days_of_a_42_day_trial_is_not_a_fair_trial(cli, journal_path):
    # sertraline 100 mg 2026-03-01 .. stop 04-12: 42 days, adequate (>= 50 mg for 42 days);
    # PHQ-9 20 -> 18: non-response, which would make it a failed adequate trial.
    _ok(cli("med", "start", "sertraline", "--dose", "100", "--date", "2026-03-01"))
    _ok(cli("med", "stop", "sertraline", "--date", "2026-04-12", "--reason", "no-response"))
    _phq9(cli, "2026-03-01", 20)
    _phq9(cli, "2026-04-10", 18)
    for d in range(3, 13):  # 10 days, March 3-12
        _ok(cli("med", "missed", "Zoloft", "--date", f"2026-03-{d:02d}"))
    (row,) = _history(cli)
    assert row["kind"] == "medication" and row["days"] == 42
    assert row["missed_days"] == 10 and row["adherence"] == 0.76  # 32 / 42
    assert row["fair_trial"] is False and row["adequate"] is True  # the dose was adequate
    assert row["failed_adequate_trial"] is False
    assert any(note.startswith("not a fair trial") for note in row["notes"])
    assert "not a fair trial" in _ok(cli("trials")).output
    assert '"failed_adequate_trials": 0' in _ok(cli("stage", "--json")).output
    with Journal.open(journal_path) as journal:  # the cut-off is a setting
        journal.save_settings(Settings(adherence_min_percent=75))
    (row,) = _history(cli)
    assert row["fair_trial"] is True and row["failed_adequate_trial"] is True


def test_missed_doses_around_a_loss_of_response_say_so(cli):
    # fluoxetine 20 mg from 2026-01-01: PHQ-9 20, 8 (response) on 02-05, then 15 and 16 on the
    # same dose: a loss of response; doses were missed on 03-01 and 03-02, within 14 days before.
    _ok(cli("med", "start", "fluoxetine", "--dose", "20", "--date", "2026-01-01"))
    for date, total in [("2026-01-01", 20), ("2026-02-05", 8), ("2026-03-10", 15),
                        ("2026-03-24", 16)]:  # fmt: skip
        _phq9(cli, date, total)
    _ok(cli("med", "missed", "fluoxetine", "--date", "2026-03-01"))
    _ok(cli("med", "missed", "fluoxetine", "--date", "2026-03-02", "--doses", "2"))
    (row,) = _history(cli)
    assert row["tachyphylaxis"]["lost_on"] == "2026-03-10"
    assert any("missed on 2 day(s) around the loss of response" in n for n in row["notes"])
    assert "rule out missed doses" in " ".join(_ok(cli("trials")).output.split())


def test_medication_rows_keep_their_keys_and_rows_come_in_date_order(cli):
    _ok(cli("med", "start", "sertraline", "--dose", "50", "--date", "2026-02-01"))
    _sessions(cli, "rtms", [dt.date(2026, 1, 12)])
    rows = _history(cli)
    assert [r["kind"] for r in rows] == ["rtms", "medication"]
    medication = rows[1]
    for key in ("drug", "start", "end", "days", "adequate", "baseline", "follow_up",
                "change_pct", "outcome", "failed_adequate_trial", "notes"):  # fmt: skip
        assert key in medication
    assert medication["adherence"] == 1.0 and medication["missed_days"] == 0
    course = rows[0]
    for key in ("start", "end", "baseline", "follow_up", "change_pct", "outcome", "adequate"):
        assert key in course
    assert course["sessions"] == 1


def test_bad_input_names_the_field_and_changes_nothing(cli, journal_path):
    _ok(cli("med", "start", "sertraline", "--dose", "50", "--date", "2026-02-01"))
    bad = cli("med", "missed", "bupropion", "--date", "2026-03-01")
    assert bad.exit_code == 2 and "not running on 2026-03-01" in bad.output
    assert cli("med", "missed", "sertraline", "--date", "2026-01-01").exit_code == 2
    assert cli("med", "missed", "sertraline", "--doses", "0").exit_code == 2
    _ok(cli("med", "missed", "sertraline"))
    twice = cli("med", "missed", "sertraline")
    assert twice.exit_code == 2 and "already logged" in twice.output
    detail = cli("treatment", "add", "ect", "--detail", "left")
    assert detail.exit_code == 2 and "bilateral, right unilateral" in detail.output
    with Journal.open(journal_path) as journal:
        assert len(journal.missed_doses()) == 1 and journal.sessions() == []


def test_ketamine_six_infusions_and_exactly_half_is_a_response(cli):
    infusions = [dt.date(2026, 5, d) for d in (4, 6, 8, 11, 13, 15)]  # 3 a week for 2 weeks
    _sessions(cli, "ketamine", infusions, "intravenous")
    _phq9(cli, "2026-05-01", 18)
    _phq9(cli, "2026-05-20", 9)  # 2 x 9 = 18 <= 18: a 50.0 % reduction is a response
    (course,) = _courses(cli, "ketamine")
    assert course["adequate"] is True and course["min_sessions"] == 6
    assert course["adequacy_verify"] is True  # no label: a common protocol, to verify
    assert course["outcome"] == "response" and course["change_pct"] == -50.0
    assert course["running"] is False  # 31 days since the last infusion > the 28-day gap


def test_light_therapy_has_no_adequacy_rule(cli):
    _sessions(cli, "light-therapy", [dt.date(2026, 6, d) for d in range(1, 11)])
    (course,) = _courses(cli, "light-therapy")
    assert course["sessions"] == 10 and course["running"] is True
    assert course["adequate"] is None and course["adequacy_rule"] == (
        "no adequacy rule for this kind of treatment"
    )
    assert course["outcome"] == "unknown"


def test_courses_are_judged_on_the_primary_scale(cli, journal_path):
    with Journal.open(journal_path) as journal:
        journal.save_settings(Settings(primary_scale="qids-sr16"))
    _sessions(cli, "esketamine", [dt.date(2026, 3, d) for d in (2, 5, 9, 12, 16, 19, 23, 26)])
    # QIDS-SR16 items 10-14 are counted one by one: 3+3+3+3+2 = 14, then 1+1+1+1+0 = 4.
    for date, tail in [("2026-02-27", "3,3,3,3,2"), ("2026-04-02", "1,1,1,1,0")]:
        answers = "0,0,0,0,0,0,0,0,0," + tail + ",0,0"
        _ok(cli("questionnaire", "qids-sr16", "--answers", answers, "--date", date))
    (course,) = _courses(cli, "esketamine")
    assert course["measure"] == "qids-sr16" and (course["baseline"], course["follow_up"]) == (14, 4)
    assert course["outcome"] == "remission"  # QIDS-SR16 remission: 5 or less
