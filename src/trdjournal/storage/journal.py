"""The Journal: one open journal file and every read and write the app makes of it.

Every write is one transaction that also records a revision (the row before and after), so
edits and deletes can be undone and the history can be exported.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from sqlite_utils import Database

from trdjournal.domain import medication
from trdjournal.domain.background import Background, LifeEvent
from trdjournal.domain.dates import not_in_future, today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.labs import LabResult
from trdjournal.domain.model import (
    Appointment,
    CheckIn,
    CrisisLine,
    MedicationEvent,
    Questionnaire,
    Settings,
    TreatmentSession,
)
from trdjournal.storage import backup, cipher, rows
from trdjournal.storage.errors import JournalError, PassphraseRequiredError
from trdjournal.storage.opening import check_existing, create_private_file
from trdjournal.storage.schema import migrations


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _range_where(start: dt.date | None, end: dt.date | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if start is not None:
        clauses.append("date >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("date <= ?")
        params.append(end.isoformat())
    return (" AND ".join(clauses) or "1"), params


class DailyMeasures(NamedTuple):
    """The numbers of one logged day, as charts read them (no tags, notes or side effects)."""

    date: dt.date
    mood: int
    anxiety: int | None
    energy: int | None
    sleep_hours: float | None
    activity_minutes: int | None


@dataclasses.dataclass(frozen=True)
class Revision:
    id: int
    at: str
    table_name: str
    row_key: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    undone_at: str | None


class Journal:
    """An open journal. Use ``Journal.open(path)``; close it, or use it as a context manager."""

    def __init__(self, db: Database, path: Path | None, key: cipher.Key | None = None):
        self.db = db
        self.path = path
        # Kept so copies of an encrypted journal (backups) get the same key.
        self._key = key

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = True, passphrase: str | None = None
    ) -> Journal:
        """Open (or create) the journal at ``path``.

        An encrypted journal needs its ``passphrase``; a new file opened with one is created
        encrypted. A plain journal refuses a passphrase rather than pretend to be encrypted.
        """
        path = Path(path).expanduser()
        kind = cipher.file_kind(path)
        if kind == "encrypted" and passphrase is None:
            raise PassphraseRequiredError(
                f"{path} is encrypted (or is not a trdjournal journal): its passphrase is needed."
            )
        if kind == "plain" and passphrase is not None:
            raise JournalError(
                f"{path} is not encrypted, so it needs no passphrase "
                "(`trdjournal encrypt` encrypts it)."
            )
        if kind == "new" and not create:
            raise JournalError(f"There is no journal at {path}.")
        # Derived once, for the check and the connection both.
        key = None if passphrase is None else cipher.key_for(path, passphrase)
        if kind == "new":
            create_private_file(path)
        else:
            check_existing(path, key if kind == "encrypted" else None)
        if key is not None:
            conn = cipher.connect(path, key)
        else:
            try:
                conn = sqlite3.connect(str(path), check_same_thread=False)
            except sqlite3.Error as exc:
                raise JournalError(f"{path} cannot be opened: {exc}") from exc
        try:
            return cls._prepare(Database(conn, execute_plugins=False), path, key=key)
        except BaseException:
            conn.close()  # e.g. the backup before a migration failed: nothing was changed
            raise

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def passphrase(self) -> str | None:
        """The passphrase of an encrypted journal (None for a plain one)."""
        return None if self._key is None else self._key.passphrase

    @property
    def key(self) -> cipher.Key | None:
        """The key of an encrypted journal: its backups get the same one."""
        return self._key

    @classmethod
    def _prepare(cls, db: Database, path: Path | None, *, key: cipher.Key | None = None) -> Journal:
        db.conn.execute("PRAGMA foreign_keys = ON")
        if path is not None and db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.conn.execute("PRAGMA journal_mode = WAL")
        # Only touch the file when something is pending: reopening is a no-op.
        if migrations.pending(db):
            if path is not None and migrations.applied(db):
                # An existing journal is about to change shape: keep it as it was first. If
                # that backup fails (BackupFailed), the journal is left unmigrated and unchanged.
                backup.backup_connection(db.conn, path, "migration", passphrase=key)
            migrations.apply(db)
        return cls(db, path, key)

    def lock(self) -> None:
        """Close the file and drop the passphrase this object kept (the app locks);
        ``reopen(passphrase)`` opens it again."""
        self.close()
        self._key = None
        cipher.forget_keys()

    def reopen(self, passphrase: str | None = None) -> None:
        """Close and open this journal's file again, in place: after a lock, or once its
        passphrase changed. Everything holding this object keeps working. A wrong passphrase
        raises WrongPassphraseError and leaves the journal closed (as it was, if locked)."""
        if self.path is None:
            raise JournalError("An in-memory journal cannot be reopened.")
        self.close()
        fresh = Journal.open(self.path, create=False, passphrase=passphrase)
        self.db, self._key = fresh.db, fresh._key

    def pending_migrations(self) -> list[str]:
        return [m.name for m in migrations.pending(self.db)]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one write path ------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one all-or-nothing transaction (imports, demo)."""
        with self.db.atomic():
            yield

    def _record(self, table: str, key: Any, action: str, before: dict | None, after: dict | None):
        self.db["revisions"].insert(_revision(_now(), table, key, action, before, after))

    def _row(self, table: str, key: Any) -> dict[str, Any] | None:
        pk = rows.TABLES[table][3]
        found = list(self.db[table].rows_where(f"{pk} = ?", [key], limit=1))
        return found[0] if found else None

    def _put(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """Insert or replace one row, recording the revision, inside a transaction."""
        pk = rows.TABLES[table][3]
        with self.db.atomic():
            before = self._row(table, row[pk]) if row.get(pk) is not None else None
            if row.get(pk) is None:
                row = {k: v for k, v in row.items() if k != pk}
                key = self.db[table].insert(row).last_pk
                row = {pk: key, **row}
            else:
                self.db[table].upsert(row, pk=pk)
            self._record(table, row[pk], "update" if before else "insert", before, row)
        return row

    def _delete(self, table: str, key: Any) -> dict[str, Any]:
        pk = rows.TABLES[table][3]
        with self.db.atomic():
            before = self._row(table, key)
            if before is None:
                raise ValidationError(pk, f"there is no {table} row {key!r}")
            self.db[table].delete(key)
            self._record(table, key, "delete", before, None)
        return before

    def _select(self, table: str, where: str = "1", params: list | None = None, order="date, id"):
        from_row = rows.TABLES[table][2]
        cursor = self.db.execute(
            f"SELECT * FROM {table} WHERE {where} ORDER BY {order}", params or []
        )
        names = [d[0] for d in cursor.description]
        return [from_row(dict(zip(names, values, strict=True))) for values in cursor]

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
        where, params = _range_where(start, end)
        return self._select("checkins", where, params, order="date")

    def daily_measures(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[DailyMeasures]:
        """The check-ins' numbers by date, without building whole records: what a chart of a
        20-year journal needs, read in a few milliseconds instead of a few hundred."""
        where, params = _range_where(start, end)
        cursor = self.db.execute(
            "SELECT date, mood, anxiety, energy, sleep_hours, activity_minutes FROM checkins "
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
            raise ValidationError("id", "a new medication event has no id yet")
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
            raise ValidationError("id", "an edited medication event needs its id")
        not_in_future(event.date, what="medication event")
        with self.db.atomic():
            old = self._row("med_events", event.id)
            if old is None:
                raise ValidationError("id", f"there is no medication event {event.id}")
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
                raise ValidationError("id", f"there is no medication event {event_id}")
            remaining = [e for e in self.med_events(old["drug"]) if e.id != event_id]
            medication.check_sequence(remaining)
            self._delete("med_events", event_id)

    # -- treatment sessions, questionnaires, appointments ---------------------------------
    def add_session(self, session: TreatmentSession) -> TreatmentSession:
        not_in_future(session.date, what="treatment session")
        row = self._put("sessions", rows.session_to_row(session))
        return dataclasses.replace(session, id=row["id"])

    def update_session(self, session: TreatmentSession) -> TreatmentSession:
        not_in_future(session.date, what="treatment session")
        self._require("sessions", session.id)
        self._put("sessions", rows.session_to_row(session))
        return session

    def delete_session(self, session_id: int) -> None:
        self._delete("sessions", session_id)

    def sessions(self, start: dt.date | None = None, end: dt.date | None = None):
        where, params = _range_where(start, end)
        return self._select("sessions", where, params)

    def add_questionnaire(self, questionnaire: Questionnaire) -> Questionnaire:
        not_in_future(questionnaire.date, what="questionnaire")
        row = self._put("questionnaires", rows.questionnaire_to_row(questionnaire))
        return dataclasses.replace(questionnaire, id=row["id"])

    def update_questionnaire(self, questionnaire: Questionnaire) -> Questionnaire:
        not_in_future(questionnaire.date, what="questionnaire")
        self._require("questionnaires", questionnaire.id)
        self._put("questionnaires", rows.questionnaire_to_row(questionnaire))
        return questionnaire

    def delete_questionnaire(self, questionnaire_id: int) -> None:
        self._delete("questionnaires", questionnaire_id)

    def questionnaires(
        self,
        instrument: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> list[Questionnaire]:
        where, params = _range_where(start, end)
        if instrument is not None:
            where, params = f"{where} AND instrument = ?", [*params, instrument]
        return self._select("questionnaires", where, params)

    def add_appointment(self, appointment: Appointment) -> Appointment:
        row = self._put("appointments", rows.appointment_to_row(appointment))
        return dataclasses.replace(appointment, id=row["id"])

    def update_appointment(self, appointment: Appointment) -> Appointment:
        self._require("appointments", appointment.id)
        self._put("appointments", rows.appointment_to_row(appointment))
        return appointment

    def delete_appointment(self, appointment_id: int) -> None:
        self._delete("appointments", appointment_id)

    def appointments(self, start: dt.date | None = None, end: dt.date | None = None):
        where, params = _range_where(start, end)
        return self._select("appointments", where, params)

    def _require(self, table: str, key: Any) -> None:
        if key is None or self._row(table, key) is None:
            raise ValidationError("id", f"there is no {table} row {key!r} to edit")

    # -- background, life events, lab results -------------------------------------------
    def background(self) -> Background:
        row = self._row("background", rows.BACKGROUND_ROW_ID)
        return rows.background_from_row(row) if row else Background()

    def save_background(self, background: Background) -> Background:
        _check_episode_start(background)
        self._put("background", rows.background_to_row(background))
        return background

    def add_life_event(self, event: LifeEvent) -> LifeEvent:
        not_in_future(event.date, what="life event")
        row = self._put("life_events", rows.life_event_to_row(dataclasses.replace(event, id=None)))
        return dataclasses.replace(event, id=row["id"])

    def update_life_event(self, event: LifeEvent) -> LifeEvent:
        not_in_future(event.date, what="life event")
        self._require("life_events", event.id)
        self._put("life_events", rows.life_event_to_row(event))
        return event

    def delete_life_event(self, event_id: int) -> None:
        self._delete("life_events", event_id)

    def life_events(self, start: dt.date | None = None, end: dt.date | None = None):
        where, params = _range_where(start, end)
        return self._select("life_events", where, params)

    def add_lab_result(self, result: LabResult) -> LabResult:
        not_in_future(result.date, what="lab result")
        row = self._put("lab_results", rows.lab_result_to_row(dataclasses.replace(result, id=None)))
        return dataclasses.replace(result, id=row["id"])

    def update_lab_result(self, result: LabResult) -> LabResult:
        not_in_future(result.date, what="lab result")
        self._require("lab_results", result.id)
        self._put("lab_results", rows.lab_result_to_row(result))
        return result

    def delete_lab_result(self, result_id: int) -> None:
        self._delete("lab_results", result_id)

    def lab_results(
        self, start: dt.date | None = None, end: dt.date | None = None, name: str | None = None
    ) -> list[LabResult]:
        where, params = _range_where(start, end)
        if name is not None:
            where, params = f"{where} AND name = ?", [*params, name]
        return self._select("lab_results", where, params)

    # -- settings ----------------------------------------------------------------------
    def settings(self) -> Settings:
        stored = {r["key"]: json.loads(r["value"]) for r in self.db["settings"].rows}
        known = {f.name for f in dataclasses.fields(Settings)}
        values = {k: v for k, v in stored.items() if k in known}
        if values.get("crisis_lines") is not None:
            values["crisis_lines"] = tuple(CrisisLine(**line) for line in values["crisis_lines"])
        return Settings(**values)

    def save_settings(self, settings: Settings) -> None:
        plain = dataclasses.asdict(settings)
        with self.db.atomic():
            for key, value in plain.items():
                self.db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")

    # -- history -----------------------------------------------------------------------
    def revisions(self) -> list[Revision]:
        return [_revision_from_row(r) for r in self.db["revisions"].rows_where(order_by="id")]

    def undo_last(self) -> Revision | None:
        """Revert the newest change not yet undone; returns it, or None when nothing is left."""
        with self.db.atomic():
            found = list(
                self.db["revisions"].rows_where("undone_at IS NULL", order_by="id DESC", limit=1)
            )
            if not found:
                return None
            rev = found[0]
            table, pk = rev["table_name"], rows.TABLES[rev["table_name"]][3]
            key: Any = rev["row_key"] if pk == "date" else int(rev["row_key"])
            if rev["before"] is None:
                self.db[table].delete(key)
            else:
                self.db[table].upsert(json.loads(rev["before"]), pk=pk)
            self.db["revisions"].update(rev["id"], {"undone_at": _now()})
        # Read back the one row, not the whole history (tens of thousands after an import).
        return _revision_from_row(self.db["revisions"].get(rev["id"]))

    # -- many rows at once ---------------------------------------------------------------
    def add_many(
        self,
        *,
        checkins: list[CheckIn] = (),  # type: ignore[assignment]
        med_events: list[MedicationEvent] = (),  # type: ignore[assignment]
        sessions: list[TreatmentSession] = (),  # type: ignore[assignment]
        questionnaires: list[Questionnaire] = (),  # type: ignore[assignment]
        appointments: list[Appointment] = (),  # type: ignore[assignment]
        life_events: list[LifeEvent] = (),  # type: ignore[assignment]
        lab_results: list[LabResult] = (),  # type: ignore[assignment]
        background: Background | None = None,
        record_revisions: bool = True,
    ) -> dict[str, int]:
        """Insert many new records in one all-or-nothing transaction (demo, import).

        The same rules as the one-at-a-time methods hold: nothing in the future but
        appointments, each drug's events form valid courses, one check-in per day.
        """
        for record in [
            *checkins,
            *med_events,
            *sessions,
            *questionnaires,
            *life_events,
            *lab_results,
        ]:
            not_in_future(record.date)
        batches = {
            "checkins": [rows.checkin_to_row(c) for c in checkins],
            "med_events": [rows.med_event_to_row(e) for e in med_events],
            "sessions": [rows.session_to_row(s) for s in sessions],
            "questionnaires": [rows.questionnaire_to_row(q) for q in questionnaires],
            "appointments": [rows.appointment_to_row(a) for a in appointments],
            "life_events": [rows.life_event_to_row(e) for e in life_events],
            "lab_results": [rows.lab_result_to_row(r) for r in lab_results],
            "background": [rows.background_to_row(background)] if background else [],
        }
        if background is not None:
            _check_episode_start(background)
        with self.db.atomic():
            for drug, new in medication.by_drug(med_events).items():
                # new events have no id yet: they order after existing ones on the same day
                medication.check_sequence([*self.med_events(drug), *new])
            days = [row["date"] for row in batches["checkins"]]
            if len(set(days)) != len(days):
                raise ValidationError("date", "two check-ins for one day in the same batch")
            clash = sorted(self._checkin_rows(days))
            if clash:
                raise ValidationError("date", f"{clash[0]} already has a check-in")
            stamp, revisions = _now(), []
            for table, batch in batches.items():
                pk = rows.TABLES[table][3]
                before = None
                if table == "background" and batch:  # one row, always id 1: replace it
                    before = self._row(table, rows.BACKGROUND_ROW_ID)
                    self._write_rows(table, batch, upsert=pk)
                else:
                    if pk == "id":  # the ids SQLite would give, one after another
                        last = self.db.execute(f"SELECT max(id) FROM [{table}]").fetchone()[0]
                        for new_id, row in enumerate(batch, start=(last or 0) + 1):
                            row["id"] = new_id
                    self._write_rows(table, batch)
                if record_revisions:  # a replaced background keeps its before-row for undo
                    action = "update" if before else "insert"
                    revisions += [
                        _revision(stamp, table, row[pk], action, before, row) for row in batch
                    ]
            self._write_rows("revisions", revisions)
        return {table: len(batch) for table, batch in batches.items()}

    # -- whole journal -----------------------------------------------------------------
    def is_empty(self) -> bool:
        return all(self.db[table].count == 0 for table in rows.TABLES)

    def is_blank(self) -> bool:
        """No records, no settings and no history: what a whole journal loads into."""
        return self.is_empty() and not self.db["revisions"].count and not self.db["settings"].count

    def counts(self) -> dict[str, int]:
        return {table: self.db[table].count for table in rows.TABLES}

    # -- import and export ---------------------------------------------------------------
    def settings_items(self) -> dict[str, Any]:
        """Every stored setting as saved (unknown keys included), for a lossless export."""
        return {
            r["key"]: json.loads(r["value"]) for r in self.db["settings"].rows_where(order_by="key")
        }

    def merge_checkins(self, checkins: list[CheckIn]) -> None:
        """Create or replace many days' check-ins in one transaction (imports).

        Each replaced day keeps its previous version in the history, as ``save_checkin`` does.
        """
        latest = max((c.date for c in checkins), default=None)
        if latest is not None:
            not_in_future(latest, what="check-in")
        new_rows = [rows.checkin_to_row(c) for c in checkins]
        if len({r["date"] for r in new_rows}) != len(new_rows):
            raise ValidationError("date", "two check-ins for one day in the same batch")
        with self.db.atomic():
            before = self._checkin_rows(r["date"] for r in new_rows)
            stamp = _now()
            self._write_rows("checkins", new_rows, upsert="date")
            self._write_rows(
                "revisions",
                [
                    _revision(
                        stamp,
                        "checkins",
                        row["date"],
                        "update" if row["date"] in before else "insert",
                        before.get(row["date"]),
                        row,
                    )
                    for row in new_rows
                ],
            )

    def _checkin_rows(self, days: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The stored check-in rows of these days (ISO dates), by date. A query takes at most
        999 parameters, so for many days the whole table is read and filtered."""
        wanted = set(days)
        if not wanted:
            return {}
        if len(wanted) < 900:
            marks = ",".join("?" * len(wanted))
            cursor = self.db.execute(f"SELECT * FROM checkins WHERE date IN ({marks})", [*wanted])
        else:
            cursor = self.db.execute("SELECT * FROM checkins")
        names = [d[0] for d in cursor.description]
        found = (dict(zip(names, values, strict=True)) for values in cursor)
        return {row["date"]: row for row in found if row["date"] in wanted}

    def _write_rows(self, table: str, batch: list[dict[str, Any]], *, upsert: str = "") -> None:
        """Many rows of one shape with one prepared statement (imports, restores): for
        thousands of rows sqlite-utils' per-row work costs more than SQLite's own."""
        if not batch:
            return
        columns = list(batch[0])
        sql = (
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        if upsert:
            updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != upsert)
            sql += f" ON CONFLICT([{upsert}]) DO UPDATE SET {updates}"
        self.db.conn.executemany(sql, [tuple(row[c] for c in columns) for row in batch])

    def load_whole(
        self,
        records: dict[str, list[Any]],
        settings: dict[str, Any],
        revisions: list[dict[str, Any]],
    ) -> None:
        """Fill an EMPTY journal with another journal's records, ids, settings and history,
        exactly (restoring an export). ``records`` maps table names to domain records."""
        with self.db.atomic():
            if not self.is_blank():
                raise JournalError(
                    "The journal is not empty; a whole journal loads only into an empty one."
                )
            for table, batch in records.items():
                to_row = rows.TABLES[table][1]
                self._write_rows(table, [to_row(r) for r in batch])
            self._write_rows(
                "settings", [{"key": k, "value": json.dumps(v)} for k, v in settings.items()]
            )
            self._write_rows(
                "revisions",
                [
                    {
                        "id": r["id"],
                        "at": r["at"],
                        "table_name": r["table_name"],
                        "row_key": r["row_key"],
                        "action": r["action"],
                        "before": _json_or_none(r["before"]),
                        "after": _json_or_none(r["after"]),
                        "undone_at": r["undone_at"],
                    }
                    for r in revisions
                ],
            )


def _revision_from_row(r: dict[str, Any]) -> Revision:
    return Revision(
        id=r["id"],
        at=r["at"],
        table_name=r["table_name"],
        row_key=r["row_key"],
        action=r["action"],
        before=json.loads(r["before"]) if r["before"] else None,
        after=json.loads(r["after"]) if r["after"] else None,
        undone_at=r["undone_at"],
    )


def _check_episode_start(background: Background) -> None:
    start = background.episode_start
    if start is not None and start > today():
        raise ValidationError(
            "episode_start", f"{start.isoformat()} is in the future; use today or an earlier day"
        )


_row_json = json.JSONEncoder(ensure_ascii=False).encode


def _json_or_none(value: Any) -> str | None:
    return None if value is None else _row_json(value)


def _revision(
    at: str, table: str, key: Any, action: str, before: dict | None, after: dict | None
) -> dict[str, Any]:
    """One history row: the row before and after a write, as JSON."""
    return {
        "at": at,
        "table_name": table,
        "row_key": str(key),
        "action": action,
        "before": _json_or_none(before),
        "after": _json_or_none(after),
        "undone_at": None,
    }
