"""Life events on the PDF timeline: one row above the daily panels with each event's impact
(-4..+4, the NIMH Life Chart's scale) written on its day; many events become marks
(a filled triangle for a negative impact, an open one for a positive, a diamond for 0), and
so do events close enough that their numbers would run together ("+2+2−3")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reportlab.graphics.shapes import Group

from trdjournal.analysis.timeline import LifeEventMarker
from trdjournal.i18n import _, format_signed
from trdjournal.report.vector import DateScale, label, marker, text_width

MAX_WRITTEN = 24  # more events than this are marks: their numbers would overlap
GAP = 3  # points between two written numbers


def life_event_row(
    events: Sequence[LifeEventMarker], dates: DateScale, y: float, h: float
) -> Group:
    group = Group()
    group.add(label(2, y + h / 2 - 2.3, _("life events ({count})").format(count=len(events))))
    written = len(events) <= MAX_WRITTEN and _numbers_apart(events, dates)
    for event in events:
        x = dates.mid(event.date)
        if written:
            group.add(label(x, y + h / 2 - 2.3, format_signed(event.impact), anchor="middle"))
        elif event.impact:
            group.add(marker("triangle", x, y + h / 2, 2.2, filled=event.impact < 0))
        else:
            group.add(marker("diamond", x, y + h / 2, 2.2, filled=False))
    return group


def _numbers_apart(events: Sequence[LifeEventMarker], dates: DateScale) -> bool:
    """Whether every event's number, centred on its day, clears its neighbours'."""
    spans = sorted(
        (dates.mid(e.date) - w / 2, dates.mid(e.date) + w / 2)
        for e in events
        for w in [text_width(format_signed(e.impact))]
    )
    return all(left >= right + GAP for (_, right), (left, _) in pairwise(spans))
