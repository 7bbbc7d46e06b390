"""``demo``: fill an empty journal with an example history."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, pass_app
from trdjournal.demo import DEFAULT_DAYS, fill_demo_journal
from trdjournal.domain import wording


@click.command()
@click.option(
    "--days",
    type=click.IntRange(1, 36_500),
    default=DEFAULT_DAYS,
    show_default=True,
    help="Length of the history, ending today.",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same journal.")
@pass_app
def demo(app: AppContext, days: int, seed: int) -> None:
    """Fill an EMPTY journal with a realistic example history (refuses otherwise)."""
    journal = app.journal()
    counts = fill_demo_journal(journal, days=days, seed=seed)
    c = wording.counted
    click.echo(
        f"Wrote {wording.days(days)} of example history to {journal.path}: "
        + ", ".join(
            [
                c("{n} check-in", "{n} check-ins", counts["checkins"]),
                c("{n} medication event", "{n} medication events", counts["med_events"]),
                wording.sessions(counts["sessions"]),
                c("{n} questionnaire", "{n} questionnaires", counts["questionnaires"]),
                c("{n} appointment", "{n} appointments", counts["appointments"]),
            ]
        )
        + "."
    )
