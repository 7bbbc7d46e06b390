"""`med missed`: doses of a running drug that were not taken (a trial's adherence)."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, date_option, day_or_today, pass_app
from trdjournal.domain.model import MissedDose
from trdjournal.i18n import N_, ngettext

MISSED_HELP = N_("""Log that DRUG (running that day) was not taken, today or on --date.

Each day with a missed dose lowers the trial's adherence (the share of its days taken);
under the Settings' cut-off (default 80%) a trial is not a fair trial.
""")


@click.command(help=MISSED_HELP)
@click.argument("drug")
@date_option()
@click.option(
    "--doses", type=click.IntRange(1, 24), default=1, show_default=True,
    help=N_("How many doses were missed that day."),
)  # fmt: skip
@click.option("--note", default="", help=N_("Free text."))
@pass_app
def missed(app: AppContext, drug: str, day, doses: int, note: str) -> None:
    saved = app.journal().add_missed_dose(MissedDose(day_or_today(day), drug, doses, note))
    missed_text = ngettext(
        "{date}: {doses} dose of {drug} missed.",
        "{date}: {doses} doses of {drug} missed.",
        saved.doses,
    )
    click.echo(missed_text.format(date=saved.date.isoformat(), doses=saved.doses, drug=saved.drug))
