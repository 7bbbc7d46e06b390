"""``appointment add|list|edit|delete``: visits; the report's default period starts at the
last one."""

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
from trdjournal.domain.model import Appointment


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
    click.echo(f"Logged an appointment on {saved.date.isoformat()}{who}, id {saved.id}.")


def _line(a: Appointment) -> str:
    return f"{a.id:>4}  {a.date.isoformat()}  {a.clinician}" + (f"  {a.note}" if a.note else "")


APPOINTMENT = records.Kind(
    "appointment",
    "appointment",
    lambda journal: journal.appointments(),
    lambda journal: journal.delete_appointment,
    lambda a: a.date.isoformat(),
)
records.list_command(
    appointment, lambda journal, start, end: journal.appointments(start, end), _line, "appointments"
)
records.delete_command(appointment, APPOINTMENT)


@appointment.command()
@click.argument("appointment_id", metavar="ID", type=ID)
@date_option("Date (YYYY-MM-DD). May be in the future.")
@click.option("--clinician", default=None, help="Who you saw.")
@click.option("--note", default=None, help="Free text.")
@pass_app
def edit(app: AppContext, appointment_id: int, day, clinician, note) -> None:
    """Correct appointment ID (see ``appointment list``): only the options given change."""
    journal = app.journal()
    found = APPOINTMENT.find(journal, appointment_id)
    changes = {"date": day, "clinician": clinician, "note": note}
    records.edit(found, changes, journal.update_appointment, "appointment")
