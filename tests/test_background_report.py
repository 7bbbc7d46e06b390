"""The report: the period's life events and labs on page 1, and the Background section only
when the user turned it on (read back from the PDF with pypdf)."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from trdjournal.domain.background import Background, FamilyHistory, LifeEvent
from trdjournal.domain.labs import new_lab_result
from trdjournal.domain.model import CheckIn
from trdjournal.report.options import DEFAULT_SECTIONS, SECTIONS, ReportRequest, plan_request

D = dt.date
SENSITIVE = (
    "Background",
    "Family history",
    "grandfather",
    "parents divorced at 8",
    "sleep apnoea",
    "Age at first episode",
    "months before",  # the background row on the episode start (page 1 names the start too)
)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def filled(journal):
    for n in range(30):
        journal.save_checkin(CheckIn(D(2026, 5, 16) + dt.timedelta(days=n), 5))
    journal.save_background(
        Background(
            episode_start=D(2024, 9, 1),
            age_at_first_episode=19,
            family_history=(FamilyHistory("suicide", "grandfather"),),
            childhood_adversity=True,
            childhood_adversity_note="parents divorced at 8",
            other_conditions=("sleep apnoea",),
        )
    )
    journal.add_life_event(LifeEvent(D(2026, 5, 20), -3, "Father admitted to hospital"))
    journal.add_life_event(LifeEvent(D(2026, 1, 3), 2, "Outside the period"))
    journal.add_lab_result(new_lab_result(D(2026, 5, 25), "vitamin D", 14, "ng/mL"))
    journal.add_lab_result(
        new_lab_result(D(2026, 6, 1), "TSH", 3.1, "mIU/L", ref_low=0.4, ref_high=4)
    )
    journal.close()


def test_background_is_not_a_default_section():
    assert "background" in SECTIONS and "background" not in DEFAULT_SECTIONS
    assert "background" not in ReportRequest(D(2026, 5, 1), D(2026, 6, 1)).sections
    plan = plan_request(appointments=[], today=D(2026, 6, 15), report_name="")
    assert "background" not in plan.sections


def test_background_appears_only_when_turned_on(cli, filled, tmp_path):
    # The report as the user gets it without asking: the default sections.
    plain = tmp_path / "plain.pdf"
    result = cli("report", "-o", str(plain), "--from", "2026-05-16")
    assert result.exit_code == 0, result.output
    text = pdf_text(plain)
    for secret in SENSITIVE:
        assert secret not in text, secret
    # the period's life events and lab values are on page 1 whatever the choice
    first = PdfReader(plain).pages[0].extract_text()
    assert "Father admitted to hospital" in first and "Outside the period" not in first
    assert "vitamin D" in first and "below range" in first
    assert "0.4" in first and "in range" in first  # the entered range, not the default
    charts = PdfReader(plain).pages[1].extract_text()
    assert charts.startswith("Timeline of the period") and "life events (1)" in charts
    assert "\u22123" in charts  # the event's impact written on its day

    asked = tmp_path / "asked.pdf"
    result = cli(
        "report",
        "-o",
        str(asked),
        "--from",
        "2026-05-16",
        "--sections",
        ",".join([*DEFAULT_SECTIONS, "background"]),
    )
    assert result.exit_code == 0, result.output
    text = pdf_text(asked)
    for secret in SENSITIVE:
        assert secret in text, secret
    assert len(PdfReader(asked).pages) == len(PdfReader(plain).pages) + 1


def test_the_cli_default_leaves_background_out(cli):
    help_text = cli("report", "--help").output
    default = help_text.split("[default:")[1].split("]")[0]
    assert "background" not in default
