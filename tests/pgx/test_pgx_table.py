"""resources/pgx.json, the gene-drug table: every row names its guideline, uses the genes and
phenotypes CPIC defines, a drug the drug table knows, and states exposure, never a dose."""

from __future__ import annotations

import re

import pytest

from trdjournal.domain import drugs, pgx
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.reference import load_table

TABLE = load_table("pgx.json")
ROWS = TABLE["rows"]
GUIDELINE = re.compile(r"^(CPIC|DPWG)\b")


def _row_id(row: dict) -> str:
    return f"{row.get('gene')}-{row.get('phenotype')}-{row.get('drug')}"


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_every_row_names_its_guideline(row):
    source = row.get("source")
    assert isinstance(source, str) and GUIDELINE.match(source), f"{_row_id(row)} has no source"
    assert source in TABLE["references"], f"{source!r} has no full reference"
    assert re.search(r"(19|20)\d\d", source + TABLE["references"][source])  # a year


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_every_row_is_a_known_gene_phenotype_and_drug_with_an_exposure(row):
    assert row["phenotype"] in pgx.genes()[row["gene"]]
    assert (
        drugs.lookup(row["drug"]) is not None and drugs.canonical_name(row["drug"]) == row["drug"]
    )
    assert row["exposure"] in pgx.EXPOSURES
    assert row["drug"] in row["effect"]
    assert row["phenotype"] != "normal"  # normal metabolizers are the reference: no note
    words = f"{row['effect']} {row.get('detail', '')}"
    assert not re.search(r"\d|\bmg\b|\bdose\b|\bswitch|\bavoid", words), "exposure only, no advice"
    if row.get("verify"):
        assert row["verify"] is True


def test_each_gene_drug_phenotype_has_one_row():
    keys = [(r["gene"], r["phenotype"], r["drug"]) for r in ROWS]
    assert len(keys) == len(set(keys))


def test_phenotypes_follow_cpic_per_gene():
    genes = pgx.genes()
    assert "rapid" not in genes["CYP2D6"]  # CYP2D6 phenotypes come from the activity score
    assert set(genes["CYP2C19"]) == {"ultrarapid", "rapid", "normal", "intermediate", "poor"}
    assert "poor" in genes["CYP2B6"]


def test_the_guidelines_named_in_the_issue_are_in_the_table():
    def effect(gene, phenotype, drug):
        return pgx.effect_for(gene, phenotype, drug)

    assert effect("CYP2C19", "ultrarapid", "escitalopram").exposure == "lower"
    assert effect("CYP2C19", "ultrarapid", "escitalopram").source == "CPIC 2023"
    assert effect("CYP2D6", "poor", "paroxetine").exposure == "higher"
    assert effect("CYP2D6", "poor", "nortriptyline").source == "CPIC 2017"
    assert effect("CYP2C19", "normal", "escitalopram") is None


@pytest.mark.parametrize(
    ("typed", "gene", "phenotype"),
    [
        (("cyp2c19", "UM"), "CYP2C19", "ultrarapid"),
        (("CYP2C19", "Ultra-rapid metabolizer"), "CYP2C19", "ultrarapid"),
        (("CYP2D6", "PM"), "CYP2D6", "poor"),
        (("cyp2b6", "intermediate metaboliser"), "CYP2B6", "intermediate"),
    ],
)
def test_results_accept_the_ways_reports_spell_them(typed, gene, phenotype):
    result = pgx.PgxResult(*typed)
    assert (result.gene, result.phenotype) == (gene, phenotype)


def test_a_result_refuses_what_is_not_on_a_report():
    with pytest.raises(ValidationError, match="CYP2D6 phenotypes are"):
        pgx.PgxResult("CYP2D6", "rapid")
    with pytest.raises(ValidationError) as refused:
        pgx.PgxResult("CYP2D6", "normal", activity_score=True)
    assert refused.value.field == "activity_score"
    with pytest.raises(ValidationError) as refused:
        pgx.PgxResult("CYP2D6", "normal", genotype="*1" * 100)
    assert refused.value.field == "genotype"
