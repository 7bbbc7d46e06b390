"""The drug reference table (resources/drugs.json): names users type resolved to a generic."""

from __future__ import annotations

import dataclasses
import functools
import re

from trdjournal.domain.reference import load_table


@dataclasses.dataclass(frozen=True)
class Drug:
    generic: str
    drug_class: str
    role: str
    unit: str
    min_adequate_daily_dose: float | None
    brands: tuple[str, ...]
    note: str = ""


def _fold(name: str) -> str:
    """Case, spacing and punctuation folded, so "Effexor XR", "effexor-xr" and "EFFEXOR xr" match."""
    return re.sub(r"[^a-z0-9/]+", "", name.casefold())


@functools.cache
def _index() -> dict[str, Drug]:
    table = load_table("drugs.json")
    index: dict[str, Drug] = {}
    for raw in table["drugs"]:
        drug = Drug(
            generic=raw["generic"],
            drug_class=raw["class"],
            role=raw["role"],
            unit=raw.get("unit", "mg"),
            min_adequate_daily_dose=raw.get("min_adequate_daily_dose"),
            brands=tuple(raw.get("brands", ())),
            note=raw.get("note", ""),
        )
        index[_fold(drug.generic)] = drug
        for brand in drug.brands:
            index.setdefault(_fold(brand), drug)
    return index


def lookup(name: str) -> Drug | None:
    """The reference entry for a generic or brand name, or None for a drug the table lacks."""
    return _index().get(_fold(name))


def canonical_name(name: str) -> str:
    """The generic name when known, else the name as typed (trimmed, lower case)."""
    drug = lookup(name)
    return drug.generic if drug else " ".join(name.split()).lower()


def all_drugs() -> list[Drug]:
    return sorted({d.generic: d for d in _index().values()}.values(), key=lambda d: d.generic)


def completion_names() -> list[str]:
    """Every generic and brand name, for completers in the GUI."""
    names = set()
    for drug in all_drugs():
        names.add(drug.generic)
        names.update(drug.brands)
    return sorted(names, key=str.casefold)
