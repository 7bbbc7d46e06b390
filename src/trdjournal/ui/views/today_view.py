"""Today: the day's check-in, every field, quick by keyboard and by mouse.

Keyboard: the mood row has focus on open; a digit sets mood, Tab moves on, Enter saves
(Ctrl+Enter from the note). Mouse: click a mood, click Save. Problems are shown under the
field concerned and nothing typed is cleared.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trdjournal.domain import dates
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn
from trdjournal.storage.drafts import Draft, drafts, drop_draft, keep_draft
from trdjournal.ui.base import i18n, qtutils
from trdjournal.ui.base.draft_keeper import DraftKeeper
from trdjournal.ui.base.ui_context import ALL_TABLES, UiContext
from trdjournal.ui.widgets import checkin_fields
from trdjournal.ui.widgets.list_completer import ListCompleter
from trdjournal.ui.widgets.missed_doses import MissedDoseButtons
from trdjournal.ui.widgets.mood_picker import MoodPicker
from trdjournal.ui.widgets.notice_bar import NoticeBar
from trdjournal.ui.widgets.recent_days import RecentDays

SLEEP_QUALITY = (
    QT_TRANSLATE_NOOP("TodayView", "1 very poor"),
    QT_TRANSLATE_NOOP("TodayView", "2 poor"),
    QT_TRANSLATE_NOOP("TodayView", "3 fair"),
    QT_TRANSLATE_NOOP("TodayView", "4 good"),
    QT_TRANSLATE_NOOP("TodayView", "5 very good"),
)
SEVERITY = (  # elevated mood and irritability, as eMoods and the NIMH Life Chart rate them
    QT_TRANSLATE_NOOP("TodayView", "0 none"),
    QT_TRANSLATE_NOOP("TodayView", "1 mild"),
    QT_TRANSLATE_NOOP("TodayView", "2 moderate"),
    QT_TRANSLATE_NOOP("TodayView", "3 severe"),
)
NOT_LOGGED = QT_TRANSLATE_NOOP("TodayView", "not logged")
LABELS = {
    "date": QT_TRANSLATE_NOOP("TodayView", "Day"),
    "mood": QT_TRANSLATE_NOOP("TodayView", "Mood"),
    "anxiety": QT_TRANSLATE_NOOP("TodayView", "Anxiety"),
    "energy": QT_TRANSLATE_NOOP("TodayView", "Energy"),
    "sleep_hours": QT_TRANSLATE_NOOP("TodayView", "Sleep"),
    "sleep_quality": QT_TRANSLATE_NOOP("TodayView", "Sleep quality"),
    "activity_minutes": QT_TRANSLATE_NOOP("TodayView", "Activity"),
    "elevated": QT_TRANSLATE_NOOP("TodayView", "Elevated mood"),
    "irritability": QT_TRANSLATE_NOOP("TodayView", "Irritability"),
    "tags": QT_TRANSLATE_NOOP("TodayView", "Tags"),
    "side_effects": QT_TRANSLATE_NOOP("TodayView", "Side effects"),
    "note": QT_TRANSLATE_NOOP("TodayView", "Note"),
    "for_doctor": QT_TRANSLATE_NOOP("TodayView", "Show note in report"),
}


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


long_date = i18n.long_date

# The draft of the form being typed, and the one found at start (a crash, a SIGTERM), kept
# apart so typing before answering the offer does not overwrite what is offered.
DRAFT_KEY = "today"
OFFERED_KEY = "today:offered"


class TodayView(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self.dirty = False
        self.errors: dict[str, QLabel] = {}
        self._paired: list[tuple[QWidget, QLabel]] = []
        # The day shown and its check-in as loaded: a save compares it with what is stored
        # then, and asks before overwriting a change made elsewhere (the CLI, another window).
        self.loaded: tuple[dt.date, CheckIn | None] | None = None
        self.draft = DraftKeeper(self, self.journal, DRAFT_KEY, self._draft_text)
        self.offered: Draft | None = None
        self._build()
        self.load(dates.today())
        self._offer_draft()
        ui_context.journal_changed.connect(self._on_journal_changed)

    # -- building ----------------------------------------------------------------------------
    def _error_for(self, field: str) -> QLabel:
        self.errors[field] = qtutils.error_label()
        self.errors[field].setAccessibleName(
            self.tr("Problem with {field}").format(field=self.tr(LABELS[field]).lower())
        )
        return self.errors[field]

    def _with_error(self, field: str, widget: QWidget, hint: str = "") -> QWidget:
        holder = QWidget()
        items: list = [widget]
        if hint:
            items.append(qtutils.wrapped(hint, muted=True))
        holder.setLayout(qtutils.vbox(*items, self._error_for(field), spacing=2))
        return holder

    def _line_up_pairs(self) -> None:
        """The second fields of the paired rows start in one column."""

        def wanted(widget: QWidget) -> int:  # a placeholder ("hours, like 7.5") is not cut
            hint = getattr(widget, "placeholderText", lambda: "")()
            return max(widget.sizeHint().width(), widget.fontMetrics().horizontalAdvance(hint) + 16)

        width = max(wanted(w) for w, _label in (*self._paired, (self.activity, None)))
        label_width = max(label.sizeHint().width() for _w, label in self._paired)
        self.activity.setFixedWidth(width)  # minutes need no more room than hours
        for widget, label in self._paired:
            widget.setFixedWidth(width)
            label.setMinimumWidth(label_width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _pair(self, first: str, first_widget: QWidget, second: str, second_widget: QWidget):
        """Two short fields on one form row: the second with its own label, each with its
        own problem line under it."""
        label = QLabel(self.tr(LABELS[second]))
        label.setBuddy(second_widget)
        row = qtutils.hbox(
            self._with_error(first, first_widget),
            qtutils.SECTION_SPACING,
            label,
            self._with_error(second, second_widget),
            qtutils.STRETCH,
        )
        self._paired.append((first_widget, label))
        return row

    def _spin(self, name: str, description: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, 10)
        spin.setSpecialValueText(self.tr(NOT_LOGGED))
        spin.setValue(-1)
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(self.tr(NOT_LOGGED)) * 2)
        qtutils.accessible(spin, name, description)
        spin.valueChanged.connect(self._mark_dirty)
        return spin

    def _severity(self, name: str, description: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr(NOT_LOGGED), None)
        for number, text in enumerate(SEVERITY):
            combo.addItem(self.tr(text), number)
        qtutils.accessible(combo, name, description)
        combo.currentIndexChanged.connect(self._mark_dirty)
        return combo

    def _line(self, name: str, description: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        qtutils.accessible(line, name, description)
        line.textEdited.connect(self._mark_dirty)
        return line

    def _build(self) -> None:
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        qtutils.accessible(
            self.date_edit,
            self.tr("Day"),
            self.tr("The day this check-in is for; pick an earlier day to fill it in"),
        )
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.date_edit.setCurrentSection(QDateEdit.Section.DaySection)
        self.previous_button = qtutils.arrow_button(
            False, self.tr("Previous day (Alt+Left)"), lambda: self.step_day(-1)
        )
        self.next_button = qtutils.arrow_button(
            True, self.tr("Next day (Alt+Right)"), lambda: self.step_day(1)
        )
        self.today_button = qtutils.button(
            self.tr("Today"), self.tr("Go to today"), lambda: self.ask_load(dates.today())
        )
        self.day_state = qtutils.wrapped(muted=True)
        self.day_state.setWordWrap(False)

        self.mood = MoodPicker()
        self.mood.mood_changed.connect(self._mark_dirty)
        self.anxiety = self._spin(
            self.tr("Anxiety"), self.tr("Anxiety from 0 (none) to 10 (worst)")
        )
        self.energy = self._spin(self.tr("Energy"), self.tr("Energy from 0 (none) to 10 (most)"))
        self.sleep = self._line(
            self.tr("Sleep hours"),
            self.tr("Hours slept last night, like 7 or 6.5 or 6:45"),
            self.tr("hours, like 7.5"),
        )
        self.sleep_quality = QComboBox()
        self.sleep_quality.addItem(self.tr(NOT_LOGGED), None)
        for number, text in enumerate(SLEEP_QUALITY, start=1):
            self.sleep_quality.addItem(self.tr(text), number)
        qtutils.accessible(
            self.sleep_quality,
            self.tr("Sleep quality"),
            self.tr("Sleep quality from 1 (very poor) to 5 (very good)"),
        )
        self.sleep_quality.currentIndexChanged.connect(self._mark_dirty)
        self.activity = self._line(
            self.tr("Activity minutes"),
            self.tr("Minutes of physical activity"),
            self.tr("minutes, like 30"),
        )
        self.elevated = self._severity(
            self.tr("Elevated mood"),
            self.tr(
                "Elevated mood today (high, speeded up, needing less sleep) from 0 none to 3 severe"
            ),
        )
        self.irritability = self._severity(
            self.tr("Irritability"), self.tr("Irritability today from 0 none to 3 severe")
        )
        self.tags = self._line(
            self.tr("Tags"),
            self.tr("Words for the day, separated by commas"),
            self.tr("walk, daylight, friends"),
        )
        self.side_effects = self._line(
            self.tr("Side effects"),
            self.tr(
                "Side effects with a severity 0 to 3 (none, mild, moderate, severe), separated by commas"
            ),
            self.tr("nausea 1, headache 2"),
        )
        ListCompleter(self.tags, lambda: self._recent_words("tags"))
        ListCompleter(self.side_effects, lambda: self._recent_words("side_effects"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything about the day (Ctrl+Enter saves)"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        qtutils.accessible(
            self.note, self.tr("Note"), self.tr("A note about the day; Ctrl+Enter saves")
        )
        self.note.textChanged.connect(self._on_note_changed)
        self.for_doctor = QCheckBox(self.tr("Show this note to my doctor in the report"))
        qtutils.accessible(self.for_doctor, self.tr("Show note in report"))
        self.for_doctor.toggled.connect(self._mark_dirty)

        mood_scale = qtutils.hbox(
            qtutils.wrapped(self.tr("0 worst"), muted=True),
            qtutils.STRETCH,
            qtutils.wrapped(self.tr("10 best"), muted=True),
        )
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.save_button = qtutils.button(
            self.tr("Save"),
            self.tr("Save check-in"),
            self.save,
            tooltip=self.tr("Save this day's check-in (Enter)"),
            default=True,
        )
        # Save right under the note, beside the last choice before it (not a bar far below)
        self.save_row = QWidget()
        self.save_row.setLayout(
            qtutils.hbox(self.for_doctor, qtutils.STRETCH, self.save_state, self.save_button)
        )

        mood_block = QWidget()
        mood_block.setLayout(
            qtutils.vbox(self.mood, mood_scale, self._error_for("mood"), spacing=2)
        )

        self.missed_doses = MissedDoseButtons(self.journal, self._missed_dose_logged)
        fields = qtutils.form(
            (
                self.tr("Day"),
                qtutils.hbox(
                    self.previous_button,
                    self.date_edit,
                    self.next_button,
                    self.today_button,
                    qtutils.STRETCH,
                ),
            ),
            ("", self.day_state),
            (self.tr("Mood"), mood_block),
            # the short fields two to a row, so the whole form and Save fit one screen
            (self.tr("Anxiety"), self._pair("anxiety", self.anxiety, "energy", self.energy)),
            (
                self.tr("Sleep"),
                self._pair("sleep_hours", self.sleep, "sleep_quality", self.sleep_quality),
            ),
            (
                self.tr("Elevated mood"),
                self._pair("elevated", self.elevated, "irritability", self.irritability),
            ),
            (self.tr("Activity"), self._with_error("activity_minutes", self.activity)),
            (self.tr("Tags"), self._with_error("tags", self.tags)),
            (self.tr("Side effects"), self._with_error("side_effects", self.side_effects)),
            (self.tr("Doses"), self.missed_doses),
            (self.tr("Note"), self._with_error("note", self.note)),
            ("", self.save_row),
        )
        fields.insertRow(1, "", self._error_for("date"))
        self._line_up_pairs()
        self.title = qtutils.heading(self.tr("How are you today?"))
        self.recent = RecentDays()
        self.recent.day_chosen.connect(lambda iso: self.ask_load(dt.date.fromisoformat(iso)))
        page = QWidget()
        page.setLayout(
            qtutils.vbox(
                self.title,
                fields,
                qtutils.vbox(qtutils.heading(self.tr("Last seven days"), 2), self.recent),
                qtutils.STRETCH,
                spacing=qtutils.SECTION_SPACING,
            )
        )
        self.draft_offer = NoticeBar(self.tr("Unsaved check-in"))
        self.draft_offer.add_button(
            self.tr("Restore it"), self.tr("Restore the unsaved check-in"), self.restore_draft
        )
        self.draft_offer.add_button(
            self.tr("Discard"), self.tr("Discard the unsaved check-in"), self.discard_offered
        )
        self.draft_offer.hide()
        page.layout().insertWidget(0, self.draft_offer)
        scroll = qtutils.scroll_area(qtutils.readable(page))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        shortcuts = {
            "Ctrl+Return": self.save,
            "Ctrl+Enter": self.save,
            "Ctrl+S": self.save,
            "Alt+Left": lambda: self.step_day(-1),
            "Alt+Right": lambda: self.step_day(1),
        }
        for keys, action in shortcuts.items():
            QShortcut(
                QKeySequence(keys),
                self,
                action,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

        order = [
            self.date_edit,
            self.mood,
            self.anxiety,
            self.energy,
            self.sleep,
            self.sleep_quality,
            self.activity,
            self.elevated,
            self.irritability,
            self.tags,
            self.side_effects,
            self.note,
            self.for_doctor,
            self.save_button,
        ]
        for before, after in itertools.pairwise(order):
            self.setTabOrder(before, after)

    def initial_focus(self) -> QWidget:
        return self.mood

    # -- loading -----------------------------------------------------------------------------
    def day(self) -> dt.date:
        return pydate(self.date_edit.date())

    def load(self, day: dt.date) -> None:
        """Show ``day``: its saved check-in, or an empty form."""
        self._show_date(day)
        self._fill(self.journal.checkin(self.day()))
        self.missed_doses.refresh(self.day())

    def _fill(self, checkin: CheckIn | None) -> None:
        self.mood.set_mood(checkin.mood if checkin else None)
        self.anxiety.setValue(-1 if checkin is None or checkin.anxiety is None else checkin.anxiety)
        self.energy.setValue(-1 if checkin is None or checkin.energy is None else checkin.energy)
        self.sleep.setText(checkin_fields.number_text(checkin.sleep_hours if checkin else None))
        self.sleep_quality.setCurrentIndex(
            self.sleep_quality.findData(checkin.sleep_quality if checkin else None)
        )
        self.activity.setText(
            checkin_fields.number_text(checkin.activity_minutes if checkin else None)
        )
        for combo, value in (
            (self.elevated, checkin.elevated if checkin else None),
            (self.irritability, checkin.irritability if checkin else None),
        ):
            combo.setCurrentIndex(combo.findData(value))
        self.tags.setText(", ".join(checkin.tags) if checkin else "")
        self.side_effects.setText(
            checkin_fields.side_effects_text(checkin.side_effects) if checkin else ""
        )
        self.note.setPlainText(checkin.note if checkin else "")
        self.for_doctor.setChecked(bool(checkin and checkin.for_doctor))
        self._show_errors({})
        self.day_state.setText(
            self.tr("{long_date}: already logged; saving replaces it.").format(
                long_date=long_date(self.day())
            )
            if checkin
            else self.tr("{long_date}: not logged yet.").format(long_date=long_date(self.day()))
        )
        self.save_state.setText("")
        self.dirty = False
        self.loaded = (self.day(), checkin)

    def _show_date(self, day: dt.date) -> None:
        """Set the date field without reloading the form."""
        today = dates.today()
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(qdate(today))
        self.date_edit.setDate(qdate(min(day, today)))
        self.date_edit.blockSignals(False)
        self.next_button.setEnabled(self.day() < today)
        day = self.day()
        self.title.setText(
            self.tr("How are you today?")
            if day == today
            else self.tr("How were you on {day}?").format(day=i18n.format_date(day, "dddd d MMMM"))
        )
        self._refresh_recent()

    def ask_load(self, day: dt.date) -> None:
        """Go to ``day`` without silently dropping what was typed."""
        if day == self.day() and self.dirty:
            return
        saved = self.journal.checkin(min(day, dates.today()))
        if self.dirty and saved is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Keep what you typed?"),
                self.tr(
                    "{long_date} already has a check-in. Show it instead of what you typed here?"
                ).format(long_date=long_date(day)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._show_date(day)
                self.loaded = (self.day(), saved)  # they were told it is logged
                self.day_state.setText(
                    self.tr(
                        "{long_date}: already logged; saving replaces it with what is shown."
                    ).format(long_date=long_date(day))
                )
                return
        if self.dirty and saved is None:  # back-filling: keep the typed values for the new day
            self._show_date(day)
            self.loaded = (self.day(), None)
            self.day_state.setText(
                self.tr("{long_date}: not logged yet.").format(long_date=long_date(day))
            )
            return
        self.load(day)

    def step_day(self, days: int) -> None:
        day = self.day() + dt.timedelta(days=days)
        if day <= dates.today():
            self.ask_load(day)

    def open_item(self, day: dt.date) -> None:
        self.ask_load(day)
        self.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_date_changed(self, day: QDate) -> None:
        self.ask_load(pydate(day))

    def _missed_dose_logged(self, drug: str) -> None:
        self.ui_context.changed("missed_doses")
        self.ui_context.tell(self.tr("Missed dose of {drug} logged.").format(drug=drug))

    def _on_journal_changed(self, table: str) -> None:
        if table in ("med_events", "missed_doses", ALL_TABLES):
            self.missed_doses.refresh(self.day())
        if table in ("checkins", ALL_TABLES):
            if not self.dirty:  # never replace what the user is typing
                self._fill(self.journal.checkin(self.day()))
            self._refresh_recent()

    def _recent_words(self, field: str) -> list[str]:
        """Tags or side-effect names of the last year, most used first, to complete from."""
        today = dates.today()
        counts: dict[str, int] = {}
        for checkin in self.journal.checkins(today - dt.timedelta(days=365), today):
            for word in getattr(checkin, field):
                counts[word] = counts.get(word, 0) + 1
        return sorted(counts, key=lambda w: (-counts[w], w))

    def _refresh_recent(self) -> None:
        today = dates.today()
        week = self.journal.checkins(today - dt.timedelta(days=6), today)
        self.recent.show_days(today, week, self.day())

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True
        self.save_state.setText(self.tr("Not saved yet."))
        self.draft.typed()

    def _on_note_changed(self) -> None:
        if self.note.document().isModified():
            self._mark_dirty()

    # -- saving ------------------------------------------------------------------------------
    def _readers(self) -> dict[str, Callable[[], object]]:
        """How to read each field from the form (parsing only; the record checks ranges)."""
        return {
            "anxiety": lambda: None if self.anxiety.value() < 0 else self.anxiety.value(),
            "energy": lambda: None if self.energy.value() < 0 else self.energy.value(),
            "sleep_hours": lambda: checkin_fields.sleep_hours(self.sleep.text()),
            "sleep_quality": self.sleep_quality.currentData,
            "elevated": self.elevated.currentData,
            "irritability": self.irritability.currentData,
            "activity_minutes": lambda: checkin_fields.whole_number(
                "activity_minutes", self.activity.text(), "30"
            ),
            "tags": lambda: checkin_fields.tags(self.tags.text()),
            "side_effects": lambda: checkin_fields.side_effects(self.side_effects.text()),
            "note": self.note.toPlainText,
            "for_doctor": self.for_doctor.isChecked,
        }

    def read_form(self) -> tuple[CheckIn | None, dict[str, str]]:
        """The form as a CheckIn, or the problem of every field at fault (all shown at once).
        Each field is checked alone by the domain record, so one mistake hides no other."""
        problems: dict[str, str] = {}
        values: dict[str, object] = {}
        for field, read in self._readers().items():
            try:
                values[field] = read()
                CheckIn(self.day(), mood=0, **{field: values[field]})  # type: ignore[arg-type]
            except ValidationError as exc:
                problems[field] = f"{self.tr(LABELS[field])}: {exc.message}"
        if self.mood.mood() is None:
            problems["mood"] = self.tr("Mood: choose one, from 0 (worst) to 10 (best).")
        if problems:
            return None, problems
        saved = self.journal.checkin(self.day())  # steps are not on this form: keep them
        steps = saved.steps if saved is not None else None
        return CheckIn(self.day(), mood=self.mood.mood(), steps=steps, **values), {}  # type: ignore[arg-type]

    def _widget_of(self, field: str) -> QWidget:
        return {
            "date": self.date_edit,
            "mood": self.mood,
            "anxiety": self.anxiety,
            "energy": self.energy,
            "sleep_hours": self.sleep,
            "sleep_quality": self.sleep_quality,
            "activity_minutes": self.activity,
            "elevated": self.elevated,
            "irritability": self.irritability,
            "tags": self.tags,
            "side_effects": self.side_effects,
            "note": self.note,
        }[field]

    def _show_errors(self, problems: dict[str, str]) -> None:
        for field, label in self.errors.items():
            qtutils.set_error(label, problems.get(field, ""))

    def save(self) -> bool:
        checkin, problems = self.read_form()
        if checkin is not None and not self._may_overwrite(checkin.date):
            return False
        if checkin is not None:
            try:
                self.journal.save_checkin(checkin)
            except ValidationError as exc:
                field = exc.field if exc.field in self.errors else "date"
                problems = {field: f"{self.tr(LABELS[field])}: {exc.message}"}
        self._show_errors(problems)
        if problems:
            self.save_state.setText(
                self.tr("Not saved: see above.")
                if len(problems) == 1
                else self.tr("Not saved: %n problem(s), see above.", "", len(problems))
            )
            first = next(field for field in LABELS if field in problems)
            self._widget_of(first).setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.dirty = False
        self.draft.discard()
        self.ui_context.changed("checkins")  # refills this form too, from what was stored
        self.save_state.setText(self.tr("Saved."))
        self.ui_context.tell(
            self.tr("Saved the check-in of {long_date} (mood {mood}/10).").format(
                long_date=long_date(checkin.date), mood=checkin.mood
            )
        )
        return True

    def _may_overwrite(self, day: dt.date) -> bool:
        """True unless the day's check-in changed since this form loaded it and the user,
        asked, keeps the newer one."""
        stored = self.journal.checkin(day)
        expected = self.loaded[1] if self.loaded and self.loaded[0] == day else None
        if stored == expected:
            return True
        if self.confirm_overwrite(day, stored):
            return True
        self.loaded = (day, stored)  # they have been told; Save again replaces it
        self.save_state.setText(self.tr("Not saved: the day was changed elsewhere."))
        return False

    def confirm_overwrite(self, day: dt.date, stored: CheckIn | None) -> bool:
        if stored is None:
            now = self.tr("It has since been deleted.")
        else:
            now = self.tr("It now has mood {mood}/10.").format(mood=stored.mood)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Changed elsewhere"),
            self.tr(
                "The check-in of {long_date} was changed by another program or window after "
                "you opened it. {now}"
            ).format(long_date=long_date(day), now=now),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Replace it with what you typed here? Cancel saves nothing and keeps what you typed on screen."
            )
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Replace"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Changed elsewhere"))
        return box.exec() == QMessageBox.StandardButton.Save

    # -- drafts ------------------------------------------------------------------------------
    def form_state(self) -> dict[str, object]:
        """Everything typed, as typed (unparsed), to keep as a draft."""
        return {
            "date": self.day().isoformat(),
            "mood": self.mood.mood(),
            "anxiety": self.anxiety.value(),
            "energy": self.energy.value(),
            "sleep": self.sleep.text(),
            "sleep_quality": self.sleep_quality.currentData(),
            "activity": self.activity.text(),
            "elevated": self.elevated.currentData(),
            "irritability": self.irritability.currentData(),
            "tags": self.tags.text(),
            "side_effects": self.side_effects.text(),
            "note": self.note.toPlainText(),
            "for_doctor": self.for_doctor.isChecked(),
        }

    def _draft_text(self) -> str | None:
        return json.dumps(self.form_state(), ensure_ascii=False) if self.dirty else None

    def _offer_draft(self) -> None:
        """At start: a draft left by the last run (it crashed, was killed, the power went) is
        offered back, never applied unasked."""
        found = {d.key: d for d in drafts(self.journal, DRAFT_KEY)}
        if DRAFT_KEY in found:  # the newest: it becomes the one offered
            keep_draft(self.journal, OFFERED_KEY, found[DRAFT_KEY].text)
            drop_draft(self.journal, DRAFT_KEY)
            found[OFFERED_KEY] = found[DRAFT_KEY]
        self.offered = found.get(OFFERED_KEY)
        if self.offered is None:
            return
        try:
            day = dt.date.fromisoformat(json.loads(self.offered.text)["date"])
        except (ValueError, KeyError, TypeError):
            day = self.day()  # unreadable date: still offer the text
        self.draft_offer.set_message(
            self.tr(
                "A check-in for {long_date} was being typed and not saved (kept {time}). "
                "Restore it?"
            ).format(long_date=long_date(day), time=i18n.kept_at(self.offered.saved_at))
        )
        self.draft_offer.show()

    def restore_draft(self) -> None:
        if self.offered is None:
            return
        state = json.loads(self.offered.text)
        self.apply_state(state)
        drop_draft(self.journal, OFFERED_KEY)
        self.offered = None
        self.draft_offer.hide()
        self.ui_context.tell(self.tr("Restored the unsaved check-in; it is not saved yet."))

    def discard_offered(self) -> None:
        drop_draft(self.journal, OFFERED_KEY)
        self.offered = None
        self.draft_offer.hide()

    def apply_state(self, state: dict) -> None:
        """Show the day of a draft as stored, then the draft's typed values over it."""
        day = dt.date.fromisoformat(state.get("date") or self.day().isoformat())
        self.load(day)
        self.mood.set_mood(state.get("mood"))
        for spin, field in ((self.anxiety, "anxiety"), (self.energy, "energy")):
            value = state.get(field)
            spin.setValue(value if isinstance(value, int) else -1)
        self.sleep.setText(str(state.get("sleep", "")))
        self.sleep_quality.setCurrentIndex(
            max(0, self.sleep_quality.findData(state.get("sleep_quality")))
        )
        self.activity.setText(str(state.get("activity", "")))
        for combo, field in ((self.elevated, "elevated"), (self.irritability, "irritability")):
            combo.setCurrentIndex(max(0, combo.findData(state.get(field))))
        self.tags.setText(str(state.get("tags", "")))
        self.side_effects.setText(str(state.get("side_effects", "")))
        self.note.setPlainText(str(state.get("note", "")))
        self.for_doctor.setChecked(bool(state.get("for_doctor")))
        self._mark_dirty()

    def discard_unsaved(self) -> None:
        """The user chose to throw away what they typed (closing: Discard)."""
        self.draft.discard()

    def unsaved_work(self) -> str | None:
        if not self.dirty:
            return None
        return self.tr("the check-in of {long_date}").format(long_date=long_date(self.day()))

    def save_unsaved(self) -> bool:
        return self.save()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.note.hasFocus():
            self.save()
            return
        super().keyPressEvent(event)
