"""Trials judged by hand-worked numbers. Day numbers count from 2024-01-01 (see conftest)."""

import datetime as dt

import pytest

from trdjournal.domain.model import MedicationEvent


def day(n: int) -> dt.date:  # the same day numbering as the builder's
    return dt.date(2024, 1, 1) + dt.timedelta(days=n)


def measured(b, baseline, follow_up, *, at=40):
    """A PHQ-9 baseline on the start day (day 0) and a follow-up on day ``at``."""
    return b.phq9(0, baseline).phq9(at, follow_up)


@pytest.mark.parametrize(
    ("baseline", "follow_up", "outcome", "pct"),
    [
        (20, 10, "response", -50.0),
        (20, 15, "partial", -25.0),
        (20, 16, "non-response", -20.0),
        (8, 4, "remission", -50.0),
        (8, 5, "partial", -37.5),
    ],
)
def test_phq9_outcome_edges_on_a_trial(b, baseline, follow_up, outcome, pct):
    measured(b, baseline, follow_up).med(0, "sertraline", "start", 100)
    t = b.trial(60)
    assert (t.measure, t.baseline, t.follow_up) == ("phq9", baseline, follow_up)
    assert (t.outcome, t.change_pct) == (outcome, pct)
    assert t.baseline_date == day(0) and t.follow_up_date == day(40)


@pytest.mark.parametrize(("stop", "adequate"), [(41, False), (42, True)])
def test_41_vs_42_days_at_adequate_dose(b, stop, adequate):
    measured(b, 20, 18).med(0, "sertraline", "start", 50).med(
        stop, "sertraline", "stop", reason="no-response"
    )
    t = b.trial(100)
    assert t.days == stop and t.days_at_adequate_dose == stop
    assert t.min_adequate_dose_mg == 50 and t.adequacy_days == 42
    assert t.outcome == "non-response"  # 4 x 2 = 8 < 20
    assert t.adequate is adequate
    assert t.failed_adequate_trial is adequate
    assert t.stop_reason == "no-response" and t.end == day(stop) and not t.running


def test_dose_raised_to_adequacy_halfway(b):
    # venlafaxine 75 mg (below the 150 mg minimum) for 30 days, then 150 mg: 72 - 30 = 42 days
    measured(b, 20, 17, at=70)
    b.med(0, "venlafaxine", "start", 75).med(30, "venlafaxine", "change", 150)
    b.med(72, "venlafaxine", "stop", reason="no-response")
    t = b.trial(100)
    assert t.days == 72 and t.days_at_adequate_dose == 42 and t.adequate
    assert [(s.date, s.dose) for s in t.dose_steps] == [(day(0), 75.0), (day(30), 150.0)]
    assert t.max_dose_mg == 150 and t.failed_adequate_trial
    # one day less at 150 mg is not adequate
    b.events[-1] = MedicationEvent(day(71), "venlafaxine", "stop", role="antidepressant")
    t = b.trial(100)
    assert t.days_at_adequate_dose == 41 and not t.adequate and not t.failed_adequate_trial


def test_adequacy_period_setting(b):
    measured(b, 20, 18).med(0, "sertraline", "start", 50).med(50, "sertraline", "stop")
    assert b.trial(60, adequacy_weeks=6).adequate  # 50 >= 42
    assert not b.trial(60, adequacy_weeks=8).adequate  # 50 < 56
    assert b.trial(60, adequacy_weeks=4).adequacy_days == 28


def test_restarted_drug_is_two_trials(b):
    b.med(0, "sertraline", "start", 50).med(20, "sertraline", "stop", reason="side-effects")
    b.med(50, "sertraline", "start", 25)
    first, second = b.trials(99)
    assert (first.start, first.end, first.days, first.stop_reason) == (
        day(0),
        day(20),
        20,
        "side-effects",
    )
    assert (second.start, second.end, second.days, second.running) == (day(50), None, 50, True)
    assert second.days_at_adequate_dose == 0  # 25 mg is below the 50 mg minimum


def test_brand_name_resolves_to_the_generic(b):
    # raw events as typed, before the store resolved the name
    b.events += [
        MedicationEvent(day(0), "Zoloft", "start", 100, role="antidepressant"),
        MedicationEvent(day(10), "ZOLOFT", "change", 150, role="antidepressant"),
    ]
    t = b.trial(50)
    assert (t.drug, t.drug_class, t.min_adequate_dose_mg) == ("sertraline", "SSRI", 50)
    assert t.days_at_adequate_dose == 51 and t.adequate
    b2_event = b.events[0]
    assert b2_event.drug == "zoloft"  # it really was logged by brand


def test_unknown_drug_cannot_be_judged(b):
    measured(b, 20, 19).med(0, "wonderpill", "start", 10, role="antidepressant")
    t = b.trial(100)
    assert (t.drug, t.drug_class, t.role) == ("wonderpill", None, "antidepressant")
    assert t.min_adequate_dose_mg is None and t.days_at_adequate_dose is None
    assert t.adequate is None and not t.failed_adequate_trial
    assert t.outcome == "non-response"  # the outcome is still read
    assert any("reference table" in note for note in t.notes)


def test_running_trial_counts_through_today(b):
    measured(b, 20, 18, at=45).med(0, "escitalopram", "start", 10)
    t = b.trial(49)
    assert t.end is None and t.running and t.days == 50 and t.assessed_until == day(49)
    assert t.days_at_adequate_dose == 50 and t.adequate and t.failed_adequate_trial
    # a running trial not yet past the adequacy period is not a failure
    t = b.trial(45)
    assert t.days == 46 and t.adequate and t.outcome == "non-response"
    t = b.trial(40)
    assert t.days == 41 and not t.adequate and not t.failed_adequate_trial


def test_trial_without_measurements(b):
    b.med(0, "sertraline", "start", 100).med(60, "sertraline", "stop", reason="side-effects")
    t = b.trial(90)
    assert (t.outcome, t.measure, t.baseline, t.follow_up, t.change_pct) == (
        "unknown",
        None,
        None,
        None,
        None,
    )
    assert t.adequate and not t.failed_adequate_trial


def test_unmeasured_adequate_trial_stopped_for_no_response_is_a_failure(b):
    b.med(0, "sertraline", "start", 100).med(60, "sertraline", "stop", reason="no-response")
    t = b.trial(90)
    assert t.outcome == "unknown" and t.failed_adequate_trial
    assert any("stopped for no response" in note for note in t.notes)


@pytest.mark.parametrize(("stop", "outcome"), [(27, "too-early"), (28, "non-response")])
def test_fewer_than_28_days_is_too_early(b, stop, outcome):
    b.phq9(0, 20).phq9(stop, 19).med(0, "sertraline", "start", 50).med(stop, "sertraline", "stop")
    t = b.trial(60)
    assert t.outcome == outcome and t.assessed_days == stop


def test_phq9_windows(b):
    # baseline 15 days before the start is too old; a follow-up on day 27 is too early
    b.phq9(-15, 20).phq9(27, 5).med(0, "sertraline", "start", 50)
    assert b.trial(60).outcome == "unknown"
    # the latest baseline up to the start day wins, the latest follow-up up to the end wins
    b.phq9(-3, 18).phq9(0, 16).phq9(35, 12).phq9(50, 8)
    t = b.trial(60)
    assert (t.baseline, t.follow_up, t.outcome) == (16, 8, "response")


def test_mood_stands_in_without_phq9(b):
    # deficit 10 - 3 = 7 before; mood 6 -> deficit 4 over the last 14 days: 4 x 3 = 12 >= 7, partial
    b.mood(range(-14, 0, 2), 3).mood(range(47, 61, 2), 6)
    b.med(0, "sertraline", "start", 50).med(60, "sertraline", "stop")
    t = b.trial(90)
    assert (t.measure, t.baseline, t.follow_up, t.outcome) == ("mood", 7, 4, "partial")
    assert t.change_pct == -42.9 and t.baseline_date is None


def test_mood_exact_half_is_response(b):
    # before: moods 3 x6 and 4 -> deficits 7 x6 and 6 = 48/7; last 14 days: moods 7 x4 and 6 x3
    # -> deficits 3 x4 and 4 x3 = 24/7, exactly half
    b.mood(range(-7, -1), 3).mood([-1], 4)
    b.mood(range(50, 54), 7).mood(range(54, 57), 6)
    b.med(0, "sertraline", "start", 50).med(56, "sertraline", "stop")
    t = b.trial(90)
    assert (t.measure, t.outcome, t.change_pct) == ("mood", "response", -50.0)
    assert (t.baseline, t.follow_up) == (6.86, 3.43)


def test_mood_never_gives_remission(b):
    b.mood(range(-7, -1), 2).mood([-1], 3)
    b.mood(range(50, 57), 10)  # deficit 0: a response, but mood has no remission line
    b.med(0, "sertraline", "start", 50).med(56, "sertraline", "stop")
    t = b.trial(90)
    assert t.measure == "mood" and t.outcome == "response" and t.follow_up == 0


def test_mood_needs_seven_checkins_in_each_window(b):
    b.mood(range(-6, 0), 3).mood(range(47, 61), 6)  # only 6 before
    b.med(0, "sertraline", "start", 50).med(60, "sertraline", "stop")
    assert b.trial(90).outcome == "unknown"


def test_augmentation_closes_the_antidepressant_window(b):
    # venlafaxine 150 mg from day 0; aripiprazole from day 60. PHQ-9 20 -> 16 on day 56 (20%)
    # then 4 on day 90 with the combination.
    b.phq9(0, 20).phq9(56, 16).phq9(90, 4)
    b.med(0, "venlafaxine", "start", 150).med(60, "aripiprazole", "start", 5)
    ven, ari = b.trials(100)
    assert (ven.drug, ven.assessed_until, ven.assessed_days, ven.augmented_by) == (
        "venlafaxine",
        day(59),
        60,
        "aripiprazole",
    )
    assert (ven.follow_up, ven.outcome, ven.failed_adequate_trial) == (16, "non-response", True)
    assert ven.days == 101 and ven.days_at_adequate_dose == 101
    assert (ari.role, ari.baseline, ari.baseline_date, ari.follow_up, ari.outcome) == (
        "augmentation",
        16,
        day(56),
        4,
        "remission",
    )
    # the combination trial: venlafaxine held 150 mg for 42 days and aripiprazole reached
    # 2 mg (resources/augmentation.json), so it is adequate; remission, not failed
    assert ari.assessed_until == day(100) and ari.adequate is True
    assert ari.combination_with == "venlafaxine" and not ari.failed_adequate_trial


def test_early_augmentation_means_no_failed_trial(b):
    b.phq9(0, 20).phq9(29, 19).phq9(90, 18)
    b.med(0, "venlafaxine", "start", 150).med(30, "aripiprazole", "start", 5)
    ven = b.trials(100)[0]
    assert ven.assessed_days == 30 and ven.outcome == "non-response" and ven.adequate
    assert not ven.failed_adequate_trial
    assert any("only after augmentation" in note for note in ven.notes)


def test_tachyphylaxis_on_the_same_dose(b):
    # 16 -> 10 (no response) -> 6 (response: 12 <= 16) -> 5 -> 12 (24 > 16, >= 10) -> 4 (back)
    # -> 10, 13: lost twice in a row at >= 10, all on 5 mg
    for n, total in [(0, 16), (30, 10), (44, 6), (58, 5), (72, 12), (86, 4), (100, 10), (114, 13)]:
        b.phq9(n, total)
    b.med(0, "aripiprazole", "start", 5)
    t = b.trial(120)
    assert t.outcome == "non-response"  # the latest: 13 of 16, 4 x 3 = 12 < 16
    flag = t.tachyphylaxis
    assert (flag.reached_on, flag.reached_score, flag.dose) == (day(44), 6, 5.0)
    assert (flag.lost_on, flag.lost_score, flag.confirmed_on, flag.confirmed_score) == (
        day(100),
        10,
        day(114),
        13,
    )
    assert "missed doses" in flag.text


def test_no_tachyphylaxis_below_the_moderate_band(b):
    # 9 of a baseline of 16 is no longer a response, but 9 is mild: ordinary noise
    for n, total in [(0, 16), (44, 6), (58, 9), (72, 9), (86, 9)]:
        b.phq9(n, total)
    b.med(0, "aripiprazole", "start", 5)
    assert b.trial(120).tachyphylaxis is None


def test_no_tachyphylaxis_when_the_dose_changed(b):
    b.phq9(0, 16).phq9(44, 6).phq9(72, 12).phq9(86, 13)
    b.med(0, "aripiprazole", "start", 5).med(60, "aripiprazole", "change", 2)
    assert b.trial(120).tachyphylaxis is None
