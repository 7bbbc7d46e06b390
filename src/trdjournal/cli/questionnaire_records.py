"""`questionnaires list|edit|delete`: the saved questionnaires, by id.

`questionnaire phq9|gad7` (questionnaire_commands.py) fills one in; this group corrects or
removes one afterwards. Each change is in the history, so `trdjournal undo` takes it back.
"""

from __future__ import annotations

import click

from trdjournal.cli import record_commands as records
from trdjournal.cli.common import (
    ID,
    AppContext,
    date_option,
    pass_app,
)
from trdjournal.domain.model import Questionnaire
from trdjournal.domain.scales import parse_answers, scale
from trdjournal.i18n import N_, _


@click.group(help=N_("Saved questionnaires (PHQ-9, GAD-7): list, correct, delete."))
def questionnaires() -> None:
    pass


def _line(q: Questionnaire) -> str:
    answers = ",".join(str(a) for a in q.answers)
    total = _("total {total}").format(total=q.total)
    return f"{q.id:>4}  {q.date.isoformat()}  {q.instrument}  {total}  ({answers})"


QUESTIONNAIRE = records.Kind(
    N_("questionnaire"),
    N_("questionnaires"),
    "questionnaires",
    "questionnaires",
    lambda journal: journal.delete_questionnaire,
    lambda q: f"{scale(q.instrument).name}, {q.date.isoformat()}",
)
records.list_command(
    questionnaires,
    QUESTIONNAIRE,
    lambda journal, start, end: journal.questionnaires(start=start, end=end),
    _line,
)
records.delete_command(questionnaires, QUESTIONNAIRE)


@questionnaires.command(
    help=N_("Correct questionnaire ID (see `questionnaires list`): only the options given change.")
)
@click.argument("questionnaire_id", metavar="ID", type=ID)
@click.option("--answers", default=None, help=N_("Each item's answer 0-3, in order: 0,1,2,..."))
@date_option(N_("Date (YYYY-MM-DD)."))
@pass_app
def edit(app: AppContext, questionnaire_id: int, answers, day) -> None:
    journal = app.journal()
    found = QUESTIONNAIRE.find(journal, questionnaire_id)
    parsed = None if answers is None else parse_answers(answers, found.instrument)
    records.edit(
        found, {"answers": parsed, "date": day}, journal.update_questionnaire, _(QUESTIONNAIRE.what)
    )
