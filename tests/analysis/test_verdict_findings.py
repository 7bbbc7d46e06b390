"""Issue 15: each numbered finding of the clinical review, built through the CLI on a real
temporary journal (today is pinned to 2026-06-15 by tests/conftest.py). Expected values are
worked out by hand in each docstring, with the rule's source."""

from __future__ import annotations

import json

import pytest


def phq9(total: int) -> str:
    """Answers with ``total`` (item 9 left at 0), as typed on the command line."""
    answers, rest, i = [0] * 9, total, 0
    while rest:
        if answers[i] < 3:
            answers[i] += 1
            rest -= 1
        i = (i + 1) % 8
    return ",".join(map(str, answers))


def run(cli, *steps):
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, (step, result.output)
    return cli


def q(date: str, total: int):
    return ("questionnaire", "phq9", "--answers", phq9(total), "--date", date)


def start(drug, dose, date, *extra):
    return ("med", "start", drug, "--dose", str(dose), "--date", date, *extra)


def stop(drug, date, reason=None):
    return ("med", "stop", drug, "--date", date, *(("--reason", reason) if reason else ()))


def trials(cli, *args):
    out = cli("trials", "--json", *args)
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def staging(cli, *args):
    out = cli("stage", "--json", *args)
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def test_finding_1_past_trials_before_the_first_checkin_count(cli):
    """Episode start (resources/episodes.json): the earliest of the first medication start,
    questionnaire and check-in. sertraline 100 mg 2025-01-01..03-15 (73 days), PHQ-9 20 -> 19
    (-5 %, < 25 %: non-response); citalopram 20 mg 03-15..06-01 (78 days), 19 -> 19: both
    adequate (>= 42 days at the MGH-ATRQ minimum) and failed: 2 failed drugs, TRD met (Gaynes
    2020). Check-ins start only in 2026."""
    run(cli, start("sertraline", 100, "2025-01-01"), q("2025-01-01", 20), q("2025-03-10", 19),
        stop("sertraline", "2025-03-15", "no-response"), start("citalopram", 20, "2025-03-15"),
        q("2025-03-15", 19), q("2025-05-25", 19), stop("citalopram", "2025-06-01"),
        *[("log", "--date", f"2026-06-{d:02d}", "--mood", "3") for d in range(1, 15)])  # fmt: skip
    s = staging(cli)
    assert (s["episode_start"], s["episode_start_source"]) == (
        "2025-01-01", "first medication start")  # fmt: skip
    assert s["failed_drugs"] == ["sertraline", "citalopram"] and s["trd_definition_met"]
    assert s["episodes"] == [{"start": "2025-01-01", "end": None, "ended_by": None,
                              "started_by": "first medication start"}]  # fmt: skip
    assert s["maudsley"]["failures"] == 1  # 1-2 failed antidepressants (Fekadu 2009)


def test_finding_2_a_sleep_dose_of_quetiapine_does_not_erase_the_trial(cli):
    """resources/augmentation.json: quetiapine counts as augmentation from 150 mg held 14 days
    (Seroquel XR label). Sertraline 100 mg 2025-01-01..03-26 (84 days); quetiapine 25 mg on
    days 14-21 only. PHQ-9 20 -> 19 at week 10: judged over the whole course, non-response,
    a failed adequate trial, with a note naming quetiapine."""
    run(cli, start("sertraline", 100, "2025-01-01"), q("2025-01-01", 20),
        start("quetiapine", 25, "2025-01-15"), stop("quetiapine", "2025-01-22"),
        q("2025-03-12", 19), stop("sertraline", "2025-03-26"))  # fmt: skip
    sertraline, quetiapine = trials(cli)
    assert sertraline["assessed_until"] == "2025-03-26" and sertraline["augmented_by"] is None
    assert (sertraline["outcome"], sertraline["failed_adequate_trial"]) == ("non-response", True)
    assert any("quetiapine" in note and "whole course" in note for note in sertraline["notes"])
    assert quetiapine["combination_with"] is None
    assert staging(cli)["maudsley"]["augmentation"] == 0


@pytest.mark.parametrize(
    ("typed", "generic"),
    [("Wellbutrin SR", "bupropion"), ("paroxetine CR", "paroxetine"),
     ("Effexor XR", "venlafaxine"), ("Zoloft 50mg", "sertraline"),
     ("Prozac Weekly", "fluoxetine"), ("sertralin", "sertraline"), ("kvetiapin", "quetiapine")],
)  # fmt: skip
def test_finding_3_brand_formulation_and_swedish_names_resolve(cli, typed, generic):
    """resources/drugs.json: brands, formulation suffixes, a trailing dose and the Swedish
    spellings (FASS) resolve to the generic; the name as typed is kept beside it."""
    dose = 90 if typed == "Prozac Weekly" else 300 if generic in ("bupropion", "quetiapine") else 50
    run(cli, start(typed, dose, "2026-01-01"))
    (event,) = json.loads(cli("med", "list", "--json").output)
    assert (event["drug"], event["typed_name"]) == (generic, typed)
    assert trials(cli)[0]["min_adequate_dose_mg"] is not None or generic == "quetiapine"


def test_finding_3_a_typo_is_refused_with_the_nearest_names(cli):
    out = cli("med", "start", "Zolof", "--dose", "50")
    assert out.exit_code == 2 and "did you mean Zoloft (sertraline)?" in out.output
    assert json.loads(cli("med", "list", "--json").output) == []  # nothing saved
    run(cli, ("med", "start", "Zolof", "--dose", "50", "--unlisted"))
    (event,) = json.loads(cli("med", "list", "--json").output)
    assert (event["drug"], event["role"]) == ("zolof", "other")


def test_finding_3_esketamine_points_to_treatment_sessions(cli):
    out = cli("med", "start", "Spravato", "--dose", "56")
    assert out.exit_code == 2 and "treatment add esketamine" in out.output


def test_finding_3_paroxetine_cr_keeps_its_25_mg_minimum(cli):
    """MGH-ATRQ (shared REFERENCE.md): paroxetine 20 mg, CR 25 mg. Paxil CR 20 mg for 60 days
    never reaches 25 mg: not adequate."""
    run(cli, start("Paxil CR", 20, "2026-01-01"), stop("paroxetine", "2026-03-02"))
    (trial,) = trials(cli)
    assert (trial["drug"], trial["formulation"], trial["min_adequate_dose_mg"]) == (
        "paroxetine", "CR", 25)  # fmt: skip
    assert trial["adequate"] is False and trial["longest_run_at_adequate_dose_days"] == 0


def test_finding_4_a_dip_below_the_minimum_breaks_the_run(cli):
    """Adequate means held (REFERENCE.md: "held for the adequacy period"): escitalopram 10 mg
    28 days, 5 mg 7 days, 10 mg 28 days: 56 days at >= 10 mg in all, longest run 28 < 42."""
    run(cli, start("escitalopram", 10, "2025-01-01"),
        ("med", "change", "escitalopram", "--dose", "5", "--date", "2025-01-29"),
        ("med", "change", "escitalopram", "--dose", "10", "--date", "2025-02-05"),
        stop("escitalopram", "2025-03-05"))  # fmt: skip
    (trial,) = trials(cli)
    assert trial["days_at_adequate_dose"] == 56
    assert trial["longest_run_at_adequate_dose_days"] == 28 and trial["adequate"] is False


def test_finding_5_one_drug_failed_twice_is_one_failed_antidepressant(cli):
    """FDA/EMA: "at least 2 antidepressants". Venlafaxine 150 mg twice (60 and 61 days), PHQ-9
    20 -> 19 each time: two failed rows, one failed drug, TRD not met."""
    run(cli, start("venlafaxine", 150, "2025-01-01"), q("2025-01-01", 20), q("2025-02-25", 19),
        stop("venlafaxine", "2025-03-02"), start("venlafaxine", 150, "2025-06-01"),
        q("2025-06-01", 20), q("2025-07-25", 19), stop("venlafaxine", "2025-08-01"))  # fmt: skip
    s = staging(cli)
    assert s["failed_adequate_trials"] == 2 and s["failed_drugs"] == ["venlafaxine"]
    assert not s["trd_definition_met"] and "venlafaxine failed 2 times" in s["notes"][0]


def test_finding_6_lost_response_is_shown(cli):
    """Tachyphylaxis (Targum 2014): sertraline 100 mg, PHQ-9 19 -> 4 (remission, < 5), then 15
    and 15 on the same dose (two in a row >= 10): lost on 2025-04-01. Raised to 150 mg, 4
    again: the outcome stays remission (19 -> 4, -79 %), and reads "then lost"."""
    run(cli, start("sertraline", 100, "2025-01-01"), q("2025-01-01", 19), q("2025-02-15", 4),
        q("2025-04-01", 15), q("2025-04-15", 15),
        ("med", "change", "sertraline", "--dose", "150", "--date", "2025-04-20"),
        q("2025-06-01", 4), stop("sertraline", "2025-07-01", "remission"))  # fmt: skip
    (trial,) = trials(cli)
    assert trial["outcome"] == "remission" and trial["change_pct"] == -78.9
    assert trial["lost_response"] == {"date": "2025-04-01", "score": 15}
    assert trial["verdict"] == "remission, then lost (2025-04-01)"
    assert "remission, then lost (2025-04-01)" in cli("trials").output


def test_finding_7_side_effects_reach_trials_and_summary(cli):
    """Nausea (2) on 5 days, headache (1) on 3, dry mouth (3) on 1: 9 of 30 days on
    sertraline, stopped for side effects."""
    steps = [start("sertraline", 50, "2026-05-01")]
    for d in range(1, 31):
        effect = (
            "nausea=2" if d <= 5 else "headache=1" if d <= 8 else "dry mouth=3" if d == 9 else None
        )
        steps.append(("log", "--date", f"2026-05-{d:02d}", "--mood", "4",
                      *(("--side-effect", effect) if effect else ())))  # fmt: skip
    steps.append(stop("sertraline", "2026-05-31", "side-effects"))
    run(cli, *steps)
    (trial,) = trials(cli)
    assert trial["side_effects"] == {
        "nausea": {"days": 5, "max_severity": 2},
        "headache": {"days": 3, "max_severity": 1},
        "dry mouth": {"days": 1, "max_severity": 3},
    }
    assert "side effects (nausea, headache, dry mouth)" in cli("trials").output
    out = cli("summary", "--json", "--from", "2026-05-01", "--to", "2026-05-31")
    summary = json.loads(out.output)
    assert summary["side_effects"][0] == {"name": "nausea", "days": 5, "max_severity": 2}
    assert len(summary["side_effects"]) == 3


def test_finding_8_a_failure_judged_from_mood_says_so(cli):
    """trials.py: without a PHQ-9 near the start, mean mood deficit over 14-day windows
    (>= 7 check-ins each): mood 3 throughout, deficit 7 -> 7, non-response; sertraline held
    100 mg 76 days: a failed trial judged from daily mood alone."""
    steps = [start("sertraline", 100, "2025-01-15"), stop("sertraline", "2025-04-01")]
    steps += [("log", "--date", f"2025-{m:02d}-{d:02d}", "--mood", "3")
              for m in (1, 2, 3) for d in range(1, 29)]  # fmt: skip
    run(cli, *steps)
    (trial,) = trials(cli)
    assert (trial["measure"], trial["outcome"], trial["failed_adequate_trial"]) == (
        "mood", "non-response", True)  # fmt: skip
    s = staging(cli)
    assert s["judged_from_mood"] == ["sertraline"]
    assert "daily mood" in s["maudsley"]["failures_basis"]
    assert "Judged from daily mood alone" in cli("stage").output


def test_finding_9_stage_adequate_weeks_and_staging_in_summary(cli):
    """Sertraline 100 mg held 45 days, PHQ-9 20 -> 19: adequate at 6 weeks (42), not at 8."""
    run(cli, start("sertraline", 100, "2026-01-01"), q("2026-01-01", 20), q("2026-02-10", 19),
        stop("sertraline", "2026-02-15"))  # fmt: skip
    assert staging(cli, "--adequate-weeks", "6")["failed_drugs"] == ["sertraline"]
    eight = staging(cli, "--adequate-weeks", "8")
    assert eight["adequacy_days"] == 56 and eight["failed_drugs"] == []
    assert cli("stage", "--adequate-weeks", "5").exit_code == 2
    summary = json.loads(cli("summary", "--json").output)
    assert summary["staging"]["failed_drugs"] == ["sertraline"]


def test_finding_10_implausible_doses_are_asked_about(cli):
    """drugs.json max_daily_dose: sertraline 200 mg (Zoloft label); the usual range runs from
    a tenth of the 50 mg minimum: 5-200 mg."""
    run(cli, start("sertraline", 50, "2026-06-01"))
    out = cli("med", "change", "sertraline", "--dose", "5000")
    assert out.exit_code == 2 and "5-200 mg" in out.output and "--confirm-dose" in out.output
    assert cli("med", "start", "escitalopram", "--dose", "0.5").exit_code == 2  # < 1 mg
    run(cli, ("med", "change", "sertraline", "--dose", "250", "--confirm-dose"))
    assert [e["dose"] for e in json.loads(cli("med", "list", "--json").output)] == [50, 250]


def test_finding_11_maudsley_total_as_a_range_when_severity_is_unknown(cli):
    """Episode from 2025-01-01 (first medication start); the first PHQ-9 is on 2025-05-20,
    more than 28 days later: severity unknown. Duration 17 months (2), 2 failed drugs
    (sertraline stopped for no response, adequate; venlafaxine 20 -> 19) (1), no augmentation
    (0), no ECT (0): known 3, total 4-8 (severity 1-5; Fekadu 2009)."""
    run(cli, start("sertraline", 100, "2025-01-01"), stop("sertraline", "2025-05-20", "no-response"),
        start("venlafaxine", 150, "2025-05-20"), q("2025-05-20", 20), q("2025-07-15", 19),
        stop("venlafaxine", "2025-08-01"))  # fmt: skip
    m = staging(cli)["maudsley"]
    assert m["total"] is None and m["total_range"] == [4, 8]
    assert "Total: 4-8 of 15; severity at the start not measured" in cli("stage").output


def test_finding_12_a_running_trial_is_a_verdict_so_far(cli):
    """--adequate-weeks 4: sertraline 100 mg since 2026-05-01 (46 days to 06-15), PHQ-9 19 -> 10
    (4 x 9 >= 19, 2 x 10 > 19: partial, -47 %): failed as the definitions count it, but
    running, so "so far", week 7, and stage says 1 of them is still running."""
    run(cli, start("sertraline", 100, "2026-05-01"), q("2026-05-01", 19), q("2026-06-01", 10))
    (trial,) = trials(cli, "--adequate-weeks", "4")
    assert trial["failed_adequate_trial"] and trial["so_far"]
    assert trial["verdict"] == "partial response so far, week 7"
    assert "[F so far]" in cli("trials", "--adequate-weeks", "4").output
    s = staging(cli, "--adequate-weeks", "4")
    assert s["failed_still_running"] == 1
    assert "1 of them still running" in cli("stage", "--adequate-weeks", "4").output


def test_augmentation_at_its_dose_starts_a_combination_trial(cli):
    """resources/augmentation.json: aripiprazole 2 mg for >= 14 days. Venlafaxine 150 mg from
    2025-01-01, PHQ-9 20 -> 18 on 03-01 (non-response, judged to 03-09); aripiprazole 5 mg
    from 03-10: combination trial from 03-10, PHQ-9 18 (03-10) -> 8 (04-20): response."""
    run(cli, start("venlafaxine", 150, "2025-01-01"), q("2025-01-01", 20), q("2025-03-01", 18),
        start("Abilify", 5, "2025-03-10"), q("2025-03-10", 18), q("2025-04-20", 8))  # fmt: skip
    ven, ari = trials(cli)
    assert ven["assessed_until"] == "2025-03-09" and ven["failed_adequate_trial"]
    assert (ari["combination_with"], ari["combination_from"], ari["outcome"]) == (
        "venlafaxine", "2025-03-10", "response")  # fmt: skip
    assert ari["adequate"] is True
    assert staging(cli)["maudsley"]["augmentation"] == 1


def test_eight_weeks_of_remission_end_an_episode_and_a_relapse_starts_one(cli):
    """ATHF (resources/episodes.json): PHQ-9 below 5 on 2025-03-01, 04-01 and 04-26 (56 days,
    3 scores) ends the episode on 03-01; 12 on 2025-09-01 (>= 10, Kroenke 2001) is a relapse
    that starts the current one; sertraline, stopped 05-01, is not in it."""
    run(cli, start("sertraline", 100, "2025-01-01"), q("2025-01-01", 20), q("2025-03-01", 3),
        q("2025-04-01", 4), q("2025-04-26", 2), stop("sertraline", "2025-05-01", "remission"),
        q("2025-07-01", 7), q("2025-09-01", 12))  # fmt: skip
    s = staging(cli)
    first, current = s["episodes"]
    assert (first["start"], first["end"]) == ("2025-01-01", "2025-03-01")
    assert (current["start"], current["end"]) == ("2025-09-01", None)
    assert s["episode_start_source"] == "relapse on 2025-09-01"
    assert s["relapses"][0]["date"] == "2025-09-01" and s["relapses"][0]["new_episode"]
    assert s["failed_drugs"] == []


@pytest.mark.parametrize(("level", "counts"), [(0.3, False), (0.5, True)])
def test_lithium_counts_as_augmentation_only_at_a_serum_level_of_0_4(cli, level, counts):
    """resources/augmentation.json: lithium at a serum level of 0.4-0.6 mmol/L (REFERENCE.md),
    when a level is logged. Venlafaxine 150 mg from 2025-01-01 (PHQ-9 20 -> 18 on 03-01);
    lithium 600 mg from 03-10, level on 03-24: 0.3 does not split the trial, 0.5 does."""
    run(cli, start("venlafaxine", 150, "2025-01-01"), q("2025-01-01", 20), q("2025-03-01", 18),
        start("lithium", 600, "2025-03-10"),
        ("lab", "add", "lithium level", str(level), "mmol/L", "--date", "2025-03-24"))  # fmt: skip
    ven, lithium = trials(cli)
    assert (ven["augmented_by"] == "lithium") is counts
    assert (lithium["combination_with"] == "venlafaxine") is counts
    assert staging(cli)["maudsley"]["augmentation"] == int(counts)
    if not counts:
        assert any("serum level 0.3 mmol/L" in n for n in ven["notes"])
