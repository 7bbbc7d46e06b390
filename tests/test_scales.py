"""QIDS-SR16 and MADRS-S on the command line: totals, bands, refusals, safety items; the
elevation and irritability fields of a check-in. Sources of every line: resources/scales.json."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn, Questionnaire, Settings
from trdjournal.domain.scales import primary_scale_keys, scale, scale_rules

QIDS_16 = [2, 3, 1, 0, 2, 0, 1, 0, 2, 2, 1, 1, 2, 2, 1, 0]  # a naive sum gives 20
QIDS_6 = [1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0]


def answers(values) -> str:
    return ",".join(map(str, values))


def test_qids_sr16_counts_the_highest_of_each_group():
    assert sum(QIDS_16) == 20
    day = dt.date(2026, 6, 1)
    assert Questionnaire(day, "qids-sr16", tuple(QIDS_16)).total == 16
    assert Questionnaire(day, "qids-sr16", tuple(QIDS_6)).total == 6
    assert Questionnaire(day, "qids-sr16", tuple(QIDS_6)).band == "mild"


def test_qids_sr16_on_the_command_line(cli, journal):
    out = cli("questionnaire", "qids-sr16", "--answers", answers(QIDS_16), "--date", "2026-06-01")
    assert out.exit_code == 0
    assert "QIDS-SR16 on 2026-06-01: total 16 (severe)." in out.output
    out = cli("questionnaire", "qids-sr16", "--answers", answers(QIDS_6), "--date", "2026-06-02")
    assert "total 6 (mild)." in out.output
    assert [q.total for q in journal.questionnaires("qids-sr16")] == [16, 6]


@pytest.mark.parametrize(
    ("values", "total", "band"),
    [
        ([2, 2, 2, 2, 2, 2, 0, 0, 0], 12, "none or very mild"),
        ([2, 2, 2, 2, 2, 2, 1, 0, 0], 13, "mild"),
        ([3, 3, 3, 3, 3, 3, 1, 0, 0], 19, "mild"),
        ([3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "moderate"),
        ([4, 4, 4, 4, 4, 4, 4, 4, 2], 34, "moderate"),
        ([5, 4, 4, 4, 4, 4, 4, 4, 2], 35, "severe"),
        ([6] * 9, 54, "severe"),
    ],
)
def test_madrs_s_totals_and_bands_at_each_edge(cli, values, total, band):
    out = cli("questionnaire", "madrs-s", "--answers", answers(values), "--date", "2026-06-01")
    assert out.exit_code == 0
    assert f"MADRS-S on 2026-06-01: total {total} ({band})." in out.output


def _state(journal_path) -> tuple:
    from trdjournal.storage import Journal

    with Journal.open(journal_path) as journal:
        return journal.counts(), len(journal.revisions())


@pytest.mark.parametrize(
    ("instrument", "given_answers", "message"),
    [
        ("qids-sr16", answers(QIDS_16[:15]), "QIDS-SR16 has 16 questions; got 15 answers"),
        ("qids-sr16", answers([*QIDS_16, 0]), "QIDS-SR16 has 16 questions; got 17 answers"),
        ("qids-sr16", answers([4, *QIDS_16[1:]]), "answer 1: must be a whole number from 0 to 3"),
        ("madrs-s", "1,1,1,1,1,1,1,1", "MADRS-S has 9 questions; got 8 answers"),
        ("madrs-s", "1,1,1,1,1,1,1,1,7", "answer 9: must be a whole number from 0 to 6"),
        ("madrs-s", "1,1,-1,1,1,1,1,1,1", "answer 3 is '-1'"),
        ("madrs-s", "1,1,x,1,1,1,1,1,1", "answer 3 is 'x'"),
    ],
)
def test_wrong_answers_are_refused_and_nothing_changes(
    cli, journal_path, instrument, given_answers, message
):
    cli("log", "--mood", "5")  # the journal has something in it
    before = _state(journal_path)
    out = cli("questionnaire", instrument, "--answers", given_answers)
    assert out.exit_code == 2
    assert message in out.output
    assert "Traceback" not in out.output
    assert _state(journal_path) == before


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(st.integers(-3, 9), min_size=0, max_size=20))
def test_any_madrs_s_answer_list_is_saved_or_refused_with_exit_2(cli, journal_path, values):
    before = _state(journal_path)
    out = cli("questionnaire", "madrs-s", "--answers", answers(values))
    valid = len(values) == 9 and all(0 <= v <= 6 for v in values)
    assert out.exit_code == (0 if valid else 2)
    if valid:
        assert f"total {sum(values)} (" in out.output
    else:
        assert _state(journal_path) == before


def test_qids_sr16_item_12_shows_the_crisis_resources(cli):
    at_one = [0] * 16
    at_one[11] = 1
    out = cli("questionnaire", "qids-sr16", "--answers", answers(at_one))
    assert "thoughts of death or of hurting yourself" in out.output
    assert "Självmordslinjen (Mind) (Sweden): 90101" in out.output
    assert "marked for your clinician" in out.output
    quiet = cli("questionnaire", "qids-sr16", "--answers", answers([1] * 11 + [0] + [1] * 4))
    assert quiet.exit_code == 0 and "Samaritans" not in quiet.output


def test_madrs_s_zest_for_life_from_3_shows_the_crisis_resources(cli):
    assert scale("madrs-s").safety_min == 3 and scale("madrs-s").safety_item == 9
    assert "Svanborg" in scale("madrs-s").safety_source
    flagged = cli("questionnaire", "madrs-s", "--answers", "0,0,0,0,0,0,0,0,3")
    assert "Samaritans (UK and Ireland): 116 123" in flagged.output
    below = cli("questionnaire", "madrs-s", "--answers", "4,4,4,4,4,4,4,4,2")
    assert below.exit_code == 0 and "Samaritans" not in below.output


def test_scale_rules_come_from_the_resources_with_sources():
    assert primary_scale_keys() == ("phq9", "qids-sr16", "madrs-s")
    phq9, qids, madrs = (scale_rules(k) for k in primary_scale_keys())
    assert (phq9.remission_max, phq9.relapse_min, phq9.moderate_min) == (4, 10, 10)
    assert (qids.remission_max, qids.relapse_min, qids.moderate_min) == (5, 11, 11)
    assert (madrs.remission_max, madrs.relapse_min, madrs.moderate_min) == (10, 20, 20)
    assert qids.is_remission(5) and not qids.is_remission(6)
    assert "STAR*D" in qids.source and "Brus" in madrs.source
    with pytest.raises(ValidationError):
        scale_rules("gad7")  # GAD-7 measures anxiety: it cannot judge an antidepressant trial


def test_primary_scale_setting_is_checked():
    assert Settings().primary_scale == "phq9"
    assert Settings(primary_scale="madrs-s").primary_scale == "madrs-s"
    with pytest.raises(ValidationError, match="primary_scale"):
        Settings(primary_scale="gad7")


# -- elevation and irritability ------------------------------------------------------------
def test_log_elevated_and_irritability_and_entries_json(cli):
    out = cli(
        "log", "--date", "2026-06-01", "--mood", "6", "--elevated", "2", "--irritability", "3"
    )
    assert out.exit_code == 0
    cli("log", "--date", "2026-06-02", "--mood", "5")
    listed = json.loads(cli("entries", "--json").output)
    assert (listed[0]["elevated"], listed[0]["irritability"]) == (2, 3)
    assert (listed[1]["elevated"], listed[1]["irritability"]) == (None, None)


@pytest.mark.parametrize("option", ["--elevated", "--irritability"])
@pytest.mark.parametrize("value", ["4", "-1"])
def test_elevation_out_of_range_is_refused(cli, journal_path, option, value):
    cli("log", "--date", "2026-06-01", "--mood", "6", "--elevated", "1")
    before = _state(journal_path)
    out = cli("log", "--date", "2026-06-01", "--mood", "2", option, value)
    assert out.exit_code == 2
    assert f"Invalid value for {option}: must be a whole number from 0 to 3" in out.output
    assert _state(journal_path) == before


def test_checkin_elevation_fields_check_their_range():
    day = dt.date(2026, 6, 1)
    assert CheckIn(day, 5, elevated=3, irritability=0).elevated == 3
    with pytest.raises(ValidationError, match="irritability"):
        CheckIn(day, 5, irritability=True)
    assert dataclasses.replace(CheckIn(day, 5), elevated=None).elevated is None


def test_summary_names_qids_item_12_and_elevated_mood_as_logged(cli):
    at_one = [0] * 16
    at_one[11] = 1
    cli("questionnaire", "qids-sr16", "--answers", answers(at_one), "--date", "2026-06-10")
    for day, level in (("2026-06-11", "1"), ("2026-06-12", "2"), ("2026-06-13", "0")):
        cli("log", "--date", day, "--mood", "6", "--elevated", level)
    out = cli("summary", "--from", "2026-06-01").output
    assert "QIDS-SR16 item 12 (thoughts of death or suicide) answered 1 on 2026-06-10" in out
    assert "Elevated mood logged on 2 days (highest: moderate)" in out
    assert "Irritability logged" not in out
    summary = json.loads(cli("summary", "--from", "2026-06-01", "--json").output)
    assert summary["safety_answers"][0]["instrument"] == "qids-sr16"
    elevated = next(e for e in summary["elevation"] if e["measure"] == "elevated")
    assert (elevated["days"], elevated["highest"], elevated["logged_days"]) == (2, "moderate", 3)
