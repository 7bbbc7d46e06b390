"""``appointment add``: visits; the report's default period starts at the last one."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, date_option, day_or_today, pass_app
from trdjournal.domain.model import Appointment
from trdjournal.i18n import _


@click.group()
def appointment() -> None:
    """Appointments with your clinician."""


@appointment.command()
@date_option("Date (YYYY-MM-DD); default today. May be in the future.")
@click.option("--clinician", default="", help="Who you saw.")
@click.option("--note", default="", help="Free text.")
@pass_app
def add(app: AppContext, day, clinician: str, note: str) -> None:
    """Log an appointment."""
    saved = app.journal().add_appointment(Appointment(day_or_today(day), clinician, note))
    who = f" with {saved.clinician}" if saved.clinician else ""
    click.echo(
        _("Logged an appointment on {value}{who}.").format(value=saved.date.isoformat(), who=who)
    )
