"""``med missed``: doses of a running drug that were not taken (a trial's adherence)."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, date_option, day_or_today, pass_app
from trdjournal.domain.model import MissedDose


@click.command()
@click.argument("drug")
@date_option()
@click.option(
    "--doses", type=click.IntRange(1, 24), default=1, show_default=True,
    help="How many doses were missed that day.",
)  # fmt: skip
@click.option("--note", default="", help="Free text.")
@pass_app
def missed(app: AppContext, drug: str, day, doses: int, note: str) -> None:
    """Log that DRUG (running that day) was not taken, today or on --date.

    Each day with a missed dose lowers the trial's adherence (the share of its days taken);
    under the Settings' cut-off (default 80%) a trial is not a fair trial.
    """
    saved = app.journal().add_missed_dose(MissedDose(day_or_today(day), drug, doses, note))
    plural = "dose" if saved.doses == 1 else "doses"
    click.echo(f"{saved.date.isoformat()}: {saved.doses} {plural} of {saved.drug} missed.")
