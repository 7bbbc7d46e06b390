"""Scoring rules shared by trials, tachyphylaxis and the summary.

PHQ-9 and GAD-7 totals and bands live on ``Questionnaire`` (domain/scales.py). This module adds
QIDS-SR16 scoring and the response classification, all in exact arithmetic: scores are ints, and
averaged daily values are ``Fraction``s, so a reduction of exactly 50% or 25% is never lost to
floating point (REFERENCE.md: response iff 2 x follow-up <= baseline).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.scales import scale, scale_rules
from trdjournal.i18n import _

Number = int | Fraction

REMISSION = "remission"
RESPONSE = "response"
PARTIAL = "partial"
NON_RESPONSE = "non-response"
TOO_EARLY = "too-early"
UNKNOWN = "unknown"


def is_response(baseline: Number, follow_up: Number) -> bool:
    """At least a 50% reduction from baseline."""
    return 2 * follow_up <= baseline


def is_partial_response(baseline: Number, follow_up: Number) -> bool:
    """A 25-49% reduction: at least a quarter, but not half."""
    return 4 * (baseline - follow_up) >= baseline and not is_response(baseline, follow_up)


def classify_change(
    baseline: Number, follow_up: Number, *, remission_below: int | None = None
) -> str:
    """remission (only when the scale defines it: follow-up < ``remission_below``), response,
    partial or non-response."""
    if remission_below is not None and follow_up < remission_below:
        return REMISSION
    if is_response(baseline, follow_up):
        return RESPONSE
    if is_partial_response(baseline, follow_up):
        return PARTIAL
    return NON_RESPONSE


def change_pct(baseline: Number, follow_up: Number) -> float | None:
    """Signed percent change from baseline (negative = fewer symptoms), one decimal; None when
    the baseline is 0 and a percentage means nothing."""
    if baseline == 0:
        return None
    return round(float(Fraction(follow_up - baseline) * 100 / Fraction(baseline)), 1)


def remission_below(measure: str) -> int | None:
    """The remission line of a scale that judges trials (None for daily mood, which has none)."""
    return scale_rules(measure).remission_below if measure != "mood" else None


# -- QIDS-SR16 -----------------------------------------------------------------------------
QIDS = "qids-sr16"


def qids_sr16_total(answers: Sequence[int]) -> int:
    """Total 0-27: the highest of the sleep items (1-4), item 5, the highest of the appetite and
    weight items (6-9), items 10-14, and the highest of the psychomotor items (15-16)."""
    definition = scale(QIDS)
    if len(answers) != definition.item_count:
        raise ValidationError(
            "answers",
            _("QIDS-SR16 has {item_count} items; got {count} answers").format(
                item_count=definition.item_count, count=len(answers)
            ),
        )
    for i, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValidationError(
                f"answer {i}",
                _("must be a whole number 0-3 (got {answer})").format(answer=repr(answer)),
            )
        if not definition.item_min <= answer <= definition.item_max:
            raise ValidationError(
                f"answer {i}", _("must be a whole number 0-3 (got {answer})").format(answer=answer)
            )
    return definition.total(answers)


def qids_sr16_band(total: int) -> str:
    return scale(QIDS).band(total)


def qids_sr16_remission(total: int) -> bool:
    """QIDS-SR16 remission is <= 5 (note: PHQ-9 remission is < 5)."""
    return scale_rules(QIDS).is_remission(total)


def qids_sr16_relapse(total: int) -> bool:
    """After a remission, a total of 11 or more counts as relapse (STAR*D)."""
    return scale_rules(QIDS).is_relapse(total)
