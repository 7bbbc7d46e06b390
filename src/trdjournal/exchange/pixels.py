"""Pixels ("Year in Pixels", teovogel) JSON backup: one object per day.

Format, from public converters (chgio/femto-hopper ``pixels_from_femto.py``, which writes
``{"date": "2020-1-5", "mood": 3, "emotions": [], "notes": ""}``; the Pixels-to-Daylio merge
tools, which read the newer ``{"date", "type": "Mood", "scores": [4], "notes", "tags":
[{"type", "entries": [...]}]}``): dates are Y-M-D without leading zeros, moods 1 (worst) to 5
(best), and a day may hold several scores. Both shapes are read.

Mapping: each score is an entry with mood 1, 3, 5, 7, 9 (Pixels' five steps onto the 0-10
scale as Daylio's are); several scores on a day follow the rule of ``days``. Tag entries (and
the older "emotions") become tags; notes the note.
"""

from __future__ import annotations

from pathlib import Path

from trdjournal.exchange import app_values, html_text, text_input
from trdjournal.exchange.daylio import tag_from_activity
from trdjournal.exchange.days import Days, Entry
from trdjournal.exchange.incoming import Incoming, MalformedFile
from trdjournal.i18n import _

MOOD_FROM_SCORE = {1: 1, 2: 3, 3: 5, 4: 7, 5: 9}
FIELDS = frozenset({"mood", "tags", "note"})


def _tags(day: dict) -> list[str]:
    names = []
    for group in day.get("tags") or []:
        if isinstance(group, dict) and isinstance(group.get("entries"), list):
            names += [e for e in group["entries"] if isinstance(e, str)]
    names += [e for e in day.get("emotions") or [] if isinstance(e, str)]
    return [t for t in map(tag_from_activity, names) if t]


def parse(path: Path) -> Incoming:
    document = text_input.load_json(path)
    if not isinstance(document, list):
        raise MalformedFile(path, _("the file"), _("is not a list of days: not a Pixels backup"))
    days = Days(path)
    for i, day in enumerate(document):
        where = f"entry {i + 1}"
        try:
            if not isinstance(day, dict):
                raise ValueError(_("must be an object with a date and scores"))
            date = app_values.iso_day(day.get("date"))
            scores = day.get("scores")
            if scores is None and "mood" in day:
                scores = [day["mood"]]
            if not isinstance(scores, list):
                raise ValueError(_("has no scores list (or mood)"))
            note = day.get("notes") or ""
            if not isinstance(note, str):
                raise ValueError(_("notes must be text"))
            tags = _tags(day)
            for j, score in enumerate(scores):
                value = app_values.number(score, "a score")
                if value not in MOOD_FROM_SCORE:
                    raise ValueError(
                        _("score {score} is not 1 (worst) to 5 (best)").format(score=repr(score))
                    )
                days.add(
                    Entry(
                        date, None, where, MOOD_FROM_SCORE[int(value)], tags,
                        html_text.to_text(note) if j == 0 else "",
                    )
                )  # fmt: skip
        except ValueError as exc:
            raise MalformedFile(
                path,
                where,
                _("{problem}; export the backup from Pixels again").format(problem=exc),
            ) from None
    incoming = Incoming("pixels", days.checkins(), fields=FIELDS)
    days.fill(incoming)
    return incoming
