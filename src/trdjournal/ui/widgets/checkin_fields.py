"""Text typed in the check-in form turned into values for ``CheckIn``.

Only the reading of text is here (is it a number at all?); ranges and rules stay in the
domain record, whose ValidationError names the field so the form can show it in place.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import format_number


def optional_number(field: str, text: str, example: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(
            field,
            QCoreApplication.translate(
                "checkin_fields", "must be a number, like {example} (got {text!r})"
            ).format(example=example, text=text),
        ) from None


def sleep_hours(text: str) -> float | None:
    """Hours as 7, 7.5, 7,5 or 7:30."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})\s*[:h]\s*(\d{1,2})", text)
    if match:
        hours, minutes = int(match[1]), int(match[2])
        if minutes >= 60:
            raise ValidationError(
                "sleep_hours",
                QCoreApplication.translate(
                    "checkin_fields", "{text!r} has {minutes} minutes; at most 59"
                ).format(text=text, minutes=minutes),
            )
        return hours + minutes / 60
    return optional_number(
        "sleep_hours", text, QCoreApplication.translate("checkin_fields", "7 or 6.5 or 6:45")
    )


def whole_number(field: str, text: str, example: str) -> int | float | None:
    value = optional_number(field, text, example)
    return int(value) if value is not None and value == int(value) else value


def tags(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def side_effects(text: str) -> dict[str, int]:
    """``nausea 2, dry mouth 1`` (or ``nausea=2``): name, then severity 0-3."""
    effects: dict[str, int] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        match = re.fullmatch(r"(.+?)\s*[=:]?\s*(\d+)", part)
        if not match:
            raise ValidationError(
                "side_effects",
                QCoreApplication.translate(
                    "checkin_fields",
                    "{part!r} needs a severity after the name: 0 none, 1 mild, 2 moderate, "
                    "3 severe (like: nausea 2)",
                ).format(part=part),
            )
        effects[match[1]] = int(match[2])
    return effects


def side_effects_text(effects: dict[str, int]) -> str:
    return ", ".join(f"{name} {severity}" for name, severity in effects.items())


def number_text(value: float | int | None) -> str:
    return "" if value is None else format_number(value, 2)  # "7,5" in Swedish
