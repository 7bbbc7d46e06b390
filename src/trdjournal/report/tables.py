"""The report's one table look (a shaded header, hairlines between rows, no heavy grid) and the
paragraphs and headings every page is built from."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph, Table, TableStyle

from trdjournal.report.styles import FONT, FONT_BOLD, LIGHT, SHADE, styles
from trdjournal.report.text import markup


def para(markup_text: str, style: str = "body") -> Paragraph:
    """A paragraph from text already in reportlab's markup (escaped, with <b> and friends)."""
    return Paragraph(markup_text, styles()[style])


def heading(title: str) -> Paragraph:
    return para(markup(title), "h2")


def cell(text: str, style: str = "cell") -> Paragraph:
    """A wrapping table cell from plain text."""
    return para(markup(text), style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right_align: Sequence[int] = (),
    repeat_header: bool = True,
    font_size: float = 7.5,
) -> Table:
    """Rows of strings or flowables under a bold header that repeats on each new page."""
    table = Table(
        [list(header), *[list(r) for r in rows]],
        colWidths=list(widths),
        repeatRows=1 if repeat_header else 0,
        hAlign="LEFT",
    )
    commands = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, font_size),
        ("FONT", (0, 1), (-1, -1), FONT, font_size),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, LIGHT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in right_align:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def layout_table(cells: Sequence[Sequence[object]], widths: Sequence[float], **padding) -> Table:
    """A borderless table that only places blocks side by side."""
    table = Table([list(r) for r in cells], colWidths=list(widths), hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for column, space in padding.get("right_padding", {}).items():
        commands.append(("RIGHTPADDING", (column, 0), (column, -1), space))
    table.setStyle(TableStyle(commands))
    return table
