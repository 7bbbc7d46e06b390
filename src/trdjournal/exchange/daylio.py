"""Daylio's CSV export, read by column name.

Daylio writes one row per entry, newest first. Headers seen in real exports (REFERENCE.md;
MichaelCurrin/daylio-csv-parser ``docs/csv-format.md``; staticf0x/daylio-parser)::

    full_date,date,weekday,time,mood,activities,scales,note_title,note   (today)
    full_date,date,weekday,time,mood,activities,note_title,note
    full_date,date,weekday,time,mood,activities,note
    year,date,weekday,time,mood,activities,note                          (old: "18 May" + year)

Columns are found by name, in any order; a column this import does not know is named in the
summary as ignored, never a refusal. Needed: ``mood`` and a date (``full_date``, or ``year``
with the localised ``date``, read by ``daylio_dates`` with CLDR month names).

- ``time`` is "10:00 pm" or "20:39" (12 h or 24 h).
- ``mood`` is the label text, which users rename; the mood map turns labels into trdjournal's
  0 (worst) to 10 (best) mood (default rad 9, good 7, meh 5, bad 3, awful 1, and the same
  five under the names Daylio gives them in other languages, resources/daylio_moods.json:
  "mouais" is meh in a French export; labels match ignoring case and surrounding spaces).
- ``activities`` are one field joined by " | " and become tags: lower case, "&" written "and",
  other characters a tag cannot hold (/ , . ' emoji...) become spaces, cut to 40 characters.
- ``scales`` holds the app's own scales. No public example of its exact syntax was found, so it
  is read leniently: items joined by " | " (like activities) or ";", each a name and a value
  ("Sleep: 7h 30m", "Sleep quality: 4/5", "Energy 3"). A name with "sleep" and "quality" fills
  sleep quality (1-5; "x/10" is rescaled); a name with "sleep" and hours, time, duration or
  nothing else fills sleep hours ("7h 30m", "7:30", "7.5", rounded to the quarter hour);
  every other scale is kept in the note ("Scales: Energy 3"), and the summary says so.
- ``note_title`` and ``note`` may hold HTML; it becomes plain text (``html_text``).

Several entries on one day become one check-in by the rule in ``days``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import normalize_tag
from trdjournal.domain.reference import load_table
from trdjournal.exchange import app_values, html_text, text_input
from trdjournal.exchange.daylio_dates import parse_day
from trdjournal.exchange.days import Days, Entry
from trdjournal.exchange.incoming import Incoming, MalformedFile, UnknownMoodLabels
from trdjournal.i18n import _, ngettext

DEFAULT_MOOD_MAP = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}
FIELDS = frozenset({"mood", "tags", "note", "sleep_hours", "sleep_quality"})
KNOWN = frozenset(
    {"full_date", "date", "year", "weekday", "time", "mood", "activities", "scales"}
    | {"note_title", "note"}
)
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$", re.I)
_NOT_IN_TAG = re.compile(r"[^\w\- ]+")


def predefined_names() -> dict[str, tuple[int, frozenset[str]]]:
    """Daylio's predefined mood names in the other languages of resources/daylio_moods.json
    (a French export says "mouais" for meh): name -> (trdjournal mood, the languages using it).
    English's are DEFAULT_MOOD_MAP."""
    names: dict[str, tuple[int, frozenset[str]]] = {}
    for language in load_table("daylio_moods.json")["languages"]:
        for label, level in language["labels"].items():
            key = label.strip().lower()
            if key not in DEFAULT_MOOD_MAP:
                languages = names.get(key, (level, frozenset()))[1]
                names[key] = (level, languages | {language["language"]})
    return names


def default_labels() -> dict[str, int]:
    """Every predefined name, English's and the other languages', onto its mood."""
    return {**DEFAULT_MOOD_MAP, **{k: v for k, (v, _l) in predefined_names().items()}}


def _confirmed(found: dict[str, tuple[int, int]], names: dict) -> set[str]:
    """The predefined names of another language taken as such: those of a language of which
    the file uses two names or more. One name alone ("super" in an English export) may be the
    user's own renaming, so it is asked about like any renamed label."""
    used: dict[str, int] = {}
    for label in found:
        for language in names[label][1]:
            used[language] = used.get(language, 0) + 1
    return {label for label in found if any(used[lang] >= 2 for lang in names[label][1])}


def parse_mood_map(text: str | None) -> dict[str, int]:
    """``"great=9,so-so=5"`` on top of the default map; labels are matched ignoring case."""
    mapping = dict(DEFAULT_MOOD_MAP)
    if not text:
        return mapping
    for item in text.split(","):
        label, sep, value = item.rpartition("=")
        label = label.strip().lower()
        value = value.strip()
        if not sep or not label or not value.lstrip("-").isdigit() or not 0 <= int(value) <= 10:
            raise ValidationError(
                "--mood-map",
                _(
                    "{item} is not LABEL=N with N a mood from 0 (worst) to 10 (best); "
                    'for example --mood-map "great=9,so-so=5"'
                ).format(item=repr(item.strip())),
            )
        mapping[label] = int(value)
    return mapping


def tag_from_activity(activity: str) -> str | None:
    text = activity.strip().lower().replace("&", " and ")
    text = " ".join(_NOT_IN_TAG.sub(" ", text).split()).lstrip("- ")
    text = text[:40].rstrip("- ")
    return normalize_tag(text) if text else None


def _time(text: str) -> dt.time:
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(
            _('the time "{text}" is neither like "10:00 pm" nor like "20:39"').format(text=text)
        )
    hour, minute = int(match[1]), int(match[2])
    second = int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise ValueError(
                _('the time "{text}" has hour {hour}; a 12-hour clock runs 1-12').format(
                    text=text, hour=hour
                )
            )
        hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        raise ValueError(_('the time "{text}" is not a time of day').format(text=text)) from None


def _day(full_date: str | None, year: str | None, date_text: str | None) -> dt.date:
    if full_date is not None and full_date.strip():
        try:
            return dt.date.fromisoformat(full_date.strip())
        except ValueError:
            raise ValueError(
                _('full_date "{full_date}" is not a date written YYYY-MM-DD').format(
                    full_date=full_date
                )
            ) from None
    return parse_day(date_text or "", year)


_SCALE_ITEM = re.compile(r"^(.*?)[:=]?\s*(\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?|[\dhm .:]+)$", re.I)


def _sleep_quality(value: str) -> int:
    number, _, scale = value.replace(" ", "").partition("/")
    try:
        quality = app_values.read_number(number)
        top = app_values.read_number(scale) if scale else 5.0
    except ValueError:
        raise ValueError(
            _('sleep quality "{value}" is not a number like 4 or 4/5').format(value=value)
        ) from None
    if top <= 0 or not 0 <= quality <= top:
        raise ValueError(_('sleep quality "{value}" is outside its scale').format(value=value))
    if top != 5:
        quality = 1 + (quality / top) * 4
    return min(5, max(1, round(quality)))


def parse_scales(text: str) -> tuple[dict, list[str]]:
    """Sleep fields found in a ``scales`` cell, and the other scales as "Name value" text."""
    fields: dict = {}
    others: list[str] = []
    for item in re.split(r"\s*[|;]\s*", text.strip()):
        if not item:
            continue
        name, sep, value = item.partition(":")
        if not sep:
            match = re.match(r"^(.*?)\s+(\S+(?:\s*[hm])?(?:\s+\d+\s*m(?:in)?)?)$", item)
            name, value = (match[1], match[2]) if match else (item, "")
        words = name.strip().lower()
        if "sleep" in words and "quality" in words:
            fields["sleep_quality"] = _sleep_quality(value)
        elif "sleep" in words and (
            words == "sleep" or any(w in words for w in ("hour", "time", "duration", "length"))
        ):
            fields["sleep_hours"] = app_values.sleep_hours(value, name.strip() or "sleep")
        else:
            others.append(f"{name.strip()} {value.strip()}".strip())
    return fields, others


def parse(path: Path, mood_map: dict[str, int] | None = None) -> Incoming:
    stream, encoding = text_input.open_text_file(path)
    with stream:
        return parse_stream(stream, path, mood_map or dict(DEFAULT_MOOD_MAP), encoding)


def _header(row: list[str], path: Path) -> dict[str, int]:
    header = [cell.lower() for cell in row]
    column = {}
    for i, name in enumerate(header):
        column.setdefault(name, i)
    if "mood" not in column or not ("full_date" in column or {"date", "year"} <= set(column)):
        raise MalformedFile(
            path,
            _("line {n}").format(n=1),
            _(
                "the header {header} lacks Daylio's mood column or a date (full_date, or year "
                "and date); is this Daylio's CSV export (More > Export entries > CSV)?"
            ).format(header=repr(",".join(header))),
        )
    return column


def parse_stream(stream, path: Path, mood_map: dict[str, int], encoding: str) -> Incoming:
    mood_map = {label.strip().lower(): value for label, value in mood_map.items()}
    # The file's own labels (--mood-map, the mapping dialog) win over the predefined names.
    foreign = {k: v for k, v in predefined_names().items() if k not in mood_map}
    foreign_found: dict[str, tuple[int, int]] = {}  # label -> (entries, first line)
    rows = text_input.csv_rows(stream, path, encoding)
    column = _header(text_input.header_row(rows, path), path)
    width = max(column.values()) + 1
    get = {name: column.get(name) for name in KNOWN}
    tags_of: dict[str, list[str]] = {}  # the same few activity fields recur for years
    last_day = today()
    days = Days(path)
    unknown: dict[str, tuple[int, int]] = {}
    seen: set[str] = set()  # every label the file uses (the mapping dialog suggests from them)
    other_scales: dict[str, None] = {}
    sleep_from_scales = 0

    def cell(row: list[str], name: str) -> str | None:
        index = get[name]
        return row[index] if index is not None else None

    for line, row in text_input.filled_rows(rows, path, width, len(column)):
        try:
            day = _day(cell(row, "full_date"), cell(row, "year"), cell(row, "date"))
            at = (
                _time(row[get["time"]])
                if get["time"] is not None and row[get["time"]].strip()
                else None
            )
            activities = cell(row, "activities") or ""
            tags = tags_of.get(activities)
            if tags is None:
                tags = [t for t in map(tag_from_activity, activities.split("|")) if t]
                tags_of[activities] = tags
            sleep, scales = parse_scales(cell(row, "scales") or "")
        except (ValueError, ValidationError) as exc:
            reason = exc.message if isinstance(exc, ValidationError) else str(exc)
            raise MalformedFile(path, _("line {n}").format(n=line), reason) from None
        if day > last_day:
            raise MalformedFile(
                path, _("line {n}").format(n=line), _("{day} is in the future").format(day=day)
            )
        label = row[get["mood"]].strip().lower()
        seen.add(label)
        if label in mood_map:
            mood = mood_map[label]
        elif label in foreign:  # decided once the file's other labels are known
            mood = foreign[label][0]
            count, first_line = foreign_found.get(label, (0, line))
            foreign_found[label] = (count + 1, first_line)
        else:
            count, first_line = unknown.get(label, (0, line))
            unknown[label] = (count + 1, first_line)
            continue
        parts = [
            html_text.to_text(p.strip()) for p in (cell(row, "note_title"), cell(row, "note")) if p
        ]
        if scales:
            other_scales.update(dict.fromkeys(s.rsplit(" ", 1)[0] for s in scales))
            parts.append(_("Scales: {scales}").format(scales=", ".join(scales)))
        sleep_from_scales += bool(sleep)
        days.add(
            Entry(
                day,
                at,
                _("line {n}").format(n=line),
                mood,
                tags,
                "\n".join(p for p in parts if p),
                **sleep,
            )
        )
    confirmed = _confirmed(foreign_found, foreign)
    unknown.update({k: v for k, v in foreign_found.items() if k not in confirmed})
    unknown = dict(sorted(unknown.items(), key=lambda item: item[1][1]))  # as the file has them
    if unknown:
        raise UnknownMoodLabels(unknown, seen - set(unknown))
    incoming = Incoming("daylio", days.checkins(), fields=FIELDS)
    days.fill(incoming)
    incoming.encoding = encoding
    ignored = [name for name in column if name not in KNOWN and name]
    if ignored:
        incoming.notes.append(
            _("Columns ignored (not Daylio's known ones): {columns}.").format(
                columns=", ".join(ignored)
            )
        )
    if sleep_from_scales:
        incoming.notes.append(
            ngettext(
                "Sleep read from the scales column in {n} entry.",
                "Sleep read from the scales column in {n} entries.",
                sleep_from_scales,
            ).format(n=sleep_from_scales)
        )
    if other_scales:
        incoming.notes.append(
            _("Scales without a check-in field, kept in the note: {scales}.").format(
                scales=", ".join(other_scales)
            )
        )
    return incoming
