"""Lab results and the lab table (resources/labs.json): allowed units and default reference
ranges, each with its source. A range the user types (from their own lab report) wins."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import _date
from trdjournal.domain.reference import load_table
from trdjournal.i18n import N_, _, format_number, parse_number

ENTERED = "entered"  # ref_source of a range the user typed
# The table's names that a language writes otherwise ("free T4" is "fritt T4" in Swedish):
# stored in English, shown with shown_lab_name, and typed in either language.
TRANSLATED_NAMES = (
    N_("free T4"),
    N_("free T3"),
    N_("vitamin D"),
    N_("folate"),
    N_("lithium level"),
)
MAX_VALUE = 1_000_000.0


@dataclasses.dataclass(frozen=True)
class LabTest:
    name: str
    aliases: tuple[str, ...]
    units: tuple[str, ...]
    default_range: dict[str, tuple[float, float]]
    source: str  # the citation, as written (stored with a result whose range is the default)
    note: str = ""  # what the source adds, in English: the msgid, shown with ``_``


def _fold(text: str) -> str:
    return " ".join(str(text).replace("µ", "u").replace("μ", "u").split()).casefold()


@functools.cache
def _tests() -> dict[str, LabTest]:
    index: dict[str, LabTest] = {}
    for raw in load_table("labs.json")["labs"]:
        test = LabTest(
            name=raw["name"],
            aliases=tuple(raw.get("aliases", ())),
            units=tuple(raw["units"]),
            default_range={
                u: (float(lo), float(hi)) for u, (lo, hi) in raw["default_range"].items()
            },
            source=raw["source"],
            note=raw.get("note", ""),
        )
        index[_fold(test.name)] = test
        for alias in test.aliases:
            index.setdefault(_fold(alias), test)
    return index


def lab_names() -> list[str]:
    return list(dict.fromkeys(t.name for t in _tests().values()))


def shown_lab_name(name: str) -> str:
    """A stored lab name as the user's language writes it: "free T4" -> "fritt T4"."""
    return _(name) if name in TRANSLATED_NAMES else name


def lab_test(name: str) -> LabTest:
    """The table entry for a lab name or alias, in English or as the current language shows
    it ("D-vitamin"); ValidationError("lab") for an unknown one."""
    found = _tests().get(_fold(name))
    if found is None:
        shown = {_fold(shown_lab_name(t.name)): t for t in _tests().values()}
        found = shown.get(_fold(name))
    if found is None:
        raise ValidationError(
            "lab",
            _("must be one of {names} (got {name})").format(
                names=", ".join(shown_lab_name(n) for n in lab_names()), name=repr(name)
            ),
        )
    return found


@functools.cache
def _unit_aliases() -> dict[str, str]:
    return {_fold(k): v for k, v in load_table("labs.json").get("unit_aliases", {}).items()}


def canonical_unit(test: LabTest, unit: str) -> str:
    """``unit`` spelled as the table spells it; ValidationError("unit") when the lab has no such unit."""
    folded = _fold(unit)
    candidate = _unit_aliases().get(folded, unit)
    for allowed in test.units:
        if _fold(allowed) in (folded, _fold(candidate)):
            return allowed
    raise ValidationError(
        "unit",
        _("{name} is entered in {names} (got {unit})").format(
            name=test.name, names=" or ".join(test.units), unit=repr(unit)
        ),
    )


def _number(field: str, value: object, *, low: float = 0.0) -> float:
    ok = (
        not isinstance(value, bool)
        and isinstance(value, int | float)
        and math.isfinite(value)
        and low <= value <= MAX_VALUE
    )
    if not ok:
        raise ValidationError(
            field,
            _("must be a number from {low:g} to {MAX_VALUE:g} (got {value})").format(
                low=low, MAX_VALUE=MAX_VALUE, value=repr(value)
            ),
        )
    return float(value)


@dataclasses.dataclass(frozen=True, slots=True)
class LabResult:
    """One dated lab value. The reference range is either entered (``ref_source`` "entered") or
    the table's default for the unit (``ref_source`` the table's source); both ends or neither."""

    date: dt.date
    name: str
    value: float
    unit: str
    ref_low: float | None = None
    ref_high: float | None = None
    ref_source: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "date", _date("date", self.date))
        test = lab_test(self.name)
        set_(self, "name", test.name)
        set_(self, "unit", canonical_unit(test, self.unit))
        set_(self, "value", _number("value", self.value))
        if (self.ref_low is None) != (self.ref_high is None):
            raise ValidationError("range", _("needs both ends, LOW-HIGH, or neither"))
        if self.ref_low is not None:
            low = _number("range", self.ref_low)
            high = _number("range", self.ref_high)
            if low >= high:
                raise ValidationError(
                    "range",
                    _("the low end {low:g} must be below the high end {high:g}").format(
                        low=low, high=high
                    ),
                )
            set_(self, "ref_low", low)
            set_(self, "ref_high", high)
            set_(self, "ref_source", str(self.ref_source or ENTERED))
        else:
            set_(self, "ref_source", "")

    @property
    def position(self) -> str | None:
        """ "below", "within" or "above" the reference range; None without a range."""
        if self.ref_low is None or self.ref_high is None:
            return None
        if self.value < self.ref_low:
            return "below"
        return "above" if self.value > self.ref_high else "within"

    @property
    def range_text(self) -> str:
        if self.ref_low is None:
            return _("no reference range")
        return f"{format_number(self.ref_low, 3)}-{format_number(self.ref_high, 3)} {self.unit}"


def new_lab_result(
    day: dt.date,
    name: str,
    value: float,
    unit: str,
    *,
    ref_low: float | None = None,
    ref_high: float | None = None,
) -> LabResult:
    """A lab result with the table's default range for the unit unless a range is given."""
    test = lab_test(name)
    unit = canonical_unit(test, unit)
    if ref_low is None and ref_high is None and unit in test.default_range:
        ref_low, ref_high = test.default_range[unit]
        return LabResult(day, test.name, value, unit, ref_low, ref_high, test.source)
    return LabResult(day, test.name, value, unit, ref_low, ref_high, ENTERED)


def parse_range(text: str) -> tuple[float, float]:
    """ "LOW-HIGH" as typed on the command line or in a form (e.g. "0.4-4.0"; in Swedish
    "0,4-4,0" too, as the value beside it takes the decimal comma)."""
    low, sep, high = str(text).strip().partition("-")
    try:
        if not sep:
            raise ValueError
        return parse_number(low), parse_number(high)
    except ValueError:
        raise ValidationError(
            "range",
            _("must be written LOW-HIGH, like 0.4-4.0 (got {text})").format(text=repr(text)),
        ) from None
