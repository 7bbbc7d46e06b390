"""Rating scales as FHIR: a Questionnaire per scale, a QuestionnaireResponse per completed
questionnaire with its item answers, and an Observation for its total score ``derivedFrom``
the response.

Driven by resources/scales.json: any scale there is exported. Where resources/loinc.json has
the scale's LOINC codes, the Questionnaire carries the panel code (PHQ-9 44249-1, GAD-7
69737-5), its items the LOINC question codes and its answers the LOINC answer codes; the
score Observation carries the total-score code (PHQ-9 44261-6, GAD-7 70274-6), never the
panel code. Other scales get codes from trdjournal's "rating-scale" code system, which the
Bundle defines. Each answer Coding also carries the answer's value in the ``ordinalValue``
extension, so the score can be recomputed from the response alone.
"""

from __future__ import annotations

from typing import Any

from trdjournal.domain.model import Questionnaire
from trdjournal.domain.scales import Scale, scale
from trdjournal.exchange import fhir_codes as codes

ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"


def questionnaire_url(key: str) -> str:
    return f"{codes.BASE}/Questionnaire/{key}"


def scale_codes(keys: list[str]) -> dict[str, tuple[str, str]]:
    """Concepts of the rating-scale code system for scales LOINC has no codes for here."""
    concepts: dict[str, tuple[str, str]] = {}
    for key in keys:
        if codes.loinc_scale(key) is None:
            name = scale(key).name
            concepts[key] = (name, f"The {name} questionnaire.")
            concepts[f"{key}-total"] = (f"{name} total score", f"The total score of the {name}.")
    return concepts


def _scale_coding(key: str, code: str, concepts: dict[str, tuple[str, str]]) -> dict[str, Any]:
    return {"system": codes.system_url(codes.SCALE), "code": code, "display": concepts[code][0]}


def _answer_coding(definition: Scale, value: int) -> dict[str, Any]:
    table = codes.loinc_scale(definition.key)
    index = value - definition.item_min
    label = definition.options[index] if index < len(definition.options) else str(value)
    ordinal = [{"url": ORDINAL_VALUE, "valueDecimal": value}]
    if table is not None:
        coding = codes.loinc(table["answers"][index], label)
    else:
        coding = {"system": codes.system_url(codes.SCALE), "code": str(value), "display": label}
    return {"extension": ordinal, **coding}


def _linkid(definition: Scale, index: int) -> str:
    table = codes.loinc_scale(definition.key)
    return table["items"][index] if table is not None else str(index + 1)


def questionnaire(key: str, concepts: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """The Questionnaire a response answers: items, their codes and answer options."""
    definition = scale(key)
    table = codes.loinc_scale(key)
    if table is not None:
        code = codes.loinc(table["panel"], table["panel_display"])
    else:
        code = _scale_coding(key, key, concepts)
    items = []
    for index, short in enumerate(definition.item_labels):
        item: dict[str, Any] = {
            "linkId": _linkid(definition, index),
            "prefix": str(index + 1),
            "text": definition.item_texts[index] or short,
            "type": "choice",
            "required": True,
            "answerOption": [
                {"valueCoding": _answer_coding(definition, value)}
                for value in range(definition.item_min, definition.item_max + 1)
            ],
        }
        if table is not None:
            item["code"] = [codes.loinc(table["items"][index])]
        items.append(item)
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "url": questionnaire_url(key),
        "name": "".join(ch for ch in definition.name if ch.isalnum()),
        "title": definition.name,
        "status": "active",
        "subjectType": ["Patient"],
        "code": [code],
        "item": items,
    }
    if definition.stem:
        resource["description"] = definition.stem
    if definition.attribution:
        resource["copyright"] = definition.attribution
    return resource


def response(record: Questionnaire, patient: dict[str, Any]) -> dict[str, Any]:
    """A QuestionnaireResponse: the answers as the patient gave them."""
    definition = scale(record.instrument)
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": questionnaire_url(record.instrument),
        "status": "completed",
        "subject": patient,
        "authored": record.date.isoformat(),
        "author": patient,
        "source": patient,
        "item": [
            {
                "linkId": _linkid(definition, index),
                "text": definition.item_texts[index] or definition.item_labels[index],
                "answer": [{"valueCoding": _answer_coding(definition, value)}],
            }
            for index, value in enumerate(record.answers)
        ],
    }


def total_score(
    record: Questionnaire,
    patient: dict[str, Any],
    response_ref: dict[str, Any],
    concepts: dict[str, tuple[str, str]],
) -> dict[str, Any]:
    """The total score as an Observation, derived from the response."""
    definition = scale(record.instrument)
    table = codes.loinc_scale(record.instrument)
    if table is not None:
        code = codes.loinc(table["total"], table["total_display"])
    else:
        code = _scale_coding(record.instrument, f"{record.instrument}-total", concepts)
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": codes.category("survey"),
        "code": {"coding": [code], "text": f"{definition.name} total score"},
        "subject": patient,
        "effectiveDateTime": record.date.isoformat(),
        "performer": [patient],
        "valueInteger": record.total,
        "interpretation": [{"text": record.band}],
        "referenceRange": [
            {
                "low": {"value": definition.total_min},
                "high": {"value": definition.total_max},
                "text": f"{definition.name} totals run from {definition.total_min} "
                f"to {definition.total_max}",
            }
        ],
        "derivedFrom": [response_ref],
    }
