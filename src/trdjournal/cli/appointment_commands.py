"""`appointment add|list|edit|delete`: visits; the report's default period starts at the
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
from trdjournal.i18n import N_, _


@click.group(help=N_("Appointments with your clinician."))
def appointment() -> None:
    pass


@appointment.command(help=N_("Log an appointment."))
@date_option(N_("Date (YYYY-MM-DD); default today. May be in the future."))
@click.option("--clinician", default="", help=N_("Who you saw."))
@click.option("--note", default="", help=N_("Free text."))
@pass_app
def add(app: AppContext, day, clinician: str, note: str) -> None:
    saved = app.journal().add_appointment(Appointment(day_or_today(day), clinician, note))
    who = _(" with {clinician}").format(clinician=saved.clinician) if saved.clinician else ""
    click.echo(
        _("Logged an appointment on {value}{who}, id {id}.").format(
            value=saved.date.isoformat(), who=who, id=saved.id
        )
    )


def _line(a: Appointment) -> str:
    return f"{a.id:>4}  {a.date.isoformat()}  {a.clinician}" + (f"  {a.note}" if a.note else "")


APPOINTMENT = records.Kind(
    N_("appointment"),
    N_("appointments"),
    "appointment",
    "appointments",
    lambda journal: journal.delete_appointment,
    lambda a: a.date.isoformat(),
)
records.list_command(
    appointment, APPOINTMENT, lambda journal, start, end: journal.appointments(start, end), _line
)
records.delete_command(appointment, APPOINTMENT)


@appointment.command(
    help=N_("Correct appointment ID (see `appointment list`): only the options given change.")
)
@click.argument("appointment_id", metavar="ID", type=ID)
@date_option(N_("Date (YYYY-MM-DD). May be in the future."))
@click.option("--clinician", default=None, help=N_("Who you saw."))
@click.option("--note", default=None, help=N_("Free text."))
@pass_app
def edit(app: AppContext, appointment_id: int, day, clinician, note) -> None:
    journal = app.journal()
    found = APPOINTMENT.find(journal, appointment_id)
    changes = {"date": day, "clinician": clinician, "note": note}
    records.edit(found, changes, journal.update_appointment, _(APPOINTMENT.what))
