"""Crisis resources, shown calmly after a questionnaire whose safety item (thoughts of death or
self-harm: PHQ-9 item 9, QIDS-SR16 item 12, MADRS-S zest for life) reached its flag line. The
lines come from settings, where the user can change them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

from trdjournal.domain.model import CrisisLine
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.theme import notice_stylesheet


class CrisisPanel(QFrame):
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crisisPanel")
        self.setAccessibleName(self.tr("Support is available"))
        self._restyle()
        self.title = qtutils.heading(self.tr("Support is available"), 2)
        self.intro = qtutils.wrapped(
            self.tr(
                "You answered that you have had thoughts of death, that you would be better off "
                "dead, or of hurting yourself. Many people with depression have these thoughts, "
                "and talking to someone helps. If you feel you might act on them, or you are in "
                "danger now, please contact one of these now:"
            )
        )
        self.lines = QLabel()
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setAccessibleName(self.tr("Crisis lines"))
        self.outro = qtutils.wrapped(
            self.tr(
                "Your answer is kept in the journal, and this day is marked in the report for your "
                "doctor, so you can talk about it together."
            )
        )
        self.edit_button = qtutils.button(
            self.tr("Change these numbers…"),
            self.tr("Change the crisis numbers in Settings"),
            self.edit_requested.emit,
        )
        self.setLayout(
            qtutils.vbox(
                self.title,
                self.intro,
                self.lines,
                self.outro,
                qtutils.hbox(qtutils.STRETCH, self.edit_button),
                margin=qtutils.MARGIN,
            )
        )

    def _restyle(self) -> None:
        self.setStyleSheet(notice_stylesheet("crisisPanel", QApplication.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the system went light/dark
            self._restyle()
        super().changeEvent(event)

    def set_lines(self, lines: tuple[CrisisLine, ...]) -> None:
        text = "\n".join(
            f"{line.region}: {line.name}, {line.contact}"
            if line.region
            else f"{line.name}, {line.contact}"
            for line in lines
        )
        self.lines.setText(
            text or self.tr("No crisis lines are set: add the ones for where you live in Settings.")
        )
        self.lines.setAccessibleDescription(self.lines.text())
