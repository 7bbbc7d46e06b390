"""The Settings view's thresholds of courses and adherence (resources/courses.json): the
adherence cut-off of a fair medication trial and the minimum sessions of an adequate course,
each with its source as a tooltip. A value left at the resource's default is stored as "the
default", so a corrected default reaches the user."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSpinBox, QWidget

from trdjournal.domain import course_rules
from trdjournal.domain.model import Settings
from trdjournal.i18n import _ as core_text
from trdjournal.ui.base import qtutils


class CourseSettingsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.adherence = QSpinBox()
        self.adherence.setRange(*course_rules.ADHERENCE_RANGE)
        self.adherence.setSuffix(" %")
        qtutils.accessible(
            self.adherence,
            self.tr("Adherence of a fair trial"),
            course_rules.adherence_basis(),
        )
        rows: list[tuple[str, QWidget]] = [(self.tr("Fair trial: days taken"), self.adherence)]
        self.minimums: dict[str, QSpinBox] = {}
        for key, default in course_rules.threshold_keys().items():
            kind, _, detail = key.partition(":")
            rule = course_rules.rule(kind)
            label = (
                f"{core_text(rule.label)}, {core_text(detail)}" if detail else core_text(rule.label)
            )
            if not detail and rule.min_sessions_by_detail:
                label = self.tr("{kind}, {detail} not given").format(
                    kind=core_text(rule.label), detail=core_text(rule.detail_name)
                )
            spin = QSpinBox()
            spin.setRange(*course_rules.MIN_SESSIONS_RANGE)
            spin.setSuffix(self.tr(" sessions"))
            source = course_rules.basis(core_text(rule.rule), rule.reference, verify=rule.verify)
            qtutils.accessible(
                spin,
                self.tr("Minimum sessions: {label}").format(label=label),
                self.tr("Default {default}. {source}").format(default=default, source=source),
            )
            self.minimums[key] = spin
            rows.append((label, spin))
        self.setLayout(
            qtutils.vbox(
                qtutils.heading(self.tr("Courses and adherence"), 2),
                qtutils.wrapped(
                    self.tr(
                        "A medication trial taken on fewer days than this is not a fair trial. "
                        "A course of sessions is adequate with at least these many sessions "
                        "(hover for the source of each default)."
                    ),
                    muted=True,
                ),
                qtutils.form(*rows),
            )
        )

    def load(self, settings: Settings) -> None:
        self.adherence.setValue(settings.adherence_min_percent)
        chosen = settings.course_min_sessions or {}
        for key, default in course_rules.threshold_keys().items():
            self.minimums[key].setValue(chosen.get(key, default))

    def values(self) -> dict[str, Any]:
        defaults = course_rules.threshold_keys()
        changed = {
            key: spin.value()
            for key, spin in self.minimums.items()
            if spin.value() != defaults[key]
        }
        return {
            "adherence_min_percent": self.adherence.value(),
            "course_min_sessions": changed or None,
        }
