"""Questionnaire names, bands and, for the scales shipped without their wording (QIDS-SR16,
MADRS-S), the short item labels, stems and attributions as the screens show them
(resources/scales.json). PHQ-9 and GAD-7 items are shown as published (Pfizer's wording);
published translations of them must be used as published, not re-translated here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from trdjournal.domain.scales import Scale, scale

BANDS = (  # the band labels of resources/scales.json, for translation
    QT_TRANSLATE_NOOP("scales", "none"),
    QT_TRANSLATE_NOOP("scales", "minimal"),
    QT_TRANSLATE_NOOP("scales", "mild"),
    QT_TRANSLATE_NOOP("scales", "moderate"),
    QT_TRANSLATE_NOOP("scales", "moderately severe"),
    QT_TRANSLATE_NOOP("scales", "severe"),
    QT_TRANSLATE_NOOP("scales", "very severe"),
    QT_TRANSLATE_NOOP("scales", "none or very mild"),
)
LABELS = (  # the short items, stems and attributions of the scales without their wording
    # QIDS-SR16
    QT_TRANSLATE_NOOP("scales", "Falling asleep"),
    QT_TRANSLATE_NOOP("scales", "Sleep during the night"),
    QT_TRANSLATE_NOOP("scales", "Waking up too early"),
    QT_TRANSLATE_NOOP("scales", "Sleeping too much"),
    QT_TRANSLATE_NOOP("scales", "Feeling sad"),
    QT_TRANSLATE_NOOP("scales", "Decreased appetite"),
    QT_TRANSLATE_NOOP("scales", "Increased appetite"),
    QT_TRANSLATE_NOOP("scales", "Decreased weight"),
    QT_TRANSLATE_NOOP("scales", "Increased weight"),
    QT_TRANSLATE_NOOP("scales", "Concentration"),
    QT_TRANSLATE_NOOP("scales", "View of myself"),
    QT_TRANSLATE_NOOP("scales", "Thoughts of death or suicide"),
    QT_TRANSLATE_NOOP("scales", "General interest"),
    QT_TRANSLATE_NOOP("scales", "Energy level"),
    QT_TRANSLATE_NOOP("scales", "Feeling slowed down"),
    QT_TRANSLATE_NOOP("scales", "Feeling restless"),
    QT_TRANSLATE_NOOP(
        "scales",
        "The past 7 days. Each item is scored 0 (none of this symptom) to 3 (the most severe), as on the QIDS-SR16 form.",
    ),
    QT_TRANSLATE_NOOP(
        "scales",
        "QIDS-SR16 (Rush et al. 2003): scoring and short item labels only; the item wording is not shipped because permission to distribute it in an app is not documented. Answer from the QIDS-SR16 form your clinic uses.",
    ),
    # MADRS-S
    QT_TRANSLATE_NOOP("scales", "Mood"),
    QT_TRANSLATE_NOOP("scales", "Feelings of unease"),
    QT_TRANSLATE_NOOP("scales", "Sleep"),
    QT_TRANSLATE_NOOP("scales", "Appetite"),
    QT_TRANSLATE_NOOP("scales", "Ability to concentrate"),
    QT_TRANSLATE_NOOP("scales", "Initiative"),
    QT_TRANSLATE_NOOP("scales", "Emotional involvement"),
    QT_TRANSLATE_NOOP("scales", "Pessimism"),
    QT_TRANSLATE_NOOP("scales", "Zest for life"),
    QT_TRANSLATE_NOOP(
        "scales",
        "The past 3 days. Each item is scored 0 to 6, as on the MADRS-S form: 0 as usual, 6 the most severe; odd numbers lie between two worded anchors.",
    ),
    QT_TRANSLATE_NOOP(
        "scales",
        "MADRS-S (Svanborg & Asberg 1994): scoring and short item labels only; the item wording and its anchors are not shipped because permission to distribute them in an app is not documented. Answer from the MADRS-S form your clinic uses.",
    ),
)


def _translated(text: str) -> str:
    return QCoreApplication.translate("scales", text)


def item_text(definition: Scale, index: int) -> str:
    """An item as the form shows it: the full text where it may be shipped, else the label."""
    if definition.full_text:
        return definition.item_texts[index]
    return _translated(definition.item_labels[index])


def stem_text(definition: Scale) -> str:
    return definition.stem if definition.full_text else _translated(definition.stem)


def attribution_text(definition: Scale) -> str:
    return definition.attribution if definition.full_text else _translated(definition.attribution)


def band_text(band: str) -> str:
    return QCoreApplication.translate("scales", band)


def instrument_name(key: str) -> str:
    """ "PHQ-9" for "phq9": the published name, never translated."""
    return scale(key).name
