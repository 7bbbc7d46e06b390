import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trdjournal.analysis import scoring
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import Questionnaire

DAY0 = dt.date(2024, 1, 1)


@pytest.mark.parametrize(
    ("baseline", "follow_up", "outcome", "pct"),
    [
        (20, 10, "response", -50.0),  # exactly 50%: response
        (19, 10, "partial", -47.4),  # 2 x 10 = 20 > 19: not quite half
        (20, 15, "partial", -25.0),  # exactly 25%: partial
        (20, 16, "non-response", -20.0),
        (8, 4, "remission", -50.0),  # PHQ-9 below 5
        (8, 5, "partial", -37.5),  # 5 is not remission; 4 x 3 = 12 >= 8 is partial
        (10, 12, "non-response", 20.0),
    ],
)
def test_phq9_classification_edges(baseline, follow_up, outcome, pct):
    assert scoring.classify_change(baseline, follow_up, remission_below=5) == outcome
    assert scoring.change_pct(baseline, follow_up) == pct


def test_mood_deficit_fractions_keep_the_exact_half():
    # a mean deficit of 20/3 halved is 10/3: as floats 6.666... and 3.333... might miss the line
    assert scoring.classify_change(Fraction(20, 3), Fraction(10, 3)) == "response"
    assert scoring.classify_change(Fraction(20, 3), Fraction(5, 1)) == "partial"  # exactly 25%
    assert scoring.classify_change(Fraction(1, 1), Fraction(0, 1)) == "response"  # no remission


def test_change_pct_is_none_without_a_baseline():
    assert scoring.change_pct(0, 3) is None


def test_qids_sr16_takes_the_highest_of_each_group():
    # sleep items 3,1,0,2 -> 3; item 5 = 2; appetite/weight 0,1,3,0 -> 3; items 10-14 = 1 each;
    # psychomotor 2,1 -> 2.  3 + 2 + 3 + 5 + 2 = 15
    answers = (3, 1, 0, 2, 2, 0, 1, 3, 0, 1, 1, 1, 1, 1, 2, 1)
    assert scoring.qids_sr16_total(answers) == 15
    assert scoring.qids_sr16_band(15) == "moderate"
    assert scoring.qids_sr16_band(5) == "none"
    assert scoring.qids_sr16_remission(5) and not scoring.qids_sr16_remission(6)
    assert scoring.qids_sr16_relapse(11) and not scoring.qids_sr16_relapse(10)


@pytest.mark.parametrize("answers", [(0,) * 15, (0,) * 15 + (4,), (0,) * 15 + (-1,)])
def test_qids_sr16_refuses_wrong_answers(answers):
    with pytest.raises(ValidationError):
        scoring.qids_sr16_total(answers)


@given(st.lists(st.integers(0, 3), min_size=16, max_size=16))
def test_qids_sr16_total_stays_in_range(answers):
    total = scoring.qids_sr16_total(answers)
    assert 0 <= total <= 27
    assert scoring.qids_sr16_band(total)


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_phq9_total_and_band_stay_in_range(answers):
    q = Questionnaire(DAY0, "phq9", tuple(answers))
    assert 0 <= q.total <= 27
    assert q.band in {"minimal", "mild", "moderate", "moderately severe", "severe"}
    assert q.self_harm_flag == (answers[8] > 0)


@given(st.lists(st.integers(0, 3), min_size=7, max_size=7))
def test_gad7_total_and_band_stay_in_range(answers):
    q = Questionnaire(DAY0, "gad7", tuple(answers))
    assert 0 <= q.total <= 21
    assert q.band in {"minimal", "mild", "moderate", "severe"}


@given(st.integers(0, 27), st.integers(0, 27))
def test_classification_matches_the_published_lines(baseline, follow_up):
    outcome = scoring.classify_change(baseline, follow_up, remission_below=5)
    reduction = (baseline - follow_up) / baseline if baseline else None
    if follow_up < 5:
        assert outcome == "remission"
    elif 2 * follow_up <= baseline:
        assert outcome == "response" and reduction >= 0.5
    elif reduction is not None and reduction >= 0.25:
        assert outcome == "partial"
    else:
        assert outcome == "non-response"
