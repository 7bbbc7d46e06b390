"""What ``list``, ``delete ID`` and ``edit ID`` share across the record groups (med, treatment,
appointment, event, lab, questionnaires): finding a record by id, changing only the fields
given, and saying what changed. Every change goes through the Journal's one write path, so it
is in the history and ``trdjournal undo`` takes it back."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import click

from trdjournal.cli.common import (
    ID,
    AppContext,
    check_period,
    echo_records,
    json_option,
    pass_app,
    period_options,
)
from trdjournal.domain.errors import ValidationError


@dataclasses.dataclass(frozen=True)
class Kind:
    """One kind of record as its command group offers it."""

    what: str  # "treatment session"
    group: str  # the command group: "treatment"
    records: Callable[[Any], Sequence[Any]]  # journal -> every record, by date
    remove: Callable[[Any], Callable[[int], None]]  # journal -> its delete method
    describe: Callable[[Any], str]  # a record in a few words, for "Deleted ..."

    def find(self, journal: Any, record_id: int) -> Any:
        return find(self.records(journal), record_id, self.what, self.group)


def list_command(
    group: click.Group,
    read: Callable[[Any, Any, Any], Sequence[Any]],
    line: Callable[[Any], str],
    plural: str,
) -> click.Command:
    """``GROUP list [--from D] [--to D] [--json]``: the records with their ids."""

    @group.command(name="list", help=f"List {plural} with their ids, oldest first.")
    @period_options()
    @json_option()
    @pass_app
    def list_(app: AppContext, start, end, as_json: bool) -> None:
        check_period(start, end)
        records = read(app.journal(), start, end)
        echo_records(records, as_json, line=line, empty=f"No {plural} in this period.")

    return list_


def delete_command(group: click.Group, kind: Kind) -> click.Command:
    """``GROUP delete ID``: in the history, so ``trdjournal undo`` brings it back."""

    @group.command(
        help=f"Delete {kind.what} ID (see ``{kind.group} list``); ``undo`` brings it back."
    )
    @click.argument("record_id", metavar="ID", type=ID)
    @pass_app
    def delete(app: AppContext, record_id: int) -> None:
        journal = app.journal()
        found = kind.find(journal, record_id)
        kind.remove(journal)(record_id)
        click.echo(
            f"Deleted the {kind.what} {record_id} ({kind.describe(found)}); "
            "`trdjournal undo` brings it back."
        )

    return delete


def find(records: Sequence[Any], record_id: int, what: str, group: str) -> Any:
    found = next((r for r in records if r.id == record_id), None)
    if found is None:
        raise ValidationError(
            "id", f"there is no {what} {record_id}; `trdjournal {group} list` shows the ids"
        )
    return found


def _shown(value: Any) -> str:
    if value is None or value in ("", ()):
        return "(empty)"
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def edit(
    record: Any,
    changes: dict[str, Any],
    save: Callable[[Any], Any],
    what: str,
) -> None:
    """Save ``record`` with ``changes`` (the options given) and print old -> new."""
    given = {name: value for name, value in changes.items() if value is not None}
    if not given:
        raise click.UsageError("Give at least one field to change (see --help).")
    updated = dataclasses.replace(record, **given)
    lines = [
        f"{name.replace('_', ' ')} {_shown(getattr(record, name))} -> "
        f"{_shown(getattr(updated, name))}"
        for name in given
        if getattr(record, name) != getattr(updated, name)
    ]
    if not lines:
        click.echo(f"The {what} {record.id} already says that; nothing was changed.")
        return
    save(updated)
    click.echo(f"Edited the {what} {record.id}: {'; '.join(lines)}.")
