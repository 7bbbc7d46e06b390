"""What every sub-command shares: the journal it works on, input errors, dates and JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import textwrap
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from trdjournal.context import AppContext, passphrase_from_env
from trdjournal.domain.dates import parse_date, today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import to_json_dict
from trdjournal.i18n import N_, _, format_number, parse_number
from trdjournal.storage import DamagedJournalError, JournalError, NotAJournalError

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
    "elevated": "--elevated",
    "irritability": "--irritability",
    "steps": "--steps",
    "tags": "--tag",
    "side_effects": "--side-effect",
    "from": "--from",
    "to": "--to",
    "note": "--note",
    "dose": "--dose",
    "drug": "DRUG",
    "reason": "--reason",
    "role": "--role",
    "kind": "KIND",
    "answers": "--answers",
    "clinician": "--clinician",
    "passphrase": "the passphrase",
    "impact": "--impact",
    "text": "TEXT",
    "lab": "NAME",
    "value": "VALUE",
    "unit": "UNIT",
    "range": "--range",
    "sections": "--sections",
    "id": "ID",
    "detail": "--detail",
    "doses": "--doses",
}


class InvalidInput(click.ClickException):
    """Input the journal refuses: exit code 2, the message names the field."""

    exit_code = 2


def invalid(error: ValidationError) -> InvalidInput:
    name = OPTION_NAMES.get(error.field, error.field)
    return InvalidInput(
        _("Invalid value for {name}: {message}").format(name=name, message=error.message)
    )


CLICK_OWN = (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort)


def run_guarded(action: Callable[[], T], ctx: click.Context | None = None) -> T:
    """Turn the core's errors into the CLI's exit codes: 2 for bad input, 1 for the rest.

    When the journal itself cannot be opened (damaged, or not a journal), the message names
    its newest good backup and the command that restores it. A full disk, a read-only file or
    a busy journal is named as such (storage/diagnosis.py). Anything unexpected is one plain
    sentence, exit 1; the traceback only with `--debug`.
    """
    try:
        return _run_named(action, ctx)
    except CLICK_OWN:
        raise
    except BrokenPipeError:
        # The reader of the output went away (`trdjournal stage | head`): nothing is wrong, so
        # no message; what follows goes nowhere (Python's advice for SIGPIPE), exit 1.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise click.exceptions.Exit(1) from None
    except Exception as exc:
        if ctx is not None and ctx.find_root().params.get("debug"):
            raise
        raise click.ClickException(
            _(
                "trdjournal stopped on a problem it did not expect ({name__}: {exc}). Anything it had not finished was not saved; run the same command with --debug to see the details, and please report them."
            ).format(name__=type(exc).__name__, exc=_first_line(exc))
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else _("no details")


def _run_named(action: Callable[[], T], ctx: click.Context | None) -> T:
    from trdjournal.storage import cipher, diagnosis

    try:
        return _run_journal_errors(action, ctx)
    except CLICK_OWN:
        raise
    except (*cipher.database_errors(), OSError) as exc:
        app = ctx.obj if ctx is not None else None
        path = app.journal_path if isinstance(app, AppContext) else Path("journal")
        if isinstance(exc, OSError) and exc.filename:
            path = Path(exc.filename)
        named = diagnosis.explain(exc, path)
        if named is None:
            raise
        raise click.ClickException(str(named)) from exc


def _run_journal_errors(action: Callable[[], T], ctx: click.Context | None = None) -> T:
    try:
        return action()
    except ValidationError as exc:
        raise invalid(exc) from exc
    except (DamagedJournalError, NotAJournalError) as exc:
        app = ctx.obj if ctx is not None else None
        message = str(exc)
        about_journal = isinstance(app, AppContext) and exc.path is not None
        if about_journal and Path(exc.path).resolve() == app.journal_path.resolve():
            from trdjournal.storage.backup import restore_hint

            message = f"{message}\n{restore_hint(app.journal_path, app.known_passphrase)}"
        raise click.ClickException(message) from exc
    except JournalError as exc:
        raise click.ClickException(str(exc)) from exc


pass_app = click.make_pass_decorator(AppContext)


def output_file(path: Path, option: str = "-o") -> Path:
    """A file the user asked us to write: its folder must exist (we do not guess one)."""
    path = Path(path).expanduser()
    folder = path.parent
    if not folder.exists():
        raise InvalidInput(
            _(
                "Invalid value for {option}: cannot write {path}: the folder {folder} does not exist; create it first or choose another."
            ).format(option=option, path=path, folder=folder)
        )
    if not folder.is_dir():
        raise InvalidInput(
            _("Invalid value for {option}: {folder} is not a folder.").format(
                option=option, folder=folder
            )
        )
    if path.is_dir():
        raise InvalidInput(
            _("Invalid value for {option}: {path} is a folder; give a file name.").format(
                option=option, path=path
            )
        )
    return path


def not_the_journal(
    app: AppContext, output: Path, option: str = "-o", *, make_folder: bool = False
) -> Path:
    """`output_file`, refusing the journal itself (or its -wal): every -o that writes a copy
    (backup, export, report) is renamed over its target, so the journal would be lost.
    `make_folder`: a missing folder is the caller's to create (backup -o)."""
    output = Path(output).expanduser()
    if not (make_folder and not output.parent.exists()):
        output = output_file(output, option)
    journal = app.journal_path
    if output.resolve() in {journal.resolve(), Path(f"{journal}-wal").resolve()}:
        raise InvalidInput(
            _("Invalid value for {option}: {output} is the journal itself.").format(
                option=option, output=output
            )
        )
    return output


ID = click.IntRange(1, 2**63 - 1)  # SQLite's integer ids: a larger number is no record


def ask_passphrase(path: Path) -> str:
    """The passphrase of an encrypted journal: TRDJOURNAL_PASSPHRASE, else a hidden prompt."""
    return passphrase_from_env() or click.prompt(
        _("Passphrase for {path}").format(path=path), hide_input=True, err=True
    )


def warn_if_plaintext_copy(journal, output: Path) -> None:
    """An export or report of an encrypted journal is a plain file: say so."""
    if journal.encrypted:
        click.echo(
            _(
                "Warning: {output} is not encrypted: anyone who can read it can read what it holds of your journal."
            ).format(output=output),
            err=True,
        )


def ask_new_passphrase(env_name: str) -> str:
    """A passphrase being set: from `env_name` for scripts, else typed twice, hidden."""
    return os.environ.get(env_name) or click.prompt(
        _("New passphrase"), hide_input=True, confirmation_prompt=True, err=True
    )


class DateType(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None):
        try:
            return parse_date(value)
        except ValidationError as exc:
            self.fail(exc.message, param, ctx)


DATE = DateType()


class LocaleNumber(click.ParamType):
    """A decimal number written with the user's decimal sign or a dot: `7,5` in Swedish."""

    name = "NUMBER"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None):
        if isinstance(value, int | float):
            return float(value)
        try:
            return parse_number(value)
        except ValueError:
            self.fail(
                _("{value} is not a number; write it like {example}").format(
                    value=repr(value), example=format_number(7.5)
                ),
                param,
                ctx,
            )


NUMBER = LocaleNumber()


def date_option(help_text: str = N_("Date (YYYY-MM-DD); default today.")) -> Callable:
    """`--date`; `help_text` marked with `N_` (translated when --help shows it)."""
    return click.option("--date", "day", type=DATE, default=None, help=help_text)


def day_or_today(day: dt.date | None) -> dt.date:
    return day if day is not None else today()


def period_options(
    from_help: str = N_("First day (YYYY-MM-DD)."), to_help: str = N_("Last day (YYYY-MM-DD).")
) -> Callable:
    """`--from`/`--to` as the parameters `start` and `end` (help texts marked `N_`)."""

    def decorate(command: Callable) -> Callable:
        command = click.option("--to", "end", type=DATE, help=to_help)(command)
        return click.option("--from", "start", type=DATE, help=from_help)(command)

    return decorate


def check_period(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and start > end:
        raise ValidationError(
            "from",
            _("{start} is after --to {end}; the first day comes first").format(
                start=start, end=end
            ),
        )


def json_option(help_text: str = N_("One JSON document on stdout.")) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help=help_text)


def echo_json(document: Any) -> None:
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))


def say(text: str) -> None:
    """A sentence of the analysis output, wrapped at 100 columns, continued lines indented."""
    click.echo(textwrap.fill(text, width=100, subsequent_indent="  ", break_on_hyphens=False))


def text_table(headers: list[str], rows: list[list[str]], right: Collection[int] = ()) -> list[str]:
    """A plain-text table: a header, a rule of dashes, the rows; columns in `right` right-aligned."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def shown(value: Any, *, empty: str | None = None, quote: bool = True) -> str:
    """A field's value as a line of output shows it: "(empty)" (or `empty`), yes/no, a list
    joined by commas, NAME=N pairs, text in quotes (cut at 40 characters; `quote=False`: as
    it is), a number with the locale's decimal sign."""
    if value is None or value in ((), {}, ""):
        return _("(empty)") if empty is None else empty
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, tuple):
        return ", ".join(v.shown() if hasattr(v, "shown") else shown(v, quote=False) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in sorted(value.items()))
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:39] + "...") if quote else value
    return format_number(value, 3) if isinstance(value, float) else str(value)


def echo_records(
    records: Sequence[T],
    as_json: bool,
    *,
    line: Callable[[T], str],
    empty: str,
    json_row: Callable[[T], Any] = to_json_dict,
    header: str | None = None,
) -> None:
    """What a list command prints: one JSON array, else `empty` or a line per record."""
    if as_json:
        echo_json([json_row(record) for record in records])
    elif not records:
        click.echo(empty)
    else:
        if header is not None:
            click.echo(header)
        for record in records:
            click.echo(line(record))
