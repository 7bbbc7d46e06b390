"""``log`` a day's check-in and list ``entries``."""

from __future__ import annotations

import click

from trdjournal.cli.common import (
    AppContext,
    check_period,
    date_option,
    day_or_today,
    echo_records,
    json_option,
    pass_app,
    period_options,
)
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn


def _side_effects(values: tuple[str, ...]) -> dict[str, int]:
    effects: dict[str, int] = {}
    for value in values:
        name, sep, severity = value.rpartition("=")
        if not sep or not name.strip() or not severity.strip().isdigit():
            raise ValidationError(
                "side_effects",
                f"{value!r} is not NAME=SEVERITY; severity is 0 (none) to 3 (severe), "
                "for example --side-effect nausea=2",
            )
        effects[name] = int(severity)
    return effects


@click.command()
@date_option()
@click.option("--mood", type=int, required=True, help="0 (worst) to 10 (best).")
@click.option("--anxiety", type=int, help="0 (none) to 10 (worst).")
@click.option("--energy", type=int, help="0 (none) to 10 (most).")
@click.option("--sleep", "sleep_hours", type=float, help="Hours slept, 0-24 in quarter hours.")
@click.option("--sleep-quality", type=int, help="1 (very poor) to 5 (very good).")
@click.option("--activity", "activity_minutes", type=int, help="Minutes of activity, 0-1440.")
@click.option("--elevated", type=int, help="Elevated mood: 0 none, 1 mild, 2 moderate, 3 severe.")
@click.option("--irritability", type=int, help="0 none, 1 mild, 2 moderate, 3 severe.")
@click.option(
    "--tag", "tags", multiple=True, help="A word for the day (walk, daylight...); repeat."
)
@click.option("--side-effect", "side_effects", multiple=True, help="NAME=SEVERITY (0-3); repeat.")
@click.option("--note", default="", help="Free text.")
@click.option("--for-doctor", is_flag=True, help="Show this day's note in the report.")
@pass_app
def log(
    app: AppContext,
    day,
    mood,
    anxiety,
    energy,
    sleep_hours,
    sleep_quality,
    activity_minutes,
    elevated,
    irritability,
    tags,
    side_effects,
    note,
    for_doctor,
) -> None:
    """Create or replace a day's check-in."""
    checkin = CheckIn(
        date=day_or_today(day),
        mood=mood,
        anxiety=anxiety,
        energy=energy,
        sleep_hours=sleep_hours,
        sleep_quality=sleep_quality,
        activity_minutes=activity_minutes,
        elevated=elevated,
        irritability=irritability,
        tags=tags,
        side_effects=_side_effects(side_effects),
        note=note,
        for_doctor=for_doctor,
    )
    journal = app.journal()
    replaced = journal.checkin(checkin.date) is not None
    journal.save_checkin(checkin)
    verb = "Replaced" if replaced else "Saved"
    click.echo(f"{verb} the check-in of {checkin.date.isoformat()} (mood {checkin.mood}/10).")


def _cell(value, width: int) -> str:
    text = "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
    return text.rjust(width)


def _entry_line(c: CheckIn) -> str:
    text = " | ".join(part for part in (", ".join(c.tags), c.note) if part)
    return (
        f"{c.date.isoformat()}  {_cell(c.mood, 4)} {_cell(c.anxiety, 4)} {_cell(c.energy, 7)}"
        f" {_cell(c.sleep_hours, 6)} {_cell(c.sleep_quality, 5)} {_cell(c.activity_minutes, 9)}"
        f"  {text[:60]}"
    )


@click.command()
@period_options()
@json_option()
@pass_app
def entries(app: AppContext, start, end, as_json: bool) -> None:
    """List check-ins, oldest first."""
    check_period(start, end)
    echo_records(
        app.journal().checkins(start, end),
        as_json,
        line=_entry_line,
        empty="No check-ins in this period.",
        header="date        mood  anx  energy  sleep  qual  activity  tags / note",
    )
