"""Pharmacogenomic results through the command line, as a user meets them: logged in the
background profile, refused when the gene or phenotype does not exist, and beside each trial
(`trials --json`, `stage`) when the guideline says the phenotype changes exposure.

Today is pinned to 2026-06-15 by tests/conftest.py."""

from __future__ import annotations

import json

import pytest

NOTE = "CYP2C19 ultrarapid metabolizer: lower exposure to escitalopram expected (CPIC 2023)"


@pytest.fixture
def escitalopram_trial(cli):
    """Escitalopram 10 mg (its minimum adequate dose) for 8 weeks, PHQ-9 18 -> 17 (no response),
    stopped for no response; check-ins from the episode start."""
    steps = [
        ("log", "--date", "2026-01-01", "--mood", "3"),
        ("med", "start", "escitalopram", "--dose", "10", "--date", "2026-01-05"),
        ("med", "stop", "escitalopram", "--date", "2026-03-02", "--reason", "no-response"),
        ("questionnaire", "phq9", "--answers", "3,3,2,2,2,2,2,2,0", "--date", "2026-01-05"),
        ("questionnaire", "phq9", "--answers", "3,3,2,2,2,2,2,1,0", "--date", "2026-03-01"),
    ]
    for args in steps:
        result = cli(*args)
        assert result.exit_code == 0, result.output
    return cli


def _trial(cli) -> dict:
    out = cli("trials", "--json")
    assert out.exit_code == 0, out.output
    (trial,) = json.loads(out.output)
    return trial


def test_ultrarapid_metabolizer_notes_the_trial_and_the_staging_basis(escitalopram_trial):
    cli = escitalopram_trial
    assert _trial(cli)["pgx"] is None  # nothing logged yet, nothing said
    logged = cli("background", "pgx", "CYP2C19", "ultrarapid", "--date", "2025-06-01")
    assert logged.exit_code == 0, logged.output

    trial = _trial(cli)
    assert trial["days"] == 56 and trial["adequate"] is True
    assert trial["outcome"] == "non-response"
    assert trial["failed_adequate_trial"] is True  # still counted, as the definitions count it
    assert {k: trial["pgx"][k] for k in ("gene", "phenotype", "effect", "source")} == {
        "gene": "CYP2C19",
        "phenotype": "ultrarapid",
        "effect": "lower exposure to escitalopram expected",
        "source": "CPIC 2023",
    }
    text = cli("trials").output.replace("\n  ", " ")
    assert NOTE in text and "discuss with your prescriber" in text

    staging = json.loads(cli("stage", "--json").output)
    assert staging["failed_adequate_trials"] == 1
    basis = staging["maudsley"]["failures_basis"]
    assert "escitalopram: adequate dose; exposure may have been low (CYP2C19" in basis
    assert "still counted" in basis and "discuss with your prescriber" in basis
    assert staging["pgx_basis"] in basis
    assert "exposure may have been low" in cli("stage").output


def test_a_normal_metabolizer_gives_no_note(escitalopram_trial):
    cli = escitalopram_trial
    assert cli("background", "pgx", "CYP2C19", "normal").exit_code == 0
    assert _trial(cli)["pgx"] is None
    staging = json.loads(cli("stage", "--json").output)
    assert staging["pgx_basis"] == ""
    assert "exposure" not in staging["maudsley"]["failures_basis"]
    assert "CYP2C19" not in cli("trials").output


def test_a_gene_the_drug_does_not_depend_on_gives_no_note(escitalopram_trial):
    cli = escitalopram_trial
    assert cli("background", "pgx", "CYP2D6", "poor").exit_code == 0  # escitalopram: CYP2C19
    assert _trial(cli)["pgx"] is None


@pytest.mark.parametrize(
    ("args", "named", "allowed"),
    [
        (("CYP9Z9", "poor"), "GENE", "CYP2D6, CYP2C19, CYP2B6"),
        (("CYP2D6", "rapid"), "PHENOTYPE", "ultrarapid metabolizer, normal metabolizer"),
        (("CYP2C19", "speedy"), "PHENOTYPE", "rapid metabolizer, normal metabolizer"),
        (("CYP2C19", "poor", "--activity-score", "11"), "--activity-score", "from 0 to 10"),
        (("CYP2C19", "poor", "--date", "2027-01-01"), "--date", "in the future"),
    ],
)
def test_unknown_gene_or_phenotype_is_refused_naming_the_allowed_values(
    cli, journal_path, args, named, allowed
):
    assert cli("log", "--mood", "5").exit_code == 0
    before = journal_path.read_bytes()
    result = cli("background", "pgx", *args)
    assert result.exit_code == 2
    assert f"Invalid value for {named}" in result.output and allowed in result.output
    assert "Traceback" not in result.output
    assert journal_path.read_bytes() == before
    assert json.loads(cli("background", "show", "--json").output)["pgx"] == []


def test_results_are_listed_replaced_only_when_asked_and_removed(cli):
    assert cli("background", "pgx", "cyp2c19", "UM", "--genotype", "*17/*17").exit_code == 0
    assert cli("background", "pgx", "CYP2D6", "poor metabolizer", "--activity-score", "0",
               "--lab", "Example Lab", "--date", "2024-03-01").exit_code == 0  # fmt: skip
    listed = json.loads(cli("background", "show", "--json").output)["pgx"]
    assert [(r["gene"], r["phenotype"], r["genotype"]) for r in listed] == [
        ("CYP2C19", "ultrarapid", "*17/*17"),
        ("CYP2D6", "poor", ""),
    ]
    assert listed[1]["activity_score"] == 0.0 and listed[1]["lab"] == "Example Lab"
    assert listed[1]["date"] == "2024-03-01" and listed[0]["date"] is None
    shown = cli("background", "show").output
    assert "CYP2D6 poor metabolizer, activity score 0, tested 2024-03-01, Example Lab" in shown

    again = cli("background", "pgx", "CYP2C19", "normal")
    assert again.exit_code == 2 and "--replace" in again.output
    replaced = cli("background", "pgx", "CYP2C19", "normal", "--replace")
    assert replaced.exit_code == 0 and replaced.output.startswith("Replaced:")
    listed = json.loads(cli("background", "show", "--json").output)["pgx"]
    assert [(r["gene"], r["phenotype"]) for r in listed] == [
        ("CYP2C19", "normal"),
        ("CYP2D6", "poor"),
    ]

    removed = cli("background", "pgx-remove", "cyp2d6")
    assert removed.exit_code == 0 and "CYP2D6 poor metabolizer" in removed.output
    assert [r["gene"] for r in json.loads(cli("background", "show", "--json").output)["pgx"]] == [
        "CYP2C19"
    ]
    missing = cli("background", "pgx-remove", "CYP2D6")
    assert missing.exit_code == 2 and "no CYP2D6 result" in missing.output
