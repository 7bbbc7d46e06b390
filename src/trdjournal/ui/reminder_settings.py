"""The Settings panel for the daily reminder and starting with the session (both off by default).

The reminder time is saved in the journal (Settings.reminder_time) so every front end agrees;
starting with the session is the XDG autostart entry itself (ui/autostart.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from trdjournal.storage import Journal
from trdjournal.ui import autostart

DEFAULT_TIME = "20:00"


class ReminderSettings(QGroupBox):
    def __init__(
        self,
        journal: Journal,
        tell: Callable[[str], None] = lambda message: None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Reminder"), parent)
        self.journal = journal
        self.tell = tell
        saved = journal.settings().reminder_time

        self.remind = QCheckBox(self.tr("Remind me every day at"))
        self.remind.setChecked(saved is not None)
        self.remind.setToolTip(
            self.tr("A notification while trdjournal is running, unless the day is already logged")
        )
        self.time = QTimeEdit(QTime.fromString(saved or DEFAULT_TIME, "HH:mm"))
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(saved is not None)
        self.time.setAccessibleName(self.tr("Reminder time"))

        self.autostart = QCheckBox(self.tr("Start trdjournal when I log in"))
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.setVisible(autostart.supported())

        row = QHBoxLayout()
        row.addWidget(self.remind)
        row.addWidget(self.time)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.autostart)

        self.remind.toggled.connect(self.time.setEnabled)
        self.remind.toggled.connect(self._save_time)
        self.time.editingFinished.connect(self._save_time)
        self.autostart.toggled.connect(self._save_autostart)

    def chosen_time(self) -> str | None:
        return self.time.time().toString("HH:mm") if self.remind.isChecked() else None

    def _save_time(self) -> None:
        chosen = self.chosen_time()
        settings = self.journal.settings()
        if settings.reminder_time == chosen:
            return
        self.journal.save_settings(dataclasses.replace(settings, reminder_time=chosen))
        if chosen is None:
            self.tell(self.tr("Daily reminder turned off."))
        else:
            self.tell(self.tr("You will be reminded every day at {time}.").format(time=chosen))

    def _save_autostart(self, enabled: bool) -> None:
        path = autostart.set_enabled(enabled)
        if enabled:
            self.tell(self.tr("trdjournal will start when you log in ({path}).").format(path=path))
        else:
            self.tell(self.tr("trdjournal will no longer start when you log in."))


class ReminderDialog(QDialog):
    """The panel on its own, from File > Daily reminder (until Settings has a place for it)."""

    def __init__(
        self, journal: Journal, tell: Callable[[str], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily reminder"))
        self.panel = ReminderSettings(journal, tell)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
