"""Importing a file into the journal: read it, plan what changes, back up, write it all at once.

- A day the journal does not have is added. A day it has is replaced by the file's values for
  the fields the file knows (empty values in the file keep the journal's), and skipped when
  that changes nothing: importing the same file twice adds nothing the second time.
- Medication events, sessions, questionnaires and appointments (trdjournal files) are added
  unless the journal already holds an identical one.
- A trdjournal export imported into an empty journal is loaded whole, ids, settings and
  history included, so export -> import -> export gives the same document.
- Everything is one transaction: a bad row, a clash or a crash leaves the journal as it was.
  An automatic backup is made just before writing.
"""

from __future__ import annotations

import dataclasses
import json
import time
import zipfile
from pathlib import Path
from typing import Any

from trdjournal.domain import medication
from trdjournal.domain.background import Background
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn, to_json_dict
from trdjournal.exchange import daylio, document, emoods, wearables
from trdjournal.exchange.incoming import Incoming
from trdjournal.exchange.wearables import importing
from trdjournal.storage import Journal, backup

FORMAT_NAMES = {"trdjournal": "trdjournal export", "daylio": "Daylio CSV", "emoods": "eMoods"}
FORMAT_NAMES.update(wearables.FORMAT_NAMES)  # issue 23: watches, rings and phones
FORMATS = tuple(FORMAT_NAMES)
TABLE_WORDS = {
    "checkins": "check-ins",
    "med_events": "medication events",
    "sessions": "treatment sessions",
    "questionnaires": "questionnaires",
    "appointments": "appointments",
    "life_events": "life events",
    "lab_results": "lab results",
    "pgx_results": "pharmacogenomic results",
    "device_values": "device values (sleep, steps, activity)",
    "background": "background profile",
}
OTHER_TABLES = tuple(t for t in document.RECORD_TABLES if t != "checkins")
BULK_TABLES = ("med_events", "sessions", "questionnaires", "appointments")  # Journal.add_many


def detect(path: Path) -> str:
    """The file's format from its content, or a ValidationError asking for --format."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("FILE", f"there is no file at {path}")
    if (device := wearables.detect(path)) is not None:
        return device
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            if emoods.entry_csv_name(archive) is not None:
                return "emoods"
        raise ValidationError(
            "FILE",
            f"{path} is a zip without an eMoods entry.csv. To import a trdjournal export, use "
            "the JSON one (the CSV zip is for spreadsheets).",
        )
    with path.open("rb") as handle:
        head = handle.read(4096).decode("utf-8-sig", errors="replace").lstrip()
    if head.startswith("{"):
        return "trdjournal"
    header = (
        {cell.strip().strip('"').lower() for cell in head.splitlines()[0].split(",")}
        if head
        else set()
    )
    if {"mood", "activities", "time"} <= header:
        return "daylio"
    if {"depressed", "anxiety", "sleep"} <= header:
        return "emoods"
    raise ValidationError(
        "--format",
        f"cannot tell what kind of file {path} is; give --format trdjournal, daylio or emoods",
    )


def read(path: Path, fmt: str, mood_map: dict[str, int] | None = None) -> Incoming:
    if mood_map is not None and fmt != "daylio":
        raise ValidationError(
            "--mood-map",
            f"only Daylio files have mood labels; this is {FORMAT_NAMES.get(fmt, fmt)}",
        )
    if fmt == "trdjournal":
        return document.parse(path)
    if fmt == "daylio":
        return daylio.parse(path, mood_map)
    if fmt == "emoods":
        return emoods.parse(path)
    raise ValidationError("--format", f"must be one of {', '.join(FORMATS)} (got {fmt!r})")


@dataclasses.dataclass
class ImportReport:
    file: Path
    format: str
    dry_run: bool
    whole: bool = False  # a whole journal loaded into an empty one
    added: dict[str, int] = dataclasses.field(default_factory=dict)
    replaced: dict[str, int] = dataclasses.field(default_factory=dict)
    skipped: dict[str, int] = dataclasses.field(default_factory=dict)
    revisions: int = 0
    settings: int = 0  # settings loaded with a whole journal
    notes: list[str] = dataclasses.field(default_factory=list)
    backup: Path | None = None
    seconds: dict[str, float] = dataclasses.field(default_factory=dict)

    @property
    def changes(self) -> int:
        return (
            sum(self.added.values()) + sum(self.replaced.values()) + self.revisions + self.settings
        )

    def lines(self) -> list[str]:
        """One line per kind of record: "check-ins: 12 added, 1 replaced, 3 skipped ..."."""
        add, replace = ("to add", "to replace") if self.dry_run else ("added", "replaced")
        out = []
        for table, word in TABLE_WORDS.items():
            counts = [self.added.get(table, 0), self.replaced.get(table, 0)]
            skipped = self.skipped.get(table, 0)
            if any(counts) or skipped:
                parts = [f"{counts[0]} {add}"]
                if table in ("checkins", "background"):
                    parts.append(f"{counts[1]} {replace}")
                parts.append(f"{skipped} skipped (already in the journal)")
                out.append(f"{word}: " + ", ".join(parts))
        if self.settings:
            out.append(f"settings: {self.settings} {'to load' if self.dry_run else 'loaded'}")
        if self.revisions:
            out.append(
                f"history: {self.revisions} revisions {'to load' if self.dry_run else 'loaded'}"
            )
        return out or ["nothing to import"]


@dataclasses.dataclass
class _Plan:
    whole: bool
    checkins: list[CheckIn]  # new and replaced days, as they will be written
    others: dict[str, list]
    background: Background | None = None  # to save (whole, or new or changed)


def _overlay(existing: CheckIn, incoming: CheckIn, fields: frozenset[str]) -> CheckIn:
    """The existing day with the file's non-empty values; the same object when none differ."""
    changes = {
        name: value
        for name in fields - {"date"}
        if (value := getattr(incoming, name)) not in (None, "", (), {})
        and value != getattr(existing, name)
    }
    return dataclasses.replace(existing, **changes) if changes else existing


def _content_key(record: Any) -> str:
    plain = to_json_dict(record)
    plain.pop("id", None)
    return json.dumps(plain, sort_keys=True)


def _plan(journal: Journal, incoming: Incoming, report: ImportReport) -> _Plan:
    if incoming.revisions is not None and journal.is_blank():
        report.whole = True
        for table in ("checkins", *OTHER_TABLES):
            report.added[table] = len(getattr(incoming, table))
        report.added["background"] = int(incoming.background is not None)
        report.revisions = len(incoming.revisions)
        report.settings = len(incoming.settings or {})
        others = {t: getattr(incoming, t) for t in OTHER_TABLES}
        return _Plan(True, incoming.checkins, others, incoming.background)
    if incoming.revisions:
        report.notes.append(
            f"The file's history ({len(incoming.revisions)} revisions) and settings were not "
            "merged: they are loaded only into an empty journal."
        )
    existing = {c.date: c for c in journal.checkins()}
    to_write, added, replaced, skipped = [], 0, 0, 0
    for checkin in incoming.checkins:
        old = existing.get(checkin.date)
        if old is None:
            to_write.append(checkin)
            added += 1
            continue
        merged = _overlay(old, checkin, incoming.fields)
        if merged is old:
            skipped += 1
        else:
            to_write.append(merged)
            replaced += 1
    report.added["checkins"], report.replaced["checkins"] = added, replaced
    report.skipped["checkins"] = skipped
    others: dict[str, list] = {}
    for table in OTHER_TABLES:
        records = getattr(incoming, table)
        if not records:
            continue
        have = {_content_key(r) for r in getattr(journal, table)()}
        fresh = [dataclasses.replace(r, id=None) for r in records if _content_key(r) not in have]
        others[table] = fresh
        report.added[table], report.skipped[table] = len(fresh), len(records) - len(fresh)
    background = None
    if incoming.background is not None:
        current = journal.background()
        if current == incoming.background:
            report.skipped["background"] = 1
        else:
            background = incoming.background
            counts = report.added if current.is_empty() else report.replaced
            counts["background"] = 1
    return _Plan(False, to_write, others, background)


def _write(journal: Journal, plan: _Plan, incoming: Incoming) -> None:
    if plan.whole:
        for events in medication.by_drug(plan.others["med_events"]).values():
            medication.check_sequence(events)
        single = {"background": [plan.background]} if plan.background is not None else {}
        journal.load_whole(
            {"checkins": plan.checkins, **plan.others, **single},
            incoming.settings or {},
            incoming.revisions or [],
        )
        return
    with journal.transaction():
        if plan.checkins:
            journal.merge_checkins(plan.checkins)
        try:
            bulk = {t: records for t, records in plan.others.items() if t in BULK_TABLES}
            if any(bulk.values()):
                journal.add_many(**bulk)
            for event in plan.others.get("life_events", []):  # few: one at a time
                journal.add_life_event(event)
            for result in plan.others.get("lab_results", []):
                journal.add_lab_result(result)
            for result in plan.others.get("pgx_results", []):
                journal.add_pgx_result(result)
            journal.add_device_values(plan.others.get("device_values", []))
            if plan.background is not None:
                journal.save_background(plan.background)
        except ValidationError as exc:
            raise ValidationError(
                "FILE",
                f"the file's records do not fit the journal's ({exc.field}: {exc.message}). "
                "Nothing was imported.",
            ) from exc


def import_file(
    journal: Journal,
    path: Path,
    fmt: str | None = None,
    mood_map: dict[str, int] | None = None,
    *,
    dry_run: bool = False,
) -> ImportReport:
    """Import ``path`` (format detected when ``fmt`` is None) in one transaction."""
    path = Path(path).expanduser()
    started = time.perf_counter()
    fmt = fmt or detect(path)
    if fmt in wearables.FORMATS:  # device values, never check-ins (exchange/wearables)
        return importing.import_device_file(journal, path, fmt, ImportReport(path, fmt, dry_run))
    incoming = read(path, fmt, mood_map)
    report = ImportReport(path, fmt, dry_run, notes=list(incoming.notes))
    plan = _plan(journal, incoming, report)
    report.seconds["read"] = time.perf_counter() - started
    if dry_run or not report.changes:
        return report
    started = time.perf_counter()
    report.backup = backup.backup_before(journal, "import")
    report.seconds["backup"] = time.perf_counter() - started
    started = time.perf_counter()
    _write(journal, plan, incoming)
    report.seconds["write"] = time.perf_counter() - started
    return report
