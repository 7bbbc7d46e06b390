"""Medication events as FHIR MedicationStatements: one per dose segment.

A dose segment is one drug taken at one daily dose over [start, end): a course (start ->
change* -> stop) is cut at every change of dose, the same way the analysis cuts a course into
dose steps (analysis/courses.py, which this layer may not import): several changes on one day
leave the last one logged, and a "change" to the dose already taken starts no segment. The
last segment of a stopped course is ``stopped`` and carries the stop reason in
``statusReason``; earlier segments are ``completed``; a running course's last one is ``active``.

The daily dose is written as ``dosage.doseAndRate.rateRatio`` (dose per 1 day) and as text:
the journal keeps the total a day, not how it is split into doses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from trdjournal.domain.drugs import canonical_name
from trdjournal.domain.medication import ordered
from trdjournal.domain.model import MedicationEvent
from trdjournal.exchange import fhir_codes as codes


@dataclasses.dataclass(frozen=True)
class DoseSegment:
    drug: str  # generic name when the reference table knows it
    role: str
    unit: str
    dose: float
    start: dt.date
    end: dt.date | None  # the next change or the stop; None while running
    stopped: bool  # the course was stopped at ``end``
    stop_reason: str | None
    notes: tuple[str, ...]  # notes of the events that began and ended the segment
    first_event_id: int | None


def dose_segments(events: Iterable[MedicationEvent]) -> list[DoseSegment]:
    """Every dose segment, ordered by start then drug."""
    by_drug: dict[str, list[MedicationEvent]] = {}
    for event in events:
        by_drug.setdefault(canonical_name(event.drug), []).append(event)
    segments: list[DoseSegment] = []
    for drug, drug_events in by_drug.items():
        open_: dict[str, Any] | None = None
        for event in ordered(drug_events):
            if event.kind == "stop":
                if open_ is not None:
                    notes = (*open_["notes"], event.note) if event.note else open_["notes"]
                    segments.append(_segment(drug, open_, event.date, True, event.reason, notes))
                    open_ = None
                continue
            if open_ is not None and open_["start"] == event.date:
                open_.update(dose=event.dose, notes=_with(open_["notes"], event.note))
                continue  # several changes on one day: the last one logged holds
            if open_ is not None and open_["dose"] == event.dose:
                open_["notes"] = _with(open_["notes"], event.note)
                continue  # the same dose again starts no new segment
            if open_ is not None:
                segments.append(_segment(drug, open_, event.date, False, None, open_["notes"]))
            open_ = {
                "role": event.role if open_ is None else open_["role"],
                "unit": event.unit,
                "dose": event.dose,
                "start": event.date,
                "notes": _with((), event.note),
                "id": event.id,
            }
        if open_ is not None:
            segments.append(_segment(drug, open_, None, False, None, open_["notes"]))
    return sorted(segments, key=lambda s: (s.start, s.drug))


def _with(notes: tuple[str, ...], note: str) -> tuple[str, ...]:
    return (*notes, note) if note else notes


def _segment(drug, open_, end, stopped, reason, notes) -> DoseSegment:
    return DoseSegment(
        drug=drug,
        role=open_["role"],
        unit=open_["unit"],
        dose=float(open_["dose"] or 0.0),
        start=open_["start"],
        end=end,
        stopped=stopped,
        stop_reason=reason,
        notes=tuple(notes),
        first_event_id=open_["id"],
    )


def overlaps(segment: DoseSegment, first: dt.date | None, last: dt.date | None) -> bool:
    """Whether any day of the segment [start, end) falls in [first, last]."""
    if last is not None and segment.start > last:
        return False
    if first is None or segment.end is None:
        return True
    return segment.end > first or segment.end == segment.start >= first


def _dose_text(segment: DoseSegment) -> str:
    return f"{segment.dose:g} {segment.unit} a day"


def medication_statement(
    segment: DoseSegment, patient: dict[str, Any], *, asserted: str
) -> dict[str, Any]:
    """One MedicationStatement (FHIR R4) for a dose segment."""
    concept: dict[str, Any] = {"text": segment.drug}
    if (atc := codes.atc(segment.drug)) is not None:
        concept["coding"] = [atc]
    if segment.stopped:
        status = "stopped"
    elif segment.end is not None:
        status = "completed"  # the dose changed; the drug went on at the next segment's dose
    else:
        status = "active"
    period = {"start": segment.start.isoformat()}
    if segment.end is not None:
        period["end"] = segment.end.isoformat()
    statement: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "status": status,
        "category": {
            "coding": [codes.coding(codes.MEDICATION_ROLE, segment.role)],
            "text": codes.CODE_SYSTEMS[codes.MEDICATION_ROLE][1][segment.role][0],
        },
        "medicationCodeableConcept": concept,
        "subject": patient,
        "effectivePeriod": period,
        "dateAsserted": asserted,
        "informationSource": patient,
        "dosage": [
            {
                "text": _dose_text(segment),
                "doseAndRate": [
                    {
                        "rateRatio": {
                            "numerator": _quantity(segment.dose, segment.unit),
                            "denominator": {
                                "value": 1,
                                "unit": "day",
                                "system": codes.UCUM,
                                "code": "d",
                            },
                        }
                    }
                ],
            }
        ],
    }
    if segment.stopped and segment.stop_reason:
        statement["statusReason"] = [
            {
                "coding": [codes.coding(codes.STOP_REASON, segment.stop_reason)],
                "text": codes.CODE_SYSTEMS[codes.STOP_REASON][1][segment.stop_reason][0],
            }
        ]
    if segment.notes:
        statement["note"] = [{"text": note} for note in segment.notes]
    return statement


UCUM_UNITS = {"mg": "mg", "g": "g", "mcg": "ug", "µg": "ug", "ug": "ug", "ml": "mL", "iu": "[iU]"}


def _quantity(value: float, unit: str) -> dict[str, Any]:
    quantity: dict[str, Any] = {"value": value, "unit": unit}
    if (code := UCUM_UNITS.get(unit.lower())) is not None:
        quantity.update(system=codes.UCUM, code=code)
    return quantity
