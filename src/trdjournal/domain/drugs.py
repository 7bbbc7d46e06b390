"""The drug reference table (resources/drugs.json): names users type resolved to a generic.

What a user types is read in steps, each tried on the reference names (generic, brands and the
Swedish and other spellings): the whole name ("Wellbutrin XL"); without a trailing dose
("Zoloft 50mg" -> "Zoloft"); without formulation suffixes ("Wellbutrin SR", "paroxetine CR",
"Prozac Weekly"). The formulation is kept where it changes the minimum or maximum dose (paroxetine
CR: 25 mg). A typo is never guessed silently: ``suggestions`` offers the nearest names (difflib,
from the standard library) and the caller asks.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re

from trdjournal.domain.reference import load_table
from trdjournal.i18n import _

FORMULATION_SUFFIXES = ("xr", "xl", "sr", "cr", "er", "la", "cd", "odt", "weekly", "depot",
                        "retard", "depå", "mite", "forte")  # fmt: skip
_DOSE_RE = re.compile(
    r"\s*\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|micrograms?|mikrogram|g)?(?:\s*/\s*(?:d|day|dag))?\s*$",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(r"[\s\-]+(" + "|".join(FORMULATION_SUFFIXES) + r")\.?\s*$", re.IGNORECASE)
SUGGESTION_CUTOFF = 0.7


@dataclasses.dataclass(frozen=True)
class Drug:
    generic: str
    drug_class: str
    role: str
    unit: str
    min_adequate_daily_dose: float | None
    brands: tuple[str, ...]
    note: str = ""
    max_daily_dose: float | None = None
    spellings: tuple[str, ...] = ()
    formulations: tuple[tuple[str, dict], ...] = ()  # (suffix, {min/max overrides})
    session_kind: str | None = None  # given in clinic: logged as a treatment session

    def formulation(self, suffix: str | None) -> dict:
        for name, values in self.formulations:
            if suffix is not None and name.casefold() == suffix.casefold():
                return values
        return {}


@dataclasses.dataclass(frozen=True)
class Resolved:
    """A typed name read against the table: the drug, and the formulation suffix when one
    was typed ("CR", "XR", "weekly"...)."""

    typed: str
    drug: Drug
    formulation: str | None = None

    @property
    def generic(self) -> str:
        return self.drug.generic

    @property
    def min_adequate_daily_dose(self) -> float | None:
        values = self.drug.formulation(self.formulation)
        if "min_adequate_daily_dose" in values:
            return values["min_adequate_daily_dose"]
        return self.drug.min_adequate_daily_dose

    @property
    def max_daily_dose(self) -> float | None:
        return self.drug.formulation(self.formulation).get(
            "max_daily_dose", self.drug.max_daily_dose
        )

    @property
    def label(self) -> str:
        """The generic with the formulation that changes its doses, e.g. "paroxetine CR"."""
        if self.drug.formulation(self.formulation):
            return f"{self.generic} {self.formulation}"
        return self.generic


def _fold(name: str) -> str:
    """Case, spacing and punctuation folded, so "Effexor XR", "effexor-xr" and "EFFEXOR xr" match."""
    return re.sub(r"[^\w/]+", "", name.casefold()).replace("_", "")


@functools.cache
def _tables() -> tuple[dict[str, Drug], dict[str, str]]:
    """Folded name -> drug, and folded name -> the name as the table spells it (for offers)."""
    table = load_table("drugs.json")
    index: dict[str, Drug] = {}
    shown: dict[str, str] = {}
    for raw in table["drugs"]:
        drug = Drug(
            generic=raw["generic"],
            drug_class=raw["class"],
            role=raw["role"],
            unit=raw.get("unit", "mg"),
            min_adequate_daily_dose=raw.get("min_adequate_daily_dose"),
            brands=tuple(raw.get("brands", ())),
            note=raw.get("note", ""),
            max_daily_dose=raw.get("max_daily_dose"),
            spellings=tuple(raw.get("spellings", ())),
            formulations=tuple(raw.get("formulations", {}).items()),
            session_kind=raw.get("session_kind"),
        )
        for name in (drug.generic, *drug.brands, *drug.spellings):
            key = _fold(name)
            if key not in index:
                index[key] = drug
                shown[key] = name
    return index, shown


def _index() -> dict[str, Drug]:
    return _tables()[0]


def _formulation_of(name: str) -> str | None:
    match = _SUFFIX_RE.search(_DOSE_RE.sub("", name.strip()))
    if match is None:
        return None
    suffix = match.group(1)
    return suffix.lower() if len(suffix) > 3 else suffix.upper()


def resolve(name: str) -> Resolved | None:
    """The reference entry for what the user typed, or None when no step finds it."""
    index = _index()
    text = " ".join(str(name).split())
    candidates = [text]
    without_dose = _DOSE_RE.sub("", text)
    candidates.append(without_dose)
    stripped = without_dose
    while (match := _SUFFIX_RE.search(stripped)) is not None:
        stripped = stripped[: match.start()]
        candidates.append(stripped)
    for candidate in candidates:
        drug = index.get(_fold(candidate))
        if drug is not None and candidate.strip():
            return Resolved(text, drug, _formulation_of(text))
    return None


# A strength's unit as typed, in micrograms (drugs.json doses are in mg or mcg).
_MICROGRAMS = {"g": 1e6, "mg": 1e3, "mcg": 1.0, "µg": 1.0, "ug": 1.0, "microgram": 1.0,
               "micrograms": 1.0, "mikrogram": 1.0}  # fmt: skip
_STRENGTH_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-zµ]*)", re.IGNORECASE)


def named_strength(name: str) -> float | None:
    """The strength a typed name ends with, in the drug's unit ("Zoloft 50mg" -> 50.0,
    "Cytomel 25 mcg" -> 25.0), or None: no strength, a name the table does not know, a number
    that is part of the name itself ("T3"), or a unit that does not convert to the drug's (mg and
    mcg convert: "liothyronine 0.025 mg" -> 25.0 mcg)."""
    text = " ".join(str(name).split())
    dose = _DOSE_RE.search(text)
    found = resolve(text)
    if dose is None or found is None or not dose.group().strip():
        return None
    if _index().get(_fold(text)) is not None or not text[: dose.start()].strip():
        return None  # "T3": the number belongs to the name
    number, unit = _STRENGTH_RE.search(dose.group()).groups()
    value = float(number.replace(",", "."))
    if not unit:
        return value
    typed, unit_of_drug = _MICROGRAMS.get(unit.casefold()), _MICROGRAMS.get(found.drug.unit)
    if typed is None or unit_of_drug is None:
        return None
    return round(value * typed / unit_of_drug, 6)


def lookup(name: str) -> Drug | None:
    """The reference entry for a generic, brand or spelling, or None for a drug the table lacks."""
    found = resolve(name)
    return found.drug if found else None


def canonical_name(name: str) -> str:
    """The generic name when known, else the name as typed (trimmed, lower case)."""
    drug = lookup(name)
    return drug.generic if drug else " ".join(name.split()).lower()


def suggestions(name: str, limit: int = 3) -> list[str]:
    """The nearest known names to a name the table lacks, as "Zoloft (sertraline)"."""
    index, shown = _tables()
    core = _fold(_DOSE_RE.sub("", " ".join(str(name).split())))
    if not core:
        return []
    offers = []
    for key in difflib.get_close_matches(core, index, n=limit * 2, cutoff=SUGGESTION_CUTOFF):
        drug = index[key]
        text = shown[key]
        offer = text if text == drug.generic else f"{text} ({drug.generic})"
        if offer not in offers:
            offers.append(offer)
    return offers[:limit]


def usual_dose_range(found: Resolved) -> tuple[float, float] | None:
    """The doses saved without asking: from a tenth of the minimum (the minimum adequate dose,
    else an augmentation agent's lower dose) up to the label's usual highest daily dose."""
    maximum = found.max_daily_dose
    if maximum is None:
        return None
    minimum = found.min_adequate_daily_dose
    if minimum is None:
        minimum = augmentation_lower_dose(found.generic)
    low = round(minimum / 10, 3) if minimum else 0.0
    return low, float(maximum)


def implausible_dose(found: Resolved | None, dose: float) -> str | None:
    """Why ``dose`` needs confirming (outside ``usual_dose_range``), or None."""
    if found is None:
        return None
    usual = usual_dose_range(found)
    if usual is None:
        return None
    low, high = usual
    unit = found.drug.unit
    if dose > high:
        return _(
            "{dose:g} {unit} a day is above the usual highest daily dose of {label} ({high:g} {unit}, from its label); the usual range is {low:g}-{high:g} {unit}"
        ).format(dose=dose, unit=unit, label=found.label, high=high, low=low)
    if dose < low:
        return _(
            "{dose:g} {unit} a day is below a tenth of the usual dose of {label}; the usual range is {low:g}-{high:g} {unit}"
        ).format(dose=dose, unit=unit, label=found.label, low=low, high=high)
    return None


@functools.cache
def _augmentation() -> dict[str, dict]:
    return {row["generic"]: row for row in load_table("augmentation.json")["agents"]}


def augmentation_rule(generic: str) -> dict | None:
    """The agent's row in resources/augmentation.json (lower dose, serum level), or None."""
    return _augmentation().get(generic)


def augmentation_lower_dose(generic: str) -> float | None:
    rule = augmentation_rule(generic)
    return rule.get("lower_dose") if rule else None


def augmentation_min_days() -> int:
    return int(load_table("augmentation.json")["min_days_at_dose"])


def all_drugs() -> list[Drug]:
    return sorted({d.generic: d for d in _index().values()}.values(), key=lambda d: d.generic)


def completion_names() -> list[str]:
    """Every generic and brand name, for completers in the GUI."""
    names = set()
    for drug in all_drugs():
        names.add(drug.generic)
        names.update(drug.brands)
    return sorted(names, key=str.casefold)


def given_in_clinic(name: str) -> str | None:
    """Why a drug given in clinic (esketamine) is not logged as a medication, or None."""
    found = resolve(name)
    if found is None or not found.drug.session_kind:
        return None
    return _(
        "{name} ({generic}) is given in clinic: log each session as a treatment (`trdjournal treatment add {session_kind}`)"
    ).format(name=name, generic=found.generic, session_kind=found.drug.session_kind)


def unknown_name(name: str) -> str | None:
    """For a name the table cannot resolve: what to say, offering the nearest names."""
    if resolve(name) is not None:
        return None
    offers = suggestions(name)
    hint = _("; did you mean {names}?").format(names=" or ".join(offers)) if offers else "."
    return _("{name} is not in the drug table{hint}").format(name=repr(name), hint=hint)
