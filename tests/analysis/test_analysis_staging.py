"""Staging by hand: failed trials, the TRD definition and the Maudsley estimate."""

import datetime as dt

import pytest

from trdjournal.analysis import staging


def day(n: int) -> dt.date:
    return dt.date(2024, 1, 1) + dt.timedelta(days=n)


@pytest.mark.parametrize(
    ("start", "end", "months", "score"),
    [
        ((2024, 1, 15), (2025, 1, 15), 12, 1),
        ((2024, 1, 15), (2025, 2, 14), 12, 1),  # one day short of 13 months
        ((2024, 1, 15), (2025, 2, 15), 13, 2),
        ((2024, 1, 15), (2026, 1, 15), 24, 2),
        ((2024, 1, 15), (2026, 2, 15), 25, 3),
    ],
)
def test_duration(start, end, months, score):
    assert staging.completed_months(dt.date(*start), dt.date(*end)) == months
    assert staging.duration_score(months) == score


@pytest.mark.parametrize(
    ("failures", "score"),
    [(0, 0), (1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 3), (7, 4), (10, 4), (11, 5)],
)
def test_failures_score(failures, score):
    assert staging.failures_score(failures) == score


@pytest.mark.parametrize(
    ("total", "band"),
    [(3, "mild"), (6, "mild"), (7, "moderate"), (10, "moderate"), (11, "severe"), (15, "severe")],
)
def test_bands(total, band):
    assert staging.band_of(total) == band


def failing_trial(b, start, drug, dose, *, stop=None):
    """A trial held 60 days at an adequate dose with a PHQ-9 of 20 -> 18 (non-response)."""
    b.phq9(start, 20).phq9(start + 56, 18).med(start, drug, "start", dose)
    if stop is not None:
        b.med(stop, drug, "stop", reason="no-response")
    return b


def test_one_failure_is_not_trd(b):
    b.mood([0], 3)
    failing_trial(b, 0, "sertraline", 100, stop=60)
    s = b.analyse(100).staging
    assert s.failed_adequate_trials == 1 and not s.trd_definition_met
    assert [f.drug for f in s.failed_trials] == ["sertraline"]


def test_two_failures_meet_the_definition_and_stage(b):
    b.mood([0], 3)
    failing_trial(b, 0, "sertraline", 100, stop=60)
    failing_trial(b, 60, "venlafaxine", 150)
    b.med(130, "lithium", "start", 600)
    b.session(140, "ect")
    s = b.analyse(400).staging
    assert s.failed_adequate_trials == 2 and s.trd_definition_met
    assert s.episode_start == day(0) and s.episode_start_source == "first medication start"
    m = s.maudsley
    # 2024-01-01 -> 2025-02-04: 13 months (2); PHQ-9 20 "severe" (4); 2 failures (1); lithium (1);
    # ECT (1): 9, moderate
    assert (m.duration, m.severity, m.failures, m.augmentation, m.ect) == (2, 4, 1, 1, 1)
    assert (m.total, m.band, m.applicable) == (9, "moderate", True)
    assert "self-report" in m.label and "lithium" in m.augmentation_basis
    out = s.to_json()
    assert out["maudsley"]["total"] == 9 and out["trd_definition_met"] is True


@pytest.mark.parametrize(
    ("phq9", "severity"),
    [(4, 1), (9, 2), (10, 3), (19, 3), (20, 4)],
)
def test_severity_from_the_phq9_band_at_the_episode_start(b, phq9, severity):
    b.mood([0], 3).phq9(10, phq9)  # first PHQ-9 ten days into the episode
    assert b.analyse(30).staging.maudsley.severity == severity


def test_psychosis_is_only_read_from_a_logged_tag(b):
    b.mood([0], 3).phq9(0, 12).mood([5], 2, tags=("psychotic symptoms",))
    m = b.analyse(30).staging.maudsley
    assert m.severity == 5 and "psychosis" in m.severity_basis


def test_severity_unknown_without_a_phq9_near_the_start(b):
    b.mood([0], 3).phq9(29, 20)
    m = b.analyse(60).staging.maudsley
    assert m.severity is None and m.total is None and m.band is None


def test_episode_start_excludes_earlier_trials(b):
    failing_trial(b, 0, "sertraline", 100, stop=60)
    failing_trial(b, 60, "venlafaxine", 150, stop=130)
    b.mood([100], 5)
    # issue 15: by default the episode starts at the first medication start (day 0), not the
    # first check-in (day 100), so both past trials count (resources/episodes.json)
    s = b.analyse(200).staging
    assert s.episode_start == day(0) and s.episode_start_source == "first medication start"
    assert s.failed_adequate_trials == 2
    s = b.analyse(200, episode_start=day(100)).staging
    assert s.failed_adequate_trials == 1  # sertraline ended before the given start


def test_empty_journal(b):
    s = b.analyse(0).staging
    assert s.failed_adequate_trials == 0 and not s.trd_definition_met
    assert s.maudsley is None and s.episode_start_source == "none"
