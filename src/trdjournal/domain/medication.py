"""Rules over a drug's sequence of events: start -> change* -> stop, possibly restarted."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import MedicationEvent
from trdjournal.i18n import _


def ordered(events: Iterable[MedicationEvent]) -> list[MedicationEvent]:
    """Chronological; events on one day keep the order they were logged in."""
    return sorted(events, key=lambda e: (e.date, e.id if e.id is not None else 1 << 62))


def by_drug(events: Iterable[MedicationEvent]) -> dict[str, list[MedicationEvent]]:
    """Events grouped by drug name, each group in the order given."""
    groups: dict[str, list[MedicationEvent]] = {}
    for event in events:
        groups.setdefault(event.drug, []).append(event)
    return groups


def check_sequence(events: Iterable[MedicationEvent]) -> None:
    """Raise ValidationError unless one drug's events form valid courses."""
    running: MedicationEvent | None = None
    for event in ordered(events):
        day = event.date.isoformat()
        if event.kind == "start":
            if running is not None:
                raise ValidationError(
                    "drug",
                    _(
                        "{drug} is already running (since {value}), so it cannot start again on {day}; log a dose change instead, or stop it first"
                    ).format(drug=event.drug, value=running.date.isoformat(), day=day),
                )
            running = event
        elif running is None:
            # One whole message per kind: a translation words each its own way.
            message = (
                _(
                    "{drug} is not running on {day}, so it cannot have a dose change; log its start first (a change or stop must come after the start)"
                )
                if event.kind == "change"
                else _(
                    "{drug} is not running on {day}, so it cannot have a stop; log its start first (a change or stop must come after the start)"
                )
            )
            raise ValidationError("drug", message.format(drug=event.drug, day=day))
        elif event.kind == "stop":
            running = None


@dataclasses.dataclass(frozen=True)
class RegimenItem:
    drug: str
    dose: float
    unit: str
    role: str
    since: dt.date  # start of the current course
    dose_since: dt.date  # date of the current dose


def regimen_on(events: Iterable[MedicationEvent], day: dt.date) -> list[RegimenItem]:
    """What was being taken at the end of ``day``, by drug name."""
    current: dict[str, RegimenItem] = {}
    for event in ordered(e for e in events if e.date <= day):
        if event.kind == "stop":
            current.pop(event.drug, None)
        elif event.kind == "start":
            current[event.drug] = RegimenItem(
                event.drug, event.dose or 0.0, event.unit, event.role, event.date, event.date
            )
        else:
            before = current[event.drug]
            current[event.drug] = dataclasses.replace(
                before, dose=event.dose, dose_since=event.date
            )
    return sorted(current.values(), key=lambda item: (item.since, item.drug))


def new_event(
    day: dt.date,
    drug: str,
    kind: str,
    dose: float | None = None,
    *,
    role: str | None = None,
    reason: str | None = None,
    note: str = "",
) -> MedicationEvent:
    """A medication event with the name resolved to its generic and the role and unit taken
    from the reference table unless given; unknown drugs are kept as typed, role "other"."""
    from trdjournal.domain.drugs import lookup

    known = lookup(drug)
    typed = " ".join(str(drug or "").split())
    return MedicationEvent(
        date=day,
        drug=known.generic if known else drug,
        kind=kind,
        dose=dose,
        unit=known.unit if known else "mg",
        role=role or (known.role if known else "other"),
        reason=reason,
        note=note,
        typed_name=typed,
    )
