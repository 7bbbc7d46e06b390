"""`report`: the appointment PDF for a period (default: since the last appointment)."""

from __future__ import annotations

from pathlib import Path

import click

from trdjournal.cli.click_messages import LazyHelp
from trdjournal.cli.common import (
    AppContext,
    not_the_journal,
    pass_app,
    period_options,
    warn_if_plaintext_copy,
)
from trdjournal.domain import wording
from trdjournal.domain.dates import today
from trdjournal.i18n import N_, _, available_locales, use_locale
from trdjournal.report.options import DEFAULT_SECTIONS, SECTIONS, parse_sections, plan_request

REPORT_HELP = N_("""Write the appointment report: page 1 "Since last visit", charts, trials, daily log.

Without --from the period starts at the last appointment before today, or 90 days ago
when there is none.
""")


@click.command(help=REPORT_HELP)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    required=True,
    help=N_("PDF file to write (replaced if it exists)."),
)
@period_options(N_("First day (default: the last appointment)."), N_("Last day (default: today)."))
@click.option(
    "--no-name", is_flag=True, help=N_("Leave the name from the settings off the report.")
)
@click.option(
    "--sections",
    default=",".join(DEFAULT_SECTIONS),
    show_default=True,
    help=LazyHelp(
        lambda: _(
            "Comma list of the parts to include, from {sections}. background (your background "
            "profile) is private and only included when named."
        ).format(sections=",".join(SECTIONS))
    ),
)
@click.option(
    "--lang",
    "language",
    type=click.Choice(available_locales()),
    default=None,
    help=N_(
        "Language of the report (default: the app's language, from TRDJOURNAL_LOCALE or LANG)."
    ),
)
@pass_app
def report(
    app: AppContext, output: Path, start, end, no_name: bool, sections: str, language: str | None
) -> None:
    from trdjournal.analysis import analyse
    from trdjournal.report import write_report

    output = not_the_journal(app, output)
    journal = app.journal()
    request = plan_request(
        appointments=[a.date for a in journal.appointments()],
        today=today(),
        report_name=journal.settings().report_name,
        start=start,
        end=end,
        sections=parse_sections(sections),
        include_name=not no_name,
    )
    with use_locale(language):
        result = write_report(analyse(journal), request, output)
    warn_if_plaintext_copy(journal, result.path)
    click.echo(
        _("Wrote {path} ({pages}, {start} to {end}).").format(
            path=result.path,
            pages=wording.pages(result.pages),
            start=request.start.isoformat(),
            end=request.end.isoformat(),
        )
    )
