"""What an import brings, before it touches the journal, and the errors a file can raise."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from trdjournal.domain.background import Background, LifeEvent
from trdjournal.domain.device import DeviceValue
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.labs import LabResult
from trdjournal.domain.model import (
    Appointment,
    CheckIn,
    MedicationEvent,
    MissedDose,
    Questionnaire,
    TreatmentSession,
)
from trdjournal.domain.pgx import PgxResult
from trdjournal.i18n import _, ngettext

CHECKIN_FIELDS = frozenset(f.name for f in dataclasses.fields(CheckIn))


class MalformedFile(ValidationError):
    """A file that cannot be imported. ``where`` is "line 12" (or "checkins[3]" in JSON)."""

    def __init__(self, file: Path | str, where: str, reason: str):
        super().__init__(str(file), f"{where}: {reason}")
        self.file = str(file)
        self.where = where
        self.reason = reason

    @property
    def sentence(self) -> str:
        """The reason closed as a sentence: a full stop unless it ends in one, or asks ("?")."""
        return self.reason if self.reason.endswith((".", "?", "!")) else self.reason + "."


class UnknownMoodLabels(ValidationError):
    """Daylio mood labels the mood map does not know; the message says how to map them."""

    def __init__(self, labels: dict[str, tuple[int, int]], known: set[str] | None = None):
        listed = ", ".join(
            ngettext(
                '"{label}" ({count} entry, first on line {line})',
                '"{label}" ({count} entries, first on line {line})',
                count,
            ).format(label=label, count=count, line=line)
            for label, (count, line) in labels.items()
        )
        example = ",".join(f"{label}=N" for label in labels)
        super().__init__(
            "--mood-map",
            _(
                "the mood labels {listed} are not in the mood map. Give each a mood from 0 "
                '(worst) to 10 (best), for example --mood-map "{example}" (the defaults are '
                "rad=9, good=7, meh=5, bad=3, awful=1). Nothing was imported."
            ).format(listed=listed, example=example),
        )
        self.labels = labels
        self.known = known or set()  # the labels of the file that the map did know


@dataclasses.dataclass
class Incoming:
    """Records read from a file. ``fields`` are the check-in fields the source knows: when a
    day already has a check-in, only those are replaced and the rest of the day is kept."""

    source: str
    checkins: list[CheckIn] = dataclasses.field(default_factory=list)
    fields: frozenset[str] = CHECKIN_FIELDS
    med_events: list[MedicationEvent] = dataclasses.field(default_factory=list)
    sessions: list[TreatmentSession] = dataclasses.field(default_factory=list)
    questionnaires: list[Questionnaire] = dataclasses.field(default_factory=list)
    appointments: list[Appointment] = dataclasses.field(default_factory=list)
    life_events: list[LifeEvent] = dataclasses.field(default_factory=list)
    lab_results: list[LabResult] = dataclasses.field(default_factory=list)
    pgx_results: list[PgxResult] = dataclasses.field(default_factory=list)
    missed_doses: list[MissedDose] = dataclasses.field(default_factory=list)
    device_values: list[DeviceValue] = dataclasses.field(default_factory=list)
    background: Background | None = None
    # A whole trdjournal journal: its settings and history, loaded as they are into an empty one.
    settings: dict[str, Any] | None = None
    revisions: list[dict[str, Any]] | None = None
    rows_skipped: int = 0  # rows of the file that are not entries (eMoods' unlogged days)
    notes: list[str] = dataclasses.field(default_factory=list)
    entries: int | None = None  # entries in the file (None: one record is one check-in)
    days_merged: int = 0  # days that had several entries, merged into one check-in
    encoding: str | None = None  # how a text file was decoded (named in the summary)
    # Fields for days that have no mood (eMoods' sleep-only days): added to the journal's
    # check-in of that day when it has one, else counted as not imported.
    partials: list[tuple[Any, dict[str, Any]]] = dataclasses.field(default_factory=list)
