"""``background show|set``: the optional background profile (episode, family history...)."""

from __future__ import annotations

import dataclasses
from typing import Any

import click

from trdjournal.cli.common import AppContext, echo_json, json_option, pass_app
from trdjournal.domain.background import FAMILY_CONDITIONS, RELATIONS, FamilyHistory
from trdjournal.domain.dates import parse_date
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import to_json_dict

YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0"}

# FIELD as typed -> (record attribute, what VALUE looks like)
FIELDS = {
    "episode-start": ("episode_start", "the date the current episode began, YYYY-MM-DD"),
    "age-at-first-episode": ("age_at_first_episode", "age in years at the first episode"),
    "earlier-episodes": ("earlier_episodes", "number of episodes before the current one"),
    "family-history": (
        "family_history",
        "CONDITION:RELATION entries separated by commas, e.g. 'depression:mother, diabetes:father'",
    ),
    "childhood-adversity": ("childhood_adversity", "yes or no"),
    "childhood-adversity-note": ("childhood_adversity_note", "free text (optional)"),
    "other-conditions": (
        "other_conditions",
        "conditions separated by commas, e.g. 'thyroid disease, sleep apnoea'",
    ),
}


def _items(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def _parse(field: str, value: str) -> Any:
    """VALUE as typed -> the record's value; an empty VALUE clears the field."""
    attribute = FIELDS[field][0]
    text = value.strip()
    if attribute in ("family_history", "other_conditions"):
        if attribute == "other_conditions":
            return tuple(_items(text))
        entries = []
        for item in _items(text):
            condition, sep, relation = item.rpartition(":")
            if not sep:
                raise ValidationError(
                    field,
                    f"{item!r} is not CONDITION:RELATION; conditions: {', '.join(FAMILY_CONDITIONS)}; "
                    f"relations: {', '.join(RELATIONS)}",
                )
            entries.append(FamilyHistory(condition, relation))
        return tuple(entries)
    if attribute == "childhood_adversity_note":
        return text
    if not text:
        return None
    if attribute == "episode_start":
        return parse_date(text, field=field)
    if attribute == "childhood_adversity":
        if text.casefold() in YES | NO:
            return text.casefold() in YES
        raise ValidationError(field, f"must be yes or no (got {value!r})")
    try:
        return int(text)
    except ValueError:
        raise ValidationError(field, f"must be a whole number (got {value!r})") from None


def _shown(value: Any) -> str:
    if value is None or value == () or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


@click.group()
def background() -> None:
    """The optional background profile: episode, family history, other conditions.

    Everything here is private and optional; the report leaves it out unless you ask for it.
    """


@background.command()
@json_option()
@pass_app
def show(app: AppContext, as_json: bool) -> None:
    """Show the background profile."""
    profile = app.journal().background()
    if as_json:
        echo_json(to_json_dict(profile))
        return
    for field, (attribute, _) in FIELDS.items():
        click.echo(f"{field + ':':<26} {_shown(getattr(profile, attribute))}")


@background.command(
    name="set",
    epilog="\b\nFIELDs:\n"
    + "\n".join(f"  {name:<25} {hint}" for name, (_, hint) in FIELDS.items())
    + "\n\nAn empty VALUE ('') clears the field.",
)
@click.argument("field", type=click.Choice(list(FIELDS)), metavar="FIELD")
@click.argument("value")
@pass_app
def set_(app: AppContext, field: str, value: str) -> None:
    """Set one background FIELD to VALUE."""
    journal = app.journal()
    try:
        updated = dataclasses.replace(
            journal.background(), **{FIELDS[field][0]: _parse(field, value)}
        )
        journal.save_background(updated)
    except ValidationError as exc:
        # Name the field as the user typed it, not the record's attribute.
        raise ValidationError(field, exc.message) from exc
    click.echo(f"{field}: {_shown(getattr(updated, FIELDS[field][0]))}")
