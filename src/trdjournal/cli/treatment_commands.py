"""``treatment add|list|edit|delete``: sessions of rTMS, esketamine, ECT, psychotherapy..."""

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
from trdjournal.domain.model import SESSION_KINDS, TreatmentSession


@click.group()
def treatment() -> None:
    """Non-drug and in-clinic treatment sessions."""


@treatment.command()
@click.argument("kind", metavar="KIND", type=click.Choice(SESSION_KINDS))
@date_option()
@click.option("--note", default="", help="Free text.")
@pass_app
def add(app: AppContext, kind: str, day, note: str) -> None:
    """Log one session of KIND."""
    session = app.journal().add_session(TreatmentSession(day_or_today(day), kind, note))
    click.echo(f"Logged a {session.kind} session on {session.date.isoformat()}, id {session.id}.")


def _line(s: TreatmentSession) -> str:
    return f"{s.id:>4}  {s.date.isoformat()}  {s.kind}" + (f"  {s.note}" if s.note else "")


@treatment.command(name="list")
@period_options()
@json_option()
@pass_app
def list_(app: AppContext, start, end, as_json: bool) -> None:
    """List treatment sessions with their ids, oldest first."""
    check_period(start, end)
    echo_records(
        app.journal().sessions(start, end),
        as_json,
        line=_line,
        empty="No treatment sessions logged in this period.",
    )


@treatment.command()
@click.argument("session_id", metavar="ID", type=ID)
@click.option("--kind", type=click.Choice(SESSION_KINDS), help="The kind of session.")
@date_option("Date (YYYY-MM-DD).")
@click.option("--note", default=None, help="Free text.")
@pass_app
def edit(app: AppContext, session_id: int, kind, day, note) -> None:
    """Correct treatment session ID (see ``treatment list``): only the options given change."""
    journal = app.journal()
    found = records.find(journal.sessions(), session_id, "treatment session", "treatment")
    changes = {"kind": kind, "date": day, "note": note}
    records.edit(found, changes, journal.update_session, "treatment session")


@treatment.command()
@click.argument("session_id", metavar="ID", type=ID)
@pass_app
def delete(app: AppContext, session_id: int) -> None:
    """Delete treatment session ID (see ``treatment list``); ``undo`` brings it back."""
    journal = app.journal()
    found = records.find(journal.sessions(), session_id, "treatment session", "treatment")
    text = f"{found.kind} on {found.date.isoformat()}"
    records.delete(found, journal.delete_session, "treatment session", text)
