"""Conversion between domain records and table rows: the one place that knows both shapes."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from trdjournal.domain.background import Background, FamilyHistory, LifeEvent
from trdjournal.domain.device import DeviceValue
from trdjournal.domain.labs import LabResult
from trdjournal.domain.model import (
    Appointment,
    CheckIn,
    MedicationEvent,
    MissedDose,
    Questionnaire,
    TreatmentSession,
    trusted,
)
from trdjournal.domain.pgx import PgxResult
from trdjournal.i18n import _

_date = dt.date.fromisoformat
# json.dumps(..., ensure_ascii=False) builds an encoder per call; imports write thousands of rows.
_text_json = json.JSONEncoder(ensure_ascii=False).encode
_sorted_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def checkin_to_row(c: CheckIn) -> dict[str, Any]:
    return {
        "date": c.date.isoformat(),
        "mood": c.mood,
        "anxiety": c.anxiety,
        "energy": c.energy,
        "sleep_hours": c.sleep_hours,
        "sleep_quality": c.sleep_quality,
        "activity_minutes": c.activity_minutes,
        "elevated": c.elevated,
        "irritability": c.irritability,
        "steps": c.steps,
        "tags": _text_json(list(c.tags)),
        "side_effects": _sorted_json(c.side_effects),
        "note": c.note,
        "for_doctor": int(c.for_doctor),
    }


def _json_list(text: str | None) -> tuple:
    return () if not text or text == "[]" else tuple(json.loads(text))


def _json_object(text: str | None) -> dict:
    return {} if not text or text == "{}" else json.loads(text)


def checkin_from_row(r: dict[str, Any]) -> CheckIn:
    # Rows were validated on the way in; re-checking thousands of them on every read is waste.
    return trusted(
        CheckIn,
        date=_date(r["date"]),
        mood=r["mood"],
        anxiety=r["anxiety"],
        energy=r["energy"],
        sleep_hours=r["sleep_hours"],
        sleep_quality=r["sleep_quality"],
        activity_minutes=r["activity_minutes"],
        elevated=r.get("elevated"),
        irritability=r.get("irritability"),
        steps=r.get("steps"),
        tags=_json_list(r["tags"]),
        side_effects=_json_object(r["side_effects"]),
        note=r["note"] or "",
        for_doctor=bool(r["for_doctor"]),
    )


def med_event_to_row(e: MedicationEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date.isoformat(),
        "drug": e.drug,
        "kind": e.kind,
        "dose": e.dose,
        "unit": e.unit,
        "role": e.role,
        "reason": e.reason,
        "note": e.note,
        "typed_name": e.typed_name,
    }


def med_event_from_row(r: dict[str, Any]) -> MedicationEvent:
    return MedicationEvent(
        id=r["id"],
        date=_date(r["date"]),
        drug=r["drug"],
        kind=r["kind"],
        dose=r["dose"],
        unit=r["unit"] or "mg",
        role=r["role"] or "other",
        reason=r["reason"],
        note=r["note"] or "",
        typed_name=r.get("typed_name") or "",
    )


def session_to_row(s: TreatmentSession) -> dict[str, Any]:
    return {
        "id": s.id,
        "date": s.date.isoformat(),
        "kind": s.kind,
        "note": s.note,
        "detail": s.detail,
    }


def session_from_row(r: dict[str, Any]) -> TreatmentSession:
    return TreatmentSession(
        id=r["id"],
        date=_date(r["date"]),
        kind=r["kind"],
        note=r["note"] or "",
        detail=r.get("detail") or "",
    )


def missed_dose_to_row(m: MissedDose) -> dict[str, Any]:
    return {
        "id": m.id,
        "date": m.date.isoformat(),
        "drug": m.drug,
        "doses": m.doses,
        "note": m.note,
    }


def missed_dose_from_row(r: dict[str, Any]) -> MissedDose:
    return MissedDose(
        id=r["id"], date=_date(r["date"]), drug=r["drug"], doses=r["doses"], note=r["note"] or ""
    )


def questionnaire_to_row(q: Questionnaire) -> dict[str, Any]:
    return {
        "id": q.id,
        "date": q.date.isoformat(),
        "instrument": q.instrument,
        "answers": json.dumps(list(q.answers)),
    }


def questionnaire_from_row(r: dict[str, Any]) -> Questionnaire:
    return trusted(
        Questionnaire,
        id=r["id"],
        date=_date(r["date"]),
        instrument=r["instrument"],
        answers=tuple(json.loads(r["answers"])),
    )


def appointment_to_row(a: Appointment) -> dict[str, Any]:
    return {"id": a.id, "date": a.date.isoformat(), "clinician": a.clinician, "note": a.note}


def appointment_from_row(r: dict[str, Any]) -> Appointment:
    return Appointment(
        id=r["id"], date=_date(r["date"]), clinician=r["clinician"] or "", note=r["note"] or ""
    )


BACKGROUND_ROW_ID = 1  # the background is a single row


def background_to_row(b: Background) -> dict[str, Any]:
    return {
        "id": BACKGROUND_ROW_ID,
        "episode_start": b.episode_start.isoformat() if b.episode_start else None,
        "age_at_first_episode": b.age_at_first_episode,
        "earlier_episodes": b.earlier_episodes,
        "family_history": json.dumps(
            [{"condition": f.condition, "relation": f.relation} for f in b.family_history],
            ensure_ascii=False,
        ),
        "childhood_adversity": None
        if b.childhood_adversity is None
        else int(b.childhood_adversity),
        "childhood_adversity_note": b.childhood_adversity_note,
        "other_conditions": json.dumps(list(b.other_conditions), ensure_ascii=False),
    }


def background_from_row(r: dict[str, Any]) -> Background:
    adversity = r["childhood_adversity"]
    return Background(
        episode_start=_date(r["episode_start"]) if r["episode_start"] else None,
        age_at_first_episode=r["age_at_first_episode"],
        earlier_episodes=r["earlier_episodes"],
        family_history=tuple(FamilyHistory(**f) for f in json.loads(r["family_history"] or "[]")),
        childhood_adversity=None if adversity is None else bool(adversity),
        childhood_adversity_note=r["childhood_adversity_note"] or "",
        other_conditions=tuple(json.loads(r["other_conditions"] or "[]")),
    )


def life_event_to_row(e: LifeEvent) -> dict[str, Any]:
    return {"id": e.id, "date": e.date.isoformat(), "impact": e.impact, "text": e.text}


def life_event_from_row(r: dict[str, Any]) -> LifeEvent:
    return LifeEvent(id=r["id"], date=_date(r["date"]), impact=r["impact"], text=r["text"])


def lab_result_to_row(lab: LabResult) -> dict[str, Any]:
    return {
        "id": lab.id,
        "date": lab.date.isoformat(),
        "name": lab.name,
        "value": lab.value,
        "unit": lab.unit,
        "ref_low": lab.ref_low,
        "ref_high": lab.ref_high,
        "ref_source": lab.ref_source,
    }


def lab_result_from_row(r: dict[str, Any]) -> LabResult:
    return LabResult(
        id=r["id"],
        date=_date(r["date"]),
        name=r["name"],
        value=r["value"],
        unit=r["unit"],
        ref_low=r["ref_low"],
        ref_high=r["ref_high"],
        ref_source=r["ref_source"] or "",
    )


def pgx_result_to_row(result: PgxResult) -> dict[str, Any]:
    return {
        "id": result.id,
        "gene": result.gene,
        "phenotype": result.phenotype,
        "date": result.date.isoformat() if result.date else None,
        "genotype": result.genotype,
        "activity_score": result.activity_score,
        "lab": result.lab,
    }


def pgx_result_from_row(r: dict[str, Any]) -> PgxResult:
    return PgxResult(
        id=r["id"],
        gene=r["gene"],
        phenotype=r["phenotype"],
        date=_date(r["date"]) if r["date"] else None,
        genotype=r["genotype"] or "",
        activity_score=r["activity_score"],
        lab=r["lab"] or "",
    )


def device_value_to_row(v: DeviceValue) -> dict[str, Any]:
    return {
        "id": v.id,
        "date": v.date.isoformat(),
        "field": v.field,
        "value": v.value,
        "source": v.source,
    }


def device_value_from_row(r: dict[str, Any]) -> DeviceValue:
    value = r["value"]
    whole = value is not None and r["field"] in ("steps", "activity_minutes")
    return trusted(
        DeviceValue,
        id=r["id"],
        date=_date(r["date"]),
        field=r["field"],
        value=int(value) if whole else value,
        source=r["source"],
    )


# table name -> (record type, to_row, from_row, primary key column)
TABLES = {
    "checkins": (CheckIn, checkin_to_row, checkin_from_row, "date"),
    "med_events": (MedicationEvent, med_event_to_row, med_event_from_row, "id"),
    "sessions": (TreatmentSession, session_to_row, session_from_row, "id"),
    "questionnaires": (Questionnaire, questionnaire_to_row, questionnaire_from_row, "id"),
    "appointments": (Appointment, appointment_to_row, appointment_from_row, "id"),
    "background": (Background, background_to_row, background_from_row, "id"),
    "life_events": (LifeEvent, life_event_to_row, life_event_from_row, "id"),
    "lab_results": (LabResult, lab_result_to_row, lab_result_from_row, "id"),
    "pgx_results": (PgxResult, pgx_result_to_row, pgx_result_from_row, "id"),
    "missed_doses": (MissedDose, missed_dose_to_row, missed_dose_from_row, "id"),
    "device_values": (DeviceValue, device_value_to_row, device_value_from_row, "id"),
}


def validated_row(table: str, row: Any) -> dict[str, Any]:
    """``row`` (from the history or an imported document) checked through the domain record it
    stands for, as the journal would store it; ValueError names what is wrong. Undo writes only
    such rows, so a forged history entry cannot put a mood 99 into the journal."""
    import dataclasses

    from trdjournal.domain.errors import ValidationError

    if table not in TABLES:
        raise ValueError(_("{table} is not a table").format(table=repr(table)))
    _name, to_row, from_row, _key = TABLES[table]
    if not isinstance(row, dict):
        raise ValueError(_("is not a row (an object)"))
    try:
        record = dataclasses.replace(from_row(row))  # replace() runs the record's checks
        canonical = to_row(record)
    except ValidationError as exc:
        raise ValueError(
            _("{field} {message}").format(field=exc.field, message=exc.message)
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(
            _("is not a {table} row ({name}: {exc})").format(
                table=table, name=type(exc).__name__, exc=exc
            )
        ) from None
    if set(row) != set(canonical):
        raise ValueError(
            _("has the fields {value}, not those of a {table} row").format(
                value=sorted(row), table=table
            )
        )
    return canonical
