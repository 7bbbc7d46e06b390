"""`treatment add|list|edit|delete`: sessions of rTMS, esketamine, ECT, psychotherapy..."""

from __future__ import annotations

import click

from trdjournal.cli import record_commands as records
from trdjournal.cli.click_messages import LazyHelp
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
from trdjournal.i18n import N_, _


@click.group(help=N_("Non-drug and in-clinic treatment sessions."))
def treatment() -> None:
    pass


def _detail_help() -> str:
    """--detail's help in the language of the moment: what the detail is, translated, and the
    values --detail takes, as typed."""
    parts = [
        f"{kind}: {_(r.detail_name)} ({', '.join(r.details)})"
        for kind, r in course_rules.rules().items()
        if r.details
    ]
    return _("The session's detail, by KIND.") + " " + "; ".join(parts) + "."


def _add_help() -> str:
    return _(
        "Log one session of KIND, one of: {kinds}. Sessions of one kind group into courses: "
        "`trdjournal trials`."
    ).format(kinds=", ".join(SESSION_KINDS))


DETAIL_HELP = LazyHelp(_detail_help)


@treatment.command(help=LazyHelp(_add_help))
@click.argument("kind", metavar="KIND", type=click.Choice(SESSION_KINDS))
@date_option()
@click.option("--detail", default="", help=DETAIL_HELP)
@click.option("--note", default="", help=N_("Free text."))
@pass_app
def add(app: AppContext, kind: str, day, detail: str, note: str) -> None:
    session = app.journal().add_session(
        TreatmentSession(day_or_today(day), kind, note, detail=detail)
    )
    detail_text = f" ({_(session.detail)})" if session.detail else ""
    name = kind_name(session.kind)
    click.echo(
        _("Logged the {name}{detail_text} session of {value}, id {id}.").format(
            name=name, detail_text=detail_text, value=session.date.isoformat(), id=session.id
        )
    )


def _line(s: TreatmentSession) -> str:
    """One session as `add` names it, in the CLI's language: "Psykoterapi (KBT)"."""
    detail = f" ({_(s.detail)})" if s.detail else ""
    name = kind_name(s.kind)
    return f"{s.id:>4}  {s.date.isoformat()}  {name}{detail}" + (f"  {s.note}" if s.note else "")


SESSION = records.Kind(
    N_("treatment session"),
    N_("treatment sessions"),
    "treatment",
    "sessions",
    lambda journal: journal.delete_session,
    lambda s: f"{kind_name(s.kind)}, {s.date.isoformat()}",
)
records.list_command(
    treatment, SESSION, lambda journal, start, end: journal.sessions(start, end), _line
)
records.delete_command(treatment, SESSION)


@treatment.command(
    help=N_("Correct treatment session ID (see `treatment list`): only the options given change.")
)
@click.argument("session_id", metavar="ID", type=ID)
@click.option("--kind", type=click.Choice(SESSION_KINDS), help=N_("The kind of session."))
@date_option(N_("Date (YYYY-MM-DD)."))
@click.option("--detail", default=None, help=DETAIL_HELP)
@click.option("--note", default=None, help=N_("Free text."))
@pass_app
def edit(app: AppContext, session_id: int, kind, day, detail, note) -> None:
    journal = app.journal()
    found = SESSION.find(journal, session_id)
    changes = {"kind": kind, "date": day, "detail": detail, "note": note}
    records.edit(found, changes, journal.update_session, _(SESSION.what))
