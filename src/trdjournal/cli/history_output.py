"""The parts of `trdjournal trials` and `stage` that show courses and adherence."""

from __future__ import annotations

import click

from trdjournal.analysis import JournalAnalysis
from trdjournal.analysis.trials import OUTCOME_LABELS
from trdjournal.cli.common import say, text_table
from trdjournal.domain.scales import scale
from trdjournal.i18n import N_, _, format_number, ngettext

ADEQUATE = {True: N_("yes"), False: N_("no"), None: "-"}


def print_adherence(result: JournalAnalysis) -> None:
    for trial, a in zip(result.trials, result.adherence, strict=True):
        if a.missed_days:
            verdict = a.adequacy_text or _("a fair trial (at least {min_percent}%)").format(
                min_percent=a.min_percent
            )
            # A percentage, as the verdict beside it ("at least 80%") and the app write it.
            say(
                ngettext(
                    "{drug} from {value}: taken on {percent}% of days ({missed_days} day with missed doses): {verdict}.",
                    "{drug} from {value}: taken on {percent}% of days ({missed_days} days with missed doses): {verdict}.",
                    a.missed_days,
                ).format(
                    drug=trial.drug,
                    value=trial.start.isoformat(),
                    percent=format_number(a.adherence * 100, 0),
                    missed_days=a.missed_days,
                    verdict=verdict,
                )
            )
        if a.loss_note:
            say(f"{trial.drug}: {a.loss_note}.")


def print_courses(result: JournalAnalysis) -> None:
    if not result.courses:
        return
    click.echo(_("\nCourses of sessions:"))
    rows = []
    for c in result.courses:
        scores = f"{scale(c.measure).name} {c.baseline}->{c.follow_up}" if c.measure else "-"
        rows.append(
            [
                c.name,
                c.start.isoformat(),
                _("running") if c.running else c.end.isoformat(),
                str(c.sessions),
                "-" if c.min_sessions is None else str(c.min_sessions),
                _(ADEQUATE[c.adequate]),
                scores,
                "-" if c.change_pct is None else f"{c.change_pct:+.0f}%",
                _(OUTCOME_LABELS.get(c.outcome, c.outcome)),
            ]
        )
    headers = [_("treatment"), _("first"), _("last"), _("sessions"), _("min"), _("adequate"),
               _("scores"), _("change"), _("outcome")]  # fmt: skip
    for line in text_table(headers, rows):
        click.echo(line)
    for kind in dict.fromkeys(c.kind for c in result.courses):
        c = next(c for c in result.courses if c.kind == kind)
        say(
            _("{value}, minimum sessions: {basis}").format(
                value=c.name.split(" (")[0], basis=c.adequacy_basis()
            )
        )
