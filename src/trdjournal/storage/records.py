"""The Journal's record methods: check-ins, medication, background, and one typed path for the
records that are simply added, edited, deleted and listed by date.

Sessions, questionnaires, appointments, life events and lab results differ only in what their
``RecordTable`` says; check-ins (one per day, keyed by date), medication events (each drug's
course must stay valid) and the background (a single row) keep their own rules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, NamedTuple

from trdjournal.domain import medication
from trdjournal.domain.background import Background, LifeEvent
from trdjournal.domain.dates import not_in_future, today
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
from trdjournal.i18n import _
from trdjournal.storage import rows
from trdjournal.storage.store import Store


def range_where(start: dt.date | None, end: dt.date | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if start is not None:
        clauses.append("date >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("date <= ?")
        params.append(end.isoformat())
    return (" AND ".join(clauses) or "1"), params


def check_episode_start(background: Background) -> None:
    start = background.episode_start
    if start is not None and start > today():
        raise ValidationError(
            "episode_start",
            _("{value} is in the future; use today or an earlier day").format(
                value=start.isoformat()
            ),
        )


def check_pgx_date(result: PgxResult) -> None:
    if result.date is not None:
        not_in_future(result.date, what="pharmacogenomic test")


class DailyMeasures(NamedTuple):
    """The numbers of one logged day, as charts read them (no tags, notes or side effects)."""

    date: dt.date
    mood: int  # None on a day that has device values only (storage/device_store.py)
    anxiety: int | None
    energy: int | None
    sleep_hours: float | None
    activity_minutes: int | None
    elevated: int | None = None
    irritability: int | None = None
    sources: dict[str, str] = {}  # noqa: RUF012 - field -> device, for values a device filled


@dataclasses.dataclass(frozen=True)
class RecordTable:
    """What the typed path needs to know of one record type (its row shape is in rows.TABLES)."""

    table: str
    # Names the record in "is in the future" refusals; None: future dates are allowed.
    future_what: str | None
    # Drop the id a new record arrives with (an imported one's), so the journal gives its own.
    new_id: bool = False


SESSIONS = RecordTable("sessions", "treatment session")
QUESTIONNAIRES = RecordTable("questionnaires", "questionnaire")
APPOINTMENTS = RecordTable("appointments", None)  # appointments are planned ahead
LIFE_EVENTS = RecordTable("life_events", "life event", new_id=True)
LAB_RESULTS = RecordTable("lab_results", "lab result", new_id=True)
# The test date may be unknown (None), so the future check is pgx-specific (below).
PGX_RESULTS = RecordTable("pgx_results", None, new_id=True)
MISSED_DOSES = RecordTable("missed_doses", "missed dose")


class Records(Store):
    # -- the typed path ------------------------------------------------------------------
    def _add(self, spec: RecordTable, record: Any) -> Any:
        if spec.future_what is not None:
            not_in_future(record.date, what=spec.future_what)
        stored = dataclasses.replace(record, id=None) if spec.new_id else record
        row = self._put(spec.table, rows.TABLES[spec.table][1](stored))
        return dataclasses.replace(record, id=row["id"])

    def _update(self, spec: RecordTable, record: Any) -> Any:
        if spec.future_what is not None:
            not_in_future(record.date, what=spec.future_what)
        self._put(spec.table, rows.TABLES[spec.table][1](record), existing=True)
        return record

    def record(self, table: str, record_id: int) -> Any | None:
        """The record of ``table`` ("med_events", "sessions", ...) with this id, or None: one
        row read by its primary key, for a command that names one record (``edit ID``)."""
        row = self._row(table, record_id)
        return rows.TABLES[table][2](row) if row is not None else None

    def _list(
        self, spec: RecordTable, start: dt.date | None, end: dt.date | None, **equal: Any
    ) -> list[Any]:
        """Records by date (then id), from ``start`` to ``end``, with the given column values."""
        where, params = range_where(start, end)
        for column, value in equal.items():
            if value is not None:
                where, params = f"{where} AND {column} = ?", [*params, value]
        return self._select(spec.table, where, params)

    # -- check-ins ---------------------------------------------------------------------
    def save_checkin(self, checkin: CheckIn) -> CheckIn:
        """Create or replace the check-in of ``checkin.date``."""
        not_in_future(checkin.date, what="check-in")
        self._put("checkins", rows.checkin_to_row(checkin))
        return checkin

    def checkin(self, day: dt.date) -> CheckIn | None:
        row = self._row("checkins", day.isoformat())
        return rows.checkin_from_row(row) if row else None

    def checkins(self, start: dt.date | None = None, end: dt.date | None = None) -> list[CheckIn]:
        where, params = range_where(start, end)
        return self._select("checkins", where, params, order="date")

    def daily_measures(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[DailyMeasures]:
        """The check-ins' numbers by date, without building whole records: what a chart of a
        20-year journal needs, read in a few milliseconds instead of a few hundred."""
        where, params = range_where(start, end)
        cursor = self.db.execute(
            "SELECT date, mood, anxiety, energy, sleep_hours, activity_minutes, elevated, "
            "irritability FROM checkins "
            f"WHERE {where} ORDER BY date",
            params,
        )
        day = dt.date.fromisoformat
        return [DailyMeasures(day(row[0]), *row[1:]) for row in cursor.fetchall()]

    def delete_checkin(self, day: dt.date) -> None:
        self._delete("checkins", day.isoformat())

    # -- medication --------------------------------------------------------------------
    def med_events(self, drug: str | None = None) -> list[MedicationEvent]:
        if drug is None:
            return self._select("med_events")
        return self._select("med_events", "drug = ?", [drug])

    def add_med_event(self, event: MedicationEvent) -> MedicationEvent:
        """Log a start, change or stop; refused if it breaks the drug's sequence."""
        if event.id is not None:
            raise ValidationError("id", _("a new medication event has no id yet"))
        not_in_future(event.date, what="medication event")
        with self.db.atomic():
            existing = self.med_events(event.drug)
            if event.kind != "start":
                course = medication.regimen_on(existing, event.date)
                running = next((item for item in course if item.drug == event.drug), None)
                if running is not None:  # a change or stop belongs to the running course
                    event = dataclasses.replace(event, role=running.role, unit=running.unit)
            medication.check_sequence([*existing, event])
            row = self._put("med_events", rows.med_event_to_row(event))
        return dataclasses.replace(event, id=row["id"])

    def update_med_event(self, event: MedicationEvent) -> MedicationEvent:
        if event.id is None:
            raise ValidationError("id", _("an edited medication event needs its id"))
        not_in_future(event.date, what="medication event")
        with self.db.atomic():
            old = self._row("med_events", event.id)
            if old is None:
                raise ValidationError(
                    "id", _("there is no medication event {id}").format(id=event.id)
                )
            others = [e for e in self.med_events(event.drug) if e.id != event.id]
            medication.check_sequence([*others, event])
            if old["drug"] != event.drug:
                remaining = [e for e in self.med_events(old["drug"]) if e.id != event.id]
                medication.check_sequence(remaining)
            self._put("med_events", rows.med_event_to_row(event))
        return event

    def delete_med_event(self, event_id: int) -> None:
        with self.db.atomic():
            old = self._row("med_events", event_id)
            if old is None:
                raise ValidationError(
                    "id", _("there is no medication event {event_id}").format(event_id=event_id)
                )
            remaining = [e for e in self.med_events(old["drug"]) if e.id != event_id]
            medication.check_sequence(remaining)
            self._delete("med_events", event_id)

    # -- missed doses ------------------------------------------------------------------
    def add_missed_dose(self, missed: MissedDose) -> MissedDose:
        """Log doses of a drug not taken on a day; the drug must be running that day, and a
        day has one record per drug (refused twice, so a second click adds nothing)."""
        from trdjournal.domain.drugs import canonical_name

        missed = dataclasses.replace(missed, drug=canonical_name(missed.drug))
        with self.db.atomic():
            day = missed.date.isoformat()
            running = {item.drug for item in medication.regimen_on(self.med_events(), missed.date)}
            if missed.drug not in running:
                taking = ", ".join(sorted(running)) or _("nothing logged")
                raise ValidationError(
                    "drug",
                    _(
                        "{drug} is not running on {day} (taking then: {taking}); a missed dose belongs to a running drug"
                    ).format(drug=missed.drug, day=day, taking=taking),
                )
            if self._list(MISSED_DOSES, missed.date, missed.date, drug=missed.drug):
                raise ValidationError(
                    "date",
                    _("a missed dose of {drug} is already logged on {day}").format(
                        drug=missed.drug, day=day
                    ),
                )
            return self._add(MISSED_DOSES, missed)

    def delete_missed_dose(self, missed_id: int) -> None:
        self._delete(MISSED_DOSES.table, missed_id)

    def missed_doses(
        self, start: dt.date | None = None, end: dt.date | None = None, drug: str | None = None
    ) -> list[MissedDose]:
        return self._list(MISSED_DOSES, start, end, drug=drug)

    # -- treatment sessions, questionnaires, appointments ---------------------------------
    def add_session(self, session: TreatmentSession) -> TreatmentSession:
        return self._add(SESSIONS, session)

    def update_session(self, session: TreatmentSession) -> TreatmentSession:
        return self._update(SESSIONS, session)

    def delete_session(self, session_id: int) -> None:
        self._delete(SESSIONS.table, session_id)

    def sessions(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[TreatmentSession]:
        return self._list(SESSIONS, start, end)

    def add_questionnaire(self, questionnaire: Questionnaire) -> Questionnaire:
        return self._add(QUESTIONNAIRES, questionnaire)

    def update_questionnaire(self, questionnaire: Questionnaire) -> Questionnaire:
        return self._update(QUESTIONNAIRES, questionnaire)

    def delete_questionnaire(self, questionnaire_id: int) -> None:
        self._delete(QUESTIONNAIRES.table, questionnaire_id)

    def questionnaires(
        self,
        instrument: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> list[Questionnaire]:
        return self._list(QUESTIONNAIRES, start, end, instrument=instrument)

    def add_appointment(self, appointment: Appointment) -> Appointment:
        return self._add(APPOINTMENTS, appointment)

    def update_appointment(self, appointment: Appointment) -> Appointment:
        return self._update(APPOINTMENTS, appointment)

    def delete_appointment(self, appointment_id: int) -> None:
        self._delete(APPOINTMENTS.table, appointment_id)

    def appointments(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[Appointment]:
        return self._list(APPOINTMENTS, start, end)

    # -- background, life events, lab results -------------------------------------------
    def background(self) -> Background:
        row = self._row("background", rows.BACKGROUND_ROW_ID)
        return rows.background_from_row(row) if row else Background()

    def save_background(self, background: Background) -> Background:
        check_episode_start(background)
        self._put("background", rows.background_to_row(background))
        return background

    def add_life_event(self, event: LifeEvent) -> LifeEvent:
        return self._add(LIFE_EVENTS, event)

    def update_life_event(self, event: LifeEvent) -> LifeEvent:
        return self._update(LIFE_EVENTS, event)

    def delete_life_event(self, event_id: int) -> None:
        self._delete(LIFE_EVENTS.table, event_id)

    def life_events(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[LifeEvent]:
        return self._list(LIFE_EVENTS, start, end)

    def add_lab_result(self, result: LabResult) -> LabResult:
        return self._add(LAB_RESULTS, result)

    def update_lab_result(self, result: LabResult) -> LabResult:
        return self._update(LAB_RESULTS, result)

    def delete_lab_result(self, result_id: int) -> None:
        self._delete(LAB_RESULTS.table, result_id)

    def lab_results(
        self, start: dt.date | None = None, end: dt.date | None = None, name: str | None = None
    ) -> list[LabResult]:
        return self._list(LAB_RESULTS, start, end, name=name)

    # -- pharmacogenomic results -------------------------------------------------------
    def add_pgx_result(self, result: PgxResult) -> PgxResult:
        check_pgx_date(result)
        return self._add(PGX_RESULTS, result)

    def update_pgx_result(self, result: PgxResult) -> PgxResult:
        check_pgx_date(result)
        return self._update(PGX_RESULTS, result)

    def delete_pgx_result(self, result_id: int) -> None:
        self._delete(PGX_RESULTS.table, result_id)

    def pgx_results(self, gene: str | None = None) -> list[PgxResult]:
        """By gene, then test date (undated first), then id."""
        where, params = ("gene = ?", [gene]) if gene is not None else ("1", [])
        return self._select(PGX_RESULTS.table, where, params, order="gene, date, id")
