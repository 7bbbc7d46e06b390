"""Many rows at once, and the whole journal: batch inserts (demo, import), merged check-ins,
and loading another journal's records and history into an empty one (restoring an export).

Each is one all-or-nothing transaction with one prepared statement per table; the rules of the
one-at-a-time methods still hold, and every row still gets its revision.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from trdjournal.domain import medication
from trdjournal.domain.background import Background, LifeEvent
from trdjournal.domain.dates import not_in_future
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
from trdjournal.i18n import _
from trdjournal.storage import rows
from trdjournal.storage.errors import JournalError
from trdjournal.storage.records import check_episode_start
from trdjournal.storage.revisions import json_or_none, now, revision_row
from trdjournal.storage.store import Store


class Bulk(Store):
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
        missed_doses: list[MissedDose] = (),  # type: ignore[assignment]
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
            *missed_doses,
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
            "missed_doses": [rows.missed_dose_to_row(m) for m in missed_doses],
            "background": [rows.background_to_row(background)] if background else [],
        }
        if background is not None:
            check_episode_start(background)
        with self.db.atomic():
            for drug, new in medication.by_drug(med_events).items():
                # new events have no id yet: they order after existing ones on the same day
                existing = self._select("med_events", "drug = ?", [drug])
                medication.check_sequence([*existing, *new])
            days = [row["date"] for row in batches["checkins"]]
            if len(set(days)) != len(days):
                raise ValidationError("date", _("two check-ins for one day in the same batch"))
            clash = sorted(self._checkin_rows(days))
            if clash:
                raise ValidationError(
                    "date", _("{value} already has a check-in").format(value=clash[0])
                )
            stamp, revisions = now(), []
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
                        revision_row(stamp, table, row[pk], action, before, row) for row in batch
                    ]
            self._write_rows("revisions", revisions)
        return {table: len(batch) for table, batch in batches.items()}

    def merge_checkins(self, checkins: list[CheckIn]) -> None:
        """Create or replace many days' check-ins in one transaction (imports).

        Each replaced day keeps its previous version in the history, as ``save_checkin`` does.
        """
        latest = max((c.date for c in checkins), default=None)
        if latest is not None:
            not_in_future(latest, what="check-in")
        new_rows = [rows.checkin_to_row(c) for c in checkins]
        if len({r["date"] for r in new_rows}) != len(new_rows):
            raise ValidationError("date", _("two check-ins for one day in the same batch"))
        with self.db.atomic():
            before = self._checkin_rows(r["date"] for r in new_rows)
            stamp = now()
            self._write_rows("checkins", new_rows, upsert="date")
            self._write_rows(
                "revisions",
                [
                    revision_row(
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

    # -- whole journal -----------------------------------------------------------------
    def is_empty(self) -> bool:
        """No records (asked at every start, before the daily backup)."""
        return not any(self._has_rows(table) for table in rows.TABLES)

    def is_blank(self) -> bool:
        """No records, no settings and no history: what a whole journal loads into."""
        return self.is_empty() and not (self.has_history() or self._has_rows("settings"))

    def counts(self) -> dict[str, int]:
        return {table: self.db[table].count for table in rows.TABLES}

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
                    _("The journal is not empty; a whole journal loads only into an empty one.")
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
                        "before": json_or_none(r["before"]),
                        "after": json_or_none(r["after"]),
                        "undone_at": r["undone_at"],
                    }
                    for r in revisions
                ],
            )
