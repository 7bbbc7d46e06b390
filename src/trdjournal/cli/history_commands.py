"""``undo``: take back the last change, exactly as Ctrl+Z (Edit > Undo) does in the app."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, pass_app
from trdjournal.storage.revisions import describe_undone


@click.command()
@pass_app
def undo(app: AppContext) -> None:
    """Take back the last change (a log, an edit, a delete...) and say what it was.

    Run it again to take back the change before that.
    """
    undone = app.journal().undo_last()
    if undone is None:
        click.echo("Nothing to undo: every change in this journal has been taken back already.")
        return
    click.echo(describe_undone(undone))
