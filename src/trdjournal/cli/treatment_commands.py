"""``treatment add``: sessions of rTMS, esketamine, ECT, psychotherapy..."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, date_option, day_or_today, pass_app
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
    click.echo(f"Logged the {name}{detail_text} session of {session.date.isoformat()}.")
