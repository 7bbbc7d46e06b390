"""``questionnaires list|edit|delete``: the saved questionnaires, by id.

``questionnaire phq9|gad7`` (questionnaire_commands.py) fills one in; this group corrects or
removes one afterwards. Each change is in the history, so ``trdjournal undo`` takes it back.
"""

from __future__ import annotations

import click

from trdjournal.cli import record_commands as records
from trdjournal.cli.common import (
    ID,
    AppContext,
    check_period,
    date_option,
    echo_records,
    json_option,
    pass_app,
    period_options,
)
from trdjournal.domain.model import Questionnaire
from trdjournal.domain.scales import parse_answers


@click.group()
def questionnaires() -> None:
    """Saved questionnaires (PHQ-9, GAD-7): list, correct, delete."""


def _line(q: Questionnaire) -> str:
    answers = ",".join(str(a) for a in q.answers)
    return f"{q.id:>4}  {q.date.isoformat()}  {q.instrument}  total {q.total}  ({answers})"


@questionnaires.command(name="list")
@period_options()
@json_option()
@pass_app
def list_(app: AppContext, start, end, as_json: bool) -> None:
    """List saved questionnaires with their ids, oldest first."""
    check_period(start, end)
    echo_records(
        app.journal().questionnaires(start=start, end=end),
        as_json,
        line=_line,
        empty="No questionnaires saved in this period.",
    )


@questionnaires.command()
@click.argument("questionnaire_id", metavar="ID", type=ID)
@click.option("--answers", default=None, help="Each item's answer 0-3, in order: 0,1,2,...")
@date_option("Date (YYYY-MM-DD).")
@pass_app
def edit(app: AppContext, questionnaire_id: int, answers, day) -> None:
    """Correct questionnaire ID (see ``questionnaires list``): only the options given change."""
    journal = app.journal()
    found = records.find(
        journal.questionnaires(), questionnaire_id, "questionnaire", "questionnaires"
    )
    parsed = None if answers is None else parse_answers(answers, found.instrument)
    records.edit(
        found, {"answers": parsed, "date": day}, journal.update_questionnaire, "questionnaire"
    )


@questionnaires.command()
@click.argument("questionnaire_id", metavar="ID", type=ID)
@pass_app
def delete(app: AppContext, questionnaire_id: int) -> None:
    """Delete questionnaire ID (see ``questionnaires list``); ``undo`` brings it back."""
    journal = app.journal()
    found = records.find(
        journal.questionnaires(), questionnaire_id, "questionnaire", "questionnaires"
    )
    text = f"{found.instrument} on {found.date.isoformat()}"
    records.delete(found, journal.delete_questionnaire, "questionnaire", text)
