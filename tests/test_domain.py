from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trdjournal.domain import CheckIn, MedicationEvent, Questionnaire, ValidationError
from trdjournal.domain.drugs import canonical_name, lookup
from trdjournal.domain.scales import scale


@pytest.mark.parametrize(
    ("typed", "generic"),
    [
        ("Zoloft", "sertraline"),
        ("LEXAPRO", "escitalopram"),
        ("effexor xr", "venlafaxine"),
        ("Wellbutrin XL", "bupropion"),
        ("Spravato", "esketamine"),
        ("Cytomel", "liothyronine"),
    ],
)
def test_brand_names_resolve_to_the_generic(typed, generic):
    assert canonical_name(typed) == generic


def test_reference_doses_and_units():
    assert lookup("venlafaxine").min_adequate_daily_dose == 150
    assert lookup("tianeptine").min_adequate_daily_dose == 37.5
    assert lookup("aripiprazole").min_adequate_daily_dose is None
    assert lookup("liothyronine").unit == "mcg"
    assert lookup("no such drug") is None


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately severe"),
        (19, "moderately severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_phq9_bands(total, band):
    assert scale("phq9").band(total) == band


def test_gad7_bands():
    g = scale("gad7")
    assert [g.band(t) for t in (4, 5, 9, 10, 14, 15, 21)] == [
        "minimal",
        "mild",
        "mild",
        "moderate",
        "moderate",
        "severe",
        "severe",
    ]


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_phq9_total_and_band_stay_in_range(answers):
    q = Questionnaire(dt.date(2026, 1, 1), "phq9", tuple(answers))
    assert 0 <= q.total <= 27
    assert q.band in {"minimal", "mild", "moderate", "moderately severe", "severe"}
    assert q.self_harm_flag == (answers[8] > 0)


@given(st.integers(-100, 100))
def test_mood_outside_0_to_10_is_refused(mood):
    if 0 <= mood <= 10:
        assert CheckIn(dt.date(2026, 1, 1), mood).mood == mood
    else:
        with pytest.raises(ValidationError) as info:
            CheckIn(dt.date(2026, 1, 1), mood)
        assert info.value.field == "mood"


def test_tags_are_folded_and_deduplicated():
    c = CheckIn(dt.date(2026, 1, 1), 5, tags=("Walk", " walk ", "Day  Light"))
    assert c.tags == ("walk", "day light")


def test_a_stop_takes_a_reason_and_no_dose():
    with pytest.raises(ValidationError, match="reason"):
        MedicationEvent(dt.date(2026, 1, 1), "x", "stop", reason="boredom")
    with pytest.raises(ValidationError, match="only a stop"):
        MedicationEvent(dt.date(2026, 1, 1), "x", "start", 5, reason="cost")
