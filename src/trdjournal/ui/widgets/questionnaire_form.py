"""A questionnaire form (PHQ-9, GAD-7, QIDS-SR16, MADRS-S): all questions on one page, or one
at a time. PHQ-9 and GAD-7 show their published wording; QIDS-SR16 and MADRS-S their short
item labels only (scale_text.py says why).

Keyboard: a digit (0-3, or 0-6 on MADRS-S) answers the current question and moves to the
next; arrow keys move between options; Enter saves once every question is answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QRadioButton, QScrollArea, QWidget

from trdjournal.domain.scales import Scale
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.scale_text import attribution_text, item_text, option_text, stem_text


class QuestionRow(QFrame):
    answered = Signal(int, int)  # question index (0-based), answer

    def __init__(self, definition: Scale, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(f"{index + 1}. {item_text(definition, index)}")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QButtonGroup(self)
        buttons = []
        for value, option in enumerate(option_text(o) for o in definition.options):
            radio = QRadioButton(f"{value}  {option}" if option != str(value) else option)
            qtutils.accessible(
                radio,
                self.tr("Question {number}: {option} ({score})").format(
                    number=index + 1, option=option, score=value
                ),
            )
            self.group.addButton(radio, value)
            buttons.append(radio)
        self.group.idClicked.connect(lambda value: self.answered.emit(self.index, value))
        self.setLayout(
            qtutils.vbox(self.text, qtutils.hbox(*buttons, qtutils.STRETCH), margin=qtutils.SPACING)
        )
        self.setFocusProxy(buttons[0])

    def answer(self) -> int | None:
        value = self.group.checkedId()
        return None if value < 0 else value

    def set_answer(self, value: int) -> None:
        self.group.button(value).setChecked(True)
        self.answered.emit(self.index, value)

    def focus(self) -> None:
        target = self.group.checkedButton() or self.group.button(0)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        text = event.text()
        if len(text) == 1 and text.isdigit() and self.group.button(int(text)) is not None:
            self.set_answer(int(text))
        else:
            super().keyPressEvent(event)


class QuestionnaireForm(QWidget):
    completed = Signal(tuple)  # the answers, once the user asks to save them

    def __init__(
        self, definition: Scale, *, one_at_a_time: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.definition = definition
        self.current = 0
        stem = qtutils.wrapped(stem_text(definition))
        self.rows = [QuestionRow(definition, i) for i in range(definition.item_count)]
        for row in self.rows:
            row.answered.connect(self._on_answered)
        holder = QWidget()
        holder.setLayout(qtutils.vbox(*self.rows, qtutils.STRETCH))
        self.scroll = qtutils.scroll_area(holder)

        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.back_button = qtutils.button(
            self.tr("Back"), self.tr("Previous question"), lambda: self.go_to(self.current - 1)
        )
        self.next_button = qtutils.button(
            self.tr("Next"), self.tr("Next question"), lambda: self.go_to(self.current + 1)
        )
        self.save_button = qtutils.button(
            self.tr("Save answers"),
            self.tr("Save the {name} answers").format(name=definition.name),
            self.submit,
            tooltip=self.tr("Save (Enter)"),
        )
        attribution = qtutils.wrapped(attribution_text(definition), muted=True)
        self.setLayout(
            qtutils.vbox(
                stem,
                self.scroll,
                qtutils.hbox(
                    self.progress,
                    qtutils.STRETCH,
                    self.back_button,
                    self.next_button,
                    self.save_button,
                ),
                attribution,
            )
        )
        self.set_one_at_a_time(one_at_a_time)
        self._update()

    def scroll_with(self, page: QScrollArea) -> None:
        """Inside a page that scrolls already: the questions take their full height and the
        page's scroll bar is the only one (two nested scroll bars fight over the wheel)."""
        inner = self.scroll
        questions = inner.takeWidget()
        self.layout().replaceWidget(inner, questions)
        inner.hide()
        inner.deleteLater()
        self.scroll = page

    def answers(self) -> tuple[int | None, ...]:
        return tuple(row.answer() for row in self.rows)

    def set_one_at_a_time(self, on: bool) -> None:
        self.one_at_a_time = on
        for i, row in enumerate(self.rows):
            row.setVisible(not on or i == self.current)
        self.back_button.setVisible(on)
        self.next_button.setVisible(on)
        self._update()

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.rows) - 1))
        self.current = index
        if self.one_at_a_time:
            for i, row in enumerate(self.rows):
                row.setVisible(i == index)
        self.rows[index].focus()
        self.scroll.ensureWidgetVisible(self.rows[index])
        self._update()

    def _on_answered(self, index: int, _value: int) -> None:
        if index + 1 < len(self.rows):
            self.go_to(index + 1)
        else:
            self._update()
            self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        done = sum(a is not None for a in self.answers())
        total = len(self.rows)
        where = (
            self.tr("Question {number} of {total}. ").format(number=self.current + 1, total=total)
            if self.one_at_a_time
            else ""
        )
        self.progress.setText(
            self.tr("{where}{done} of {total} answered.").format(
                where=where, done=done, total=total
            )
        )
        self.save_button.setEnabled(done == total)
        self.back_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < total - 1)

    def submit(self) -> None:
        answers = self.answers()
        if None in answers:
            missing = answers.index(None)
            self.go_to(missing)
            return
        self.completed.emit(tuple(answers))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)
