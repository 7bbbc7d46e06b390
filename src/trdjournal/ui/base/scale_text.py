"""Questionnaire names and severity bands as the screens show them (resources/scales.json)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from trdjournal.domain.scales import scale

BANDS = (  # the band labels of resources/scales.json, for translation
    QT_TRANSLATE_NOOP("scales", "none"),
    QT_TRANSLATE_NOOP("scales", "minimal"),
    QT_TRANSLATE_NOOP("scales", "mild"),
    QT_TRANSLATE_NOOP("scales", "moderate"),
    QT_TRANSLATE_NOOP("scales", "moderately severe"),
    QT_TRANSLATE_NOOP("scales", "severe"),
    QT_TRANSLATE_NOOP("scales", "very severe"),
)


def band_text(band: str) -> str:
    return QCoreApplication.translate("scales", band)


def instrument_name(key: str) -> str:
    """ "PHQ-9" for "phq9": the published name, never translated."""
    return scale(key).name
