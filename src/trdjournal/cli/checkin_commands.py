"""`log` a day's check-in and list `entries`."""

from __future__ import annotations

import dataclasses

import click

from trdjournal.cli.common import (
    NUMBER,
    AppContext,
    check_period,
    date_option,
    day_or_today,
    echo_records,
    json_option,
    pass_app,
    period_options,
    shown,
)
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn
from trdjournal.i18n import N_, _, format_number


def _side_effects(values: tuple[str, ...]) -> dict[str, int]:
    effects: dict[str, int] = {}
    for value in values:
        name, sep, severity = value.rpartition("=")
        if not sep or not name.strip() or not severity.strip().isdigit():
            raise ValidationError(
                "side_effects",
                _(
                    "{value} is not NAME=SEVERITY; severity is 0 (none) to 3 (severe), for example --side-effect nausea=2"
                ).format(value=repr(value)),
            )
        effects[name] = int(severity)
    return effects


LOG_HELP = N_("""Log a day's check-in, or update the day's check-in.

On a day not logged yet, --mood is needed and the check-in is saved as given. On a day
already logged, only the fields you give change; everything else (anxiety, tags, side
effects, the note, --for-doctor) is kept, and what changed is printed as old -> new.
--tag and --side-effect, when given, replace the day's tags or side effects; --note ""
empties the note. --replace replaces the whole check-in instead (fields not given are
emptied), as `log` did before. Ctrl+Z in the app or `trdjournal undo` takes a change back.
""")

# The check-in fields an update may change, with the words and formatting of "old -> new".
FIELD_WORDS = {
    "mood": N_("mood"),
    "anxiety": N_("anxiety"),
    "energy": N_("energy"),
    "sleep_hours": N_("sleep"),
    "sleep_quality": N_("sleep quality"),
    "activity_minutes": N_("activity"),
    "elevated": N_("elevated mood"),
    "irritability": N_("irritability"),
    "steps": N_("steps"),
    "tags": N_("tags"),
    "side_effects": N_("side effects"),
    "note": N_("note"),
    "for_doctor": N_("for the doctor"),
}


def changed_fields(old: CheckIn, new: CheckIn) -> list[str]:
    """Each field that differs, as "name old -> new"."""
    return [
        f"{_(word)} {shown(getattr(old, name))} -> {shown(getattr(new, name))}"
        for name, word in FIELD_WORDS.items()
        if getattr(old, name) != getattr(new, name)
    ]


@click.command(help=LOG_HELP)
@date_option()
@click.option("--mood", type=int, help=N_("0 (worst) to 10 (best); needed for a new day."))
@click.option("--anxiety", type=int, help=N_("0 (none) to 10 (worst)."))
@click.option("--energy", type=int, help=N_("0 (none) to 10 (most)."))
@click.option("--sleep", "sleep_hours", type=NUMBER, help=N_("Hours slept, 0-24 in quarter hours."))
@click.option("--sleep-quality", type=int, help=N_("1 (very poor) to 5 (very good)."))
@click.option("--activity", "activity_minutes", type=int, help=N_("Minutes of activity, 0-1440."))
@click.option(
    "--elevated", type=int, help=N_("Elevated mood: 0 none, 1 mild, 2 moderate, 3 severe.")
)
@click.option("--irritability", type=int, help=N_("0 none, 1 mild, 2 moderate, 3 severe."))
@click.option(
    "--steps", type=int, help=N_("Steps walked, 0-200000 (a device import fills it too).")
)
@click.option(
    "--tag", "tags", multiple=True, help=N_("A word for the day (walk, daylight...); repeat.")
)
@click.option(
    "--side-effect", "side_effects", multiple=True, help=N_("NAME=SEVERITY (0-3); repeat.")
)
@click.option("--note", default=None, help=N_('Free text ("" empties it).'))
@click.option(
    "--for-doctor/--not-for-doctor",
    default=None,
    help=N_("Show (or stop showing) this day's note in the report."),
)
@click.option(
    "--replace",
    is_flag=True,
    help=N_("Replace the day's whole check-in: fields not given are emptied."),
)
@pass_app
def log(app: AppContext, day, replace: bool, **given) -> None:
    date = day_or_today(day)
    fields = {name: value for name, value in given.items() if value not in (None, ())}
    if "side_effects" in fields:
        fields["side_effects"] = _side_effects(fields["side_effects"])
    journal = app.journal()
    existing = journal.checkin(date)
    if existing is None or replace:
        if "mood" not in fields:
            raise ValidationError(
                "mood",
                _(
                    "is needed for a day not logged yet (or with --replace): a whole number from 0 (worst) to 10 (best)"
                ),
            )
        checkin = CheckIn(date=date, **fields)
        journal.save_checkin(checkin)
        message = (
            _("Replaced the check-in of {date} (mood {mood}/10).")
            if existing is not None
            else _("Saved the check-in of {date} (mood {mood}/10).")
        )
        click.echo(message.format(date=date.isoformat(), mood=checkin.mood))
        return
    updated = dataclasses.replace(existing, **fields)
    changes = changed_fields(existing, updated)
    if not changes:
        click.echo(
            _("The check-in of {date} already says that; nothing was changed.").format(
                date=date.isoformat()
            )
        )
        return
    journal.save_checkin(updated)
    click.echo(
        _("Updated the check-in of {date}: {names}.").format(
            date=date.isoformat(), names="; ".join(changes)
        )
    )


def _cell(value, width: int) -> str:
    text = (
        "" if value is None else format_number(value, 2) if isinstance(value, float) else str(value)
    )
    return text.rjust(width)


NOTE_WIDTH = 60


def one_line(text: str, width: int = NOTE_WIDTH) -> str:
    """`text` on one line of at most `width` characters: its lines (a note imported from
    Daylio's HTML keeps them) joined with " / ", runs of spaces and tabs closed up, and "..."
    where it is cut."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    joined = " / ".join(line for line in lines if line)
    return joined if len(joined) <= width else joined[: width - 3].rstrip() + "..."


def _entry_line(c: CheckIn) -> str:
    text = " | ".join(part for part in (", ".join(c.tags), c.note) if part)
    return (
        f"{c.date.isoformat()}  {_cell(c.mood, 4)} {_cell(c.anxiety, 4)} {_cell(c.energy, 7)}"
        f" {_cell(c.sleep_hours, 6)} {_cell(c.sleep_quality, 5)} {_cell(c.activity_minutes, 9)}"
        f"  {one_line(text)}"
    )


@click.command(help=N_("List check-ins, oldest first."))
@period_options()
@json_option()
@pass_app
def entries(app: AppContext, start, end, as_json: bool) -> None:
    check_period(start, end)
    echo_records(
        app.journal().checkins(start, end),
        as_json,
        line=_entry_line,
        empty=_("No check-ins in this period."),
        header=_("date        mood  anx  energy  sleep  qual  activity  tags / note"),
    )
