"""Background: the optional profile a psychiatrist asks about (the current episode, earlier
episodes, family history, childhood adversity, other conditions).

Every field may stay empty. The episode start feeds the Maudsley estimate's duration; the
rest reaches the report only when the user ticks its "Background" section.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from trdjournal.domain import dates
from trdjournal.domain.background import (
    FAMILY_CONDITIONS,
    MAX_AGE,
    MAX_EPISODES,
    RELATIONS,
    Background,
    FamilyHistory,
)
from trdjournal.domain.errors import ValidationError
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.ui_context import ALL_TABLES, UiContext
from trdjournal.ui.dialogs.record_dialog import date_edit, date_of
from trdjournal.ui.views.pgx_panel import PgxPanel

FAMILY_WORDS = (  # domain.background FAMILY_CONDITIONS and RELATIONS, for translation
    QT_TRANSLATE_NOOP("BackgroundView", "depression"),
    QT_TRANSLATE_NOOP("BackgroundView", "bipolar disorder"),
    QT_TRANSLATE_NOOP("BackgroundView", "schizophrenia"),
    QT_TRANSLATE_NOOP("BackgroundView", "anxiety"),
    QT_TRANSLATE_NOOP("BackgroundView", "ADHD"),
    QT_TRANSLATE_NOOP("BackgroundView", "suicide"),
    QT_TRANSLATE_NOOP("BackgroundView", "substance use"),
    QT_TRANSLATE_NOOP("BackgroundView", "diabetes"),
    QT_TRANSLATE_NOOP("BackgroundView", "heart disease"),
    QT_TRANSLATE_NOOP("BackgroundView", "mother"),
    QT_TRANSLATE_NOOP("BackgroundView", "father"),
    QT_TRANSLATE_NOOP("BackgroundView", "sister"),
    QT_TRANSLATE_NOOP("BackgroundView", "brother"),
    QT_TRANSLATE_NOOP("BackgroundView", "daughter"),
    QT_TRANSLATE_NOOP("BackgroundView", "son"),
    QT_TRANSLATE_NOOP("BackgroundView", "grandmother"),
    QT_TRANSLATE_NOOP("BackgroundView", "grandfather"),
    QT_TRANSLATE_NOOP("BackgroundView", "aunt"),
    QT_TRANSLATE_NOOP("BackgroundView", "uncle"),
    QT_TRANSLATE_NOOP("BackgroundView", "cousin"),
    QT_TRANSLATE_NOOP("BackgroundView", "other relative"),
)
NOT_GIVEN = QT_TRANSLATE_NOOP("BackgroundView", "not given")
ADVERSITY_CHOICES = (
    (QT_TRANSLATE_NOOP("BackgroundView", "not answered"), None),
    (QT_TRANSLATE_NOOP("BackgroundView", "No"), False),
    (QT_TRANSLATE_NOOP("BackgroundView", "Yes"), True),
)
INTRO = QT_TRANSLATE_NOOP(
    "BackgroundView",
    "Everything here is optional and stays in your journal. The start of the current episode "
    "is used for the Maudsley staging estimate (otherwise your first check-in is). The rest "
    "appears in a report only if you tick its Background section.",
)


def _optional_spin(name: str, description: str, maximum: int, *, lowest: int) -> QSpinBox:
    """A whole-number box whose lowest value reads "not given"."""
    spin = QSpinBox()
    spin.setRange(lowest - 1, maximum)
    spin.setSpecialValueText(QCoreApplication.translate("BackgroundView", NOT_GIVEN))
    spin.setValue(lowest - 1)
    spin.setMinimumWidth(
        spin.fontMetrics().horizontalAdvance(
            QCoreApplication.translate("BackgroundView", NOT_GIVEN)
        )
        * 2
    )
    qtutils.accessible(spin, name, description)
    return spin


class BackgroundView(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self.dirty = False
        self._build()
        self.load()
        ui_context.journal_changed.connect(self._on_journal_changed)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.episode_known = QCheckBox(self.tr("I know when it began"))
        qtutils.accessible(self.episode_known, self.tr("Episode start known"))
        self.episode_start = date_edit(dates.today(), name=self.tr("Current episode began"))
        self.episode_known.toggled.connect(self.episode_start.setEnabled)
        self.age_first = _optional_spin(
            "Age at first episode",
            "Your age at your first episode of depression",
            MAX_AGE,
            lowest=1,
        )
        self.earlier = _optional_spin(
            "Earlier episodes", "How many episodes before the current one", MAX_EPISODES, lowest=0
        )

        self.family = QListWidget()
        self.family.setMaximumHeight(self.family.fontMetrics().height() * 7)
        qtutils.accessible(
            self.family, self.tr("Family history"), self.tr("Conditions in blood relatives")
        )
        self.condition = QComboBox()
        for condition in FAMILY_CONDITIONS:
            self.condition.addItem(self.tr(condition), condition)
        qtutils.accessible(self.condition, self.tr("Condition"))
        self.relation = QComboBox()
        for relation in RELATIONS:
            self.relation.addItem(self.tr(relation), relation)
        qtutils.accessible(self.relation, self.tr("Relative"))
        # The row must fit a small window (1280x800 at 150 %) without wrapping "in my": the
        # combo boxes may shrink below their longest item (the open list still shows it whole).
        for box in (self.condition, self.relation):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(6)
        family_row = qtutils.hbox(
            self.condition,
            QLabel(self.tr("in my")),  # two words between two fields: never wrapped and cut
            self.relation,
            qtutils.button(self.tr("Add"), self.tr("Add to family history"), self.add_family),
            qtutils.button(
                self.tr("Remove"),
                self.tr("Remove the selected family history entry"),
                self.remove_family,
            ),
            qtutils.STRETCH,
        )

        self.adversity = QComboBox()
        for text, value in ADVERSITY_CHOICES:
            self.adversity.addItem(self.tr(text), value)
        qtutils.accessible(
            self.adversity,
            self.tr("Childhood adversity"),
            self.tr(
                "Did you experience serious adversity in childhood (abuse, neglect, loss...)? "
                "Answer only if you want to"
            ),
        )
        self.adversity_note = QLineEdit()
        self.adversity_note.setPlaceholderText(self.tr("a note, if you want (optional)"))
        qtutils.accessible(self.adversity_note, self.tr("Childhood adversity note"))
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("thyroid disease, chronic pain, sleep apnoea…"))
        qtutils.accessible(
            self.other,
            self.tr("Other conditions"),
            self.tr("Other health conditions, separated by commas"),
        )

        for widget in (self.episode_known, self.adversity):
            signal = widget.toggled if isinstance(widget, QCheckBox) else widget.currentIndexChanged
            signal.connect(self._mark_dirty)
        self.episode_start.dateChanged.connect(self._mark_dirty)
        for spin in (self.age_first, self.earlier):
            spin.valueChanged.connect(self._mark_dirty)
        for line in (self.adversity_note, self.other):
            line.textEdited.connect(self._mark_dirty)

        self.error = qtutils.error_label()
        self.save_state = qtutils.wrapped()
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.save_button = qtutils.button(
            self.tr("Save"), self.tr("Save background"), self.save, default=True
        )
        fields = qtutils.form(
            (
                self.tr("Current episode began"),
                qtutils.hbox(self.episode_known, self.episode_start, qtutils.STRETCH),
            ),
            (self.tr("Age at first episode"), qtutils.hbox(self.age_first, qtutils.STRETCH)),
            (self.tr("Earlier episodes"), qtutils.hbox(self.earlier, qtutils.STRETCH)),
            (self.tr("Family history"), self.family),
            ("", family_row),
            (self.tr("Childhood adversity"), qtutils.hbox(self.adversity, qtutils.STRETCH)),
            ("", self.adversity_note),
            (self.tr("Other conditions"), self.other),
        )
        page = QWidget()
        page.setLayout(
            qtutils.vbox(
                qtutils.heading(self.tr("Background")),
                qtutils.wrapped(self.tr(INTRO), muted=True),
                fields,
                self.error,
                qtutils.hbox(self.save_state, qtutils.STRETCH, self.save_button),
                self._pgx_panel(),
                qtutils.STRETCH,
                spacing=qtutils.SECTION_SPACING,
            )
        )
        self.setLayout(qtutils.vbox(qtutils.scroll_area(qtutils.readable(page))))

    def _pgx_panel(self) -> PgxPanel:
        self.pgx = PgxPanel(self.ui_context)  # saves on its own: each result is one write
        return self.pgx

    def initial_focus(self) -> QWidget:
        return self.episode_known

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        b = self.journal.background()
        self.episode_known.setChecked(b.episode_start is not None)
        self.episode_start.setEnabled(b.episode_start is not None)
        if b.episode_start is not None:
            day = b.episode_start
            self.episode_start.setDate(QDate(day.year, day.month, day.day))
        self.age_first.setValue(b.age_at_first_episode or 0)
        self.earlier.setValue(-1 if b.earlier_episodes is None else b.earlier_episodes)
        self.family.clear()
        for entry in b.family_history:
            self._add_family_item(entry)
        self.adversity.setCurrentIndex(
            [value for _, value in ADVERSITY_CHOICES].index(b.childhood_adversity)
        )
        self.adversity_note.setText(b.childhood_adversity_note)
        self.other.setText(", ".join(b.other_conditions))
        qtutils.set_error(self.error, "")
        self.save_state.setText("")
        self.dirty = False

    def _on_journal_changed(self, table: str) -> None:
        if table in ("background", ALL_TABLES) and not self.dirty:
            self.load()

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True
        self.save_state.setText(self.tr("Not saved yet."))

    # -- family history ----------------------------------------------------------------------
    def _add_family_item(self, entry: FamilyHistory) -> None:
        item = QListWidgetItem(entry.shown())  # in the user's language; the data keeps the entry
        item.setData(Qt.ItemDataRole.UserRole, entry)
        self.family.addItem(item)

    def family_entries(self) -> tuple[FamilyHistory, ...]:
        role = Qt.ItemDataRole.UserRole
        return tuple(self.family.item(i).data(role) for i in range(self.family.count()))

    def add_family(self) -> None:
        entry = FamilyHistory(self.condition.currentData(), self.relation.currentData())
        if entry not in self.family_entries():
            self._add_family_item(entry)
            self._mark_dirty()

    def remove_family(self) -> None:
        row = self.family.currentRow()
        if row >= 0:
            self.family.takeItem(row)
            self._mark_dirty()

    # -- saving ------------------------------------------------------------------------------
    def read_form(self) -> Background:
        return Background(
            episode_start=date_of(self.episode_start) if self.episode_known.isChecked() else None,
            age_at_first_episode=self.age_first.value() or None,
            earlier_episodes=None if self.earlier.value() < 0 else self.earlier.value(),
            family_history=self.family_entries(),
            childhood_adversity=self.adversity.currentData(),
            childhood_adversity_note=self.adversity_note.text(),
            other_conditions=tuple(p for p in self.other.text().replace(";", ",").split(",")),
        )

    def save(self) -> bool:
        try:
            saved = self.journal.save_background(self.read_form())
        except ValidationError as exc:
            qtutils.set_field_error(self.error, self.tr("Not saved: {field}: {message}"), exc)
            self.save_state.setText(self.tr("Not saved: see the problem above."))
            return False
        self.dirty = False
        self.ui_context.changed("background")
        self.save_state.setText(self.tr("Saved."))
        start = saved.episode_start
        self.ui_context.tell(
            self.tr("Saved your background; the current episode counts from {day}.").format(
                day=start.isoformat()
            )
            if start
            else self.tr("Saved your background.")
        )
        return True
