"""Background profile, life events, lab results and supplement interaction notices."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from trdjournal.domain import ValidationError
from trdjournal.domain.background import Background, FamilyHistory, LifeEvent
from trdjournal.domain.interactions import notices_for
from trdjournal.domain.labs import LabResult, new_lab_result
from trdjournal.domain.medication import new_event

D = dt.date


# -- validation of each field ---------------------------------------------------------------
@pytest.mark.parametrize("impact", [-5, 5, 2.5, True, None])
def test_life_event_impact_outside_minus_4_to_4_is_refused(impact):
    with pytest.raises(ValidationError) as err:
        LifeEvent(D(2026, 6, 1), impact, "moved house")
    assert err.value.field == "impact"


@pytest.mark.parametrize("impact", [-4, 0, 4])
def test_life_event_impact_ends_of_the_scale_are_kept(impact):
    assert LifeEvent(D(2026, 6, 1), impact, " moved house ").text == "moved house"


def test_life_event_needs_words():
    with pytest.raises(ValidationError, match="text"):
        LifeEvent(D(2026, 6, 1), 1, "   ")


def test_a_future_life_event_is_refused_and_nothing_is_written(journal):
    with pytest.raises(ValidationError, match="future") as err:
        journal.add_life_event(LifeEvent(D(2026, 6, 16), -2, "exam"))
    assert err.value.field == "date"
    assert journal.life_events() == [] and journal.revisions() == []


@pytest.mark.parametrize(
    ("name", "unit", "field"),
    [("TSH", "mg/L", "unit"), ("vitamin D", "mg", "unit"), ("potassium", "mmol/L", "lab")],
)
def test_unknown_lab_or_unit_is_refused(name, unit, field):
    with pytest.raises(ValidationError) as err:
        new_lab_result(D(2026, 6, 1), name, 1.0, unit)
    assert err.value.field == field


def test_lab_units_are_matched_to_the_tables_spelling_and_default_range():
    tsh = new_lab_result(D(2026, 6, 1), "thyroid stimulating hormone", 6.2, "µIU/mL")
    assert (tsh.name, tsh.unit, tsh.ref_low, tsh.ref_high) == ("TSH", "mIU/L", 0.5, 5.0)
    assert tsh.position == "above" and "MedlinePlus" in tsh.ref_source
    vit_d = new_lab_result(D(2026, 6, 1), "vitamin d", 40, "NMOL/L")
    assert (vit_d.unit, vit_d.ref_low, vit_d.position) == ("nmol/L", 50.0, "below")


def test_an_entered_range_wins_over_the_default():
    b12 = new_lab_result(D(2026, 6, 1), "B12", 180, "pg/mL", ref_low=200, ref_high=900)
    assert (b12.ref_low, b12.ref_source, b12.position) == (200.0, "entered", "below")
    with pytest.raises(ValidationError, match="range"):
        LabResult(D(2026, 6, 1), "B12", 180, "pg/mL", ref_low=900, ref_high=200)
    with pytest.raises(ValidationError, match="value"):
        LabResult(D(2026, 6, 1), "B12", -1, "pg/mL")


def test_background_fields_are_checked():
    with pytest.raises(ValidationError, match="family_history"):
        FamilyHistory("cancer", "mother")
    with pytest.raises(ValidationError, match="relation"):
        FamilyHistory("depression", "neighbour")
    with pytest.raises(ValidationError, match="age_at_first_episode"):
        Background(age_at_first_episode=0)
    with pytest.raises(ValidationError, match="earlier_episodes"):
        Background(earlier_episodes=-1)
    with pytest.raises(ValidationError, match="other_conditions"):
        Background(other_conditions="sleep apnoea")
    with pytest.raises(ValidationError, match="childhood_adversity"):
        Background(childhood_adversity="yes")
    profile = Background(
        family_history=(FamilyHistory("ADHD", "Brother"), FamilyHistory("adhd", "brother")),
        other_conditions=("sleep apnoea", "Sleep apnoea", " "),
    )
    assert profile.family_history == (FamilyHistory("ADHD", "brother"),)
    assert profile.other_conditions == ("sleep apnoea",)
    assert Background().is_empty() and not profile.is_empty()


# -- the store ------------------------------------------------------------------------------
def test_background_round_trips_and_can_be_undone(journal):
    assert journal.background() == Background()
    profile = Background(
        episode_start=D(2025, 2, 1),
        age_at_first_episode=19,
        earlier_episodes=2,
        family_history=(FamilyHistory("bipolar disorder", "aunt"),),
        childhood_adversity=False,
        other_conditions=("chronic pain",),
    )
    journal.save_background(profile)
    assert journal.background() == profile
    journal.save_background(Background(episode_start=D(2025, 3, 1)))
    journal.undo_last()
    assert journal.background() == profile
    journal.undo_last()
    assert journal.background() == Background()
    with pytest.raises(ValidationError, match="episode_start"):
        journal.save_background(Background(episode_start=D(2026, 6, 16)))


def test_life_events_and_labs_edit_and_delete_through_revisions(journal):
    event = journal.add_life_event(LifeEvent(D(2026, 5, 2), -3, "father in hospital"))
    lab = journal.add_lab_result(new_lab_result(D(2026, 5, 3), "CRP", 4.2, "mg/L"))
    journal.update_life_event(LifeEvent(D(2026, 5, 2), -2, "father in hospital", id=event.id))
    journal.delete_lab_result(lab.id)
    assert [e.impact for e in journal.life_events()] == [-2]
    assert journal.lab_results() == []
    journal.undo_last()
    assert journal.lab_results() == [lab]
    actions = [(r.table_name, r.action) for r in journal.revisions()]
    assert actions == [
        ("life_events", "insert"),
        ("lab_results", "insert"),
        ("life_events", "update"),
        ("lab_results", "delete"),
    ]
    assert journal.lab_results(name="TSH") == []
    assert journal.life_events(D(2026, 5, 3), None) == []


# -- interactions ---------------------------------------------------------------------------
def test_sertraline_with_st_johns_wort_gives_one_calm_notice():
    (notice,) = notices_for(["Zoloft", "St. John's Wort"])
    assert (notice.substance, notice.drug) == ("St John's wort", "sertraline")
    assert "prescriber" in notice.text and notice.sources
    assert not any(word in notice.text.lower() for word in ("stop ", "do not", "must"))


def test_no_notice_without_a_serotonergic_partner():
    assert notices_for(["sertraline", "omega-3"]) == []
    assert notices_for(["St John's wort", "bupropion"]) == []
    assert {(n.substance, n.drug) for n in notices_for(["5-HTP", "venlafaxine", "SAMe"])} == {
        ("5-HTP", "venlafaxine"),
        ("5-HTP", "SAMe"),
        ("SAMe", "venlafaxine"),
    }


def test_supplements_resolve_with_the_supplement_role():
    event = new_event(D(2026, 6, 1), "Hypericum", "start", 900)
    assert (event.drug, event.role) == ("st john's wort", "supplement")


# -- command line ---------------------------------------------------------------------------
def test_cli_med_start_shows_the_notice_when_sertraline_is_running(cli):
    cli("med", "start", "sertraline", "--dose", "100", "--date", "2026-05-01")
    result = cli("med", "start", "St John's wort", "--dose", "900", "--date", "2026-06-01")
    assert result.exit_code == 0
    assert "St John's wort together with sertraline" in result.output
    assert "prescriber" in result.output
    quiet = cli("med", "start", "fish oil", "--dose", "1000")
    assert "Note:" not in quiet.output


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["event", "add", "--date", "2026-06-01", "--impact", "5", "promotion"], "--impact"),
        (["event", "add", "--date", "2026-06-01", "--impact", "-5", "loss"], "--impact"),
        (["event", "add", "--date", "2026-06-20", "--impact", "1", "holiday"], "--date"),
        (["lab", "add", "TSH", "2.1", "mg/L"], "UNIT"),
        (["lab", "add", "ferritin", "50", "ng/mL"], "NAME"),
        (["lab", "add", "B12", "300", "pg/mL", "--range", "high"], "--range"),
        (["background", "set", "age-at-first-episode", "200"], "age-at-first-episode"),
        (["background", "set", "childhood-adversity", "maybe"], "childhood-adversity"),
        (["background", "set", "family-history", "cancer:mother"], "family-history"),
        (["background", "set", "episode-start", "2026-07-01"], "episode-start"),
    ],
)
def test_cli_bad_input_exits_2_naming_the_field_and_changes_nothing(cli, journal_path, args, named):
    cli("event", "add", "--date", "2026-06-01", "--impact", "1", "first")  # create the journal
    before = journal_path.read_bytes()
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert named in result.output
    assert journal_path.read_bytes() == before


def test_cli_lists_as_json(cli):
    cli("event", "add", "--date", "2026-06-10", "--impact", "-3", "lost", "my", "job")
    cli("lab", "add", "vitamin D", "18", "ng/mL", "--date", "2026-06-01")
    cli("background", "set", "episode-start", "2025-01-10")
    cli("background", "set", "family-history", "depression:mother, Bipolar disorder:uncle")
    events = json.loads(cli("event", "list", "--json").output)
    assert events == [{"date": "2026-06-10", "impact": -3, "text": "lost my job", "id": 1}]
    (lab,) = json.loads(cli("lab", "list", "--json").output)
    assert (lab["name"], lab["value"], lab["position"], lab["ref_low"]) == (
        "vitamin D",
        18.0,
        "below",
        20.0,
    )
    profile = json.loads(cli("background", "show", "--json").output)
    assert profile["episode_start"] == "2025-01-10"
    assert profile["family_history"][1] == {"condition": "bipolar disorder", "relation": "uncle"}
    cli("background", "set", "family-history", "")
    assert json.loads(cli("background", "show", "--json").output)["family_history"] == []


# -- Maudsley duration ----------------------------------------------------------------------
def test_maudsley_duration_is_taken_from_the_background_episode_start(journal, cli, journal_path):
    from trdjournal.analysis import analyse
    from trdjournal.domain import CheckIn

    journal.save_checkin(CheckIn(D(2026, 1, 10), 3))  # first check-in: 5 months before today
    staging = analyse(journal).staging
    assert staging.episode_start_source == "first check-in"
    assert (staging.maudsley.duration_months, staging.maudsley.duration) == (5, 1)

    journal.save_background(Background(episode_start=D(2024, 3, 1)))
    staging = analyse(journal).staging
    assert (staging.episode_start, staging.episode_start_source) == (
        D(2024, 3, 1),
        "background profile",
    )
    # 2024-03-01 -> 2026-06-15: 27 completed months, > 24 scores 3
    assert (staging.maudsley.duration_months, staging.maudsley.duration) == (27, 3)
    assert "since 2024-03-01" in staging.maudsley.duration_basis
    journal.close()

    cli("background", "set", "episode-start", "2025-05-20")
    staged = json.loads(cli("stage", "--json").output)
    assert staged["episode_start"] == "2025-05-20"
    assert (staged["maudsley"]["duration_months"], staged["maudsley"]["duration"]) == (12, 1)
    cli("background", "set", "episode-start", "")  # cleared: back to the first check-in
    assert json.loads(cli("stage", "--json").output)["episode_start"] == "2026-01-10"
