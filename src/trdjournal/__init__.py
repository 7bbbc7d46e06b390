"""trdjournal: a private mood and treatment journal for treatment-resistant depression."""

__version__ = "0.1.0"
APP_NAME = "trdjournal"
APP_ID = "org.trdjournal.TrdJournal"
LICENSE = "GPL-3.0-or-later"  # SPDX; tests/test_about.py checks pyproject.toml says the same
