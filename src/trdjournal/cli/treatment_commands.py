"""``treatment add``: sessions of rTMS, esketamine, ECT, psychotherapy..."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, date_option, day_or_today, pass_app
from trdjournal.domain.model import SESSION_KINDS, TreatmentSession
from trdjournal.i18n import _


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
    click.echo(
        _("Logged a {kind} session on {value}.").format(
            kind=session.kind, value=session.date.isoformat()
        )
    )
