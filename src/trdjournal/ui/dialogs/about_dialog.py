"""Help > About: version, where the journal lives, the licence, and the published sources of
every clinical table the app uses (read from resources/, so they cannot drift)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trdjournal import APP_ID, APP_NAME, LICENSE, __version__
from trdjournal.domain.reference import table_sources
from trdjournal.paths import resource_path

ICON_SIZE = 64


def app_icon() -> QIcon:
    """The app icon from resources/icons (the same files the Linux desktop entry installs)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resource_path(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")))
    return icon


class AboutDialog(QDialog):
    def __init__(self, journal_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)

        self.logo = logo = QLabel()
        logo.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(logo)

        self.text = QLabel(self._html(journal_path))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(480)
        layout.addWidget(self.text)

        # The sources grow with every reference table: they scroll, the dialog does not.
        self.sources = QTextBrowser()
        self.sources.setHtml(self._sources_html())
        self.sources.setOpenLinks(False)
        self.sources.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.sources.setAccessibleName(self.tr("Sources of the clinical tables"))
        layout.addWidget(self.sources, 1)
        self.resize(560, 640)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table_title(self, table: str) -> str:
        """Each reference table's heading in words: its file's key ("atc") means nothing to a
        reader. A table added without a heading here still reads as words, not as a key."""
        titles = {
            "atc": self.tr("Drug codes (ATC)"),
            "augmentation": self.tr("Augmentation doses"),
            "courses": self.tr("Treatment courses and their minimum sessions"),
            "crisis_lines": self.tr("Crisis lines"),
            "daylio_moods": self.tr("Daylio's moods"),
            "drugs": self.tr("Medication doses"),
            "episodes": self.tr("Episodes, remission and relapse"),
            "interactions": self.tr("Interactions with supplements"),
            "labs": self.tr("Lab tests and their reference ranges"),
            "loinc": self.tr("Codes for health-record exchange (LOINC)"),
            "pgx": self.tr("Pharmacogenetics: how genes change drug exposure"),
            "scales": self.tr("Questionnaires and their thresholds"),
        }
        return titles.get(table, table.replace("_", " ").capitalize())

    def _html(self, journal_path: Path) -> str:
        # tr() calls stay outside f-strings: lupdate does not look inside them.
        summary = self.tr(
            "A private mood and treatment journal for treatment-resistant depression."
        )
        honesty = self.tr(
            "It reports what you logged and what published definitions say of it; "
            "it does not diagnose or advise treatment."
        )
        journal_label, folder_label = self.tr("Your journal"), self.tr("Data folder")
        licence_label = self.tr("Licence")
        licence_note = self.tr("(free software: you may share and change it under its terms)")
        sources_label = self.tr("Sources of the clinical tables")
        parts = [
            f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>",
            f"<p>{escape(summary)}</p><p>{escape(honesty)}</p>",
            f"<p><b>{escape(journal_label)}:</b> {escape(str(journal_path))}<br>",
            f"<b>{escape(folder_label)}:</b> {escape(str(journal_path.parent))}</p>",
            f"<p><b>{escape(licence_label)}:</b> {escape(LICENSE)} {escape(licence_note)}</p>",
            f"<p><b>{escape(sources_label)}</b></p>",
        ]
        return "".join(parts)

    def _sources_html(self) -> str:
        parts = []
        for table, sources in table_sources().items():
            cited = "".join(f"<li>{escape(source)}</li>" for source in sources)
            parts.append(f"<p><i>{escape(self._table_title(table))}</i></p><ul>{cited}</ul>")
        return "".join(parts)
