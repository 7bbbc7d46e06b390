"""trdjournal: a private mood and treatment journal for treatment-resistant depression."""

__version__ = "0.1.0"
APP_NAME = "trdjournal"
APP_ID = "org.trdjournal.TrdJournal"
