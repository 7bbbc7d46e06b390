"""The demo journal tells its story through the analysis (src/trdjournal/demo.py's docstring)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from trdjournal.analysis import JournalData, analyse_data
from trdjournal.demo import generate


def test_demo_seed_1_trials_and_stage(cli):
    assert cli("demo", "--seed", "1").exit_code == 0
    history = json.loads(cli("trials", "--json").output)
    rows = [row for row in history if row["kind"] == "medication"]
    citalopram, sertraline, venlafaxine, aripiprazole = rows
    courses = [
        (row["kind"], row["sessions"], row["adequate"]) for row in history if "sessions" in row
    ]
    assert courses == [("rtms", 30, True), ("psychotherapy", 18, True)]
    assert venlafaxine["missed_days"] == 5 and venlafaxine["fair_trial"]

    assert (citalopram["drug"], citalopram["days"], citalopram["adequate"]) == (
        "citalopram", 30, False)  # fmt: skip
    assert citalopram["stop_reason"] == "side-effects" and not citalopram["failed_adequate_trial"]

    assert (sertraline["max_dose_mg"], sertraline["adequate"], sertraline["outcome"]) == (
        150.0, True, "non-response")  # fmt: skip
    assert sertraline["stop_reason"] == "no-response" and sertraline["failed_adequate_trial"]

    assert venlafaxine["end"] is None and venlafaxine["max_dose_mg"] == 225.0
    assert venlafaxine["outcome"] == "partial" and venlafaxine["failed_adequate_trial"]
    start = dt.date.fromisoformat(aripiprazole["start"])
    assert venlafaxine["assessed_until"] == (start - dt.timedelta(days=1)).isoformat()

    assert aripiprazole["role"] == "augmentation" and aripiprazole["max_dose_mg"] == 7.5
    assert aripiprazole["outcome"] == "remission" and aripiprazole["follow_up"] < 5

    # Episodes (resources/episodes.json): 8 weeks of PHQ-9 below 5 end the first episode;
    # the dip (PHQ-9 >= 10) is a relapse that starts the current one, with venlafaxine and
    # aripiprazole still running (the demo's docstring).
    stage = json.loads(cli("stage", "--json").output)
    first, current = stage["episodes"]
    assert first["start"] == citalopram["start"] and first["end"] and first["ended_by"]
    assert current["end"] is None and stage["episode_start"] == current["start"]
    assert stage["episode_start_source"].startswith("relapse on ")
    (relapse,) = stage["relapses"]
    assert relapse["date"] == current["start"] and relapse["score"] >= 10
    assert stage["failed_drugs"] == ["venlafaxine"] and not stage["trd_definition_met"]
    m = stage["maudsley"]
    assert (m["duration"], m["failures"], m["augmentation"], m["ect"]) == (1, 1, 1, 0)


@pytest.mark.parametrize("seed", range(2, 12))
def test_other_seeds_tell_the_same_story(seed):
    end = dt.date(2026, 6, 15)
    h = generate(730, seed, end)
    data = JournalData(tuple(h.checkins), tuple(h.med_events), tuple(h.sessions),
                       tuple(h.questionnaires))  # fmt: skip
    result = analyse_data(data, today=end)
    assert [t.drug for t in result.trials] == [
        "citalopram", "sertraline", "venlafaxine", "aripiprazole"]  # fmt: skip
    assert [t.failed_adequate_trial for t in result.trials] == [False, True, True, False]
    assert result.trials[3].outcome in ("response", "remission")
    first, current = result.staging.episodes
    assert first.end is not None and current.end is None  # remission, then the relapse
    assert result.staging.failed_drugs == ("venlafaxine",)
