"""The FHIR R4 export, read the way a clinic's system reads it: parsed and validated with
fhir.resources (its R4B models: R4 unchanged for every resource the export writes)."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle
from tests.fhir.conftest import NOW, resources

from trdjournal.analysis.courses import courses_from_events
from trdjournal.domain.model import Questionnaire, trusted
from trdjournal.domain.scales import scale
from trdjournal.exchange import fhir_questionnaires
from trdjournal.exchange.fhir import build_bundle

LOINC = "http://loinc.org"
PHQ9_TOTAL, GAD7_TOTAL = "44261-6", "70274-6"
PANELS = {"phq9": "44249-1", "gad7": "69737-5"}


def codes_of(concept) -> set[tuple[str, str]]:
    return {(c.system, c.code) for c in (concept.coding or [])}


@pytest.fixture(scope="module")
def parsed(demo_bundle) -> Bundle:
    return Bundle.model_validate(demo_bundle)


def test_every_resource_of_the_demo_bundle_parses_and_validates(demo_bundle, parsed):
    assert demo_bundle["resourceType"] == "Bundle" and parsed.type == "collection"
    for entry in demo_bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    kinds = {e.resource.get_resource_type() for e in parsed.entry}
    assert kinds >= {
        "Patient",
        "Questionnaire",
        "QuestionnaireResponse",
        "Observation",
        "MedicationStatement",
        "Procedure",
        "Encounter",
        "Provenance",
        "CodeSystem",
    }
    # every reference points at an entry of the Bundle: it stands on its own
    urls = [e["fullUrl"] for e in demo_bundle["entry"]]
    assert len(set(urls)) == len(urls)
    text = json.dumps(demo_bundle)
    referenced = {part.split('"')[0] for part in text.split('"reference": "')[1:]}
    assert referenced and referenced <= set(urls)


def test_the_validator_used_here_does_reject_a_broken_resource(demo_bundle):
    statement = copy.deepcopy(resources(demo_bundle, "MedicationStatement")[0])
    del statement["status"]  # 1..1 in R4
    with pytest.raises(ValueError, match="status"):
        get_fhir_model_class("MedicationStatement").model_validate(statement)


def test_totals_carry_the_total_score_codes_and_only_questionnaires_the_panel_codes(
    demo_bundle, demo_journal
):
    scores = [
        o
        for o in resources(demo_bundle, "Observation")
        if o["code"]["coding"][0]["system"] == LOINC
    ]
    by_code: dict[str, int] = {}
    for observation in scores:
        code = observation["code"]["coding"][0]["code"]
        by_code[code] = by_code.get(code, 0) + 1
    journal_counts = {k: len(demo_journal.questionnaires(k)) for k in ("phq9", "gad7")}
    assert by_code.get(PHQ9_TOTAL) == journal_counts["phq9"] > 0
    assert by_code.get(GAD7_TOTAL) == journal_counts["gad7"] > 0
    text = json.dumps(resources(demo_bundle, "Observation"))
    assert all(panel not in text for panel in PANELS.values())
    questionnaires = {q["url"]: q for q in resources(demo_bundle, "Questionnaire")}
    for key, panel in PANELS.items():
        [match] = [q for url, q in questionnaires.items() if url.endswith(f"/{key}")]
        assert match["code"] == [
            {"system": LOINC, "code": panel, "display": match["code"][0]["display"]}
        ]


def test_read_back_the_bundle_gives_every_phq9_total_and_its_answers(parsed, demo_journal):
    entries = {e.fullUrl: e.resource for e in parsed.entry}
    read = []
    for resource in entries.values():
        if resource.get_resource_type() != "Observation":
            continue
        if (LOINC, PHQ9_TOTAL) not in codes_of(resource.code):
            continue
        response = entries[resource.derivedFrom[0].reference]
        answers = [item.answer[0].valueCoding for item in response.item]
        # the response alone gives the score: each LOINC answer carries its value
        values = [int(coding.extension[0].valueDecimal) for coding in answers]
        assert sum(values) == resource.valueInteger
        assert all(coding.system == LOINC and coding.code.startswith("LA") for coding in answers)
        assert response.item[8].linkId == "44260-8"  # item 9, thoughts of death or self-harm
        read.append((str(resource.effectiveDateTime), resource.valueInteger, tuple(values)))
    expected = [
        (q.date.isoformat(), q.total, q.answers) for q in demo_journal.questionnaires("phq9")
    ]
    assert sorted(read) == sorted(expected)


def test_one_medication_statement_per_dose_segment_with_every_stop_reason(parsed, demo_journal):
    today = dt.date(2026, 6, 15)
    courses = courses_from_events(demo_journal.med_events(), today=today)
    statements = [
        e.resource for e in parsed.entry if e.resource.get_resource_type() == "MedicationStatement"
    ]
    assert len(statements) == sum(len(course.steps) for course in courses) > 0
    stopped = sorted(
        (
            s.medicationCodeableConcept.text,
            str(s.effectivePeriod.end),
            s.statusReason[0].coding[0].code,
        )
        for s in statements
        if s.status == "stopped"
    )
    journal_stops = sorted(
        (e.drug, e.date.isoformat(), e.reason)
        for e in demo_journal.med_events()
        if e.kind == "stop"
    )
    assert stopped == journal_stops and any(r == "side-effects" for _d, _e, r in stopped)
    # every statement comes from the patient; drugs with an ATC code in the WHO index carry it
    assert all(s.informationSource.reference == s.subject.reference for s in statements)
    sertraline = [s for s in statements if s.medicationCodeableConcept.text == "sertraline"]
    assert ("http://www.whocc.no/atc", "N06AB06") in codes_of(
        sertraline[0].medicationCodeableConcept
    )
    doses = sorted(s.dosage[0].doseAndRate[0].rateRatio.numerator.value for s in sertraline)
    assert doses == [50, 100, 150]
    running = [s for s in statements if s.status == "active"]
    assert running and all(s.effectivePeriod.end is None for s in running)


def test_daily_ratings_sleep_and_side_effects_are_observations(demo_bundle, demo_journal):
    checkins = demo_journal.checkins()
    observations = resources(demo_bundle, "Observation")

    def coded(code: str) -> list[dict]:
        return [o for o in observations if o["code"]["coding"][0]["code"] == code]

    moods = coded("mood")
    assert [(o["effectiveDateTime"], o["valueInteger"]) for o in moods] == [
        (c.date.isoformat(), c.mood) for c in checkins
    ]
    sleep = coded("93832-4")
    assert len(sleep) == sum(c.sleep_hours is not None for c in checkins) > 0
    assert sleep[0]["valueQuantity"]["code"] == "h"
    effects = coded("side-effects")
    assert len(effects) == sum(bool(c.side_effects) for c in checkins)
    # trdjournal's own codes are defined in the Bundle itself
    system = moods[0]["code"]["coding"][0]["system"]
    [defined] = [c for c in resources(demo_bundle, "CodeSystem") if c["url"] == system]
    assert {"mood", "anxiety", "energy"} <= {c["code"] for c in defined["concept"]}


def test_sessions_appointments_patient_and_provenance(demo_bundle, demo_journal):
    procedures = resources(demo_bundle, "Procedure")
    sessions = demo_journal.sessions()
    assert len(procedures) == len(sessions)
    assert any(p["code"]["coding"][0]["code"] == "rtms" for p in procedures)
    encounters = resources(demo_bundle, "Encounter")
    assert len(encounters) == len(demo_journal.appointments()) > 0
    [patient] = resources(demo_bundle, "Patient")
    assert "name" not in patient  # no name on reports: nothing identifying
    [provenance] = resources(demo_bundle, "Provenance")
    targets = {t["reference"] for t in provenance["target"]}
    clinical = {
        e["fullUrl"]
        for e in demo_bundle["entry"]
        if e["resource"]["resourceType"]
        not in ("Provenance", "CodeSystem", "Questionnaire", "Device")
    }
    assert targets == clinical
    assert [a["type"]["coding"][0]["code"] for a in provenance["agent"]] == ["author", "assembler"]
    assert "Patient-reported" in provenance["activity"]["text"]


def test_the_name_on_reports_is_the_only_identifying_data(demo_journal):
    settings = demo_journal.settings()
    demo_journal.save_settings(type(settings)(report_name="Alex Example"))
    try:
        [patient] = resources(build_bundle(demo_journal, now=NOW), "Patient")
    finally:
        demo_journal.save_settings(settings)
    assert patient == {
        "resourceType": "Patient",
        "id": patient["id"],
        "name": [{"text": "Alex Example"}],
    }


def test_a_period_limits_the_bundle_and_ids_are_stable(demo_journal, demo_bundle):
    first, last = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    part = build_bundle(demo_journal, first, last, now=NOW + dt.timedelta(days=1))
    days = [
        o.get("effectiveDateTime")
        for o in resources(part, "Observation")
        if "effectiveDateTime" in o
    ]
    assert days and all(first.isoformat() <= d <= last.isoformat() for d in days)
    expected = len(demo_journal.questionnaires(start=first, end=last))
    assert len(resources(part, "QuestionnaireResponse")) == expected
    for statement in resources(part, "MedicationStatement"):
        period = statement["effectivePeriod"]
        assert period["start"] <= last.isoformat()
        assert period.get("end", "9999") >= first.isoformat()
    # the same record has the same id in every export
    whole = {e["fullUrl"] for e in demo_bundle["entry"]}
    kept = {e["fullUrl"] for e in part["entry"] if e["resource"]["resourceType"] != "Provenance"}
    assert kept <= whole


def test_a_scale_without_loinc_codes_is_exported_with_trdjournal_codes():
    """Scales are data-driven: QIDS-SR16 (in resources/scales.json, being wired up by the
    scales work) flows through with codes from trdjournal's rating-scale system."""
    definition = scale("qids-sr16")
    answers = (1, 0, 0, 0, 2, 0, 0, 0, 0, 1, 1, 0, 1, 2, 0, 0)
    assert len(answers) == definition.item_count
    record = trusted(
        Questionnaire, date=dt.date(2026, 6, 1), instrument="qids-sr16", answers=answers, id=7
    )
    concepts = fhir_questionnaires.scale_codes(["qids-sr16"])
    patient = {"reference": "urn:uuid:00000000-0000-5000-8000-000000000001"}
    form = fhir_questionnaires.questionnaire("qids-sr16", concepts)
    response = fhir_questionnaires.response(record, patient)
    total = fhir_questionnaires.total_score(record, patient, {"reference": "urn:x"}, concepts)
    for resource in (form, response, total):
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    assert len(response["item"]) == 16 and len(form["item"]) == 16
    assert total["code"]["coding"][0]["code"] == "qids-sr16-total"
    assert total["valueInteger"] == record.total
    assert "loinc" not in json.dumps(total)
