"""Importing a file into the journal: read it, plan what changes, back up, write it all at once.

- A day the journal does not have is added. A day it has gets the file's values for the fields
  the file knows (empty values in the file keep the journal's), and is skipped when that
  changes nothing: importing the same file twice adds nothing the second time.
- Re-importing another app's newer export is incremental. What each import wrote for a day is
  remembered (storage/import_sources.py). A day still as that import left it takes the newer
  export's values; a day changed in trdjournal since (or logged here by hand) that the file
  would change is **in conflict**: kept as it is, listed, and replaced only with
  ``overwrite=True`` (``--overwrite``). A trdjournal export merges as before (replacing).
  Daylio's CSV and its backup share one memory (source "daylio"): a backup after a CSV
  continues it.
- Every file is read with the limits of ``limits`` and the encodings of ``text_input``.
- Medication events, sessions, questionnaires and appointments (trdjournal files) are added
  unless the journal already holds an identical one.
- A trdjournal export imported into an empty journal is loaded whole, ids, settings and
  history included, so export -> import -> export gives the same document.
- Everything is one transaction: a bad row, a clash or a crash leaves the journal as it was.
  An automatic backup is made just before writing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trdjournal.domain import device, medication
from trdjournal.domain.background import Background
from trdjournal.domain.device import DeviceValue
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn, to_json_dict
from trdjournal.exchange import (
    bearable,
    daylio,
    daylio_backup,
    document,
    emoods,
    generic_csv,
    moodsnap,
    pixels,
    text_input,
    wearables,
)
from trdjournal.exchange.days import merged_line
from trdjournal.exchange.incoming import Incoming, MalformedFile
from trdjournal.exchange.wearables import importing
from trdjournal.i18n import N_, _, ngettext
from trdjournal.storage import Journal, backup, import_sources, revisions

FORMAT_NAMES = {  # translated where shown
    "trdjournal": N_("trdjournal export"),
    "daylio": "Daylio CSV",
    "daylio-backup": N_("Daylio backup"),
    "emoods": "eMoods",
    "bearable": "Bearable CSV",
    "pixels": "Pixels JSON",
    "moodsnap": "MoodSnap JSON",
    "csv": N_("CSV (your columns)"),
}
FORMAT_NAMES.update(wearables.FORMAT_NAMES)  # issue 23: watches, rings and phones
FORMATS = tuple(FORMAT_NAMES)
Progress = Callable[[int, int, str], None]
_BASE64 = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
TABLE_WORDS = {  # translated where shown (ImportReport.lines)
    "checkins": N_("check-ins"),
    "med_events": N_("medication events"),
    "sessions": N_("treatment sessions"),
    "questionnaires": N_("questionnaires"),
    "appointments": N_("appointments"),
    "life_events": N_("life events"),
    "lab_results": N_("lab results"),
    "pgx_results": N_("pharmacogenomic results"),
    "missed_doses": N_("missed doses"),
    "device_values": N_("device values (sleep, steps, activity)"),
    "background": N_("background profile"),
}
OTHER_TABLES = tuple(t for t in document.RECORD_TABLES if t != "checkins")
BULK_TABLES = (
    "med_events",
    "sessions",
    "questionnaires",
    "appointments",
    "missed_doses",
)  # Journal.add_many


def detect(path: Path) -> str:
    """The file's format from its content, or a ValidationError asking for --format."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("FILE", _("there is no file at {path}").format(path=path))
    names = wearables.files.zip_names(path)  # None: not a zip
    if (device := wearables.detect(path, names)) is not None:
        return device
    if names is not None:
        if emoods.entry_csv_name(names) is not None:
            return "emoods"
        if daylio_backup.backup_name(names) is not None:
            return "daylio-backup"
        raise ValidationError(
            "FILE",
            _(
                "{path} is a zip holding neither an eMoods entry.csv nor a Daylio backup "
                "(backup.daylio). To import a trdjournal export, use the JSON one (the CSV zip is "
                "for spreadsheets)."
            ).format(path=path),
        )
    with path.open("rb") as handle:
        raw = handle.read(4096)
    stripped = raw.lstrip()
    if stripped and _BASE64.match(stripped) and stripped[:3] in (b"eyJ", b"ewo", b"ew0", b"e30"):
        return "daylio-backup"  # base64 of "{": a bare Daylio backup
    head = raw.decode(text_input.detect_encoding(raw, path), errors="replace")
    head = head.lstrip("\ufeff").lstrip()
    if head.startswith(("{", "[")):
        if '"dayEntries"' in head or '"customMoods"' in head:
            return "daylio-backup"
        if '"moodSnaps"' in head:
            return "moodsnap"
        if head.startswith("[") and '"date"' in head:
            return "pixels"
        return "trdjournal"
    first = head.splitlines()[0] if head else ""
    header = {cell.strip().strip('"').lower() for cell in first.split(",")}
    if "mood" in header and ({"full_date"} <= header or {"year", "date"} <= header):
        return "daylio"
    if {"category", "rating/amount"} <= header:
        return "bearable"
    if {"depressed", "anxiety", "sleep"} <= header:
        return "emoods"
    raise ValidationError(
        "--format",
        _(
            "cannot tell what kind of file {path} is; give --format {formats}, or --format csv "
            "with --date-column and --mood-column for any other CSV"
        ).format(path=path, formats=", ".join(f for f in FORMATS if f != "csv")),
    )


def resolve_format(path: Path, fmt: str | None) -> str:
    """The format given, or detected; ``--format daylio`` on a .daylio backup reads the backup."""
    if fmt is None:
        return detect(path)
    if fmt == "daylio":
        try:
            return "daylio-backup" if detect(path) == "daylio-backup" else fmt
        except ValidationError:
            return fmt
    return fmt


def read(
    path: Path,
    fmt: str,
    mood_map: dict[str, int] | None = None,
    columns: generic_csv.Columns | None = None,
) -> Incoming:
    if mood_map is not None and fmt != "daylio":
        raise ValidationError(
            "--mood-map",
            _("only Daylio CSV files have mood labels; this is {kind}").format(
                kind=_(FORMAT_NAMES.get(fmt, fmt))
            ),
        )
    if columns is not None and fmt != "csv":
        raise ValidationError("--date-column", _("is only for --format csv"))
    readers: dict[str, Callable[[Path], Incoming]] = {
        "trdjournal": document.parse,
        "daylio": lambda p: daylio.parse(p, mood_map),
        "daylio-backup": daylio_backup.parse,
        "emoods": emoods.parse,
        "bearable": bearable.parse,
        "pixels": pixels.parse,
        "moodsnap": moodsnap.parse,
        "csv": lambda p: generic_csv.parse(p, columns),
    }
    if fmt not in readers:
        raise ValidationError(
            "--format",
            _("must be one of {choices} (got {value})").format(
                choices=", ".join(FORMATS), value=repr(fmt)
            ),
        )
    try:
        return readers[fmt](path)
    except RecursionError:
        raise MalformedFile(
            path, _("the file"), _("is nested too deeply to be an export")
        ) from None
    except MemoryError:
        raise MalformedFile(path, _("the file"), _("is too large to read into memory")) from None


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
    entries: int = 0  # entries (rows, records) in the file
    days_merged: int = 0
    encoding: str | None = None
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    conflicts: list[dt.date] = dataclasses.field(default_factory=list)  # kept as they are
    overwrite: bool = False
    plan: Any = dataclasses.field(default=None, repr=False)

    @property
    def written(self) -> int:
        """Check-ins written (or to write): days added and days replaced."""
        return self.added.get("checkins", 0) + self.replaced.get("checkins", 0)

    @property
    def changes(self) -> int:
        return (
            sum(self.added.values()) + sum(self.replaced.values()) + self.revisions + self.settings
        )

    def lines(self) -> list[str]:
        """One line per kind of record: "check-ins: 12 added, 1 replaced, 3 skipped ..."."""
        dry = self.dry_run
        out = []
        for table, word in TABLE_WORDS.items():
            added, replaced = self.added.get(table, 0), self.replaced.get(table, 0)
            skipped = self.skipped.get(table, 0)
            if added or replaced or skipped:
                parts = [(_("{n} to add") if dry else _("{n} added")).format(n=added)]
                if table in ("checkins", "background"):
                    replacing = _("{n} to replace") if dry else _("{n} replaced")
                    parts.append(replacing.format(n=replaced))
                parts.append(_("{n} skipped (already in the journal)").format(n=skipped))
                if table == "checkins" and self.conflicts:
                    parts.append(_("{n} in conflict (kept)").format(n=len(self.conflicts)))
                out.append(_("{what}: {counts}").format(what=_(word), counts=", ".join(parts)))
        if self.settings:
            loading = _("settings: {n} to load") if dry else _("settings: {n} loaded")
            out.append(loading.format(n=self.settings))
        if self.revisions:
            loading = (
                _("history: {n} revisions to load") if dry else _("history: {n} revisions loaded")
            )
            out.append(loading.format(n=self.revisions))
        if self.format != "trdjournal":
            counts = (
                _(
                    "entries in the file: {entries}; check-ins to write: {written}; days merged: {merged}"
                )
                if dry
                else _(
                    "entries in the file: {entries}; check-ins written: {written}; days merged: {merged}"
                )
            )
            out.append(
                counts.format(entries=self.entries, written=self.written, merged=self.days_merged)
            )
        if self.conflicts:
            shown = ", ".join(d.isoformat() for d in self.conflicts[:10])
            if len(self.conflicts) > 10:
                shown = _("{shown} and {n} more").format(shown=shown, n=len(self.conflicts) - 10)
            out.append(
                _(
                    "in conflict, kept as they are (changed in trdjournal since the last import, "
                    "or logged here): {days}"
                ).format(days=shown)
            )
        return out or [_("nothing to import")]


@dataclasses.dataclass
class _Plan:
    whole: bool
    checkins: list[CheckIn]  # new and replaced days, as they will be written
    others: dict[str, list]
    background: Background | None = None  # to save (whole, or new or changed)
    remember: dict[str, str] = dataclasses.field(default_factory=dict)  # day -> content written


def _overlay(existing: CheckIn, incoming: CheckIn, fields: frozenset[str]) -> CheckIn:
    """The existing day with the file's non-empty values; the same object when none differ."""
    changes = {
        name: value
        for name in fields - {"date"}
        if (value := getattr(incoming, name)) not in (None, "", (), {})
        and value != getattr(existing, name)
    }
    return dataclasses.replace(existing, **changes) if changes else existing


def content_key(record: Any) -> str:
    """A record's content as canonical JSON (ids left out): equal content, equal key."""
    plain = to_json_dict(record)
    plain.pop("id", None)
    return json.dumps(plain, sort_keys=True, ensure_ascii=False)


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
            _(
                "The file's history ({n} revisions) and settings were not merged: they are "
                "loaded only into an empty journal."
            ).format(n=len(incoming.revisions))
        )
    existing = {c.date: c for c in journal.checkins()}
    # What this app's last import wrote, by day: None for trdjournal exports (merged as before).
    last = (
        None
        if incoming.source == "trdjournal"
        else import_sources.last_imported(journal.db, incoming.source)
    )
    to_write, added, replaced, skipped = [], 0, 0, 0
    remember: dict[str, str] = {}
    for checkin in incoming.checkins:
        day = checkin.date.isoformat()
        old = existing.get(checkin.date)
        if old is None:
            to_write.append(checkin)
            remember[day] = content_key(checkin)
            added += 1
            continue
        merged = _overlay(old, checkin, incoming.fields)
        if merged is old:
            skipped += 1
            remember[day] = content_key(old)
            continue
        untouched = last is None or last.get(day) == content_key(old)
        if untouched or report.overwrite:
            to_write.append(merged)
            remember[day] = content_key(merged)
            replaced += 1
        else:
            report.conflicts.append(checkin.date)
    without_day = 0
    kept_apart: list[DeviceValue] = []  # a mood-less day with no check-in here
    for date, fields in incoming.partials:  # a mood-less day's values (eMoods sleep-only)
        old = existing.get(date)
        if old is None:
            if incoming.source in device.SOURCES:  # kept like a device's (domain/device.py)
                kept_apart += [
                    DeviceValue(date, name, value, incoming.source)
                    for name, value in fields.items()
                    if name in device.FIELDS
                ]
            else:
                without_day += 1
            continue
        changes = {name: value for name, value in fields.items() if getattr(old, name) != value}
        fills_only = all(getattr(old, name) is None for name in changes)
        untouched = last is not None and last.get(date.isoformat()) == content_key(old)
        if not changes:
            skipped += 1
        elif fills_only or untouched or report.overwrite:
            merged = dataclasses.replace(old, **changes)
            to_write.append(merged)
            remember[date.isoformat()] = content_key(merged)
            replaced += 1
        else:
            report.conflicts.append(date)
    if without_day:
        report.notes.append(
            ngettext(
                "Not imported: {n} sleep-only day without a check-in in the journal (a "
                "check-in needs a mood).",
                "Not imported: {n} sleep-only days without a check-in in the journal (a "
                "check-in needs a mood).",
                without_day,
            ).format(n=without_day)
        )
    report.added["checkins"], report.replaced["checkins"] = added, replaced
    report.skipped["checkins"] = skipped
    others: dict[str, list] = {}
    if kept_apart:
        days = len({v.date for v in kept_apart})
        report.notes.append(
            ngettext(
                "{n} day with sleep but no mood is kept as values from {source}: the Journal "
                "view shows them, and they fill the day once you log its mood.",
                "{n} days with sleep but no mood are kept as values from {source}: the Journal "
                "view shows them, and they fill the day once you log its mood.",
                days,
            ).format(n=days, source=device.SOURCES[incoming.source])
        )
    for table in OTHER_TABLES:
        records = getattr(incoming, table)
        if table == "device_values":
            records = [*records, *kept_apart]
        if not records:
            continue
        have = {content_key(r) for r in getattr(journal, table)()}
        fresh = [dataclasses.replace(r, id=None) for r in records if content_key(r) not in have]
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
    return _Plan(False, to_write, others, background, remember if last is not None else {})


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
        if plan.remember:
            import_sources.remember(journal.db, incoming.source, plan.remember)
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
                _(
                    "the file's records do not fit the journal's ({field}: {message}). "
                    "Nothing was imported."
                ).format(field=revisions.field_word(exc.field), message=exc.message),
            ) from exc


def import_file(
    journal: Journal,
    path: Path,
    fmt: str | None = None,
    mood_map: dict[str, int] | None = None,
    *,
    dry_run: bool = False,
    overwrite: bool = False,
    columns: generic_csv.Columns | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import ``path`` (format detected when ``fmt`` is None) in one transaction.

    ``progress(done, total, text)`` is told each step (read, plan, back up, write)."""
    path = Path(path).expanduser()
    step = progress or (lambda done, total, text: None)
    started = time.perf_counter()
    step(0, 4, _("Reading the file"))
    fmt = resolve_format(path, fmt)
    if fmt in wearables.FORMATS:  # device values, never check-ins (exchange/wearables)
        return importing.import_device_file(journal, path, fmt, ImportReport(path, fmt, dry_run))
    incoming = read(path, fmt, mood_map, columns)
    report = preview(journal, path, fmt, incoming, dry_run=dry_run, overwrite=overwrite)
    report.seconds["read"] = time.perf_counter() - started
    if dry_run or not report.changes:
        return report
    step(2, 4, _("Backing up the journal"))
    started = time.perf_counter()
    report.backup = backup.backup_before(journal, "import")
    report.seconds["backup"] = time.perf_counter() - started
    step(3, 4, _("Writing"))
    started = time.perf_counter()
    _write(journal, report.plan, incoming)
    report.seconds["write"] = time.perf_counter() - started
    step(4, 4, _("Done"))
    return report


def preview(
    journal: Journal,
    path: Path,
    fmt: str,
    incoming: Incoming,
    *,
    dry_run: bool = True,
    overwrite: bool = False,
) -> ImportReport:
    """What importing ``incoming`` would do, and the plan to do it (``report.plan``)."""
    report = ImportReport(path, fmt, dry_run, notes=list(incoming.notes), overwrite=overwrite)
    report.entries = incoming.entries if incoming.entries is not None else len(incoming.checkins)
    report.days_merged = incoming.days_merged
    report.encoding = incoming.encoding
    if incoming.checkins:
        report.first_day = min(c.date for c in incoming.checkins)
        report.last_day = max(c.date for c in incoming.checkins)
    if incoming.encoding is not None:
        report.notes.insert(
            0, _("Read as {encoding}.").format(encoding=text_input.encoding_name(incoming.encoding))
        )
    if incoming.days_merged:
        report.notes.append(merged_line(incoming.days_merged))
    report.plan = _plan(journal, incoming, report)
    return report
