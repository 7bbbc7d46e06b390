"""Crisis resources shown, calmly, when PHQ-9 item 9 is above 0. Editable in settings."""

from __future__ import annotations

from trdjournal.domain.model import CrisisLine, Settings
from trdjournal.domain.reference import load_table


def default_crisis_lines() -> tuple[CrisisLine, ...]:
    return tuple(CrisisLine(**line) for line in load_table("crisis_lines.json")["lines"])


def crisis_lines(settings: Settings) -> tuple[CrisisLine, ...]:
    return settings.crisis_lines if settings.crisis_lines is not None else default_crisis_lines()
