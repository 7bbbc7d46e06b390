"""`demo`: fill an empty journal with an example history."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, pass_app
from trdjournal.demo import DEFAULT_DAYS, fill_demo_journal
from trdjournal.domain import wording
from trdjournal.i18n import N_, _


@click.command(
    help=N_("Fill an EMPTY journal with a realistic example history (refuses otherwise).")
)
@click.option(
    "--days",
    type=click.IntRange(1, 36_500),
    default=DEFAULT_DAYS,
    show_default=True,
    help=N_("Length of the history, ending today."),
)
@click.option("--seed", type=int, default=1, show_default=True, help=N_("Same seed, same journal."))
@pass_app
def demo(app: AppContext, days: int, seed: int) -> None:
    journal = app.journal()
    counts = fill_demo_journal(journal, days=days, seed=seed)
    click.echo(
        _("Wrote {wording} of example history to {path}: ").format(
            wording=wording.days(days), path=journal.path
        )
        + ", ".join(
            [
                wording.records("checkins", counts["checkins"]),
                wording.records("med_events", counts["med_events"]),
                wording.sessions(counts["sessions"]),
                wording.records("questionnaires", counts["questionnaires"]),
                wording.records("appointments", counts["appointments"]),
            ]
        )
        + "."
    )
