"""Pharmacogenomic results in the PDF: the trial table's note and adequacy wording, and page 1's
list of logged phenotypes that touch a current or recent drug, read back as text."""

from __future__ import annotations

import pytest


@pytest.fixture
def report(cli, journal_path, tmp_path, read_pages):
    steps = [
        ("log", "--date", "2026-01-01", "--mood", "3"),
        ("med", "start", "escitalopram", "--dose", "10", "--date", "2026-01-05"),
        ("med", "stop", "escitalopram", "--date", "2026-03-02", "--reason", "no-response"),
        ("med", "start", "nortriptyline", "--dose", "75", "--date", "2026-03-02"),
        ("questionnaire", "phq9", "--answers", "3,3,2,2,2,2,2,2,0", "--date", "2026-01-05"),
        ("questionnaire", "phq9", "--answers", "3,3,2,2,2,2,2,1,0", "--date", "2026-03-01"),
    ]
    for args in steps:
        assert cli(*args).exit_code == 0

    def build(*pgx: tuple[str, ...]) -> list[str]:
        for args in pgx:
            assert cli("background", "pgx", *args).exit_code == 0
        out = tmp_path / "report.pdf"
        result = cli("report", "-o", str(out), "--from", "2026-05-01")
        assert result.exit_code == 0, result.output
        return read_pages(out)

    return build


def test_trial_table_and_page_one_carry_the_guideline_note(report):
    pages = report(("CYP2C19", "ultrarapid"), ("CYP2D6", "normal"))
    summary, trials = pages[0], next(p for p in pages if "Trial history" in p)
    assert "adequate dose; exposure may have been low (CYP2C19)" in trials
    assert (
        "CYP2C19 ultrarapid metabolizer: lower exposure to escitalopram expected (CPIC 2023)"
        in trials
    )
    assert "discuss with your prescriber" in trials
    assert "Pharmacogenomic results touching current or recent drugs" in summary
    assert "escitalopram (recent): CYP2C19 ultrarapid metabolizer" in summary
    assert "nortriptyline" not in summary.split("Pharmacogenomic results")[1].split("Life")[0]


def test_a_phenotype_touching_the_current_drug_is_on_page_one(report):
    summary = report(("CYP2D6", "poor"))[0]
    assert (
        "nortriptyline (current): CYP2D6 poor metabolizer: much higher exposure to nortriptyline "
        "expected (CPIC 2017)" in summary
    )
    assert "escitalopram (recent)" not in summary


def test_normal_metabolizers_add_nothing(report):
    pages = report(("CYP2C19", "normal"), ("CYP2D6", "normal"))
    assert not any("Pharmacogenomic" in p or "metabolizer" in p for p in pages)
