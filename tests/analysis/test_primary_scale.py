"""The primary scale judges trials: with QIDS-SR16 chosen, a trial is read from QIDS-SR16 with
its own remission line (<= 5), and ``trials --json`` says so."""

from __future__ import annotations

import dataclasses
import json

import pytest

from trdjournal.storage import Journal

# sertraline 100 mg from 2026-01-05. PHQ-9 20 -> 14 (-30%: partial); QIDS-SR16 16 -> 5
# (remission on QIDS-SR16, whose remission is "5 or less"; PHQ-9's is "below 5").
PHQ9 = [("2026-01-02", "3,3,3,3,2,2,2,2,0"), ("2026-03-20", "2,2,2,2,2,2,1,1,0")]
QIDS = [
    ("2026-01-03", "2,3,1,0,2,0,1,0,2,2,1,1,2,2,1,0"),  # 16 (item 12 = 1)
    ("2026-03-21", "1,0,0,0,1,0,0,0,0,1,1,0,1,0,0,0"),  # 5
]


@pytest.fixture
def history(cli):
    cli("med", "start", "sertraline", "--dose", "100", "--date", "2026-01-05")
    for date, answers in PHQ9:
        cli("questionnaire", "phq9", "--answers", answers, "--date", date)
    for date, answers in QIDS:
        cli("questionnaire", "qids-sr16", "--answers", answers, "--date", date)


def choose(journal_path, key: str) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_settings(dataclasses.replace(journal.settings(), primary_scale=key))


def test_phq9_judges_by_default(cli, history):
    (trial,) = json.loads(cli("trials", "--json").output)
    assert trial["measure"] == "phq9"
    assert (trial["baseline"], trial["follow_up"], trial["outcome"]) == (20, 14, "partial")


def test_with_qids_sr16_as_primary_the_trial_is_judged_on_it(cli, journal_path, history):
    choose(journal_path, "qids-sr16")
    (trial,) = json.loads(cli("trials", "--json").output)
    assert trial["measure"] == "qids-sr16"
    assert (trial["baseline"], trial["follow_up"]) == (16, 5)
    assert trial["outcome"] == "remission"
    assert "QIDS-SR16 16 on 2026-01-03 -> 5 on 2026-03-21" in trial["notes"]
    table = cli("trials").output
    assert "QIDS-SR16 16->5" in table


def test_madrs_s_as_primary_without_madrs_s_falls_back_to_daily_mood(cli, journal_path, history):
    choose(journal_path, "madrs-s")
    (trial,) = json.loads(cli("trials", "--json").output)
    assert trial["measure"] is None  # no MADRS-S and no mood logged: not measured
    cli("questionnaire", "madrs-s", "--answers", "4,4,4,4,3,3,3,3,2", "--date", "2026-01-04")
    cli("questionnaire", "madrs-s", "--answers", "1,1,1,1,1,1,1,1,2", "--date", "2026-03-22")
    (trial,) = json.loads(cli("trials", "--json").output)
    assert (trial["measure"], trial["baseline"], trial["follow_up"]) == ("madrs-s", 30, 10)
    assert trial["outcome"] == "remission"  # MADRS-S 0-10 (Brus et al. 2017)
