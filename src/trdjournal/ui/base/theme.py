"""Light and dark palettes, and the colour ramp for mood.

By default the app keeps the palette the platform gives it, so it follows the system's
light or dark setting. An explicit theme (screenshots, ``--theme``) sets Fusion and a palette.
Mood colours use cividis, a sequential ramp readable with every common colour-vision
deficiency and in greyscale (Nuñez, Anderton & Renslow, PLoS ONE 2018).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

# cividis sampled at 0, 1/8 .. 1 (matplotlib's table); low mood dark blue, high mood yellow.
_CIVIDIS = (
    (0x00, 0x22, 0x4E),
    (0x12, 0x35, 0x70),
    (0x3B, 0x49, 0x6C),
    (0x57, 0x5D, 0x6D),
    (0x70, 0x71, 0x73),
    (0x8A, 0x87, 0x79),
    (0xA6, 0x9D, 0x75),
    (0xC4, 0xB5, 0x6C),
    (0xFE, 0xE8, 0x38),
)


def ramp(fraction: float) -> QColor:
    """The cividis colour at ``fraction`` (0..1)."""
    fraction = min(1.0, max(0.0, fraction))
    pos = fraction * (len(_CIVIDIS) - 1)
    i = min(int(pos), len(_CIVIDIS) - 2)
    t = pos - i
    a, b = _CIVIDIS[i], _CIVIDIS[i + 1]
    return QColor(*(round(x + (y - x) * t) for x, y in zip(a, b, strict=True)))


def mood_color(mood: int) -> QColor:
    """Mood 0 (worst) .. 10 (best) on the ramp."""
    return ramp(mood / 10)


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("black") if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else QColor("white")


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def notice_colors(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """Background and border of a calm notice panel (crisis resources): a soft blue, not an alarm."""
    if is_dark(palette):
        return QColor("#1d2b3a"), QColor("#5b8db8")
    return QColor("#eaf2fa"), QColor("#5b8db8")


def notice_stylesheet(object_name: str, palette: QPalette | None = None) -> str:
    """The calm notice look (crisis panel, notice bars) for the widget named ``object_name``."""
    background, border = notice_colors(palette)
    return (
        f"#{object_name} {{ background: {background.name()}; border: 1px solid {border.name()};"
        " border-radius: 6px; }"
    )


def error_color(palette: QPalette | None = None) -> QColor:
    """Error text; always paired with words, never colour alone."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b00020")


def _dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e8e8e8",
        role.Base: "#1f1f1f",
        role.AlternateBase: "#2a2a2a",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#a0a0a0",
        role.Text: "#e8e8e8",
        role.Button: "#353535",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ffffff",
        role.Light: "#4a4a4a",
        role.Midlight: "#3e3e3e",
        role.Mid: "#303030",
        role.Dark: "#1a1a1a",
        role.Shadow: "#000000",
        role.Highlight: "#3d7ab8",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
    }
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7a7a"))
    return p


def apply_theme(app: QApplication, theme: str = "system") -> None:
    if theme == "system":
        return  # the platform's own palette, which follows its light/dark setting
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(_dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
