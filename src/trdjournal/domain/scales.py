"""Rating scale definitions (resources/scales.json) and their scoring rules.

Integer arithmetic throughout: a 50% line is tested as ``2 * follow_up <= baseline`` so it
is never lost to floating point.
"""

from __future__ import annotations

import dataclasses
import functools

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
    safety_item: int | None = None  # 1-based item whose answer > 0 must be flagged
    remission_below: int | None = None
    meaningful_change: int | None = None

    @property
    def item_count(self) -> int:
        return len(self.item_labels)

    def band(self, total: int) -> str:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band.label
        raise ValidationError(
            "total",
            f"{self.name} totals run from {self.total_min} to {self.total_max} (got {total})",
        )


@functools.cache
def scale(key: str) -> Scale:
    table = load_table("scales.json")["scales"]
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


@dataclasses.dataclass(frozen=True)
class ScaleRules:
    """The thresholds the treatment analysis reads for one scale (resources/scales.json).

    ``remission_below``: a total below it is remission (PHQ-9 < 5; QIDS-SR16 <= 5 is < 6);
    ``relapse_at_least``: after remission, a total at or above it is a relapse (the scale's
    moderate band: PHQ-9 >= 10, QIDS-SR16 >= 11 as in STAR*D)."""

    key: str
    name: str
    remission_below: int
    relapse_at_least: int


@functools.cache
def scale_rules(key: str = "phq9") -> ScaleRules:
    """Remission and relapse thresholds of ``key``: the one place trials, episodes, staging and
    tachyphylaxis read them, so a "primary scale" setting changes them in one line."""
    raw = load_table("scales.json")["scales"][key]
    definition = scale(key)
    if raw.get("remission_below") is not None:
        remission_below = raw["remission_below"]
    else:
        remission_below = raw["remission_at_most"] + 1
    relapse = raw.get("relapse_at_least")
    if relapse is None:
        relapse = next(b.low for b in definition.bands if b.label == "moderate")
    return ScaleRules(key, definition.name, remission_below, relapse)
