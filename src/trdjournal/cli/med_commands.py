"""``med start|change|stop|list``: the medication timeline."""

from __future__ import annotations

import click

from trdjournal.cli import record_commands as records
from trdjournal.cli.common import (
    ID,
    AppContext,
    date_option,
    day_or_today,
    echo_json,
    json_option,
    pass_app,
)
from trdjournal.domain import medication
from trdjournal.domain.dates import today
from trdjournal.domain.drugs import (
    canonical_name,
    given_in_clinic,
    implausible_dose,
    resolve,
    unknown_name,
)
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.interactions import notices_for
from trdjournal.domain.model import MED_ROLES, STOP_REASONS, to_json_dict


@click.group()
def med() -> None:
    """Medication starts, dose changes and stops."""


def _dose_and_reason(event) -> str:
    dose = f" {event.dose:g} {event.unit}/day" if event.dose is not None else ""
    return dose + (f" ({event.reason})" if event.reason else "")


def _log(app: AppContext, event) -> None:
    saved = app.journal().add_med_event(event)
    click.echo(f"{saved.date.isoformat()}: {saved.kind} {saved.drug}{_dose_and_reason(saved)}.")
    if saved.kind != "stop":
        regimen = medication.regimen_on(app.journal().med_events(), saved.date)
        _echo_notices([item.drug for item in regimen], involving=canonical_name(saved.drug))


def _echo_notices(drugs: list[str], involving: str | None = None) -> None:
    """Calm "ask your prescriber" notices for known supplement interactions (interactions.json)."""
    for notice in notices_for(drugs):
        if involving is None or involving in (notice.substance, notice.drug):
            click.echo(f"Note: {notice.text}")


def check_drug_name(drug: str, unlisted: bool) -> None:
    """Refuse (exit 2) a name the drug table cannot resolve, offering the nearest names, unless
    ``--unlisted`` says it is meant; and a drug given in clinic (esketamine), which is logged
    as a treatment session."""
    clinic = given_in_clinic(drug)
    if clinic:
        raise ValidationError("drug", clinic)
    unknown = unknown_name(drug)
    if unknown and not unlisted:
        raise ValidationError(
            "drug",
            f"{unknown} To log it anyway as an unlisted drug (role other, not judged as a "
            "trial), add --unlisted",
        )


def check_dose(drug: str, dose: float, confirmed: bool) -> None:
    """Refuse (exit 2) a dose outside the usual range unless ``--confirm-dose``."""
    if dose <= 0:
        return  # the record's own check names the allowed range
    why = implausible_dose(resolve(drug), dose)
    if why and not confirmed:
        raise ValidationError(
            "--dose", f"{why}. Check the dose; if it is right, add --confirm-dose"
        )


CONFIRM_DOSE = click.option(
    "--confirm-dose",
    is_flag=True,
    help="Save a dose outside the usual range (above the label's highest daily dose or below "
    "a tenth of the minimum).",
)


@med.command()
@click.argument("drug")
@click.option("--dose", type=float, required=True, help="Daily dose (mg; micrograms for T3).")
@date_option()
@click.option(
    "--role", type=click.Choice(MED_ROLES), help="Default: from the drug table, else other."
)
@click.option("--note", default="", help="Free text.")
@click.option(
    "--unlisted", is_flag=True, help="Log a drug the table does not know, on purpose (role other)."
)
@CONFIRM_DOSE
@pass_app
def start(
    app: AppContext, drug: str, dose: float, day, role, note: str, unlisted: bool,
    confirm_dose: bool,
) -> None:  # fmt: skip
    """Start taking DRUG (generic or brand name, with its formulation: "Paxil CR")."""
    check_drug_name(drug, unlisted)
    check_dose(drug, dose, confirm_dose)
    _log(app, medication.new_event(day_or_today(day), drug, "start", dose, role=role, note=note))


@med.command()
@click.argument("drug")
@click.option("--dose", type=float, required=True, help="New daily dose.")
@date_option()
@click.option("--note", default="", help="Free text.")
@CONFIRM_DOSE
@pass_app
def change(app: AppContext, drug: str, dose: float, day, note: str, confirm_dose: bool) -> None:
    """Change the daily dose of a running DRUG."""
    check_dose(drug, dose, confirm_dose)
    _log(app, medication.new_event(day_or_today(day), drug, "change", dose, note=note))


@med.command()
@click.argument("drug")
@date_option()
@click.option("--reason", type=click.Choice(STOP_REASONS), help="Why it was stopped.")
@click.option("--note", default="", help="Free text.")
@pass_app
def stop(app: AppContext, drug: str, day, reason, note: str) -> None:
    """Stop a running DRUG."""
    _log(app, medication.new_event(day_or_today(day), drug, "stop", reason=reason, note=note))


@med.command(name="list")
@json_option("Every event as one JSON document.")
@pass_app
def list_(app: AppContext, as_json: bool) -> None:
    """The current regimen and every medication event, oldest first."""
    events = app.journal().med_events()
    if as_json:
        echo_json([to_json_dict(e) for e in events])
        return
    current = medication.regimen_on(events, today())
    click.echo("Taking now:" if current else "Taking now: nothing logged.")
    for item in current:
        click.echo(
            f"  {item.drug} {item.dose:g} {item.unit}/day ({item.role}) "
            f"since {item.since.isoformat()}, this dose since {item.dose_since.isoformat()}"
        )
    _echo_notices([item.drug for item in current])
    if events:
        click.echo("\nHistory:")
    for e in events:
        click.echo(
            f"  {e.date.isoformat()}  {e.kind:<6} {e.drug}{_dose_and_reason(e)}  (id {e.id})"
        )


@med.command()
@click.argument("event_id", metavar="ID", type=ID)
@click.option("--drug", help="The drug (generic or brand name).")
@click.option("--dose", type=float, help="Daily dose.")
@date_option("Date (YYYY-MM-DD).")
@click.option("--role", type=click.Choice(MED_ROLES), help="Its role in the treatment.")
@click.option("--reason", type=click.Choice(STOP_REASONS), help="Why it was stopped (a stop).")
@click.option("--note", default=None, help="Free text.")
@pass_app
def edit(app: AppContext, event_id: int, drug, dose, day, role, reason, note) -> None:
    """Correct medication event ID (the id is in ``med list``): only the options given change."""
    journal = app.journal()
    found = MED_EVENT.find(journal, event_id)
    if drug is not None:
        drug = canonical_name(drug)
    changes = {"drug": drug, "dose": dose, "date": day, "role": role, "reason": reason}
    records.edit(found, {**changes, "note": note}, journal.update_med_event, "medication event")


MED_EVENT = records.Kind(
    "medication event",
    "med",
    lambda journal: journal.med_events(),
    lambda journal: journal.delete_med_event,
    lambda e: f"{e.date.isoformat()} {e.kind} {e.drug}",
)
records.delete_command(med, MED_EVENT)


def _add_missed() -> None:
    from trdjournal.cli.missed_commands import missed

    med.add_command(missed)


_add_missed()
