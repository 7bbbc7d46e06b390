"""What ``list``, ``delete ID`` and ``edit ID`` share across the record groups (med, treatment,
appointment, event, lab, questionnaires): finding a record by id, changing only the fields
given, and saying what changed. Every change goes through the Journal's one write path, so it
is in the history and ``trdjournal undo`` takes it back."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import click

from trdjournal.domain.errors import ValidationError


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


def delete(record: Any, remove: Callable[[int], None], what: str, text: str) -> None:
    remove(record.id)
    click.echo(f"Deleted the {what} {record.id} ({text}); `trdjournal undo` brings it back.")
