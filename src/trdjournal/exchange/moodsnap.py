"""MoodSnap (iOS, drpeterrohde/MoodSnap) JSON backup.

Format, from the app's public source: ``MoodSnap/Base/DataStructures.swift`` (``MoodSnapStruct``:
``timestamp``, ``snapType``, ``elevation``, ``depression``, ``anxiety``, ``irritability``,
``symptoms``/``activities``/``social`` as lists of booleans, ``event``, ``notes``) and
``MoodSnap/DataStore/JSON.swift`` (the backup is the data store written by Swift's default
``JSONEncoder``, so a ``timestamp`` is seconds since 2001-01-01 00:00 UTC). The snaps are the
``moodSnaps`` list. Each mood dimension is a slider from 0 (none) to 4 (most);
``snapType`` is ``SnapTypeEnum`` (``Base/Enumerations.swift``): 1 is a mood snap, 2-6 a note,
event, media, quote or custom snap.

Mapping: depression 0-4 becomes mood 9, 7, 5, 3, 1 (no depression is the best mood, as for
eMoods and Daylio); anxiety 0-4 anxiety 0-10 (evenly spaced); notes (and an event's text) the
note. The day is the timestamp's UTC date (the backup holds no time zone). Snaps of another
type than mood (notes, events, media, quotes) count as not imported. Elevation and irritability go to the
0-3 daily fields of the scales issue as soon as CheckIn has them (``emoods.WIRED``); until
then the summary says they were not imported. Activities, social and symptoms are unnamed
booleans in the file (their names live in the app), so they are not imported.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trdjournal.exchange import app_values, emoods, text_input
from trdjournal.exchange.days import Days, Entry
from trdjournal.exchange.incoming import Incoming, MalformedFile
from trdjournal.i18n import _, ngettext

EPOCH = dt.datetime(2001, 1, 1)  # Swift's reference date
MOOD_SNAP = 1
MOOD_FROM_DEPRESSION = {0: 9, 1: 7, 2: 5, 3: 3, 4: 1}
FIELDS = frozenset({"mood", "anxiety", "note"})


def _level(snap: dict, name: str) -> int | None:
    if snap.get(name) is None:
        return None
    value = app_values.number(snap[name], name)
    if not 0 <= value <= 4:
        raise ValueError(_("{name} must be 0 to 4 (got {value:g})").format(name=name, value=value))
    return int(value + 0.5)


def parse(path: Path) -> Incoming:
    document = text_input.load_json(path)
    snaps = document.get("moodSnaps") if isinstance(document, dict) else None
    if not isinstance(snaps, list):
        raise MalformedFile(path, _("the file"), _("has no moodSnaps list: not a MoodSnap backup"))
    days = Days(path)
    without_mood = 0
    for i, snap in enumerate(snaps):
        where = f"moodSnaps[{i}]"
        try:
            if not isinstance(snap, dict):
                raise ValueError(_("must be an object"))
            seconds = app_values.number(snap.get("timestamp"), "timestamp")
            if not -3e9 <= seconds <= 3e9:
                raise ValueError(_("timestamp is not a time between 1906 and 2096"))
            when = EPOCH + dt.timedelta(seconds=seconds)
            app_values.iso_day(when.date().isoformat(), "timestamp")
            depression = _level(snap, "depression")
            anxiety = _level(snap, "anxiety")
            for name in ("elevation", "irritability"):
                _level(snap, name)
            parts = [snap.get("event"), snap.get("notes")]
            if not all(p is None or isinstance(p, str) for p in parts):
                raise ValueError(_("event and notes must be text"))
        except ValueError as exc:
            raise MalformedFile(
                path,
                where,
                _("{problem}; export the backup from MoodSnap again").format(problem=exc),
            ) from None
        if depression is None or snap.get("snapType", MOOD_SNAP) != MOOD_SNAP:
            without_mood += 1
            continue
        days.add(
            Entry(
                when.date(), when.time().replace(second=0, microsecond=0), where,
                MOOD_FROM_DEPRESSION[depression], (), "\n".join(p.strip() for p in parts if p),
                anxiety=None if anxiety is None else round(anxiety * 2.5),
            )
        )  # fmt: skip
    incoming = Incoming("moodsnap", days.checkins(), fields=FIELDS)
    incoming.entries = days.entries + without_mood
    days.fill(incoming)
    if without_mood:
        incoming.notes.append(
            ngettext(
                "Not imported: {n} snap without a mood (notes or events only).",
                "Not imported: {n} snaps without a mood (notes or events only).",
                without_mood,
            ).format(n=without_mood)
        )
    later = [
        n
        for n, f in (("elevation", "elevated"), ("irritability", "irritability"))
        if f not in emoods.WIRED.values()
    ]
    incoming.notes.append(
        _("Not imported (no place in a check-in yet): {fields}.").format(
            fields=", ".join([*later, _("activities, social and symptoms (unnamed in the file)")])
        )
    )
    return incoming
