"""The `trdjournal` command line: one click group whose sub-commands load on first use.

Sub-commands live in their own modules and are named here as "module:attribute" strings, so
`trdjournal --version` and shell completion stay fast, and a command that needs Qt (the GUI,
screenshots) can live under trdjournal.ui without the CLI core importing Qt.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from trdjournal import __version__
from trdjournal.i18n import N_, _

COMMANDS: dict[str, str] = {
    "demo": "trdjournal.cli.demo_command:demo",
    "log": "trdjournal.cli.checkin_commands:log",
    "entries": "trdjournal.cli.checkin_commands:entries",
    "med": "trdjournal.cli.med_commands:med",
    "treatment": "trdjournal.cli.treatment_commands:treatment",
    "questionnaire": "trdjournal.cli.questionnaire_commands:questionnaire",
    "appointment": "trdjournal.cli.appointment_commands:appointment",
    "backup": "trdjournal.cli.data_commands:backup_command",
    "restore": "trdjournal.cli.data_commands:restore",
    "export": "trdjournal.cli.data_commands:export",
    "import": "trdjournal.cli.data_commands:import_command",
    "encrypt": "trdjournal.cli.encryption_commands:encrypt",
    "decrypt": "trdjournal.cli.encryption_commands:decrypt",
    "trials": "trdjournal.cli.analysis_commands:trials",
    "stage": "trdjournal.cli.analysis_commands:stage",
    "summary": "trdjournal.cli.analysis_commands:summary",
    "report": "trdjournal.cli.report_command:report",
    "screenshot": "trdjournal.ui.shell.screenshot:screenshot",
    "background": "trdjournal.cli.background_commands:background",
    "event": "trdjournal.cli.event_commands:event",
    "lab": "trdjournal.cli.lab_commands:lab",
    "undo": "trdjournal.cli.history_commands:undo",
    "questionnaires": "trdjournal.cli.questionnaire_records:questionnaires",
}

GUI_ENTRY = "trdjournal.ui.shell.app:run"


def _load(spec: str) -> click.Command:
    module, _sep, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS:
            return _load(COMMANDS[name])
        return super().get_command(ctx, name)

    def main(self, *args, **kwargs):
        # The language is chosen before click parses anything: `trdjournal --help` and click's
        # own refusals ("No such command") are shown before any callback runs.
        from trdjournal.cli.click_messages import translate_click
        from trdjournal.i18n import set_locale

        set_locale()
        translate_click()
        return super().main(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _refuse_undecodable(args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        # Imported here, not at the top: the journal's stack (sqlite-utils, which imports numpy)
        # is not needed for --version.
        from trdjournal.cli.common import run_guarded

        return run_guarded(lambda: super(LazyGroup, self).invoke(ctx), ctx)


def _refuse_undecodable(args: list[str]) -> None:
    """An argument the terminal passed as bytes that are not UTF-8 (Python keeps them as
    lone surrogates) cannot be stored or printed: refuse it by name, exit 2."""
    for n, arg in enumerate(args):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            option = next((a for a in reversed(args[:n]) if a.startswith("-")), None)
            name = option.split("=")[0] if option else f"argument {n + 1}"
            if arg.startswith("-"):
                name = arg.split("=")[0].encode("utf-8", "replace").decode()
            raise click.BadParameter(
                _(
                    "holds bytes that are not text (not UTF-8); type it again, or check the terminal's character encoding"
                ),
                param_hint=repr(name),
            ) from None


MAIN_HELP = N_("""trdjournal: a private mood and treatment journal for treatment-resistant depression.

With no command, opens the desktop app.
""")


@click.group(cls=LazyGroup, invoke_without_command=True, help=MAIN_HELP)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="TRDJOURNAL_DB",
    help=N_(
        "Journal file to use (default: journal.sqlite3 in your data folder; env TRDJOURNAL_DB)."
    ),
)
@click.option(
    "--demo",
    is_flag=True,
    help=N_("Use a separate demo journal, filled with an example history on first use."),
)
@click.option(
    "--debug",
    is_flag=True,
    help=N_("On an unexpected error, show the full Python traceback (for a bug report)."),
)
@click.version_option(__version__, prog_name="trdjournal")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, demo: bool, debug: bool) -> None:
    from trdjournal.cli.common import AppContext, ask_passphrase

    if demo and db_path is not None:
        raise click.UsageError(_("--demo and --db choose different journals; use one of them."))
    ctx.obj = AppContext(db_path=db_path, demo=demo, passphrase_source=ask_passphrase)
    ctx.call_on_close(ctx.obj.close)
    ctx.call_on_close(lambda: [click.echo(w, err=True) for w in ctx.obj.warnings])
    if ctx.invoked_subcommand is None:
        _open_gui(ctx)


def _open_gui(ctx: click.Context) -> None:
    try:
        run = _load(GUI_ENTRY)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("trdjournal.ui"):
            click.echo(ctx.get_help())
            return
        raise
    ctx.exit(run(ctx.obj))
