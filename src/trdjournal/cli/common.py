"""What every sub-command shares: the journal it works on, input errors, dates and JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TypeVar

import click

from trdjournal.context import AppContext
from trdjournal.domain.dates import parse_date, today
from trdjournal.domain.errors import ValidationError
from trdjournal.storage import JournalError

T = TypeVar("T")

# Domain field names as the user typed them on the command line.
OPTION_NAMES = {
    "date": "--date",
    "mood": "--mood",
    "anxiety": "--anxiety",
    "energy": "--energy",
    "sleep_hours": "--sleep",
    "sleep_quality": "--sleep-quality",
    "activity_minutes": "--activity",
    "tags": "--tag",
    "note": "--note",
    "dose": "--dose",
    "drug": "DRUG",
    "reason": "--reason",
    "role": "--role",
    "kind": "KIND",
    "answers": "--answers",
    "clinician": "--clinician",
    "impact": "--impact",
    "text": "TEXT",
    "lab": "NAME",
    "value": "VALUE",
    "unit": "UNIT",
    "range": "--range",
}


class InvalidInput(click.ClickException):
    """Input the journal refuses: exit code 2, the message names the field."""

    exit_code = 2


def invalid(error: ValidationError) -> InvalidInput:
    name = OPTION_NAMES.get(error.field, error.field)
    return InvalidInput(f"Invalid value for {name}: {error.message}")


def run_guarded(action: Callable[[], T]) -> T:
    """Turn the core's errors into the CLI's exit codes: 2 for bad input, 1 for the rest."""
    try:
        return action()
    except ValidationError as exc:
        raise invalid(exc) from exc
    except JournalError as exc:
        raise click.ClickException(str(exc)) from exc


pass_app = click.make_pass_decorator(AppContext)


class DateType(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None):
        try:
            return parse_date(value)
        except ValidationError as exc:
            self.fail(exc.message, param, ctx)


DATE = DateType()


def date_option(help_text: str = "Date (YYYY-MM-DD); default today.") -> Callable:
    return click.option("--date", "day", type=DATE, default=None, help=help_text)


def day_or_today(day: dt.date | None) -> dt.date:
    return day if day is not None else today()


def echo_json(document: Any) -> None:
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))
