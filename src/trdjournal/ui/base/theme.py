"""Light and dark palettes, and the colour ramp for mood.

By default the app keeps the palette the platform gives it, so it follows the system's
light or dark setting. An explicit theme (screenshots, ``--theme``) sets Fusion and a palette.
Mood colours use viridis, a sequential ramp whose lightness rises evenly from dark purple to
yellow: readable with every common colour-vision deficiency and in greyscale, and, unlike
cividis (which the app used before), its middle steps differ in hue as well as lightness, so the
eleven mood steps stay apart (van der Walt & Smith, matplotlib 2015).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

THEMES = ("system", "light", "dark")

# viridis sampled at 0, 1/9 .. 1 (matplotlib's table); low mood dark purple, high mood yellow.
_VIRIDIS = (
    (0x44, 0x01, 0x54),
    (0x48, 0x28, 0x78),
    (0x3E, 0x49, 0x89),
    (0x31, 0x68, 0x8E),
    (0x26, 0x82, 0x8E),
    (0x1F, 0x9E, 0x89),
    (0x35, 0xB7, 0x79),
    (0x6E, 0xCE, 0x58),
    (0xB5, 0xDE, 0x2B),
    (0xFD, 0xE7, 0x25),
)


def ramp(fraction: float) -> QColor:
    """The viridis colour at ``fraction`` (0..1)."""
    fraction = min(1.0, max(0.0, fraction))
    pos = fraction * (len(_VIRIDIS) - 1)
    i = min(int(pos), len(_VIRIDIS) - 2)
    t = pos - i
    a, b = _VIRIDIS[i], _VIRIDIS[i + 1]
    return QColor(*(round(x + (y - x) * t) for x, y in zip(a, b, strict=True)))


def mood_color(mood: int) -> QColor:
    """Mood 0 (worst) .. 10 (best) on the ramp."""
    return ramp(mood / 10)


def blend(colour: QColor, toward: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0..1) of the way to ``toward``."""
    return QColor(
        *(
            round(a + (b - a) * amount)
            for a, b in zip(colour.getRgb()[:3], toward.getRgb()[:3], strict=True)
        )
    )


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.1), 0 black .. 1 white."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (same) .. 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


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


# a flagged safety item (PHQ-9 item 9 above 0...): Okabe-Ito's reddish purple, calm, not an
# alarm; the charts' marker and the views' flag badge share it
FLAG_LIGHT, FLAG_DARK = "#CC79A7", "#E58FC0"


def flag_color(palette: QPalette | None = None) -> QColor:
    return QColor(FLAG_DARK if is_dark(palette) else FLAG_LIGHT)


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


INDICATOR_RING_DARK = "#b8b8b8"  # 7:1 against the dark window, so an empty box is plain to see


class DarkIndicatorStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined in a light grey: Fusion draws their
    edge a little darker than the window, which all but vanishes on a dark one."""

    def drawPrimitive(  # noqa: N802 (Qt override)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        kinds = (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        )
        if element not in kinds:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(INDICATOR_RING_DARK), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.75, 0.75, -0.75, -0.75)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def apply_theme(app: QApplication, theme: str = "system") -> None:
    if theme == "system":
        return  # the platform's own palette, which follows its light/dark setting
    if theme == "dark":
        app.setStyle(DarkIndicatorStyle("Fusion"))
    else:
        app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(_dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
