"""`med start|change|stop|list`: the medication timeline."""

from __future__ import annotations

import click

from trdjournal.cli import record_commands as records
from trdjournal.cli.common import (
    ID,
    NUMBER,
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
    named_strength,
    resolve,
    unknown_name,
)
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.interactions import notices_for
from trdjournal.domain.model import MED_ROLES, STOP_REASONS, to_json_dict
from trdjournal.i18n import N_, _, format_number
from trdjournal.report.text import label


@click.group(help=N_("Medication starts, dose changes and stops."))
def med() -> None:
    pass


# A medication event's kind as a line of output shows it (the JSON keeps "start"...).
EVENT_WORDS = {"start": N_("start"), "change": N_("change"), "stop": N_("stop")}


def _kind(event) -> str:
    return _(EVENT_WORDS[event.kind]) if event.kind in EVENT_WORDS else event.kind


def _dose_and_reason(event) -> str:
    dose = (
        " " + _("{dose} {unit}/day").format(dose=format_number(event.dose, 3), unit=event.unit)
        if event.dose is not None
        else ""
    )
    # the stop reason in words ("side-effects" -> "biverkningar"), as `trials` and `summary` write it
    return dose + (f" ({label(event.reason)})" if event.reason else "")


def _log(app: AppContext, event):
    """Save `event`, say so (with the supplement notices it brings up); returns it saved."""
    saved = app.journal().add_med_event(event)
    click.echo(f"{saved.date.isoformat()}: {_kind(saved)} {saved.drug}{_dose_and_reason(saved)}.")
    if saved.kind != "stop":
        regimen = medication.regimen_on(app.journal().med_events(), saved.date)
        _echo_notices([item.drug for item in regimen], involving=canonical_name(saved.drug))
    return saved


def _echo_notices(drugs: list[str], involving: str | None = None) -> None:
    """Calm "ask your prescriber" notices for known supplement interactions (interactions.json)."""
    for notice in notices_for(drugs):
        if involving is None or involving in (notice.substance, notice.drug):
            click.echo(_("Note: {text}").format(text=notice.text))


def check_drug_name(drug: str, unlisted: bool) -> None:
    """Refuse (exit 2) a name the drug table cannot resolve, offering the nearest names, unless
    `--unlisted` says it is meant; and a drug given in clinic (esketamine), which is logged
    as a treatment session."""
    clinic = given_in_clinic(drug)
    if clinic:
        raise ValidationError("drug", clinic)
    unknown = unknown_name(drug)
    if unknown and not unlisted:
        raise ValidationError(
            "drug",
            _(
                "{unknown} To log it anyway as an unlisted drug (role other, not judged as a trial), add --unlisted"
            ).format(unknown=unknown),
        )


def check_dose(drug: str, dose: float, confirmed: bool) -> None:
    """Refuse (exit 2) a dose outside the usual range unless `--confirm-dose`."""
    if dose <= 0:
        return  # the record's own check names the allowed range
    why = implausible_dose(resolve(drug), dose)
    if why and not confirmed:
        raise ValidationError(
            "--dose", _("{why}. Check the dose; if it is right, add --confirm-dose").format(why=why)
        )


CONFIRM_DOSE = click.option(
    "--confirm-dose",
    is_flag=True,
    help=N_(
        "Save a dose outside the usual range (above the label's highest daily dose or below "
        "a tenth of the minimum)."
    ),
)


@med.command(
    help=N_('Start taking DRUG (generic or brand name, with its formulation: "Paxil CR").')
)
@click.argument("drug")
@click.option(
    "--dose",
    type=NUMBER,
    help=N_(
        'Daily dose (mg; micrograms for T3). Needed unless DRUG ends with a strength ("Zoloft '
        '50mg"), which is then stored as the daily dose.'
    ),
)
@date_option()
@click.option(
    "--role", type=click.Choice(MED_ROLES), help=N_("Default: from the drug table, else other.")
)
@click.option("--note", default="", help=N_("Free text."))
@click.option(
    "--unlisted",
    is_flag=True,
    help=N_("Log a drug the table does not know, on purpose (role other)."),
)
@CONFIRM_DOSE
@pass_app
def start(
    app: AppContext, drug: str, dose: float | None, day, role, note: str, unlisted: bool,
    confirm_dose: bool,
) -> None:  # fmt: skip
    check_drug_name(drug, unlisted)
    strength = named_strength(drug)
    stored = _start_dose(dose, strength)
    check_dose(drug, stored, confirm_dose)
    event = medication.new_event(day_or_today(day), drug, "start", stored, role=role, note=note)
    saved = _log(app, event)
    if strength is not None:
        _say_which_dose(strength, dose, saved)


def _start_dose(dose: float | None, strength: float | None) -> float:
    """--dose when given, else the strength in the name; neither: exit 2, as click says."""
    if dose is not None:
        return dose
    if strength is not None:
        return strength
    ctx = click.get_current_context()
    param = next(p for p in ctx.command.params if p.name == "dose")
    raise click.MissingParameter(ctx=ctx, param=param)


def _say_which_dose(strength: float, dose: float | None, saved) -> None:
    """A strength in the name ("Zoloft 50mg") is not silently dropped or silently used: say
    which dose was stored."""
    unit = saved.unit
    named = f"{format_number(strength, 3)} {unit}"
    if dose is None:
        click.echo(
            _(
                "The name says {named}: stored as the daily dose. If you take another amount a "
                "day, correct it: `trdjournal med edit {id} --dose N`."
            ).format(named=named, id=saved.id)
        )
    elif dose != strength:
        click.echo(
            _("The name says {named}; stored the --dose you gave, {dose} {unit}.").format(
                named=named, dose=format_number(dose, 3), unit=unit
            )
        )


@med.command(help=N_("Change the daily dose of a running DRUG."))
@click.argument("drug")
@click.option("--dose", type=NUMBER, required=True, help=N_("New daily dose."))
@date_option()
@click.option("--note", default="", help=N_("Free text."))
@CONFIRM_DOSE
@pass_app
def change(app: AppContext, drug: str, dose: float, day, note: str, confirm_dose: bool) -> None:
    check_dose(drug, dose, confirm_dose)
    _log(app, medication.new_event(day_or_today(day), drug, "change", dose, note=note))


@med.command(help=N_("Stop a running DRUG."))
@click.argument("drug")
@date_option()
@click.option("--reason", type=click.Choice(STOP_REASONS), help=N_("Why it was stopped."))
@click.option("--note", default="", help=N_("Free text."))
@pass_app
def stop(app: AppContext, drug: str, day, reason, note: str) -> None:
    _log(app, medication.new_event(day_or_today(day), drug, "stop", reason=reason, note=note))


@med.command(name="list", help=N_("The current regimen and every medication event, oldest first."))
@json_option(N_("Every event as one JSON document."))
@pass_app
def list_(app: AppContext, as_json: bool) -> None:
    events = app.journal().med_events()
    if as_json:
        echo_json([to_json_dict(e) for e in events])
        return
    current = medication.regimen_on(events, today())
    click.echo(_("Taking now:") if current else _("Taking now: nothing logged."))
    for item in current:
        click.echo(
            _("  {drug} {dose} {unit}/day ({role}) since {value}, this dose since {value2}").format(
                drug=item.drug,
                dose=format_number(item.dose, 3),
                unit=item.unit,
                role=label(item.role),
                value=item.since.isoformat(),
                value2=item.dose_since.isoformat(),
            )
        )
    _echo_notices([item.drug for item in current])
    if events:
        click.echo(_("\nHistory:"))
    width = max(len(_(word)) for word in EVENT_WORDS.values())  # "start" / "utsättning"
    for e in events:
        click.echo(
            f"  {e.date.isoformat()}  {_kind(e):<{width}} {e.drug}{_dose_and_reason(e)}  "
            + _("(id {id})").format(id=e.id)
        )


@med.command(
    help=N_("Correct medication event ID (the id is in `med list`): only the options given change.")
)
@click.argument("event_id", metavar="ID", type=ID)
@click.option("--drug", help=N_("The drug (generic or brand name)."))
@click.option("--dose", type=NUMBER, help=N_("Daily dose."))
@date_option(N_("Date (YYYY-MM-DD)."))
@click.option("--role", type=click.Choice(MED_ROLES), help=N_("Its role in the treatment."))
@click.option("--reason", type=click.Choice(STOP_REASONS), help=N_("Why it was stopped (a stop)."))
@click.option("--note", default=None, help=N_("Free text."))
@pass_app
def edit(app: AppContext, event_id: int, drug, dose, day, role, reason, note) -> None:
    journal = app.journal()
    found = MED_EVENT.find(journal, event_id)
    if drug is not None:
        drug = canonical_name(drug)
    changes = {"drug": drug, "dose": dose, "date": day, "role": role, "reason": reason}
    records.edit(found, {**changes, "note": note}, journal.update_med_event, _(MED_EVENT.what))


MED_EVENT = records.Kind(
    N_("medication event"),
    N_("medication events"),
    "med",
    "med_events",
    lambda journal: journal.delete_med_event,
    lambda e: f"{e.date.isoformat()} {_kind(e)} {e.drug}",
)
records.delete_command(med, MED_EVENT)


def _add_missed() -> None:
    from trdjournal.cli.missed_commands import missed

    med.add_command(missed)


_add_missed()
