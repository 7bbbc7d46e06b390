"""`questionnaire phq9|gad7|qids-sr16|madrs-s`: score and save a questionnaire."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, date_option, day_or_today, pass_app
from trdjournal.domain.crisis import crisis_lines
from trdjournal.domain.model import INSTRUMENTS, Questionnaire
from trdjournal.domain.scales import band_label, parse_answers, scale
from trdjournal.i18n import N_, _


class Instrument(click.Choice):
    """phq9|gad7|qids-sr16|madrs-s, or the name as published and as every output writes it
    ("PHQ-9", "madrs-s"): a user copies what the app shows them."""

    def convert(self, value, param, ctx):
        if isinstance(value, str):
            typed = value.strip().casefold()
            for key in INSTRUMENTS:
                if typed == scale(key).name.casefold():
                    value = key
        return super().convert(value, param, ctx)


@click.command(help=N_("Save a PHQ-9, GAD-7, QIDS-SR16 or MADRS-S and print its total and band."))
@click.argument("instrument", metavar="|".join(INSTRUMENTS), type=Instrument(INSTRUMENTS))
@click.option(
    "--answers",
    required=True,
    help=N_(
        "Each item's answer in order, separated by commas: 0-3 (PHQ-9, GAD-7, QIDS-SR16) "
        "or 0-6 (MADRS-S)."
    ),
)
@date_option()
@pass_app
def questionnaire(app: AppContext, instrument: str, answers: str, day) -> None:
    q = Questionnaire(day_or_today(day), instrument, parse_answers(answers, instrument))
    journal = app.journal()
    journal.add_questionnaire(q)
    definition = scale(instrument)
    click.echo(
        _("{name} on {date}: total {total} ({band}).").format(
            name=definition.name, date=q.date.isoformat(), total=q.total, band=band_label(q.band)
        )
    )
    if q.self_harm_flag:
        click.echo(
            _(
                "\nYou said you have had thoughts of death or of hurting yourself. That is worth talking about with someone today. If you are in danger, you can reach:"
            )
        )
        for line in crisis_lines(journal.settings()):
            click.echo(f"  {line.name} ({line.region}): {line.contact}")
        click.echo(_("This answer is marked for your clinician in the report."))
