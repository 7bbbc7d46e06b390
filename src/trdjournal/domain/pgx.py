"""Pharmacogenomic test results and the gene-drug table (resources/pgx.json).

A result is what the user's lab report says: a gene (CYP2D6, CYP2C19, CYP2B6) and the
metabolizer phenotype, optionally the genotype (e.g. "*1/*17") or activity score, the test's
date and the lab. Which phenotypes a gene has follows CPIC's standard terms (CYP2D6 has no
"rapid"). The table says, for each gene, phenotype and drug, how exposure to the drug changes
(lower or higher than in normal metabolizers) and which guideline says so; it never holds a dose.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import _date, _text
from trdjournal.domain.reference import load_table
from trdjournal.i18n import N_, _

MAX_GENOTYPE = 60
MAX_LAB = 120
MAX_ACTIVITY_SCORE = 10.0
EXPOSURES = ("lower", "higher", "unchanged")
# "CYP2C19 ultrarapid metabolizer", whole per phenotype: a translation inflects and orders
# the words itself (Swedish "ultrasnabb metaboliserare").
PHENOTYPE_PHRASES = {
    "ultrarapid": N_("{gene} ultrarapid metabolizer"),
    "rapid": N_("{gene} rapid metabolizer"),
    "normal": N_("{gene} normal metabolizer"),
    "intermediate": N_("{gene} intermediate metabolizer"),
    "poor": N_("{gene} poor metabolizer"),
}


def phenotype_text(gene: str, phenotype: str) -> str:
    """ "CYP2C19 ultrarapid metabolizer", in the user's language."""
    phrase = PHENOTYPE_PHRASES.get(phenotype)
    return _(phrase).format(gene=gene) if phrase else f"{gene} {phenotype}"


@dataclasses.dataclass(frozen=True)
class GeneDrugEffect:
    """One row of resources/pgx.json."""

    gene: str
    phenotype: str
    drug: str
    exposure: str  # "lower", "higher" or "unchanged"
    effect: str  # "lower exposure to escitalopram expected"
    detail: str  # why, in plain words
    source: str  # "CPIC 2023"
    verify: bool = False


def _fold(text: object) -> str:
    return " ".join(str(text or "").replace("-", " ").split()).casefold()


@functools.cache
def _table() -> dict:
    return load_table("pgx.json")


def genes() -> dict[str, tuple[str, ...]]:
    """Each gene with its phenotypes, as CPIC names them (without "metabolizer")."""
    return {gene: tuple(entry["phenotypes"]) for gene, entry in _table()["genes"].items()}


def gene_name(value: object) -> str:
    """``value`` as the table spells the gene; ValidationError("gene") naming the genes."""
    for gene in genes():
        if gene.casefold() == _fold(value).replace(" ", ""):
            return gene
    raise ValidationError(
        "gene",
        _("must be one of {names} (got {value})").format(
            names=", ".join(genes()), value=repr(value)
        ),
    )


def phenotype_name(gene: str, value: object) -> str:
    """The phenotype as the table spells it; "UM", "ultrarapid metabolizer" and "Ultrarapid"
    all match. ValidationError("phenotype") names the gene's phenotypes."""
    allowed = genes()[gene]
    folded = _fold(value)
    for suffix in (" metabolizer", " metaboliser"):
        folded = folded.removesuffix(suffix)
    abbreviations = {"um": "ultrarapid", "rm": "rapid", "nm": "normal", "im": "intermediate"}
    folded = abbreviations.get(folded, "poor" if folded == "pm" else folded)
    folded = folded.replace("ultra rapid", "ultrarapid")
    for phenotype in allowed:
        if phenotype == folded:
            return phenotype
    raise ValidationError(
        "phenotype",
        _("{gene} phenotypes are {names} (got {value})").format(
            # the values this takes, as typed (CPIC's English terms), like option values
            gene=gene,
            names=", ".join(p + " metabolizer" for p in allowed),
            value=repr(value),
        ),
    )


@functools.cache
def _effects() -> dict[tuple[str, str, str], GeneDrugEffect]:
    found = {}
    for raw in _table()["rows"]:
        effect = GeneDrugEffect(
            gene=raw["gene"],
            phenotype=raw["phenotype"],
            drug=raw["drug"],
            exposure=raw["exposure"],
            effect=raw["effect"],
            detail=raw.get("detail", ""),
            source=raw["source"],
            verify=bool(raw.get("verify", False)),
        )
        found[(effect.gene, effect.phenotype, effect.drug)] = effect
    return found


def effect_for(gene: str, phenotype: str, drug: str) -> GeneDrugEffect | None:
    """The table's row for a gene, phenotype and generic drug name; None when it has none
    (normal metabolizers, and drugs the gene does not touch)."""
    return _effects().get((gene, phenotype, drug))


def _activity_score(value: object) -> float | None:
    if value is None:
        return None
    ok = (
        not isinstance(value, bool)
        and isinstance(value, int | float)
        and math.isfinite(value)
        and 0 <= value <= MAX_ACTIVITY_SCORE
    )
    if not ok:
        raise ValidationError(
            "activity_score",
            _("must be a number from 0 to {MAX_ACTIVITY_SCORE:g} (got {value})").format(
                MAX_ACTIVITY_SCORE=MAX_ACTIVITY_SCORE, value=repr(value)
            ),
        )
    return float(value)


@dataclasses.dataclass(frozen=True, slots=True)
class PgxResult:
    """One gene's result from a pharmacogenomic test, as the lab reported it."""

    gene: str
    phenotype: str
    date: dt.date | None = None  # the test's date, when known
    genotype: str = ""  # e.g. "*1/*17"
    activity_score: float | None = None  # CYP2D6 reports often give one
    lab: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        gene = gene_name(self.gene)
        set_(self, "gene", gene)
        set_(self, "phenotype", phenotype_name(gene, self.phenotype))
        if self.date is not None:
            set_(self, "date", _date("date", self.date))
        set_(self, "genotype", " ".join(_text("genotype", self.genotype, MAX_GENOTYPE).split()))
        set_(self, "activity_score", _activity_score(self.activity_score))
        set_(self, "lab", " ".join(_text("lab", self.lab, MAX_LAB).split()))

    @property
    def label(self) -> str:
        """ "CYP2C19 ultrarapid metabolizer", in the user's language."""
        return phenotype_text(self.gene, self.phenotype)


def latest_by_gene(results: list[PgxResult] | tuple[PgxResult, ...]) -> dict[str, PgxResult]:
    """Each gene's newest result (by test date, then by when it was entered): a retest
    supersedes the old one."""
    ordered = sorted(
        results, key=lambda r: (r.date or dt.date.min, r.id if r.id is not None else 0)
    )
    return {r.gene: r for r in ordered}
