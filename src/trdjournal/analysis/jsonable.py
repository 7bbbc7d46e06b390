"""Analysis results as plain JSON types, so the CLI, the PDF and the GUI print the same values."""

from __future__ import annotations

from typing import Any

from trdjournal.domain.model import plain


class JsonMixin:
    """``to_json()`` for frozen result dataclasses (domain.model.plain does the work)."""

    def to_json(self) -> Any:
        return plain(self)
