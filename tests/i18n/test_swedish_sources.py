"""What the reference tables say about their sources, as a Swedish user meets it (issue 21): a
course minimum's reasoning in Swedish with its "(kontrollera)" mark and the published reference
as written, in `trials` and in the PDF's trial-table notes; what a lab range's source adds, in
`lab tests`. No English sentence of the reasoning is left."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_swedish import run, swedish_pdf_pages  # noqa: F401 (the Swedish PDF, a fixture)

ROOT = Path(__file__).resolve().parents[2]

COURSES = json.loads((ROOT / "resources" / "courses.json").read_text(encoding="utf-8"))
KINDS = {kind["name"]: kind for kind in COURSES["kinds"]}

# What the demo journal's rTMS and psychotherapy courses say in Swedish.
RTMS_SV = (
    "Den av FDA godkända akuta behandlingsserien är TMS dagligen i 4–6 veckor (20–30 "
    "behandlingar), och i NeuroStars kliniska prövningar gavs 5 behandlingar i veckan i 4–6 "
    "veckor. 30 behandlingar, hela sexveckorsserien, är det minimum som används här"
)
RTMS_REFERENCE = "Källa: Perera et al., The Clinical TMS Society Consensus Review"
THERAPY_SV = "ATHF-SF och ATHF-SF2 räknar namngivna evidensbaserade psykoterapier"


def english_clauses() -> list[str]:
    """Every clause of three or more words of the English reasoning of courses.json."""
    rules = [kind["rule"] for kind in COURSES["kinds"]] + [COURSES["adherence_rule"]]
    clauses = (c.strip() for rule in rules for c in re.split(r"[.;:,()]", rule))
    return [c for c in clauses if len(c.split()) >= 3]


def without_references(text: str, references: list[str]) -> str:
    text = " ".join(text.split())
    for reference in references:
        text = text.replace(reference, " ")
    return text


def test_the_reference_is_a_reference_and_the_reasoning_is_not(references):
    """The translation checks take references out of what they read, never the reasoning."""
    rtms = KINDS["rtms"]
    assert rtms["reference"] in references and rtms["rule"] not in references
    assert COURSES["adherence_reference"] in references
    assert not any(kind["rule"] in reference for kind in KINDS.values() for reference in references)
    assert "" not in references
    assert len(english_clauses()) > 20


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_trials_give_each_minimum_its_reasoning_in_the_users_language_and_its_reference(
    monkeypatch, demo_journal, references, lang
):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", lang)
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-15")
    result = run(demo_journal, "trials")
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    if lang == "en":
        assert f"rTMS, minimum sessions: {KINDS['rtms']['rule']} (verify). Source: " in text
        assert f"Source: {KINDS['rtms']['reference']}." in text
        return
    assert f"rTMS, minsta antal tillfällen: {RTMS_SV}" in text
    assert "har inte lästs (kontrollera). " + RTMS_REFERENCE in text
    assert f"Psykoterapi, minsta antal tillfällen: {THERAPY_SV}" in text
    assert KINDS["psychotherapy"]["reference"] in text
    left = without_references(text, references)
    assert [c for c in english_clauses() if c in left] == []


def test_the_swedish_pdf_notes_give_the_reasoning_in_swedish_and_the_reference(
    swedish_pdf_pages,  # noqa: F811 (the fixture imported above)
    references,
):
    page = next(p for p in swedish_pdf_pages if "Behandlingshistorik" in p)
    assert f"rTMS (10 Hz): minst 30 tillfällen: {RTMS_SV}" in page
    assert "(kontrollera). " + RTMS_REFERENCE in page
    assert f"Psykoterapi (KBT): minst 12 tillfällen: {THERAPY_SV}" in page
    left = [without_references(p, references) for p in swedish_pdf_pages]
    assert [(n, c) for n, p in enumerate(left, 1) for c in english_clauses() if c in p] == []


LABS = json.loads((ROOT / "resources" / "labs.json").read_text(encoding="utf-8"))


def test_lab_tests_say_what_a_ranges_source_adds_in_swedish_and_cite_it_as_written(
    monkeypatch, demo_journal
):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    result = run(demo_journal, "lab", "tests")
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    crp = lines.index(next(line for line in lines if line.startswith("CRP:")))
    assert lines[crp + 1].startswith("Vanligen under 10 mg/L (1,0 mg/dL). För högkänsligt CRP")
    assert lines[crp + 2] == (
        "källa: MedlinePlus Medical Encyclopedia, C-reactive protein; "
        "Pearson TA et al., Circulation 2003;107:499"
    )
    notes = [lab["note"] for lab in LABS["labs"] if lab.get("note")]
    clauses = [c.strip() for n in notes for c in re.split(r"[.;:,()]", n)]
    # clauses of English words; "1 mEq/L = 1 mmol/L" reads the same in Swedish
    english = [c for c in clauses if len(re.findall(r"(?<![/\w])[a-z]{3,}(?![/\w])", c)) >= 3]
    assert len(english) >= 6
    assert [c for c in english if c in result.output] == []
