"""`lab add|list|edit|delete|tests`: dated lab values with units and reference ranges."""

from __future__ import annotations

import click

from trdjournal.cli import record_commands as records
from trdjournal.cli.common import (
    ID,
    NUMBER,
    AppContext,
    check_period,
    date_option,
    day_or_today,
    echo_records,
    json_option,
    pass_app,
    period_options,
)
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.labs import (
    ENTERED,
    lab_names,
    lab_test,
    new_lab_result,
    parse_range,
    shown_lab_name,
)
from trdjournal.domain.model import to_json_dict
from trdjournal.i18n import N_, _, format_number, ngettext


@click.group(
    help=N_("Lab results: TSH, free T4, free T3, vitamin D, B12, folate, CRP, lithium level.")
)
def lab() -> None:
    pass


def _line(result) -> str:
    where = _(POSITIONS[result.position]) if result.position else ""
    return _("{date}  {name} {value} {unit} (reference {range}{where})").format(
        date=result.date.isoformat(),
        name=shown_lab_name(result.name),
        value=format_number(result.value, 3),
        unit=result.unit,
        range=result.range_text,
        where=where,
    )


POSITIONS = {
    "below": N_(", below the range"),
    "within": N_(", within the range"),
    "above": N_(", above the range"),
}


@lab.command(help=N_("Log a lab result: NAME VALUE UNIT, e.g. `lab add TSH 2.1 mIU/L`."))
@click.argument("name")
@click.argument("value", type=NUMBER)
@click.argument("unit")
@date_option(N_("Date of the blood test (YYYY-MM-DD); default today."))
@click.option(
    "--range",
    "ref_range",
    metavar="LOW-HIGH",
    help=N_(
        "Reference range printed on your lab report; default: the table in resources/labs.json."
    ),
)
@pass_app
def add(app: AppContext, name: str, value: float, unit: str, day, ref_range) -> None:
    low, high = parse_range(ref_range) if ref_range is not None else (None, None)
    result = new_lab_result(day_or_today(day), name, value, unit, ref_low=low, ref_high=high)
    saved = app.journal().add_lab_result(result)
    click.echo(_line(saved) + f", id {saved.id}.")


@lab.command(name="list", help=N_("List lab results, oldest first."))
@click.option("--name", help=N_("Only this lab."))
@period_options()
@json_option()
@pass_app
def list_(app: AppContext, name, start, end, as_json: bool) -> None:
    check_period(start, end)
    try:
        only = lab_test(name).name if name else None
    except ValidationError as exc:
        raise ValidationError("--name", exc.message) from exc
    echo_records(
        app.journal().lab_results(start, end, only),
        as_json,
        line=lambda r: f"{r.id:>4}  {_line(r)}",
        empty=_("No lab results logged in this period."),
        json_row=lambda r: {**to_json_dict(r), "position": r.position},
    )


@lab.command(help=N_("Correct lab result ID (see `lab list`): only the options given change."))
@click.argument("result_id", metavar="ID", type=ID)
@click.option("--name", default=None, help=N_("The lab (see `lab tests`)."))
@click.option("--value", type=NUMBER, help=N_("The value."))
@click.option("--unit", default=None, help=N_("Its unit."))
@date_option(N_("Date of the blood test (YYYY-MM-DD)."))
@click.option(
    "--range", "ref_range", metavar="LOW-HIGH", help=N_("Reference range from your report.")
)
@pass_app
def edit(app: AppContext, result_id: int, name, value, unit, day, ref_range) -> None:
    journal = app.journal()
    found = LAB_RESULT.find(journal, result_id)
    changes = {"date": day, "value": value}
    if name is not None or unit is not None:  # name and unit are checked against the table
        checked = new_lab_result(
            found.date, name or found.name, found.value, unit or found.unit,
            ref_low=found.ref_low, ref_high=found.ref_high,
        )  # fmt: skip
        changes |= {"name": checked.name, "unit": checked.unit}
    if ref_range is not None:
        low, high = parse_range(ref_range)
        changes |= {"ref_low": low, "ref_high": high, "ref_source": ENTERED}
    records.edit(found, changes, journal.update_lab_result, _(LAB_RESULT.what), _lab_words)


def _lab_words(field: str, value):
    """A lab result's stored name and range source as `lab edit` names them."""
    if field == "name":
        return shown_lab_name(value)
    if field == "ref_source" and value == ENTERED:
        return _("from your lab report")
    return value


LAB_RESULT = records.Kind(
    N_("lab result"),
    N_("lab results"),
    "lab",
    "lab_results",
    lambda journal: journal.delete_lab_result,
    lambda r: f"{r.date.isoformat()} {shown_lab_name(r.name)} {format_number(r.value, 3)} {r.unit}",
)
records.delete_command(lab, LAB_RESULT)


@lab.command(
    help=N_("The labs trdjournal knows, their units and default reference ranges with sources.")
)
def tests() -> None:
    for name in lab_names():
        test = lab_test(name)
        ranges = "; ".join(
            f"{format_number(lo, 3)}-{format_number(hi, 3)} {unit}"
            for unit, (lo, hi) in test.default_range.items()
        )
        click.echo(
            ngettext(
                "{name}: unit {units}; default {ranges}",
                "{name}: units {units}; default {ranges}",
                len(test.units),
            ).format(name=shown_lab_name(test.name), units=", ".join(test.units), ranges=ranges)
        )
        if test.note:
            click.echo("    " + _(test.note))
        click.echo("    " + _("source: {source}").format(source=test.source))
