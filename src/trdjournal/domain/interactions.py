"""Well-established interactions between supplements and antidepressants
(resources/interactions.json, with sources). The only output is a calm notice to ask the
prescriber or pharmacist; trdjournal gives no advice beyond that."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable

from trdjournal.domain.drugs import canonical_name, lookup
from trdjournal.domain.reference import load_table
from trdjournal.i18n import _


@dataclasses.dataclass(frozen=True)
class InteractionNotice:
    substance: str  # the supplement
    drug: str  # what it was combined with
    concern: str
    sources: tuple[str, ...]

    @property
    def text(self) -> str:
        return _(
            "You have logged {substance} together with {drug}. {concern}. It may be worth asking your prescriber or pharmacist about taking them together."
        ).format(substance=self.substance, drug=self.drug, concern=self.concern)


@functools.cache
def _serotonergic() -> tuple[frozenset[str], frozenset[str]]:
    group = load_table("interactions.json")["serotonergic"]
    return frozenset(group["classes"]), frozenset(group["drugs"])


def is_serotonergic(drug: str) -> bool:
    classes, names = _serotonergic()
    known = lookup(drug)
    return canonical_name(drug) in names or (known is not None and known.drug_class in classes)


def notices_for(regimen: Iterable[str]) -> list[InteractionNotice]:
    """Notices for the drugs taken together (generic or brand names), one per pair."""
    names = list(dict.fromkeys(canonical_name(d) for d in regimen))
    notices: list[InteractionNotice] = []
    seen: set[frozenset[str]] = set()
    for entry in load_table("interactions.json")["interactions"]:
        substance = entry["substance"]
        if substance not in names or entry["with"] != "serotonergic":
            continue
        for other in names:
            pair = frozenset((substance, other))
            if other == substance or pair in seen or not is_serotonergic(other):
                continue
            seen.add(pair)
            notices.append(
                InteractionNotice(substance, other, entry["concern"], tuple(entry["sources"]))
            )
    return notices
