"""Pharmacogenomic results beside each trial: was it a fair trial?

For each trial, the logged phenotypes (each gene's newest result) are looked up with the trial's
drug in the gene-drug table (resources/pgx.json). When a guideline says the phenotype changes
exposure to the drug, the trial carries a ``PgxNote``: gene, phenotype, the effect in plain
words and its source. It states what the guideline says about exposure and adds "discuss with
your prescriber"; it never names a dose or another drug.

An adequate trial where exposure was expected to be lower stays adequate and stays counted:
the published definitions (MGH-ATRQ adequacy; Gaynes et al. 2020 for the count) judge the
dose taken, not the blood level reached. The note says exposure may have been low, and the
staging basis says so next to the failed-trial count.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.domain.drugs import canonical_name
from trdjournal.domain.pgx import PgxResult, effect_for, latest_by_gene, phenotype_text
from trdjournal.i18n import N_, _

# trials.Trial and staging.Staging import PgxNote from here, so this module names them only in
# words: a trial is anything with drug, start, end, adequate, failed_adequate_trial and pgx.
Trial = Any
Staging = Any

PRESCRIBER = N_("discuss with your prescriber")  # translated where it is shown
RECENT_DAYS = 365  # page 1 lists phenotypes touching drugs taken in the last year


@dataclasses.dataclass(frozen=True)
class PgxNote(JsonMixin):
    """What a logged phenotype means for exposure to one trial's drug."""

    gene: str
    phenotype: str  # "ultrarapid"
    effect: str  # "lower exposure to escitalopram expected" (resources/pgx.json, English)
    source: str  # "CPIC 2023"
    exposure: str  # "lower" or "higher"
    detail: str  # why, in plain words
    verify: bool  # the table marks the row as needing checking against the guideline

    @property
    def text(self) -> str:
        """ "CYP2C19 ultrarapid metabolizer: lower exposure to escitalopram expected (CPIC 2023)",
        in the user's language (the table's effect and detail are extracted for translation:
        i18n_extract.SHOWN_KEYS; the record keeps the English)."""
        return _("{phenotype}: {effect} ({source})").format(
            phenotype=phenotype_text(self.gene, self.phenotype),
            effect=_(self.effect),
            source=self.source,
        )

    @property
    def full_text(self) -> str:
        """The note with its reason and the prescriber line, for the trial notes."""
        note = self.text
        if self.verify:
            note = _("{note} (trdjournal's table marks this row to be checked)").format(note=note)
        if self.detail:
            return _("{note}; {detail}; {prescriber}").format(
                note=note, detail=_(self.detail), prescriber=_(PRESCRIBER)
            )
        return _("{note}; {prescriber}").format(note=note, prescriber=_(PRESCRIBER))


def note_for(drug: str, results: Iterable[PgxResult]) -> PgxNote | None:
    """The note for ``drug`` from the logged results, or None when no logged phenotype changes
    exposure to it. Should two genes both touch the drug, a lower exposure (the question of a
    fair trial) comes first, then the gene named first in the table."""
    generic = canonical_name(drug)
    notes = []
    for result in latest_by_gene(list(results)).values():
        row = effect_for(result.gene, result.phenotype, generic)
        if row is None or row.exposure not in ("lower", "higher"):
            continue
        notes.append(
            PgxNote(
                gene=row.gene,
                phenotype=row.phenotype,
                effect=row.effect,
                source=row.source,
                exposure=row.exposure,
                detail=row.detail,
                verify=row.verify,
            )
        )
    notes.sort(key=lambda n: n.exposure != "lower")
    return notes[0] if notes else None


def with_pgx(trials: Sequence[Trial], results: Iterable[PgxResult]) -> list[Trial]:
    """The trials, each with its ``pgx`` note (or None)."""
    results = list(results)
    return [dataclasses.replace(t, pgx=note_for(t.drug, results)) for t in trials]


def low_exposure(trial: Trial) -> bool:
    """An adequate trial in which the guideline expects exposure to have been lower."""
    note = getattr(trial, "pgx", None)
    return bool(trial.adequate) and note is not None and note.exposure == "lower"


def adequacy_text(trial: Trial) -> str | None:
    """ "adequate dose; exposure may have been low (CYP2C19)" for such a trial, else None
    (the view's own yes/no/can't tell stands)."""
    if not low_exposure(trial):
        return None
    return _("adequate dose; exposure may have been low ({gene})").format(gene=trial.pgx.gene)


def staging_basis(trials: Iterable[Trial]) -> str:
    """The sentence the staging basis gains for failed trials with low expected exposure."""
    low = [t for t in trials if t.failed_adequate_trial and low_exposure(t)]
    if not low:
        return ""
    named = "; ".join(
        _("{drug}: adequate dose; exposure may have been low ({phenotype}, {source})").format(
            drug=t.drug, phenotype=phenotype_text(t.pgx.gene, t.pgx.phenotype), source=t.pgx.source
        )
        for t in low
    )
    return _(
        "{named}; still counted, as the published definitions count the dose taken; {PRESCRIBER}"
    ).format(named=named, PRESCRIBER=_(PRESCRIBER))


def with_pgx_basis(staging: Staging, trials: Iterable[Trial]) -> Staging:
    """``staging`` with the low-exposure sentence added to the failed-trials basis."""
    extra = staging_basis(trials)
    if not extra:
        return staging
    maudsley = staging.maudsley
    if maudsley is not None:
        maudsley = dataclasses.replace(
            maudsley, failures_basis=f"{maudsley.failures_basis}. {extra}"
        )
    return dataclasses.replace(staging, maudsley=maudsley, pgx_basis=extra)


@dataclasses.dataclass(frozen=True)
class PhenotypeTouch(JsonMixin):
    """A logged phenotype that changes exposure to a current or recent drug (page 1)."""

    drug: str
    running: bool
    note: PgxNote


def touching(
    trials: Iterable[Trial], *, start: dt.date, end: dt.date, recent_days: int = RECENT_DAYS
) -> list[PhenotypeTouch]:
    """For page 1: each drug taken between ``recent_days`` before ``start`` and ``end`` whose
    exposure a logged phenotype changes, newest course first, one line per drug."""
    since = start - dt.timedelta(days=recent_days)
    seen: dict[str, PhenotypeTouch] = {}
    for trial in sorted(trials, key=lambda t: t.start, reverse=True):
        note = getattr(trial, "pgx", None)
        if note is None or trial.start > end:
            continue
        if trial.end is not None and trial.end < since:
            continue
        running = trial.end is None or trial.end > end
        seen.setdefault(trial.drug, PhenotypeTouch(trial.drug, running, note))
    return list(seen.values())
