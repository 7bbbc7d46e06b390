"""The two things every record list does: open an add/edit dialog and, when it is saved,
refresh and say so; delete the selected record and say how to undo it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from trdjournal.domain.errors import ValidationError
from trdjournal.ui.base.ui_context import UiContext


def open_dialog(
    ui_context: UiContext,
    dialog: QDialog,
    table: str,
    message: Callable[[Any], str],
    on_finished: Callable[[], None] = lambda: None,
) -> None:
    """Show ``dialog`` window-modal (not blocking); its ``saved`` record goes to ``message``."""

    def saved() -> None:
        ui_context.changed(table)
        ui_context.tell(message(dialog.saved))  # type: ignore[attr-defined]

    dialog.accepted.connect(saved)
    dialog.finished.connect(lambda _result: on_finished())
    dialog.open()


def delete_record(
    ui_context: UiContext, record: Any, delete: Callable[[int], None], table: str, what: str
) -> None:
    if record is None:
        ui_context.tell(
            QCoreApplication.translate("record_actions", "Select a row to delete first.")
        )
        return
    try:
        delete(record.id)
    except ValidationError as exc:
        ui_context.tell(
            QCoreApplication.translate("record_actions", "Not deleted: {message}.").format(
                message=exc.message
            )
        )
        return
    ui_context.changed(table)
    ui_context.tell(
        QCoreApplication.translate(
            "record_actions", "Deleted {what} of {day}. Ctrl+Z undoes it."
        ).format(what=what, day=record.date.isoformat())
    )
