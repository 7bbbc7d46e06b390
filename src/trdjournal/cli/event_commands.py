"""`event add|list|edit|delete`: life events rated -4 to +4 (the NIMH Life Chart's impact scale)."""

from __future__ import annotations

import click

from trdjournal.cli import record_commands as records
from trdjournal.cli.common import (
    ID,
    AppContext,
    check_period,
    date_option,
    day_or_today,
    echo_records,
    json_option,
    pass_app,
    period_options,
)
from trdjournal.domain.background import LifeEvent
from trdjournal.i18n import N_, _


@click.group(help=N_("Life events, dated and rated for their impact on mood."))
def event() -> None:
    pass


@event.command(help=N_("Log a life event: what happened, in a few words."))
@date_option(N_("The day it happened (YYYY-MM-DD); default today. Not in the future."))
@click.option(
    "--impact",
    type=int,
    required=True,
    help=N_("Impact on mood: -4 (very negative) to +4 (very positive), 0 neutral."),
)
@click.argument("text", nargs=-1, required=True)
@pass_app
def add(app: AppContext, day, impact: int, text: tuple[str, ...]) -> None:
    saved = app.journal().add_life_event(LifeEvent(day_or_today(day), impact, " ".join(text)))
    click.echo(
        _("{day}: {text} (impact {impact}), id {id}.").format(
            day=saved.date.isoformat(), text=saved.text, impact=f"{saved.impact:+d}", id=saved.id
        )
    )


@event.command(name="list", help=N_("List life events, oldest first."))
@period_options()
@json_option()
@pass_app
def list_(app: AppContext, start, end, as_json: bool) -> None:
    check_period(start, end)
    echo_records(
        app.journal().life_events(start, end),
        as_json,
        line=lambda e: f"{e.id:>4}  {e.date.isoformat()}  {e.impact:+d}  {e.text}",
        empty=_("No life events logged in this period."),
    )


@event.command(help=N_("Correct life event ID (see `event list`): only the options given change."))
@click.argument("event_id", metavar="ID", type=ID)
@date_option(N_("The day it happened (YYYY-MM-DD). Not in the future."))
@click.option("--impact", type=int, help=N_("Impact on mood: -4 to +4, 0 neutral."))
@click.option("--text", default=None, help=N_("What happened, in a few words."))
@pass_app
def edit(app: AppContext, event_id: int, day, impact, text) -> None:
    journal = app.journal()
    found = LIFE_EVENT.find(journal, event_id)
    changes = {"date": day, "impact": impact, "text": text}
    records.edit(found, changes, journal.update_life_event, _(LIFE_EVENT.what))


LIFE_EVENT = records.Kind(
    N_("life event"),
    N_("life events"),
    "event",
    "life_events",
    lambda journal: journal.delete_life_event,
    lambda e: f"{e.date.isoformat()} {e.text}",
)
records.delete_command(event, LIFE_EVENT)
