"""The document: A4 pages, the furniture on every page, and the PDF's metadata.

Every page carries "page x of y", the period and the reminder that this is patient-reported
data. "of y" is only known at the end, so the canvas keeps each page and draws the footers
when the document is saved (reportlab's usual two-step numbered canvas).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import SimpleDocTemplate

from trdjournal import APP_NAME, __version__
from trdjournal.report.glyphs import printable
from trdjournal.report.styles import FONT, GREY, LIGHT, PAGE_MARGIN, register_fonts

DISCLAIMER = "Patient-reported data; not a diagnosis"
PAGE_SIZE = A4
FOOTER_HEIGHT = 9  # points below the bottom margin line


@dataclasses.dataclass(frozen=True)
class Furniture:
    period: str  # "5 May 2026 – 15 Jun 2026"
    name: str  # blank: no name on the report


FRAME_PADDING = 6  # reportlab's default padding inside SimpleDocTemplate's frame


def frame_width() -> float:
    """The width a flowable may use."""
    return PAGE_SIZE[0] - 2 * PAGE_MARGIN - 2 * FRAME_PADDING


def frame_height() -> float:
    return PAGE_SIZE[1] - 2 * PAGE_MARGIN - 2 * FRAME_PADDING


def numbered_canvas(furniture: Furniture) -> type[pdf_canvas.Canvas]:
    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_furniture(self, furniture, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_furniture(canvas: pdf_canvas.Canvas, furniture: Furniture, page: int, total: int) -> None:
    width, _height = PAGE_SIZE
    left, right = PAGE_MARGIN, width - PAGE_MARGIN
    y = PAGE_MARGIN - FOOTER_HEIGHT - 2
    canvas.saveState()
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.5)
    canvas.line(left, PAGE_MARGIN - 5, right, PAGE_MARGIN - 5)
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, 7)
    canvas.drawString(left, y, DISCLAIMER)
    who = f"{furniture.name} \u00b7 " if furniture.name else ""
    canvas.drawCentredString(width / 2, y, printable(f"{who}Period {furniture.period}"))
    canvas.drawRightString(right, y, f"Page {page} of {total}")
    canvas.restoreState()


def make_document(path: Path, furniture: Furniture) -> SimpleDocTemplate:
    register_fonts()
    title = f"Appointment report {furniture.period}"
    if furniture.name:
        title = f"{title}: {furniture.name}"
    return SimpleDocTemplate(
        str(path),
        pagesize=PAGE_SIZE,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN,
        bottomMargin=PAGE_MARGIN,
        title=title,
        author=APP_NAME,
        subject=f"Mood and treatment journal summary, {furniture.period}. {DISCLAIMER}.",
        creator=f"{APP_NAME} {__version__}",
        keywords="PHQ-9, GAD-7, medication trials, mood journal",
        initialFontName=FONT,  # else every page lists Helvetica, which is not embedded
    )
