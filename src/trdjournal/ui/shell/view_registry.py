"""The one list of main views: navigation, shortcuts (Ctrl+1..N), state and screenshots all
read it. To add a view, add one entry; its module is imported on first show only.

A view is a QWidget built as ``factory(ui_context)``. It may define ``open_item(argument)``
to show something another view asked for (the Journal asks Today to edit a day).
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from trdjournal.ui.base.ui_context import UiContext


@dataclasses.dataclass(frozen=True)
class ViewSpec:
    key: str  # stable id: saved as the last view, used for screenshot file names
    title: str  # shown in the navigation list, translated with label()
    factory: Callable[[UiContext], QWidget]

    def label(self) -> str:
        """The title in the user's language."""
        return QCoreApplication.translate("views", self.title)


def lazy(spec: str) -> Callable[[UiContext], QWidget]:
    """``"module:Class"`` built on first use, so start-up imports only the first view."""

    def build(ui_context: UiContext) -> QWidget:
        module, _, attr = spec.partition(":")
        return getattr(importlib.import_module(module), attr)(ui_context)

    build.__qualname__ = f"lazy({spec})"
    return build


VIEWS: list[ViewSpec] = [
    ViewSpec(
        "today",
        QT_TRANSLATE_NOOP("views", "Today"),
        lazy("trdjournal.ui.views.today_view:TodayView"),
    ),
    ViewSpec(
        "journal",
        QT_TRANSLATE_NOOP("views", "Journal"),
        lazy("trdjournal.ui.views.journal_view:JournalView"),
    ),
    ViewSpec(
        "treatments",
        QT_TRANSLATE_NOOP("views", "Treatments"),
        lazy("trdjournal.ui.views.treatments_view:TreatmentsView"),
    ),
    ViewSpec(
        "questionnaires",
        QT_TRANSLATE_NOOP("views", "Questionnaires"),
        lazy("trdjournal.ui.views.questionnaires_view:QuestionnairesView"),
    ),
    ViewSpec(
        "charts",
        QT_TRANSLATE_NOOP("views", "Charts"),
        lazy("trdjournal.ui.views.charts_view:ChartsView"),
    ),
    ViewSpec(
        "trials",
        QT_TRANSLATE_NOOP("views", "Trials"),
        lazy("trdjournal.ui.views.trials_view:TrialsView"),
    ),
    ViewSpec(
        "events",
        QT_TRANSLATE_NOOP("views", "Events & labs"),
        lazy("trdjournal.ui.views.events_labs_view:EventsLabsView"),
    ),
    ViewSpec(
        "background",
        QT_TRANSLATE_NOOP("views", "Background"),
        lazy("trdjournal.ui.views.background_view:BackgroundView"),
    ),
    ViewSpec(
        "settings",
        QT_TRANSLATE_NOOP("views", "Settings"),
        lazy("trdjournal.ui.views.settings_view:SettingsView"),
    ),
]


def view_spec(key: str) -> ViewSpec | None:
    return next((spec for spec in VIEWS if spec.key == key), None)
