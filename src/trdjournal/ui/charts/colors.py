"""The charts' colours, one place for both palettes.

Okabe-Ito hues (Okabe & Ito 2008), distinguishable with every common colour-vision deficiency;
each series also differs in line width or marker shape, so nothing depends on colour alone.
The dark palette takes lighter variants where the light one's would sink into the background.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from trdjournal.ui.base.theme import FLAG_DARK, FLAG_LIGHT


@dataclasses.dataclass(frozen=True)
class ChartColors:
    background: str
    foreground: str  # axis text and lines
    grid: str  # opaque: blending costs paint time on long ranges
    mood_daily: str
    mood_mean: str
    phq9: str
    gad7: str
    self_harm: str  # PHQ-9 item 9 above 0 (also a distinct marker)
    remission: str
    band_fill: str  # PHQ-9 severity band shading, with rising alpha
    sleep: str
    activity: str
    antidepressant: str
    augmentation: str
    other_drug: str
    stop: str
    session: str
    appointment: str
    hover_line: str


LIGHT = ChartColors(
    background="#ffffff",
    foreground="#303030",
    grid="#e4e4e4",
    mood_daily="#9a9a9a",
    mood_mean="#0072B2",
    phq9="#D55E00",
    gad7="#7a7a7a",
    self_harm=FLAG_LIGHT,
    remission="#009E73",
    band_fill="#D55E00",
    sleep="#009E73",
    activity="#B8860B",
    antidepressant="#0072B2",
    augmentation="#CC79A7",
    other_drug="#6f6f6f",
    stop="#D55E00",
    session="#009E73",
    appointment="#303030",
    hover_line="#606060",
)

DARK = ChartColors(
    background="#1f1f1f",
    foreground="#d8d8d8",
    grid="#363636",
    mood_daily="#8a8a8a",
    mood_mean="#56B4E9",
    phq9="#E69F00",
    gad7="#a0a0a0",
    self_harm=FLAG_DARK,
    remission="#3ccf9f",
    band_fill="#E69F00",
    sleep="#3ccf9f",
    activity="#F0E442",
    antidepressant="#3d8fd0",
    augmentation="#c36fa0",
    other_drug="#8a8a8a",
    stop="#ff9a4d",
    session="#3ccf9f",
    appointment="#e0e0e0",
    hover_line="#b0b0b0",
)


def chart_colors(palette: QPalette | None = None) -> ChartColors:
    """The set matching the application's palette (light or dark)."""
    palette = palette or QApplication.palette()
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def qcolor(hex_code: str, alpha: float = 1.0) -> QColor:
    colour = QColor(hex_code)
    colour.setAlphaF(alpha)
    return colour


def role_color(colors: ChartColors, role: str) -> str:
    if role == "antidepressant":
        return colors.antidepressant
    if role == "augmentation":
        return colors.augmentation
    return colors.other_drug
