"""Rating scale definitions (resources/scales.json) and their scoring rules.

Integer arithmetic throughout: a 50% line is tested as ``2 * follow_up <= baseline`` so it
is never lost to floating point.

Keys are the names the CLI and ``trials --json`` use: ``phq9``, ``gad7``, ``qids-sr16``,
``madrs-s``. A scale's total is the sum of its items except where the scale groups items and
counts only the highest of each group (QIDS-SR16: sleep, appetite/weight, psychomotor).
``scale_rules(key)`` gives the remission, response and relapse lines of the scales that can
judge a medication trial (the "primary scale" setting), each with its source.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.reference import load_table


@dataclasses.dataclass(frozen=True)
class Band:
    low: int
    high: int
    label: str


@dataclasses.dataclass(frozen=True)
class Scale:
    key: str
    name: str
    item_labels: tuple[str, ...]
    item_texts: tuple[str, ...]
    options: tuple[str, ...]
    stem: str
    item_min: int
    item_max: int
    total_min: int
    total_max: int
    bands: tuple[Band, ...]
    attribution: str
    safety_item: int | None = None  # 1-based item whose answer >= safety_min must be flagged
    remission_below: int | None = None
    meaningful_change: int | None = None
    # Items of which only the highest answer counts (1-based), e.g. QIDS-SR16's sleep items.
    groups: tuple[tuple[int, ...], ...] = ()
    safety_min: int = 1
    safety_source: str = ""
    full_text: bool = False  # True where the item wording may be shipped (PHQ-9, GAD-7)

    @property
    def item_count(self) -> int:
        return len(self.item_labels)

    def total(self, answers: Sequence[int]) -> int:
        if not self.groups:
            return sum(answers)
        grouped = {item for group in self.groups for item in group}
        total = sum(max(answers[i - 1] for i in group) for group in self.groups)
        return total + sum(a for i, a in enumerate(answers, start=1) if i not in grouped)

    def safety_answer(self, answers: Sequence[int]) -> int | None:
        """The safety item's answer when it is at or above the flag line, else None."""
        if self.safety_item is None:
            return None
        answer = answers[self.safety_item - 1]
        return answer if answer >= self.safety_min else None

    def band(self, total: int) -> str:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band.label
        raise ValidationError(
            "total",
            f"{self.name} totals run from {self.total_min} to {self.total_max} (got {total})",
        )


@dataclasses.dataclass(frozen=True)
class ScaleRules:
    """What counts as remission, response and relapse on one scale (resources/scales.json)."""

    scale: str  # the scale's key, e.g. "qids-sr16"
    name: str  # "QIDS-SR16"
    remission_max: int  # remission: total <= remission_max (PHQ-9 4, QIDS-SR16 5, MADRS-S 10)
    response_reduction_percent: int  # response: at least this reduction from baseline (50)
    relapse_min: int  # relapse after remission: total >= relapse_min
    moderate_min: int  # first total of the moderate band
    source: str

    @property
    def remission_below(self) -> int:
        return self.remission_max + 1

    def is_remission(self, total: int) -> bool:
        return total <= self.remission_max

    def is_relapse(self, total: int) -> bool:
        return total >= self.relapse_min


@functools.cache
def _scales() -> dict:
    return load_table("scales.json")["scales"]


def scale_keys() -> tuple[str, ...]:
    return tuple(_scales())


@functools.cache
def scale(key: str) -> Scale:
    table = _scales()
    if key not in table:
        raise ValidationError("questionnaire", f"must be one of {', '.join(table)} (got {key!r})")
    raw = table[key]
    return Scale(
        key=key,
        name=raw["name"],
        item_labels=tuple(item["short"] for item in raw["items"]),
        item_texts=tuple(item.get("text", item["short"]) for item in raw["items"]),
        options=tuple(raw.get("options", ())),
        stem=raw.get("stem", ""),
        item_min=raw["item_min"],
        item_max=raw["item_max"],
        total_min=raw["total_min"],
        total_max=raw["total_max"],
        bands=tuple(Band(b["min"], b["max"], b["label"]) for b in raw["bands"]),
        attribution=raw.get("attribution", ""),
        safety_item=raw.get("safety_item"),
        remission_below=raw.get("remission_below"),
        meaningful_change=raw.get("meaningful_change"),
        groups=tuple(tuple(items) for items in raw.get("groups", {}).values()),
        safety_min=raw.get("safety_min", 1),
        safety_source=raw.get("safety_source", ""),
        full_text=all("text" in item for item in raw["items"]),
    )


def primary_scale_keys() -> tuple[str, ...]:
    """The scales that can judge a medication trial: those with remission/relapse rules."""
    return tuple(key for key, raw in _scales().items() if "rules" in raw)


@functools.cache
def scale_rules(key: str) -> ScaleRules:
    raw = _scales().get(key, {})
    if "rules" not in raw:
        raise ValidationError(
            "primary_scale", f"must be one of {', '.join(primary_scale_keys())} (got {key!r})"
        )
    rules = raw["rules"]
    return ScaleRules(
        scale=key,
        name=raw["name"],
        remission_max=rules["remission_max"],
        response_reduction_percent=rules["response_reduction_percent"],
        relapse_min=rules["relapse_min"],
        moderate_min=rules["moderate_min"],
        source=rules["source"],
    )


def parse_answers(text: str, key: str) -> tuple[int, ...]:
    """``"0,1,2,..."`` as typed on the command line, checked against the scale."""
    definition = scale(key)
    parts = [p.strip() for p in text.split(",")]
    answers = []
    for i, part in enumerate(parts, start=1):
        if not part.isdigit():
            raise ValidationError(
                "answers",
                f"answer {i} is {part!r}; each answer is a whole number from "
                f"{definition.item_min} to {definition.item_max}, separated by commas",
            )
        answers.append(int(part))
    return tuple(answers)
