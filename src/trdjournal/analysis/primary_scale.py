"""The primary scale a course's baseline and follow-up are read from. PHQ-9 for now; when a
primary-scale setting exists, this is the one function that reads it."""

from __future__ import annotations

from collections.abc import Iterable

from trdjournal.analysis import scoring
from trdjournal.analysis.series import ScoreIndex
from trdjournal.domain.model import Questionnaire

PRIMARY = "phq9"


def primary_scores(questionnaires: Iterable[Questionnaire]) -> tuple[str, ScoreIndex]:
    """The primary scale's id and its scores by date."""
    return PRIMARY, ScoreIndex(q for q in questionnaires if q.instrument == PRIMARY)


def remission_below(instrument: str) -> int | None:
    """A total below this is remission on ``instrument`` (None: the scale defines none)."""
    return scoring.phq9_remission_below() if instrument == "phq9" else None
