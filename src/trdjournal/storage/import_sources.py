"""What each app's import last wrote for a day: the memory behind incremental re-imports.

One row per (source app, day): the check-in as it was written, as canonical JSON. A day whose
check-in still equals it was not changed in trdjournal since, so a newer export may update it;
any other day that the file would change is in conflict and kept (exchange/importer.py).
"""

from __future__ import annotations

from sqlite_utils import Database

from trdjournal.storage.revisions import now

TABLE = "import_sources"


def last_imported(db: Database, source: str) -> dict[str, str]:
    """ISO day -> the check-in JSON this source's last import wrote for it."""
    if TABLE not in db.table_names():
        return {}
    cursor = db.execute(f"SELECT date, content FROM {TABLE} WHERE source = ?", [source])
    return dict(cursor.fetchall())


def remember(db: Database, source: str, contents: dict[str, str]) -> None:
    """Record (inside the import's transaction) what was written or found equal, by ISO day."""
    stamp = now()
    db[TABLE].upsert_all(
        (
            {"source": source, "date": day, "content": content, "imported_at": stamp}
            for day, content in contents.items()
        ),
        pk=("source", "date"),
    )
