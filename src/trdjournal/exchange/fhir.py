"""The treatment history as one HL7 FHIR R4 Bundle (type ``collection``), for a clinic's record.

What goes in (docs/fhir.md says what each resource holds and what FHIR cannot carry):

- Patient: only the name on reports, when one is set; otherwise no identifying data.
- Device: trdjournal, the software that assembled the Bundle.
- CodeSystem: trdjournal's own codes (daily self-ratings, stop reasons, medication roles,
  treatment sessions, scales LOINC has no codes for), defined in the Bundle itself.
- Questionnaire per scale used, QuestionnaireResponse per completed questionnaire and an
  Observation per total score ``derivedFrom`` it (fhir_questionnaires.py).
- Observation per check-in measure: mood, anxiety, energy (0-10), sleep duration (LOINC
  93832-4), sleep quality, minutes of activity and the day's side effects (one Observation,
  a component per side effect).
- MedicationStatement per dose segment (fhir_medication.py).
- Procedure per treatment session (rTMS, ECT, esketamine and the other kinds).
- Encounter per appointment: ``planned`` when it is after the export day, else ``unknown``
  (the journal records that a visit was booked, not whether it took place).
- Provenance: every resource above is patient-reported, assembled by trdjournal.

Every resource is a plain dict; the export does not import a FHIR library (the tests validate
the Bundle with fhir.resources). Ids are UUIDs derived from the journal's record ids, so the
same journal gives the same ids in every export; only the Bundle's timestamp and the
Provenance's ``recorded`` time change.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from trdjournal import APP_NAME, __version__
from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn
from trdjournal.exchange import fhir_codes as codes
from trdjournal.exchange import fhir_medication, fhir_questionnaires
from trdjournal.storage import Journal
from trdjournal.storage.private_files import write_private

NAMESPACE = uuid.UUID("6f1c0b52-3d0e-5a7e-9a51-7472646a6f75")  # fixed: stable ids per journal


class BundleBuilder:
    """Collects resources with their urn:uuid fullUrls, in the order they are added."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []

    def add(self, key: str, resource: dict[str, Any]) -> dict[str, Any]:
        """Add ``resource`` under a stable id made from ``key``; returns a Reference to it."""
        rid = str(uuid.uuid5(NAMESPACE, key))
        full_url = f"urn:uuid:{rid}"
        self.entries.append({"fullUrl": full_url, "resource": {"id": rid, **resource}})
        return {"reference": full_url}


def _observation(
    day: dt.date, patient: dict, code: dict, category: str, **value: Any
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": codes.category(category),
        "code": code,
        "subject": patient,
        "effectiveDateTime": day.isoformat(),
        "performer": [patient],
        **value,
    }


def _daily(code: str) -> dict[str, Any]:
    concept = codes.coding(codes.DAILY, code)
    return {"coding": [concept], "text": concept["display"]}


def _rating(value: int, low: int, high: int) -> dict[str, Any]:
    return {
        "valueInteger": value,
        "referenceRange": [{"low": {"value": low}, "high": {"value": high}}],
    }


def checkin_observations(checkin: CheckIn, patient: dict) -> list[tuple[str, dict[str, Any]]]:
    """(key, Observation) for each measure the day has."""
    day = checkin.date
    out: list[tuple[str, dict[str, Any]]] = []
    mood = _observation(day, patient, _daily("mood"), "survey", **_rating(checkin.mood, 0, 10))
    if checkin.for_doctor and checkin.note:  # only what the patient marked for the doctor
        mood["note"] = [{"text": checkin.note}]
    out.append(("mood", mood))
    for name in ("anxiety", "energy"):
        if (value := getattr(checkin, name)) is not None:
            out.append(
                (name, _observation(day, patient, _daily(name), "survey", **_rating(value, 0, 10)))
            )
    if checkin.sleep_hours is not None:
        sleep = codes.loinc_observation("sleep_hours")
        quantity = {"value": checkin.sleep_hours, "unit": "h", "system": codes.UCUM, "code": "h"}
        code = {"coding": [sleep], "text": "Sleep duration (self-reported)"}
        out.append(("sleep", _observation(day, patient, code, "activity", valueQuantity=quantity)))
    if checkin.sleep_quality is not None:
        rating = _rating(checkin.sleep_quality, 1, 5)
        out.append(
            (
                "sleep-quality",
                _observation(day, patient, _daily("sleep-quality"), "survey", **rating),
            )
        )
    if checkin.activity_minutes is not None:
        quantity = {
            "value": checkin.activity_minutes,
            "unit": "min",
            "system": codes.UCUM,
            "code": "min",
        }
        code = _daily("activity-minutes")
        out.append(
            ("activity", _observation(day, patient, code, "activity", valueQuantity=quantity))
        )
    if checkin.side_effects:
        components = [
            {"code": {"text": name}, "valueInteger": severity}
            for name, severity in sorted(checkin.side_effects.items())
        ]
        code = _daily("side-effects")
        out.append(
            ("side-effects", _observation(day, patient, code, "survey", component=components))
        )
    return out


def _session(session, patient: dict) -> dict[str, Any]:
    concept = codes.coding(codes.SESSION_KIND, session.kind)
    procedure: dict[str, Any] = {
        "resourceType": "Procedure",
        "status": "completed",
        "code": {"coding": [concept], "text": concept["display"]},
        "subject": patient,
        "performedDateTime": session.date.isoformat(),
        "asserter": patient,
    }
    if session.note:
        procedure["note"] = [{"text": session.note}]
    return procedure


def _appointment(appointment, patient: dict, day: dt.date) -> dict[str, Any]:
    encounter: dict[str, Any] = {
        "resourceType": "Encounter",
        "status": "planned" if appointment.date > day else "unknown",
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "AMB",
            "display": "ambulatory",
        },
        "subject": patient,
        "period": {"start": appointment.date.isoformat()},
    }
    if appointment.clinician:
        encounter["participant"] = [{"individual": {"display": appointment.clinician}}]
    return encounter


def build_bundle(
    journal: Journal,
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The Bundle of the records dated in [first, last] (either end open)."""
    if first is not None and last is not None and first > last:
        raise ValidationError("--from", f"{first.isoformat()} is after --to {last.isoformat()}")
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    stamp = now.isoformat().replace("+00:00", "Z")
    bundle = BundleBuilder()
    settings = journal.settings()
    person: dict[str, Any] = {"resourceType": "Patient"}
    if settings.report_name:
        person["name"] = [{"text": settings.report_name}]
    patient = bundle.add("patient", person)
    device = bundle.add(
        "device",
        {
            "resourceType": "Device",
            "deviceName": [{"name": APP_NAME, "type": "model-name"}],
            "type": {"text": "Personal health record software"},
            "version": [{"value": __version__}],
        },
    )
    questionnaires = journal.questionnaires(start=first, end=last)
    instruments = list(dict.fromkeys(q.instrument for q in questionnaires))
    scale_concepts = fhir_questionnaires.scale_codes(instruments)
    systems = dict(codes.CODE_SYSTEMS)
    if scale_concepts:
        systems[codes.SCALE] = ("trdjournal rating scales without LOINC codes", scale_concepts)
    for name, (title, concepts) in systems.items():
        bundle.add(f"codesystem/{name}", codes.code_system(name, concepts, title))
    for key in instruments:
        bundle.add(f"questionnaire/{key}", fhir_questionnaires.questionnaire(key, scale_concepts))
    reported: list[dict[str, Any]] = []
    for record in questionnaires:
        answers = bundle.add(
            f"questionnaire-response/{record.id}", fhir_questionnaires.response(record, patient)
        )
        score = fhir_questionnaires.total_score(record, patient, answers, scale_concepts)
        reported += [answers, bundle.add(f"questionnaire-total/{record.id}", score)]
    for checkin in journal.checkins(first, last):
        for key, observation in checkin_observations(checkin, patient):
            reported.append(bundle.add(f"checkin/{checkin.date.isoformat()}/{key}", observation))
    for segment in fhir_medication.dose_segments(journal.med_events()):
        if fhir_medication.overlaps(segment, first, last):
            statement = fhir_medication.medication_statement(segment, patient, asserted=stamp)
            key = f"medication/{segment.drug}/{segment.start.isoformat()}/{segment.first_event_id}"
            reported.append(bundle.add(key, statement))
    for session in journal.sessions(first, last):
        reported.append(bundle.add(f"session/{session.id}", _session(session, patient)))
    for appointment in journal.appointments(first, last):
        encounter = _appointment(appointment, patient, today())
        reported.append(bundle.add(f"appointment/{appointment.id}", encounter))
    provenance = {
        "resourceType": "Provenance",
        "target": [patient, *reported],
        "recorded": stamp,
        "activity": {"text": "Patient-reported; exported by trdjournal"},
        "agent": [
            _agent("author", "Author", patient, "The patient, who reported every entry"),
            _agent("assembler", "Assembler", device, f"{APP_NAME} {__version__}"),
        ],
    }
    bundle.add(f"provenance/{stamp}", provenance)
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid5(NAMESPACE, f"bundle/{stamp}")),
        "type": "collection",
        "timestamp": stamp,
        "entry": bundle.entries,
    }


def _agent(code: str, display: str, who: dict, text: str) -> dict[str, Any]:
    participant = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
    return {
        "type": {
            "coding": [{"system": participant, "code": code, "display": display}],
            "text": text,
        },
        "who": who,
    }


def write_fhir(
    journal: Journal, path: Path, first: dt.date | None = None, last: dt.date | None = None
) -> dict[str, int]:
    """Write the Bundle to ``path`` (readable by its owner only); returns resources per type."""
    bundle = build_bundle(journal, first, last)
    text = json.dumps(bundle, ensure_ascii=False, indent=1) + "\n"
    write_private(path, lambda out: out.write(text), "w")
    counts: dict[str, int] = {}
    for entry in bundle["entry"]:
        kind = entry["resource"]["resourceType"]
        counts[kind] = counts.get(kind, 0) + 1
    return counts
