"""Mood 0-10 as a row of buttons: one click by mouse, one digit by keyboard.

The row takes focus as a whole (the buttons do not), so Tab moves past it in one step.
Digits set the mood; "1" then "0" makes 10. Left/Right step it; Delete clears it.

Once a mood is chosen the other ten buttons fade toward the window colour and the chosen one
keeps its full colour inside a thick ring of the text colour, so the choice reads at a glance
(and in greyscale). Keyboard focus is a different mark: a dashed ring in the highlight colour
around the whole row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from trdjournal.ui.base.theme import blend, mood_color, text_on

MOOD_MIN, MOOD_MAX = 0, 10
FADE = 0.6  # how far the buttons not chosen fade toward the window colour


class MoodPicker(QWidget):
    mood_changed = Signal(object)  # int or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Mood"))
        self.setAccessibleDescription(
            self.tr(
                "Mood from 0 (worst) to 10 (best): type a digit, 1 then 0 for 10, or use the arrow keys"
            )
        )
        self.setToolTip(self.accessibleDescription())
        self._mood: int | None = None
        self._pending_one = False
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive groups cannot be cleared
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        for value in range(MOOD_MIN, MOOD_MAX + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(self.tr("Mood {value}").format(value=value))
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") * 2 + 8)
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 4)
            self.group.addButton(button, value)
            layout.addWidget(button)
        self.group.idClicked.connect(self._on_clicked)
        self._restyle()

    def _restyle(self) -> None:
        """Colour every button for the current choice and palette."""
        window = self.palette().color(QPalette.ColorRole.Window)
        ring = self.palette().color(QPalette.ColorRole.WindowText)
        for button in self.group.buttons():
            value = self.group.id(button)
            fill = mood_color(value)
            chosen = value == self._mood
            if self._mood is not None and not chosen:
                fill = blend(fill, window, FADE)
            border = f"4px solid {ring.name()}" if chosen else "1px solid rgba(128,128,128,0.6)"
            button.setStyleSheet(
                f"QPushButton {{ background: {fill.name()}; color: {text_on(fill).name()};"
                f" border: {border}; border-radius: 4px;"
                f" font-weight: {'900' if chosen else 'bold'}; }}"
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()

    def mood(self) -> int | None:
        return self._mood

    def set_mood(self, mood: int | None) -> None:
        self._pending_one = False
        if mood == self._mood:
            return
        self._mood = mood
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == mood)
        self._restyle()
        self.setAccessibleName(
            self.tr("Mood") if mood is None else self.tr("Mood, {mood} of 10").format(mood=mood)
        )
        self.mood_changed.emit(mood)

    def _on_clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_mood(value)
        self.group.button(value).setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, text = event.key(), event.text()
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            if self._pending_one and digit == 0:
                self.set_mood(10)
            else:
                self.set_mood(digit)
                self._pending_one = digit == 1
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_mood(MOOD_MIN if self._mood is None else min(MOOD_MAX, self._mood + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_mood(MOOD_MAX if self._mood is None else max(MOOD_MIN, self._mood - 1))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_mood(None)
        else:
            super().keyPressEvent(event)  # Tab, Enter... go to the form

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self._pending_one = False
        super().focusOutEvent(event)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            pen.setStyle(Qt.PenStyle.DashLine)  # focus: dashed, never the chosen mood's solid ring
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 5, 5)
