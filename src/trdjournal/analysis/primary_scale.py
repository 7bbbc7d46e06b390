"""The primary scale: which questionnaire judges medication trials.

Settings.primary_scale chooses PHQ-9 (the default), QIDS-SR16 or MADRS-S. Trials read the
chosen scale's dated totals and its remission/response/relapse lines (``scale_rules`` in
domain/scales.py, from resources/scales.json with their sources); daily mood stands in when
the scale was not filled in around a trial, as it does for PHQ-9. Staging keeps reading
PHQ-9's bands for baseline severity.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from trdjournal.analysis.series import ScoreIndex
from trdjournal.domain.model import Questionnaire
from trdjournal.domain.scales import ScaleRules, scale_rules

DEFAULT = "phq9"


@dataclasses.dataclass(frozen=True)
class PrimaryScale:
    key: str  # "phq9", "qids-sr16" or "madrs-s"
    rules: ScaleRules
    scores: ScoreIndex  # that scale's questionnaires by date

    @property
    def name(self) -> str:
        return self.rules.name


def primary_scale(questionnaires: Iterable[Questionnaire], key: str = DEFAULT) -> PrimaryScale:
    """The chosen scale's dated scores and thresholds (ValidationError for a scale that
    cannot judge trials, e.g. GAD-7)."""
    rules = scale_rules(key)
    return PrimaryScale(key, rules, ScoreIndex(q for q in questionnaires if q.instrument == key))
