"""``treatment add|list|edit|delete``: sessions of rTMS, esketamine, ECT, psychotherapy..."""

from __future__ import annotations

import click

from trdjournal.cli import record_commands as records
from trdjournal.cli.common import (
    ID,
    AppContext,
    date_option,
    day_or_today,
    pass_app,
)
from trdjournal.domain import course_rules
from trdjournal.domain.model import SESSION_KINDS, TreatmentSession
from trdjournal.domain.wording import kind_name


@click.group()
def treatment() -> None:
    """Non-drug and in-clinic treatment sessions."""


def _detail_help() -> str:
    parts = [
        f"{kind}: {r.detail_name} ({', '.join(r.details)})"
        for kind, r in course_rules.rules().items()
        if r.details
    ]
    return "The session's detail, by KIND. " + "; ".join(parts) + "."


ADD_HELP = (
    f"Log one session of KIND, one of: {', '.join(SESSION_KINDS)}. Sessions of one kind "
    "group into courses: `trdjournal trials`."
)


@treatment.command(help=ADD_HELP)
@click.argument("kind", metavar="KIND", type=click.Choice(SESSION_KINDS))
@date_option()
@click.option("--detail", default="", help=_detail_help())
@click.option("--note", default="", help="Free text.")
@pass_app
def add(app: AppContext, kind: str, day, detail: str, note: str) -> None:
    session = app.journal().add_session(
        TreatmentSession(day_or_today(day), kind, note, detail=detail)
    )
    detail_text = f" ({session.detail})" if session.detail else ""
    name = kind_name(session.kind)
    click.echo(
        f"Logged the {name}{detail_text} session of {session.date.isoformat()}, id {session.id}."
    )


def _line(s: TreatmentSession) -> str:
    detail = f" ({s.detail})" if s.detail else ""
    return f"{s.id:>4}  {s.date.isoformat()}  {s.kind}{detail}" + (f"  {s.note}" if s.note else "")


SESSION = records.Kind(
    "treatment session",
    "treatment",
    lambda journal: journal.sessions(),
    lambda journal: journal.delete_session,
    lambda s: f"{s.kind} on {s.date.isoformat()}",
)
records.list_command(
    treatment, lambda journal, start, end: journal.sessions(start, end), _line, "treatment sessions"
)
records.delete_command(treatment, SESSION)


@treatment.command()
@click.argument("session_id", metavar="ID", type=ID)
@click.option("--kind", type=click.Choice(SESSION_KINDS), help="The kind of session.")
@date_option("Date (YYYY-MM-DD).")
@click.option("--detail", default=None, help=_detail_help())
@click.option("--note", default=None, help="Free text.")
@pass_app
def edit(app: AppContext, session_id: int, kind, day, detail, note) -> None:
    """Correct treatment session ID (see ``treatment list``): only the options given change."""
    journal = app.journal()
    found = SESSION.find(journal, session_id)
    changes = {"kind": kind, "date": day, "detail": detail, "note": note}
    records.edit(found, changes, journal.update_session, "treatment session")
