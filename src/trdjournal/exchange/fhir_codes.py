"""The codes a FHIR export speaks: LOINC where a code exists, ATC for drugs, and trdjournal's
own code systems for what no public code fits.

Where each code was found (the tables themselves are in resources/, with their sources):

- PHQ-9: panel 44249-1 (the Questionnaire and its QuestionnaireResponse, never the score),
  total score 44261-6 (the Observation); items 44250-9, 44255-8, 44259-0, 44254-1, 44251-7,
  44258-2, 44252-5, 44253-3, 44260-8 in the scale's order; answers LA6568-5 "Not at all",
  LA6569-3 "Several days", LA6570-1 "More than half the days", LA6571-9 "Nearly every day"
  (answer list LL358-3). Found in the HL7 Personal Health Records IG's examples
  (HL7/personal-health-record-format-ig, input/fsh/pghd/examples/Mind/
  QuestionnaireResponse-ScoredAssessment-PHQ9.fsh and Observation-PHR-ScoredAssessment-PHQ9.fsh)
  and in shared REFERENCE.md, "Codes for a FHIR export".
- GAD-7: panel 69737-5, total score 70274-6; items 69725-0, 68509-9, 69733-4, 69734-2,
  69735-9, 69689-8, 69736-7; the same four answers. Same IG,
  QuestionnaireResponse-ScoredAssessment-GAD7.fsh; panel and total in REFERENCE.md.
- Sleep duration 93832-4: the same IG's sleep examples and the NRCES physical-activity value
  set (gauravvaishnav17/abdm-fhir-ig-fsh, input/fsh/valuesets/PhysicalActivity.fsh).
- ATC: resources/atc.json (WHO ATC/DDD index), system http://www.whocc.no/atc.

No LOINC code fits a 0-10 self-rating of mood, anxiety or energy, a 1-5 sleep quality, the
day's minutes of activity (the HL7 physical-activity IG too uses a temporary code for a daily
exercise log) or a side effect rated 0-3: those carry codes from trdjournal's code systems,
which the Bundle itself defines (a CodeSystem resource each) so a reader needs nothing else.
A scale without LOINC codes in resources/loinc.json (QIDS-SR16, MADRS-S) gets trdjournal
codes the same way, so any scale in resources/scales.json is exported.
"""

from __future__ import annotations

from typing import Any

from trdjournal.domain.reference import load_table

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
BASE = "https://trdjournal.org/fhir"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

# trdjournal's own code systems: name -> (title, {code: (display, definition)}).
DAILY = "daily-self-report"
STOP_REASON = "stop-reason"
MEDICATION_ROLE = "medication-role"
SESSION_KIND = "treatment-session"
SCALE = "rating-scale"

CODE_SYSTEMS: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    DAILY: (
        "trdjournal daily self-report",
        {
            "mood": (
                "Mood, self-rated 0-10",
                "The day's mood as the patient rated it: 0 worst, 10 best.",
            ),
            "anxiety": ("Anxiety, self-rated 0-10", "The day's anxiety: 0 none, 10 worst."),
            "energy": ("Energy, self-rated 0-10", "The day's energy: 0 none, 10 most."),
            "sleep-quality": (
                "Sleep quality, self-rated 1-5",
                "Last night's sleep: 1 very poor, 5 very good.",
            ),
            "activity-minutes": (
                "Minutes of activity",
                "Minutes of physical activity the patient logged for the day.",
            ),
            "side-effects": (
                "Side effects, self-rated 0-3",
                "Each side effect the patient named, rated 0 none, 1 mild, 2 moderate, 3 severe.",
            ),
        },
    ),
    STOP_REASON: (
        "trdjournal reason a medication was stopped",
        {
            "no-response": ("No response", "Stopped because it did not help enough."),
            "side-effects": ("Side effects", "Stopped because of side effects."),
            "cost": ("Cost", "Stopped because of its cost."),
            "remission": ("Remission", "Stopped after remission."),
            "other": ("Other reason", "Stopped for another reason."),
        },
    ),
    MEDICATION_ROLE: (
        "trdjournal role of a medication in the treatment",
        {
            "antidepressant": ("Antidepressant", "Taken as an antidepressant."),
            "augmentation": ("Augmentation", "Added to an antidepressant to augment it."),
            "supplement": ("Supplement", "A supplement the patient takes."),
            "other": ("Other", "Another medication."),
        },
    ),
    SESSION_KIND: (
        "trdjournal treatment session",
        {
            "rtms": ("rTMS session", "A session of repetitive transcranial magnetic stimulation."),
            "esketamine": (
                "Esketamine session",
                "A session of esketamine (nasal spray) treatment.",
            ),
            "ketamine": ("Ketamine session", "A session of ketamine treatment."),
            "ect": ("ECT session", "A session of electroconvulsive therapy."),
            "psychotherapy": ("Psychotherapy session", "A session of psychotherapy."),
            "light-therapy": ("Light therapy session", "A session of bright light therapy."),
            "other": ("Other treatment session", "A session of another treatment."),
        },
    ),
}


def system_url(name: str) -> str:
    return f"{BASE}/CodeSystem/{name}"


def coding(name: str, code: str) -> dict[str, Any]:
    """A Coding in one of trdjournal's own code systems."""
    display = CODE_SYSTEMS[name][1][code][0]
    return {"system": system_url(name), "code": code, "display": display}


def loinc(code: str, display: str | None = None) -> dict[str, Any]:
    return {"system": LOINC, "code": code, **({"display": display} if display else {})}


def loinc_scale(key: str) -> dict[str, Any] | None:
    """The LOINC panel, total, item and answer codes of a scale, or None where LOINC has none
    on file (resources/loinc.json)."""
    return load_table("loinc.json")["scales"].get(key)


def loinc_observation(name: str) -> dict[str, Any]:
    entry = load_table("loinc.json")["observations"][name]
    return loinc(entry["code"], entry["display"])


def atc(generic: str) -> dict[str, Any] | None:
    """The ATC Coding of a drug by its generic name, or None when resources/atc.json has none."""
    table = load_table("atc.json")
    code = table["codes"].get(generic)
    return None if code is None else {"system": table["system"], "code": code, "display": generic}


def category(code: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBSERVATION_CATEGORY, "code": code}]}]


def code_system(name: str, concepts: dict[str, tuple[str, str]], title: str) -> dict[str, Any]:
    """A CodeSystem resource defining one of trdjournal's code systems, complete."""
    return {
        "resourceType": "CodeSystem",
        "url": system_url(name),
        "name": "".join(part.capitalize() for part in name.split("-")),
        "title": title,
        "status": "active",
        "publisher": "trdjournal",
        "caseSensitive": True,
        "content": "complete",
        "concept": [
            {"code": code, "display": display, "definition": definition}
            for code, (display, definition) in concepts.items()
        ],
    }
