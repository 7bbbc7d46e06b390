"""`undo`: take back the last change, exactly as Ctrl+Z (Edit > Undo) does in the app."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, pass_app
from trdjournal.i18n import N_, _
from trdjournal.storage.revisions import describe_undone

UNDO_HELP = N_("""Take back the last change (a log, an edit, a delete...) and say what it was.

Run it again to take back the change before that.
""")


@click.command(help=UNDO_HELP)
@pass_app
def undo(app: AppContext) -> None:
    journal = app.journal()
    undone = journal.undo_last()
    if undone is None:
        click.echo(
            _("Nothing to undo: every change in this journal has been taken back already.")
            if journal.has_history()
            else _("Nothing to undo yet: nothing has been changed in this journal.")
        )
        return
    click.echo(describe_undone(undone))
