"""The history's row shape: one revision per write, holding the row before and after as JSON.

The write path (store.py) records them, bulk writes (bulk.py) build them by the thousand, and
undo reads them back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from trdjournal.i18n import N_, _, format_number


def now() -> str:
    """When a revision was written: UTC, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclasses.dataclass(frozen=True)
class Revision:
    id: int
    at: str
    table_name: str
    row_key: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    undone_at: str | None


def revision_from_row(r: dict[str, Any]) -> Revision:
    return Revision(
        id=r["id"],
        at=r["at"],
        table_name=r["table_name"],
        row_key=r["row_key"],
        action=r["action"],
        before=json.loads(r["before"]) if r["before"] else None,
        after=json.loads(r["after"]) if r["after"] else None,
        undone_at=r["undone_at"],
    )


_row_json = json.JSONEncoder(ensure_ascii=False).encode


def json_or_none(value: Any) -> str | None:
    return None if value is None else _row_json(value)


def revision_row(
    at: str, table: str, key: Any, action: str, before: dict | None, after: dict | None
) -> dict[str, Any]:
    """One history row: the row before and after a write, as JSON."""
    return {
        "at": at,
        "table_name": table,
        "row_key": str(key),
        "action": action,
        "before": json_or_none(before),
        "after": json_or_none(after),
        "undone_at": None,
    }


# What undo took back, as whole phrases (a translation orders its own words and inflects its own
# nouns: Swedish "incheckningen för {day}" is one word's definite form, not "the" + a noun).
# Every record table of rows.TABLES has its phrase; tests/i18n checks that none is missing.
ACTIONS = {
    "insert": N_("Undone: adding {what}."),
    "update": N_("Undone: editing {what}."),
    "delete": N_("Undone: deleting {what}."),
}
RECORDS = {
    "checkins": N_("the check-in of {day}"),
    "med_events": N_("the medication entry of {day}"),
    "sessions": N_("the treatment session of {day}"),
    "questionnaires": N_("the questionnaire of {day}"),
    "appointments": N_("the appointment of {day}"),
    "life_events": N_("the life event of {day}"),
    "lab_results": N_("the lab result of {day}"),
    "pgx_results": N_("the pharmacogenomic result of {day}"),
    "missed_doses": N_("the missed doses of {day}"),
    "device_values": N_("the device value of {day}"),
    "background": N_("your background"),
}
MED_KINDS = {
    "start": N_("the {drug} start of {day}"),
    "change": N_("the {drug} dose change of {day}"),
    "stop": N_("the {drug} stop of {day}"),
}
# Column names as the undo of an edit lists them ("mood 7 -> 4").
FIELDS = {
    "date": N_("date"),
    "mood": N_("mood"),
    "anxiety": N_("anxiety"),
    "energy": N_("energy"),
    "sleep_hours": N_("sleep hours"),
    "sleep_quality": N_("sleep quality"),
    "activity_minutes": N_("activity minutes"),
    "steps": N_("steps"),
    "elevated": N_("elevated mood"),
    "irritability": N_("irritability"),
    "tags": N_("tags"),
    "side_effects": N_("side effects"),
    "note": N_("note"),
    "for_doctor": N_("for the doctor"),
    "drug": N_("drug"),
    "typed_name": N_("name as typed"),
    "kind": N_("kind"),
    "dose": N_("dose"),
    "doses": N_("doses"),
    "unit": N_("unit"),
    "role": N_("role"),
    "reason": N_("reason"),
    "detail": N_("detail"),
    "instrument": N_("questionnaire"),
    "answers": N_("answers"),
    "clinician": N_("clinician"),
    "impact": N_("impact"),
    "text": N_("text"),
    "name": N_("name"),
    "value": N_("value"),
    "ref_low": N_("range low"),
    "ref_high": N_("range high"),
    "ref_source": N_("range source"),
    "gene": N_("gene"),
    "phenotype": N_("phenotype"),
    "genotype": N_("genotype"),
    "activity_score": N_("activity score"),
    "lab": N_("lab"),
    "field": N_("measure"),
    "source": N_("source"),
    "episode_start": N_("episode start"),
    "age_at_first_episode": N_("age at first episode"),
    "earlier_episodes": N_("earlier episodes"),
    "family_history": N_("family history"),
    "childhood_adversity": N_("childhood adversity"),
    "childhood_adversity_note": N_("childhood adversity note"),
    "other_conditions": N_("other conditions"),
}


def field_word(name: str) -> str:
    """A record field's name as the user's language writes it ("drug" -> "läkemedel")."""
    return _(FIELDS[name]) if name in FIELDS else name


def describe_undone(rev: Revision, *, details: bool = True) -> str:
    """What undoing ``rev`` did, in the user's language: the CLI's ``undo`` (``details``: the
    record's id and, for an edit, each field put back) and the app's Edit > Undo status line."""
    row = rev.after or rev.before or {}
    what = _(_record_phrase(rev.table_name, row)).format(**_phrase_values(rev, row))
    if details and "id" in row and rev.table_name != "background":
        what = _("{what} (id {id})").format(what=what, id=row["id"])
    if details and rev.action == "update" and rev.before and rev.after:
        back = [
            _("{field} {value} -> {earlier}").format(
                field=_(FIELDS[name]) if name in FIELDS else name,
                value=_field_value(rev.table_name, name, rev.after.get(name)),
                earlier=_field_value(rev.table_name, name, rev.before.get(name)),
            )
            for name in rev.before
            if rev.before.get(name) != rev.after.get(name)
        ]
        if back:
            what = _("{what}: {changes}").format(what=what, changes="; ".join(back))
    action = ACTIONS.get(rev.action)
    return _(action).format(what=what) if action else f"{rev.action}: {what}"


# Tables whose phrase names the record by one of its columns (the scale, session kind, lab
# test, gene, drug or device, as the user reads it), when the row has it.
NAMED = {
    "questionnaires": ("instrument", N_("the {name} questionnaire of {day}")),
    "sessions": ("kind", N_("the {name} session of {day}")),
    "lab_results": ("name", N_("the {name} result of {day}")),
    "pgx_results": ("gene", N_("the {name} result of {day}")),
    "missed_doses": ("drug", N_("the missed {name} doses of {day}")),
    "device_values": ("source", N_("the {name} value of {day}")),
}


def _record_phrase(table: str, row: dict[str, Any]) -> str:
    if table == "med_events" and row.get("drug") and row.get("kind") in MED_KINDS:
        return MED_KINDS[row["kind"]]
    if table == "pgx_results" and not row.get("date"):  # a test date is optional
        return N_("the {name} result") if row.get("gene") else N_("the pharmacogenomic result")
    if table in NAMED and row.get(NAMED[table][0]):
        return NAMED[table][1]
    return RECORDS.get(table, N_("the {table} record of {day}"))


def _phrase_values(rev: Revision, row: dict[str, Any]) -> dict[str, Any]:
    from trdjournal.domain import device, wording
    from trdjournal.domain.scales import scale, scale_keys

    column = NAMED.get(rev.table_name, ("",))[0]
    name = str(row.get(column) or "")
    if rev.table_name == "questionnaires" and name in scale_keys():
        name = scale(name).name  # "PHQ-9", as published
    elif rev.table_name == "sessions" and name:
        name = wording.kind_name(name)
    elif rev.table_name == "device_values":
        name = device.SOURCES.get(name, name)
    return {
        "day": row.get("date") or rev.row_key,
        "drug": row.get("drug", ""),
        "name": name,
        "table": rev.table_name,
    }


# Words a field's stored key stands for, where an edit can change it (med_events kind, role).
VALUE_WORDS = {
    ("med_events", "kind"): {
        "start": N_("start"),
        "change": N_("dose change"),
        "stop": N_("stop"),
    },
    ("med_events", "role"): {
        "antidepressant": N_("antidepressant"),
        "augmentation": N_("augmentation"),
        "supplement": N_("supplement"),
        "other": N_("other"),
    },
}


def _field_value(table: str, name: str, value: Any) -> str:
    words = VALUE_WORDS.get((table, name), {})
    if value in words:
        return _(words[value])
    if table == "sessions" and name == "kind" and value:
        from trdjournal.domain import wording

        return wording.kind_name(value)
    return _value(value)


def _value(value: Any) -> str:
    if value in (None, "", "[]", "{}"):
        return _("(empty)")
    if isinstance(value, float):
        return format_number(value, 2)  # "7,5" in Swedish, as it was typed
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "..."
