"""The one write path every Journal method goes through, and undo.

Each write runs in a transaction and records a revision (the row before and after), so edits
and deletes can be undone and the history can be exported. ``Store`` holds the connection;
records.py and bulk.py build the Journal's record methods on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import _
from trdjournal.storage import cipher, rows
from trdjournal.storage.errors import JournalError
from trdjournal.storage.revisions import Revision, now, revision_from_row, revision_row


class Store:
    """An open connection and the single-row writes that record their revision."""

    def __init__(self, db: Database, path: Path | None, key: cipher.Key | None = None):
        self.db = db
        self.path = path
        # Kept so copies of an encrypted journal (backups) get the same key.
        self._key = key

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one all-or-nothing transaction (imports, demo)."""
        with self.db.atomic():
            yield

    def _record(self, table: str, key: Any, action: str, before: dict | None, after: dict | None):
        self.db["revisions"].insert(revision_row(now(), table, key, action, before, after))

    def _row(self, table: str, key: Any) -> dict[str, Any] | None:
        pk = rows.TABLES[table][3]
        found = list(self.db[table].rows_where(f"{pk} = ?", [key], limit=1))
        return found[0] if found else None

    def _put(self, table: str, row: dict[str, Any], *, existing: bool = False) -> dict[str, Any]:
        """Insert or replace one row, recording the revision, inside a transaction.
        ``existing``: an edit, refused unless the row is there (read once, in the transaction)."""
        pk = rows.TABLES[table][3]
        with self.db.atomic():
            before = self._row(table, row[pk]) if row.get(pk) is not None else None
            if existing and before is None:
                raise ValidationError(
                    "id",
                    _("there is no {table} row {key} to edit").format(
                        table=table, key=repr(row.get(pk))
                    ),
                )
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
                raise ValidationError(
                    pk, _("there is no {table} row {key}").format(table=table, key=repr(key))
                )
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

    # -- history -----------------------------------------------------------------------
    def revisions(self) -> list[Revision]:
        return [revision_from_row(r) for r in self.db["revisions"].rows_where(order_by="id")]

    def has_history(self) -> bool:
        """Whether any change was ever saved (undone or not): a new journal has none."""
        return self._has_rows("revisions")

    def _has_rows(self, table: str) -> bool:
        # One row looked at, not all of them counted (the history runs to tens of thousands).
        return self.db.execute(f"SELECT EXISTS (SELECT 1 FROM [{table}])").fetchone()[0] == 1

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
                try:
                    before = rows.validated_row(table, json.loads(rev["before"]))
                except ValueError as exc:
                    raise JournalError(
                        _(
                            "The last change (history entry {value}) cannot be undone: the row it would bring back {exc}. Nothing was changed."
                        ).format(value=rev["id"], exc=exc)
                    ) from None
                self.db[table].upsert(before, pk=pk)
            self.db["revisions"].update(rev["id"], {"undone_at": now()})
        # Read back the one row, not the whole history (tens of thousands after an import).
        return revision_from_row(self.db["revisions"].get(rev["id"]))
