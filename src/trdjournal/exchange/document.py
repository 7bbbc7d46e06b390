"""The trdjournal export: the whole journal as one versioned JSON document, lossless, and a
zip of CSV files (one per table) for spreadsheets: UTF-8 with a byte-order mark, and a cell
that a spreadsheet would run as a formula (= + - @ tab CR first) written with a leading '.

The JSON document (version 1)::

    {"format": "trdjournal", "version": 1,
     "settings": {key: value, ...},
     "background": {...} or null,
     "checkins": [...], "med_events": [...], "sessions": [...], "questionnaires": [...],
     "appointments": [...], "life_events": [...], "lab_results": [...],
     "pgx_results": [...],
     "device_values": [{"id", "date", "field", "value", "source"}, ...],
     "revisions": [{"id", "at", "table_name", "row_key", "action", "before", "after",
                    "undone_at"}, ...]}

Records are written as the journal's records (dates as YYYY-MM-DD, ids kept); revisions are
the history of every insert, edit and delete with the row before and after. Device values
are what a watch, ring or phone measured, each with its source ("fitbit", ...); a check-in's
values are what the user typed (domain/device.py). The document
holds no export time, so exporting the same journal twice gives the same bytes.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from trdjournal.domain.background import FamilyHistory
from trdjournal.domain.dates import not_in_future, parse_date
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CrisisLine, Settings, plain
from trdjournal.domain.scales import scale
from trdjournal.exchange import text_input  # size limit and encoding (issue 14)
from trdjournal.exchange.incoming import Incoming, MalformedFile
from trdjournal.i18n import _
from trdjournal.storage import Journal
from trdjournal.storage.private_files import write_private
from trdjournal.storage.rows import TABLES, validated_row

FORMAT = "trdjournal"
VERSION = 1
SINGLE_ROW_TABLES = ("background",)  # one optional record: exported as an object or null
# Lists of dated records: checkins, med_events, sessions, questionnaires, appointments, ...
RECORD_TABLES = tuple(t for t in TABLES if t not in SINGLE_ROW_TABLES)
MAY_BE_FUTURE = ("appointments",)
MAY_BE_UNDATED = ("pgx_results",)  # a test's date may be unknown
REVISION_KEYS = ("id", "at", "table_name", "row_key", "action", "before", "after", "undone_at")
ACTIONS = ("insert", "update", "delete")


def records(journal: Journal, table: str) -> list:
    """Every record of a table (the Journal's reader of the same name), by id or date."""
    found = getattr(journal, table)()
    if table == "checkins":
        return found  # one a day, by date
    return sorted(found, key=lambda r: r.id)


def export_document(journal: Journal) -> dict[str, Any]:
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    document["settings"] = journal.settings_items()
    background = journal.background()
    document["background"] = None if background.is_empty() else plain(background)
    for table in RECORD_TABLES:
        document[table] = [plain(r) for r in records(journal, table)]
    document["revisions"] = [
        {key: getattr(rev, key) for key in REVISION_KEYS} for rev in journal.revisions()
    ]
    return document


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection); OWASP's
# advice is to make such a cell text with a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, made plain text: '=1+1."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_text(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return out.getvalue()


def _cell(value: Any) -> Any:
    """A record value as a spreadsheet reads it: lists joined, maps as name=value."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return "; ".join(
            f"{v['condition']} ({v['relation']})" if isinstance(v, dict) else str(v) for v in value
        )
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    return "" if value is None else value


def csv_files(document: dict[str, Any]) -> dict[str, str]:
    """One CSV per table, snake_case headers (the journal's own field names)."""
    files = {}
    for table in TABLES:
        record_type = TABLES[table][0]
        header = [f.name for f in dataclasses.fields(record_type)]
        extra = ["total"] if table == "questionnaires" else []
        rows = []
        listed = document[table] if table in RECORD_TABLES else [document[table]]
        for record in filter(None, listed):
            row = [_cell(record[name]) for name in header]
            if extra:  # QIDS-SR16 counts the highest of each item group, not the sum
                row.append(scale(record["instrument"]).total(record["answers"]))
            rows.append(row)
        files[f"{table}.csv"] = _csv_text(header + extra, rows)
    files["settings.csv"] = _csv_text(
        ["key", "value"],
        [[k, json.dumps(v, ensure_ascii=False)] for k, v in document["settings"].items()],
    )
    files["revisions.csv"] = _csv_text(
        list(REVISION_KEYS),
        [
            [
                json.dumps(rev[k], ensure_ascii=False)
                if k in ("before", "after") and rev[k]
                else _cell(rev[k])
                for k in REVISION_KEYS
            ]
            for rev in document["revisions"]
        ],
    )
    return files


def write_export(journal: Journal, path: Path, fmt: str = "json") -> dict[str, int]:
    """Export the whole journal to ``path`` (JSON or a zip of CSVs); returns rows per table."""
    document = export_document(journal)
    if fmt == "json":
        write_private(path, lambda out: out.write(dumps(document)), "w")
    elif fmt == "csv":

        def write_zip(out: Any) -> None:
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, text in csv_files(document).items():
                    # UTF-8 with a byte-order mark: Excel reads "ångest" as written.
                    archive.writestr(name, text.encode("utf-8-sig"))

        write_private(path, write_zip, "wb")
    else:
        raise ValidationError(
            "--format", _("must be json or csv (got {fmt})").format(fmt=repr(fmt))
        )
    counts = {t: len(document[t]) for t in (*RECORD_TABLES, "revisions")}
    return {"background": int(document["background"] is not None), **counts}


# -- reading a document back ------------------------------------------------------------
def _record(path: Path, table: str, index: int | None, data: Any):
    where = table if index is None else f"{table}[{index}]"
    record_type = TABLES[table][0]
    known = {f.name for f in dataclasses.fields(record_type)}
    if not isinstance(data, dict):
        raise MalformedFile(path, where, _("is not an object"))
    unknown = sorted(set(data) - known)
    if unknown:
        raise MalformedFile(
            path,
            where,
            _("has fields this trdjournal does not know: {unknown}").format(unknown=unknown),
        )
    values = dict(data)
    try:
        for name in ("date", "episode_start"):
            required = name == "date" and table not in MAY_BE_UNDATED
            if name in known and (required or values.get(name) is not None):
                values[name] = parse_date(values.get(name), field=name)
        for name in ("tags", "answers", "other_conditions"):
            if isinstance(values.get(name), list):
                values[name] = tuple(values[name])
        if isinstance(values.get("family_history"), list):
            values["family_history"] = tuple(
                FamilyHistory(**entry) if isinstance(entry, dict) else entry
                for entry in values["family_history"]
            )
        record = record_type(**values)
        day = getattr(record, "date", None) or getattr(record, "episode_start", None)
        if day is not None and table not in MAY_BE_FUTURE:
            not_in_future(day)
    except ValidationError as exc:
        raise MalformedFile(
            path, where, _("{field}: {message}").format(field=exc.field, message=exc.message)
        ) from None
    except TypeError as exc:
        raise MalformedFile(path, where, str(exc)) from None
    return record


def _revision(path: Path, index: int, data: Any) -> dict[str, Any]:
    where = f"revisions[{index}]"
    if not isinstance(data, dict) or set(data) != set(REVISION_KEYS):
        raise MalformedFile(
            path,
            where,
            _("must be an object with exactly {list_revision_keys}").format(
                list_revision_keys=list(REVISION_KEYS)
            ),
        )
    checks = [
        (
            isinstance(data["id"], int) and not isinstance(data["id"], bool),
            _("{key} is not a number").format(key="id"),
        ),
        (_is_time(data["at"]), _("{key} is not a time (YYYY-MM-DDTHH:MM:SS)").format(key="at")),
        (
            data["table_name"] in TABLES,
            _("{key} {value} is not a table").format(
                key="table_name", value=repr(data["table_name"])
            ),
        ),
        (isinstance(data["row_key"], str), _("{key} is not text").format(key="row_key")),
        (
            data["action"] in ACTIONS,
            _("{key} must be one of {choices}").format(key="action", choices=", ".join(ACTIONS)),
        ),
        (
            all(data[k] is None or isinstance(data[k], dict) for k in ("before", "after")),
            _("{before} and {after} must be rows or null").format(before="before", after="after"),
        ),
        (
            data["undone_at"] is None or _is_time(data["undone_at"]),
            _("{key} is not a time (YYYY-MM-DDTHH:MM:SS)").format(key="undone_at"),
        ),
    ]
    for ok, reason in checks:
        if not ok:
            raise MalformedFile(path, where, reason)
    # The rows are what undo writes back: each must be a row the app itself would store.
    pk = TABLES[data["table_name"]][3]
    for side in ("before", "after"):
        if data[side] is None:
            continue
        try:
            validated_row(data["table_name"], data[side])
        except ValueError as exc:
            raise MalformedFile(path, f"{where}.{side}", str(exc)) from None
        if str(data[side].get(pk)) != data["row_key"]:
            raise MalformedFile(path, f"{where}.{side}", _("its {pk} is not row_key").format(pk=pk))
    wanted = {"insert": (False, True), "update": (True, True), "delete": (True, False)}
    if (data["before"] is not None, data["after"] is not None) != wanted[data["action"]]:
        raise MalformedFile(
            path,
            where,
            _("an {action} has the wrong rows before/after").format(action=data["action"]),
        )
    return data


def _is_time(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def parse(path: Path) -> Incoming:
    text = text_input.read_text_file(Path(path))[0]  # size, encoding
    document = text_input.parse_json(text, path)
    try:
        return parse_document(document, path)
    except RecursionError:
        raise MalformedFile(path, _("the document"), _("is nested too deeply")) from None


def _settings(path: Path, settings: Any) -> dict[str, Any]:
    """The settings checked through the Settings record (crisis lines included)."""
    if not isinstance(settings, dict):
        raise MalformedFile(path, "settings", _("is not an object"))
    known = {f.name for f in dataclasses.fields(Settings)}
    values = {k: v for k, v in settings.items() if k in known}
    lines = values.get("crisis_lines")
    try:
        if lines is not None:
            if not isinstance(lines, list):
                raise ValidationError("crisis_lines", _("must be a list of lines"))
            for n, line in enumerate(lines):
                if not isinstance(line, dict) or set(line) != {"region", "name", "contact"}:
                    raise ValidationError(
                        f"crisis_lines[{n}]",
                        _("must be an object with region, name and contact"),
                    )
            values["crisis_lines"] = tuple(CrisisLine(**line) for line in lines)
        Settings(**values)
    except ValidationError as exc:
        raise MalformedFile(path, f"settings.{exc.field}", exc.message) from None
    except TypeError as exc:
        raise MalformedFile(path, "settings", str(exc)) from None
    return settings


def parse_document(document: Any, path: Path) -> Incoming:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise MalformedFile(
            path, _("the document"), _('is not a trdjournal export (no "format": "trdjournal")')
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MalformedFile(
            path,
            "version",
            _("must be a whole number (got {version})").format(version=repr(version)),
        )
    if version > VERSION:
        raise MalformedFile(
            path,
            "version",
            _(
                "{version} is newer than this trdjournal reads ({readable}); update trdjournal"
            ).format(version=version, readable=VERSION),
        )
    incoming = Incoming(FORMAT)
    for table in RECORD_TABLES:
        items = document.get(table, [])
        if not isinstance(items, list):
            raise MalformedFile(path, table, _("is not a list"))
        records = [_record(path, table, i, item) for i, item in enumerate(items)]
        keys = [r.date if table == "checkins" else r.id for r in records]
        keys = [k for k in keys if k is not None]
        if len(set(keys)) != len(keys):
            what = "date" if table == "checkins" else "id"
            raise MalformedFile(path, table, _("two records share a {what}").format(what=what))
        setattr(incoming, table, records)
    if document.get("background") is not None:
        incoming.background = _record(path, "background", None, document["background"])
    incoming.settings = _settings(path, document.get("settings", {}))
    revisions = document.get("revisions", [])
    if not isinstance(revisions, list):
        raise MalformedFile(path, "revisions", _("is not a list"))
    incoming.revisions = [_revision(path, i, r) for i, r in enumerate(revisions)]
    ids = [r["id"] for r in incoming.revisions]
    if len(set(ids)) != len(ids):
        raise MalformedFile(path, "revisions", _("two revisions share an id"))
    return incoming
