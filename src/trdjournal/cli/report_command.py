"""``report``: the appointment PDF for a period (default: since the last appointment)."""

from __future__ import annotations

from pathlib import Path

import click

from trdjournal.cli.common import (
    AppContext,
    output_file,
    pass_app,
    period_options,
    warn_if_plaintext_copy,
)
from trdjournal.domain import wording
from trdjournal.domain.dates import today
from trdjournal.report.options import DEFAULT_SECTIONS, SECTIONS, parse_sections, plan_request


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    required=True,
    help="PDF file to write (replaced if it exists).",
)
@period_options("First day (default: the last appointment).", "Last day (default: today).")
@click.option("--no-name", is_flag=True, help="Leave the name from the settings off the report.")
@click.option(
    "--sections",
    default=",".join(DEFAULT_SECTIONS),
    show_default=True,
    help=f"Comma list of the parts to include, from {','.join(SECTIONS)}. "
    "background (your background profile) is private and only included when named.",
)
@pass_app
def report(app: AppContext, output: Path, start, end, no_name: bool, sections: str) -> None:
    """Write the appointment report: page 1 "Since last visit", charts, trials, daily log.

    Without --from the period starts at the last appointment before today, or 90 days ago
    when there is none.
    """
    from trdjournal.analysis import analyse
    from trdjournal.report import write_report

    output = output_file(output)
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
    result = write_report(analyse(journal), request, output)
    warn_if_plaintext_copy(journal, result.path)
    click.echo(
        f"Wrote {result.path} ({wording.pages(result.pages)}, "
        f"{request.start.isoformat()} to {request.end.isoformat()})."
    )
