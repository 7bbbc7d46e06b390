"""Fonts, paragraph styles, greys and line styles of the report.

The PDF must read the same on a black-and-white office printer: series differ by line
style and marker, never by colour alone, and every grey is dark enough to survive a copier.
Imports reportlab: only the report's build path imports this module.
"""

from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from trdjournal.paths import resource_path
from trdjournal.report.glyphs import install_unicode_map

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = colors.black
GREY = colors.HexColor("#555555")  # secondary text, still legible when photocopied
LIGHT = colors.HexColor("#BBBBBB")  # rules and daily values behind a mean line
SHADE = colors.HexColor("#EEEEEE")  # table headers, alternate bands
ACCENT = colors.HexColor("#1F4E79")  # dark blue: prints as near-black
FLAG = colors.HexColor("#8B0000")  # dark red for safety flags; always paired with a word

PAGE_MARGIN = 14 * mm
BODY = 8.5


@functools.cache
def register_fonts() -> None:
    """Embed DejaVu Sans (regular and bold) so accented names and notes print correctly, with
    a ToUnicode map that copies emoji back out (glyphs.py)."""
    install_unicode_map()
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts/DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts/DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=BODY, leading=BODY * 1.25, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7, leading=8.6, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=7.5, leading=9
        ),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=7.5, leading=9, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=18, textColor=ACCENT
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=5,
            spaceAfter=2,
            textColor=ACCENT,
        ),
        "flag_text": ParagraphStyle("flag_text", parent=body, textColor=FLAG),
    }
