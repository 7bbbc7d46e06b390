"""``demo``: fill an empty journal with an example history."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, pass_app
from trdjournal.demo import DEFAULT_DAYS, fill_demo_journal


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
    click.echo(
        f"Wrote {days} days of example history to {journal.path}: "
        f"{counts['checkins']} check-ins, {counts['med_events']} medication events, "
        f"{counts['sessions']} sessions, {counts['questionnaires']} questionnaires, "
        f"{counts['appointments']} appointments."
    )
