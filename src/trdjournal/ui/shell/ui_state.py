"""Window state kept between runs (geometry, last view) in an INI file beside the journal,
so each journal (and each test's temporary journal) has its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

STATE_FILENAME = "ui-state.ini"


class UiState:
    def __init__(self, journal_path: Path):
        self.path = Path(journal_path).parent / STATE_FILENAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def last_view(self) -> str | None:
        value = self._settings.value("window/last_view")
        return str(value) if value else None

    def set_last_view(self, key: str) -> None:
        self._settings.setValue("window/last_view", key)

    def sync(self) -> None:
        self._settings.sync()
