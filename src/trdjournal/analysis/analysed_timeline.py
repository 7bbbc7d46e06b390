"""The timeline of an analysed journal, built from the records the analysis already read
(``JournalAnalysis.data``) and carrying the whole record's episode markers.

The app's Charts view and the PDF's timeline both build theirs here, so showing the charts
reads the journal once (``analyse``), not once for the analysis and again for the timeline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from trdjournal.analysis.episodes import episode_markers
from trdjournal.analysis.timeline import Timeline, TimelineRecords, build_timeline
from trdjournal.storage.device_store import measures_of, measures_with_devices

if TYPE_CHECKING:
    from trdjournal.analysis import JournalAnalysis


def analysed_timeline(
    analysis: JournalAnalysis, start: dt.date | None = None, end: dt.date | None = None
) -> Timeline:
    """The timeline of ``start``..``end`` (as ``build_timeline``: by default the first record
    up to the analysis's today), with the episodes the analysis found."""
    data = analysis.data
    records = TimelineRecords(
        # typed numbers first; a device fills only the empty ones (and is ringed), as
        # Journal.daily_measures gives them
        checkins=measures_with_devices(map(measures_of, data.checkins), data.device_values),
        med_events=data.events,
        sessions=data.sessions,
        questionnaires=data.questionnaires,
        appointments=data.appointments,
        life_events=data.life_events,
        lab_results=data.lab_results,
    )
    timeline = build_timeline(records, start, end, today=analysis.today)
    return dataclasses.replace(timeline, episodes=episode_markers(analysis.episodes))
