"""Daylio's backup (``.daylio``): moods by level, so renamed moods need no mapping.

The format, from public readers and descriptions of it:

- Joe Lotter, "Daylio" (https://www.joelotter.com/posts/2022/01/daylio/) and his library
  joelotter/dayligo: the ``.daylio`` file is a zip holding ``backup.daylio`` (and ``assets/``
  with photos); ``backup.daylio`` is base64 of a UTF-8 JSON document.
- mbafford/daylio-markdown-export and charistas/daylio-scribe (readers of the same file), and
  the type definitions in public projects: ``customMoods`` are ``{id, custom_name,
  mood_group_id, mood_group_order, predefined_name_id, ...}`` where ``mood_group_id`` 1-5 is the
  level (1 rad/great ... 5 awful); ``tags`` are ``{id, name, ...}``; ``dayEntries`` are
  ``{id, year, month (0-based), day, hour, minute, datetime (ms), timeZoneOffset (ms), mood
  (a customMoods id), note, note_title, tags (tag ids), assets}``.
- REFERENCE.md: also met as bare base64 without the zip; notes hold newlines and, in newer
  versions, HTML.

Mapping: level 1-5 becomes mood 9, 7, 5, 3, 1 (the CSV's rad, good, meh, bad, awful); tag names
become tags as in the CSV; note title and note (HTML to plain text) the note; each entry's
time is kept for the rule for several entries a day (``days``). The decoded document may be at
most ``limits.MAX_JSON_BYTES``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from trdjournal.domain.dates import today
from trdjournal.exchange import html_text, limits, text_input
from trdjournal.exchange.daylio import tag_from_activity
from trdjournal.exchange.days import Days, Entry
from trdjournal.exchange.incoming import Incoming, MalformedFile
from trdjournal.i18n import _, ngettext

MOOD_FROM_LEVEL = {1: 9, 2: 7, 3: 5, 4: 3, 5: 1}
FIELDS = frozenset({"mood", "tags", "note"})


def backup_name(names: list[str]) -> str | None:
    """The base64 document inside a ``.daylio`` zip, if there is one."""
    candidates = [n for n in names if n.lower().endswith(".daylio") and "/" not in n.strip("/")]
    return next((n for n in candidates if n.lower() == "backup.daylio"), None) or next(
        iter(candidates), None
    )


def _payload(path: Path) -> tuple[bytes, str]:
    """The backup's base64 (or JSON) bytes and how to name them in messages."""
    if zipfile.is_zipfile(path):
        limits.check_file_size(path)
        with limits.SafeZip(path) as archive:
            name = backup_name(archive.names())
            if name is None:
                raise MalformedFile(
                    path, _("the zip"), _("holds no backup.daylio (a Daylio backup does)")
                )
            # base64 is 4/3 of the JSON it holds
            where = _("{member} in {path}").format(member=name, path=path)
            return archive.read(name, limits.MAX_JSON_BYTES * 4 // 3 + 4), where
    limits.check_file_size(path, limits.MAX_JSON_BYTES * 4 // 3 + 4)
    return path.read_bytes(), str(path)


def _document(data: bytes, name: str) -> dict[str, Any]:
    text = data.strip()
    if not text.startswith(b"{"):
        try:
            text = base64.b64decode(b"".join(text.split()), validate=True)
        except (binascii.Error, ValueError):
            raise MalformedFile(
                name,
                _("the backup"),
                _(
                    "is neither base64 nor JSON, so it is not a Daylio backup (or it was cut "
                    "short: copy the .daylio file again)"
                ),
            ) from None
    if len(text) > limits.MAX_JSON_BYTES:
        raise MalformedFile(
            name,
            _("the backup"),
            _("holds more than {size} MB").format(size=limits.MAX_JSON_BYTES // limits.MB),
        )
    try:
        decoded = text.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MalformedFile(name, _("the backup"), _("does not decode to UTF-8 JSON")) from None
    document = text_input.parse_json(decoded, name, _("the backup"))
    if not isinstance(document, dict) or not isinstance(document.get("dayEntries"), list):
        raise MalformedFile(name, _("the backup"), _("has no dayEntries list: not a Daylio backup"))
    return document


def _int(value: Any, where: str, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise MalformedFile(
            name,
            where,
            _(
                "must be a whole number from {low} to {high} (got {value}); the backup is "
                "damaged or from a Daylio this import does not know: import Daylio's CSV export"
            ).format(low=low, high=high, value=repr(str(value)[:40])),
        )
    return value


def _text(value: Any, where: str, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedFile(name, where, _("must be text; import Daylio's CSV export instead"))
    return value


def _objects(document: dict, key: str, name: str):
    """(where, object, its id) for each item of the list ``document[key]``."""
    items = document.get(key, [])
    if not isinstance(items, list):
        raise MalformedFile(name, key, _("must be a list"))
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        if not isinstance(item, dict):
            raise MalformedFile(name, where, _("must be an object"))
        yield where, item, _int(item.get("id"), f"{where}.id", name, -(2**53), 2**53)


def _moods(document: dict, name: str) -> dict[int, int]:
    moods = {
        key: _int(mood.get("mood_group_id"), f"{where}.mood_group_id", name, 1, 5)
        for where, mood, key in _objects(document, "customMoods", name)
    }
    if not moods:  # a backup that never customised its moods: ids 1-5 are the levels
        moods = {level: level for level in MOOD_FROM_LEVEL}
    return moods


def _tags(document: dict, name: str) -> dict[int, str | None]:
    return {
        key: tag_from_activity(_text(tag.get("name"), f"{where}.name", name))
        for where, tag, key in _objects(document, "tags", name)
    }


def _when(entry: dict, where: str, name: str) -> tuple[dt.date, dt.time]:
    if all(k in entry for k in ("year", "month", "day")):
        year = _int(entry["year"], f"{where}.year", name, 1900, 9999)
        month = _int(entry["month"], f"{where}.month", name, 0, 11) + 1  # 0-based in Daylio
        day = _int(entry["day"], f"{where}.day", name, 1, 31)
        hour = _int(entry.get("hour", 0), f"{where}.hour", name, 0, 23)
        minute = _int(entry.get("minute", 0), f"{where}.minute", name, 0, 59)
        try:
            return dt.date(year, month, day), dt.time(hour, minute)
        except ValueError:
            raise MalformedFile(
                name,
                where,
                _("{year}-{month}-{day} is not a real date").format(
                    year=year, month=month, day=day
                ),
            ) from None
    stamp = _int(entry.get("datetime"), f"{where}.datetime", name, 0, 253402300799999)
    offset = _int(
        entry.get("timeZoneOffset", 0),
        f"{where}.timeZoneOffset",
        name,
        -(14 * 3600000),
        14 * 3600000,
    )
    local = dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=stamp + offset)
    return local.date(), local.time().replace(second=0, microsecond=0)


def parse(path: Path) -> Incoming:
    data, name = _payload(path)
    document = _document(data, name)
    moods, tags = _moods(document, name), _tags(document, name)
    days = Days(name)
    last_day = today()
    for i, entry in enumerate(document["dayEntries"]):
        where = f"dayEntries[{i}]"
        if not isinstance(entry, dict):
            raise MalformedFile(name, where, _("must be an object"))
        day, at = _when(entry, where, name)
        if day > last_day:
            raise MalformedFile(name, where, _("{day} is in the future").format(day=day))
        mood_id = _int(entry.get("mood"), f"{where}.mood", name, -(2**53), 2**53)
        if mood_id not in moods:
            raise MalformedFile(
                name,
                f"{where}.mood",
                _("is mood id {id}, which customMoods does not define").format(id=mood_id),
            )
        tag_ids = entry.get("tags", [])
        if not isinstance(tag_ids, list):
            raise MalformedFile(name, f"{where}.tags", _("must be a list of tag ids"))
        entry_tags = []
        for j, tag_id in enumerate(tag_ids):
            if isinstance(tag_id, bool) or not isinstance(tag_id, int) or tag_id not in tags:
                raise MalformedFile(
                    name,
                    f"{where}.tags[{j}]",
                    _("{id} is not the id of one of the tags").format(id=repr(tag_id)),
                )
            if tags[tag_id]:
                entry_tags.append(tags[tag_id])
        parts = [
            html_text.to_text(_text(entry.get(key), f"{where}.{key}", name).strip())
            for key in ("note_title", "note")
        ]
        note = "\n".join(p for p in parts if p)
        days.add(Entry(day, at, where, MOOD_FROM_LEVEL[moods[mood_id]], entry_tags, note))
    incoming = Incoming("daylio", days.checkins(), fields=FIELDS)
    days.fill(incoming)
    assets = sum(1 for e in document["dayEntries"] if isinstance(e, dict) and e.get("assets"))
    if assets:
        incoming.notes.append(
            ngettext(
                "Not imported: the photos of {n} entry (trdjournal keeps none).",
                "Not imported: the photos of {n} entries (trdjournal keeps none).",
                assets,
            ).format(n=assets)
        )
    return incoming
