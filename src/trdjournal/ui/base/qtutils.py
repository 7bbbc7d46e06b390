"""Layout and widget helpers with the app's spacing in one place (git-cola's qtutils/defs).

Every helper that makes an interactive widget takes its accessible name, so no control
reaches the screen without one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from trdjournal.domain.errors import ValidationError

# Spacing, in device-independent pixels (Qt scales them with QT_SCALE_FACTOR).
NO_MARGIN = 0
MARGIN = 12
SPACING = 8
BUTTON_SPACING = 6
SECTION_SPACING = 18
STRETCH = object()  # in hbox()/vbox() items: a stretch
READABLE_WIDTH = 720  # forms wider than this are hard to read; views centre them


def _box(layout: QBoxLayout, margin: int, spacing: int, items: Iterable) -> QBoxLayout:
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(spacing)
    for item in items:
        if item is STRETCH:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def hbox(*items, margin: int = NO_MARGIN, spacing: int = SPACING) -> QHBoxLayout:
    return _box(QHBoxLayout(), margin, spacing, items)  # type: ignore[return-value]


def vbox(*items, margin: int = NO_MARGIN, spacing: int = SPACING) -> QVBoxLayout:
    return _box(QVBoxLayout(), margin, spacing, items)  # type: ignore[return-value]


def form(*rows: tuple[str | QWidget, QWidget | QLayout]) -> QFormLayout:
    layout = QFormLayout()
    layout.setContentsMargins(NO_MARGIN, NO_MARGIN, NO_MARGIN, NO_MARGIN)
    layout.setSpacing(SPACING)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for label, field in rows:
        layout.addRow(label, field)
    return layout


def accessible(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def button(
    text: str,
    accessible_name: str,
    on_click: Callable[[], object] | None = None,
    *,
    tooltip: str = "",
    default: bool = False,
) -> QPushButton:
    widget = QPushButton(text)
    accessible(widget, accessible_name, tooltip)
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    widget.setDefault(default)
    widget.setAutoDefault(default)
    return widget


def arrow_button(
    forward: bool, accessible_name: str, on_click: Callable[[], object]
) -> QPushButton:
    """A compact ◀ or ▶ step button (previous/next day, year)."""
    widget = button("▶" if forward else "◀", accessible_name, on_click, tooltip=accessible_name)
    widget.setFixedWidth(widget.fontMetrics().horizontalAdvance("▶") + 4 * SPACING)
    return widget


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * (1.5 if level == 1 else 1.2))
    font.setBold(level > 1)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def wrapped(text: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        palette = label.palette()
        palette.setColor(
            palette.ColorRole.WindowText, palette.color(palette.ColorRole.PlaceholderText)
        )
        label.setPalette(palette)
    return label


def _column(inner: QWidget | QLayout, max_width: int, *, centre: bool) -> QWidget:
    holder = QWidget()
    content = inner if isinstance(inner, QWidget) else QWidget()
    if isinstance(inner, QLayout):
        content.setLayout(inner)
    content.setMaximumWidth(max_width)
    content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = hbox(margin=MARGIN)
    if centre:
        layout.addStretch(1)
    layout.addWidget(content, 20)  # grows to max_width first; the stretches take what is left
    layout.addStretch(1)
    holder.setLayout(layout)
    return holder


def centred(inner: QWidget | QLayout, max_width: int = READABLE_WIDTH) -> QWidget:
    """``inner`` at a readable width in the middle of a wide window (the lock screen)."""
    return _column(inner, max_width, centre=True)


def readable(inner: QWidget | QLayout, max_width: int = READABLE_WIDTH) -> QWidget:
    """A view's form at a readable width, on the same left edge (MARGIN) as every other
    view's title and table: titles stay in one place when the user moves between views."""
    return _column(inner, max_width, centre=False)


def scroll_area(inner: QWidget, *, horizontal: bool = True) -> QScrollArea:
    """A frameless scroll area whose ``inner`` widget follows its size; ``horizontal=False``
    for content that should fit the width rather than scroll sideways."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def error_label() -> QLabel:
    """An inline message under a field: words first (never colour alone), hidden until needed."""
    from trdjournal.ui.base.theme import error_color

    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    palette = label.palette()
    palette.setColor(palette.ColorRole.WindowText, error_color(palette))
    label.setPalette(palette)
    label.setAccessibleName(QCoreApplication.translate("qtutils", "Problem"))
    label.hide()
    return label


def set_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setAccessibleDescription(message)
    label.setVisible(bool(message))


def set_field_error(label: QLabel, template: str, exc: ValidationError) -> None:
    """Show a refused save as ``template`` filled with the field it names and why.

    ``template`` is the caller's own ``self.tr("Not saved: {field}: {message}")``, so the text
    keeps the caller's translation context."""
    set_error(label, template.format(field=exc.field.replace("_", " "), message=exc.message))
