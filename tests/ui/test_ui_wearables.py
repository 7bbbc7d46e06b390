"""The Journal view shows which values a device measured, and never hides what was typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from trdjournal.domain.model import CheckIn
from trdjournal.exchange.importer import import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "wearables"


def cell(view, row: int, title: str, role=Qt.ItemDataRole.DisplayRole):
    model = view.table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.index(row, titles.index(title)).data(role)


def test_device_values_are_marked_with_their_source(qtbot, window, journal):
    journal.save_checkin(CheckIn(dt.date(2026, 6, 2), 4, sleep_hours=6.5))
    import_file(journal, DATA / "apple_export.zip")
    window.ui_context.changed("device_values")
    window.show_view("journal")
    view = window.page("journal")
    assert view.table.model().rowCount() == 2  # the typed day and the device-only day
    # newest first: 06-03 has device values only
    assert cell(view, 0, "Mood") == ""
    assert cell(view, 0, "Sleep h") == "5.75"
    assert cell(view, 0, "Source") == "Apple Health: sleep, activity, steps"
    assert "measured by Apple Health" in cell(view, 0, "Sleep h", Qt.ItemDataRole.ToolTipRole)
    assert cell(view, 1, "Sleep h") == "6.5"  # typed: kept, and not marked
    assert cell(view, 1, "Sleep h", Qt.ItemDataRole.FontRole) is None
    assert cell(view, 1, "Steps") == "5000"
    assert cell(view, 1, "Steps", Qt.ItemDataRole.FontRole).italic()
    assert cell(view, 1, "Source") == "Apple Health: activity, steps"
    view.select_day(dt.date(2026, 6, 3))
    view.delete_selected()
    assert "no check-in to delete" in window.statusBar().currentMessage()
    assert len(journal.device_values()) == 8


def test_saving_a_day_in_today_keeps_its_steps_and_device_values(qtbot, window, journal):
    day = dt.date(2026, 6, 3)
    journal.save_checkin(CheckIn(day, 5, steps=4321))
    import_file(journal, DATA / "apple_export.zip")
    window.ui_context.show("today", day)
    view = window.page("today")
    qtbot.mouseClick(view.mood.group.button(7), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = journal.checkin(day)
    assert (saved.mood, saved.steps, saved.sleep_hours) == (7, 4321, None)  # typed steps kept
    assert len(journal.device_values()) == 8  # and the device's, untouched beside it


def test_the_charts_ring_device_values_and_the_hover_names_the_device(qapp, journal):
    import numpy as np

    from trdjournal.analysis.timeline import build_timeline
    from trdjournal.ui.charts.axis_dates import x_of
    from trdjournal.ui.charts.colors import chart_colors
    from trdjournal.ui.charts.hover_text import describe_day
    from trdjournal.ui.charts.panels import SleepPanel

    def xs(timeline):
        return np.array([x_of(d) for d in timeline.daily.dates])

    journal.save_checkin(CheckIn(dt.date(2026, 6, 2), 4, sleep_hours=6.5))
    timeline = build_timeline(journal, dt.date(2026, 6, 1), dt.date(2026, 6, 3))
    panel = SleepPanel(chart_colors())
    panel.set_timeline(timeline, xs(timeline))
    assert not panel.device.legend.isVisible()  # all typed: nothing to mark
    import_file(journal, DATA / "garmin_export.zip")
    timeline = build_timeline(journal, dt.date(2026, 6, 1), dt.date(2026, 6, 3))
    panel.set_timeline(timeline, xs(timeline))
    assert panel.device.legend.isVisible()
    rings = panel.device.rings.data
    assert [float(y) for y in rings["y"]] == [5.75]  # 06-03 only: 06-02's typed 6.5 is not ringed
    typed = describe_day(timeline.day(dt.date(2026, 6, 2)))
    measured = describe_day(timeline.day(dt.date(2026, 6, 3)))
    assert "sleep 6.5 h" in typed and "Garmin" not in typed.split("activity")[0]
    assert "sleep 5.75 h (Garmin Connect)" in measured and "not logged" in measured
