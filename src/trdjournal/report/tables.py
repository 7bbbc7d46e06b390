"""The report's one table look (a shaded header, hairlines between rows, no heavy grid), the
paragraphs and headings every page is built from, and column widths taken from the content.

Widths from the content: every column is at least as wide as its widest unbreakable piece
(a word, a date, a dose with its unit, a name with its footnote mark), so reportlab never has
to split a word ("moderatel / y severe"); the width left over goes to the columns whose text
would otherwise wrap the most. Dates and numbers with their units are glued with no-break
spaces (text.keep_together, in every paragraph), which reportlab draws and copies as plain
spaces.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from trdjournal.report.glyphs import printable
from trdjournal.report.styles import FONT, FONT_BOLD, LIGHT, SHADE, register_fonts, styles
from trdjournal.report.text import keep_together, markup

CELL_PADDING = 3  # left and right, as data_table's style sets them


def para(markup_text: str, style: str = "body") -> Paragraph:
    """A paragraph from text already in reportlab's markup (escaped, with <b> and friends)."""
    return Paragraph(printable(keep_together(markup_text)), styles()[style])


def heading(title: str) -> Paragraph:
    return para(markup(title), "h2")


def cell(text: str, style: str = "cell") -> Paragraph:
    """A wrapping table cell from plain text; dates and doses in it never break."""
    return para(markup(text), style)


def data_table(
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float] | float,
    *,
    right_align: Sequence[int] = (),
    repeat_header: bool = True,
    font_size: float = 7.5,
) -> Table:
    """Rows of strings or flowables under a bold header that repeats on each new page.

    ``widths``: the columns' widths, which give way where a column would split a word; or
    the table's total width alone, shared out from the content."""
    register_fonts()  # the measuring needs the fonts' metrics
    header = [printable(h) if isinstance(h, str) else h for h in header]
    body = [[printable(c) if isinstance(c, str) else c for c in r] for r in rows]
    fonts = (FONT_BOLD, FONT, font_size)
    if isinstance(widths, int | float):
        widths = content_widths(header, body, widths, fonts=fonts)
    else:
        widths = widen_to_words(header, body, widths, fonts=fonts)
    table = Table(
        [list(header), *body],
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


def _measure(value: object, font: str, size: float, *, natural: bool) -> tuple[float, float]:
    """(narrowest, one-line) width of a cell's content, padding included; the one-line width
    only when ``natural`` (it costs a layout of the paragraph)."""
    pad = 2 * CELL_PADDING
    if isinstance(value, Paragraph):
        narrowest = value.minWidth()
        if not natural:
            return narrowest + pad, narrowest + pad
        value.wrap(1e6, 1e6)
        line = max(value.getActualLineWidths0(), default=0.0)
        return narrowest + pad, max(line, narrowest) + pad
    if isinstance(value, str):  # a plain string cell never wraps: all of it is one piece
        widest = max((stringWidth(line, font, size) for line in value.split("\n")), default=0)
        return widest + pad, widest + pad
    try:  # another flowable (a drawing): as wide as it says
        width = float(value.wrap(1e6, 1e6)[0])
    except (AttributeError, TypeError):
        width = 0.0
    return width + pad, width + pad


def _columns(header, rows, fonts, *, natural: bool = True) -> tuple[list[float], list[float]]:
    """Per column: the widest unbreakable piece (header included) and the widest one-line
    content (the rows only: a header wraps rather than widen its column)."""
    bold, regular, size = fonts
    count = len(header)
    narrowest = [_measure(h, bold, size, natural=False)[0] for h in header]
    widest = [0.0] * count
    for row in rows:
        for i, value in enumerate(row[:count]):
            low, high = _measure(value, regular, size, natural=natural)
            narrowest[i] = max(narrowest[i], low)
            widest[i] = max(widest[i], high)
    return narrowest, [max(n, lo) for n, lo in zip(widest, narrowest, strict=True)]


def content_widths(header, rows, total: float, *, fonts=(FONT_BOLD, FONT, 7.5)) -> list[float]:
    """Widths summing to ``total`` from the content: each column gets its widest unbreakable
    piece, then the rest goes to each column in proportion to how much more its longest
    line wants (a column of long text gets more than a column of short dates)."""
    narrowest, natural = _columns(header, rows, fonts)
    if sum(natural) <= total:  # everything fits on one line: share the spare room alike
        spare = total - sum(natural)
        return [n + spare * n / sum(natural) for n in natural] if sum(natural) else natural
    return _share(narrowest, natural, total)


def widen_to_words(header, rows, widths, *, fonts=(FONT_BOLD, FONT, 7.5)) -> list[float]:
    """The given widths, with every column too narrow for its widest word widened, the
    room taken from the columns that have some to spare."""
    narrowest, _widest = _columns(header, rows, fonts, natural=False)
    widths = list(widths)
    if all(w >= n - 0.01 for w, n in zip(widths, narrowest, strict=True)):
        return widths
    return _share(narrowest, widths, sum(widths))


def _share(narrowest: list[float], wanted: list[float], total: float) -> list[float]:
    """``narrowest`` plus the room left in ``total``, shared by how much more each wants."""
    base = sum(narrowest)
    if base >= total:  # cannot fit: the last resort keeps the proportions (words may split)
        return [n * total / base for n in narrowest]
    more = [max(w - n, 0.0) for w, n in zip(wanted, narrowest, strict=True)]
    room = total - base
    if not sum(more):
        return [n + room / len(narrowest) for n in narrowest]
    return [n + room * m / sum(more) for n, m in zip(narrowest, more, strict=True)]
