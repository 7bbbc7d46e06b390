"""Crisis resources shown, calmly, when PHQ-9 item 9 is above 0. Editable in settings.

The default lines (resources/crisis_lines.json) are shown in the user's language, and a line
marked with that language ("languages": ["sv"]) comes first: a Swedish user sees
Självmordslinjen before the international numbers. Lines the user edited are shown as typed.
"""

from __future__ import annotations

from trdjournal.domain.model import CrisisLine, Settings
from trdjournal.domain.reference import load_table
from trdjournal.i18n import _, current_locale


def default_crisis_lines() -> tuple[CrisisLine, ...]:
    language = current_locale()
    rows = load_table("crisis_lines.json")["lines"]
    first = [row for row in rows if language in row.get("languages", ())]
    ordered = first + [row for row in rows if row not in first]
    return tuple(
        CrisisLine(region=_(row["region"]), name=_(row["name"]), contact=_(row["contact"]))
        for row in ordered
    )


def crisis_lines(settings: Settings) -> tuple[CrisisLine, ...]:
    return settings.crisis_lines if settings.crisis_lines is not None else default_crisis_lines()
