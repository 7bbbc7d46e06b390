"""The Charts view driven as a user does: preset buttons, the wheel, the pointer."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from trdjournal.demo import fill_demo_journal
from trdjournal.domain.dates import today
from trdjournal.domain.model import CheckIn
from trdjournal.ui.charts.axis_dates import DAY, x_of


@pytest.fixture
def charts(qtbot, window, journal):
    fill_demo_journal(journal)  # 730 days ending today (2026-06-15 in the tests)
    window.resize(1200, 800)
    window.show_view("charts")
    view = window.page("charts")
    qtbot.waitUntil(lambda: view.timeline is not None)
    return view


def click_preset(qtbot, view, key: str) -> None:
    qtbot.mouseClick(view.preset_buttons[key], Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_presets_change_the_visible_dates(qtbot, charts):
    end = today()
    click_preset(qtbot, charts, "30d")
    assert charts.visible_days() == (end - dt.timedelta(days=29), end)
    assert charts.preset_buttons["30d"].isChecked()
    click_preset(qtbot, charts, "1y")
    assert charts.visible_days() == (end - dt.timedelta(days=364), end)
    assert not charts.preset_buttons["30d"].isChecked()
    click_preset(qtbot, charts, "all")
    assert charts.visible_days() == (end - dt.timedelta(days=729), end)  # the demo's first day
    assert charts.range_label.text() == f"{end - dt.timedelta(days=729):%d %b %Y} – {end:%d %b %Y}"


def test_wheel_zoom_leaves_the_preset(qtbot, charts):
    click_preset(qtbot, charts, "90d")
    before = charts.visible_days()
    viewport = charts.charts.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(
        centre,
        viewport.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),  # one notch away from the user: zoom in
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    QApplication.processEvents()
    first, last = charts.visible_days()
    assert (last - first) < (before[1] - before[0])
    assert not any(button.isChecked() for button in charts.preset_buttons.values())


def test_medication_band_has_one_bar_per_drug_with_its_doses(qtbot, charts):
    click_preset(qtbot, charts, "all")
    qtbot.waitUntil(lambda: len(charts.band_rows()) == 6)
    rows = {row.title: row for row in charts.band_rows()}
    # the demo story (demo.py): four drugs, rTMS and therapy sessions, appointments
    assert list(rows) == [
        "citalopram",
        "sertraline",
        "venlafaxine",
        "aripiprazole",
        "Sessions",
        "Appointments",
    ]
    assert [b.label for b in rows["citalopram"].bars] == ["20 mg"]
    assert [b.label for b in rows["sertraline"].bars] == ["50 mg", "100 mg", "150 mg"]
    assert [b.label for b in rows["venlafaxine"].bars] == ["75 mg", "150 mg", "225 mg"]
    assert [b.label for b in rows["aripiprazole"].bars] == ["2 mg", "5 mg", "7.5 mg"]
    assert [s.label for s in rows["citalopram"].stops] == ["side effects"]
    assert [s.label for s in rows["sertraline"].stops] == ["no response"]
    assert rows["venlafaxine"].stops == ()  # still running
    ticks = charts.charts.band.getAxis("left")._tickLevels[0]
    assert [name for _pos, name in ticks][:4] == list(rows)[:4]


def test_the_band_is_drawn_where_its_dose_was_taken(qtbot, charts):
    """A pixel near the end of sertraline's 150 mg bar (past its label) has the bar's colour."""
    click_preset(qtbot, charts, "all")
    qtbot.waitUntil(lambda: len(charts.band_rows()) == 6)
    sertraline = charts.band_rows()[1]
    bar = sertraline.bars[-1]
    x = bar.x1 - 0.1 * (bar.x1 - bar.x0)
    scene_point = charts.charts.band.vb.mapViewToScene(QPointF(x, 1))
    pixel = charts.charts.mapFromScene(scene_point)
    image = charts.charts.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    seen = QColor(image.pixel(round(pixel.x() * ratio), round(pixel.y() * ratio)))
    assert seen.name() == bar.fill.name()
    # and the row above it (citalopram, stopped long before) is background there
    empty = charts.charts.mapFromScene(charts.charts.band.vb.mapViewToScene(QPointF(x, 0)))
    background = QColor(image.pixel(round(empty.x() * ratio), round(empty.y() * ratio)))
    assert background.name() != bar.fill.name()


def test_band_shows_only_the_drugs_in_view(qtbot, charts):
    click_preset(qtbot, charts, "30d")
    qtbot.waitUntil(lambda: charts.band_rows()[0].title == "venlafaxine")
    titles = [row.title for row in charts.band_rows()]
    assert titles[:2] == ["venlafaxine", "aripiprazole"]
    assert "citalopram" not in titles


def hover(qtbot, view, day: dt.date) -> None:
    """Move the pointer over ``day`` on the mood panel (a real move event to the chart)."""
    scene_point = view.charts.mood.plot.vb.mapViewToScene(QPointF(x_of(day) + DAY / 2, 5))
    viewport = view.charts.viewport()
    pos = QPointF(view.charts.mapFromScene(scene_point))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        viewport.mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    QApplication.processEvents()


def test_hover_names_the_values_of_the_day_under_the_pointer(qtbot, charts, journal):
    click_preset(qtbot, charts, "30d")
    day = next(
        d
        for d in (today() - dt.timedelta(days=n) for n in range(3, 30))
        if (c := journal.checkin(d)) is not None and c.sleep_hours is not None
    )
    checkin = journal.checkin(day)
    hover(qtbot, charts, day)
    text = charts.hover_label.text()
    assert text.startswith(day.strftime("%a %d %b %Y"))
    assert f"mood {checkin.mood} ·" in text
    assert f"sleep {checkin.sleep_hours:g} h" in text
    assert f"activity {checkin.activity_minutes} min" in text
    assert "venlafaxine 225 mg, aripiprazole 7.5 mg" in text  # the demo's regimen now
    assert all(line.isVisible() for line in charts.charts.hover_lines)


def test_a_new_check_in_shows_up_after_the_journal_changes(qtbot, charts, journal, window):
    click_preset(qtbot, charts, "30d")
    day = today()  # the demo leaves today unlogged
    hover(qtbot, charts, day)
    assert "not logged" in charts.hover_label.text()
    journal.save_checkin(CheckIn(day, 9, sleep_hours=8.5))
    window.ui_context.changed("checkins")
    qtbot.waitUntil(lambda: charts.timeline.day(day).mood == 9)
    hover(qtbot, charts, day)
    assert "mood 9 ·" in charts.hover_label.text() and "sleep 8.5 h" in charts.hover_label.text()


def test_an_empty_journal_says_there_is_nothing_to_chart(qtbot, window):
    window.show_view("charts")
    view = window.page("charts")
    qtbot.waitUntil(lambda: view.timeline is not None)
    assert view.stack.currentWidget() is view.empty_label
    assert "Nothing to chart yet" in view.empty_label.text()


def test_calendar_ticks_follow_the_span_shown():
    from trdjournal.ui.charts.calendar_ticks import calendar_ticks

    def x(y, m, d):
        return x_of(dt.date(y, m, d))

    weeks = calendar_ticks(x(2026, 10, 22), x(2026, 11, 21), 1000)
    assert weeks.unit == "week"
    assert [weeks.label(v) for v in weeks.values] == ["26 Oct", "2 Nov", "9 Nov", "16 Nov"]
    months = calendar_ticks(x(2026, 8, 23), x(2026, 11, 21), 400)  # weeks would crowd
    assert [months.label(v) for v in months.values] == ["Sep 2026", "Oct", "Nov"]
    wide = calendar_ticks(x(2026, 8, 23), x(2026, 11, 21), 1000)
    assert wide.unit == "week" and wide.label(wide.values[0]) == "24 Aug"
    years = calendar_ticks(x(2006, 11, 26), x(2026, 11, 21), 1000)  # 20 years in 1000 px
    assert years.unit == "year"
    assert [years.label(v) for v in years.values][:3] == ["2008", "2010", "2012"]


def test_charts_follow_the_system_going_dark(qtbot, charts):
    from trdjournal.ui.base.theme import apply_theme
    from trdjournal.ui.charts.colors import DARK, LIGHT

    assert charts.charts.colors is LIGHT
    apply_theme(QApplication.instance(), "dark")
    try:
        qtbot.waitUntil(lambda: charts.charts is not None and charts.charts.colors is DARK)
        image = charts.charts.viewport().grab().toImage()
        corner = QColor(image.pixel(2, image.height() - 2))
        assert corner.name() == DARK.background
    finally:
        apply_theme(QApplication.instance(), "light")


def test_the_hover_line_names_the_questionnaire_and_its_band_in_the_users_language(qapp, journal):
    from PySide6.QtCore import QTranslator

    from trdjournal.analysis.timeline import build_timeline
    from trdjournal.domain.model import Questionnaire
    from trdjournal.i18n import use_locale
    from trdjournal.paths import resource_path
    from trdjournal.ui.charts.hover_text import describe_day

    day = dt.date(2026, 3, 2)
    journal.add_questionnaire(Questionnaire(day, "phq9", (2, 1, 1, 1, 1, 1, 1, 2, 0)))  # 10
    values = build_timeline(journal).day(day)
    assert "PHQ-9 10 (moderate)" in describe_day(values)
    swedish = QTranslator()
    assert swedish.load(str(resource_path("i18n") / "trdjournal_sv.qm"))
    qapp.installTranslator(swedish)
    try:
        with use_locale("sv"):  # the app sets the core's language with Qt's (install_translators)
            assert "PHQ-9 10 (måttlig)" in describe_day(values)
    finally:
        qapp.removeTranslator(swedish)


def test_long_ranges_show_means_and_short_ones_daily_values(qtbot, window, journal):
    """Twenty years of daily values are noise: All shows monthly means with their range,
    a year shows the days, and the means agree with the days they summarise."""
    import numpy as np

    fill_demo_journal(journal, days=7300)
    window.resize(1200, 800)
    window.show_view("charts")
    view = window.page("charts")
    qtbot.waitUntil(lambda: view.timeline is not None)
    mood = view.charts.mood
    click_preset(qtbot, view, "all")
    assert view.charts.level == "monthly"
    assert not mood.daily.isVisible() and mood.aggregated.mean.isVisible()
    assert mood.aggregated.band.isVisible()  # the lowest-to-highest band around the mean
    x, y = mood.aggregated.mean.getData()
    assert 230 <= len(x) <= 242  # one point a month
    days = [c for c in journal.checkins() if c.date.year == 2016 and c.date.month == 3]
    month = next(i for i, v in enumerate(x) if dt.date.fromtimestamp(v) == dt.date(2016, 3, 16))
    assert y[month] == pytest.approx(np.mean([c.mood for c in days]))
    click_preset(qtbot, view, "1y")
    assert view.charts.level == "daily"
    assert mood.daily.isVisible() and not mood.aggregated.mean.isVisible()


def test_life_event_labels_never_overlap_nor_reach_an_edge(qtbot, charts):
    from trdjournal.ui.charts.life_events_layer import EDGE_PX, LABEL_GAP_PX, place_labels

    layer = charts.charts.life_events
    assert len(layer.lines) >= 3
    for preset in ("all", "1y", "90d", "30d"):
        click_preset(qtbot, charts, preset)
        vb = charts.charts.mood.plot.vb
        x0, x1 = charts.charts.x_range()
        shown = [
            ((line.value() - x0) / (x1 - x0) * vb.width(), line.label.orthoPos)
            for line in layer.lines
            if line.label.isVisible() and x0 <= line.value() <= x1
        ]
        for px, lane in shown:
            assert EDGE_PX <= px <= vb.width() - EDGE_PX
            for other, other_lane in shown:
                if other_lane == lane and other != px:
                    assert abs(other - px) >= LABEL_GAP_PX
    # crowded: the strongest impacts keep their labels, the rest wait for a zoom
    crowded = [(100.0, -1), (105.0, 4), (110.0, 2), (112.0, -3), (300.0, 1), (2.0, 4)]
    lanes = place_labels(crowded, 400, lanes=2)
    assert lanes[1] == 0 and lanes[3] == 1  # +4 first, then -3 in the second lane
    assert lanes[0] is None and lanes[2] is None  # no room left for the weaker two
    assert lanes[4] == 0 and lanes[5] is None  # far away: fine; at the edge: hidden


def test_the_key_is_drawn_and_axis_titles_do_not_collide(qtbot, charts):
    from trdjournal.ui.charts.timeline_charts import title_px

    legend = charts.legend
    assert legend.isVisible() and len(legend.entries) >= 10
    assert "Safety item flagged" in legend.accessibleDescription()
    assert legend.height() >= legend.heightForWidth(legend.width())  # every row shown
    # at a desktop's 150 % (the same window, two thirds the logical size)
    window = charts.window()
    window.resize(800, 533)
    QApplication.processEvents()
    for plot in charts.charts.plots[1:]:
        if plot.isVisible():
            assert plot.height() >= title_px(plot) - 1


def test_episode_boundaries_and_relapses_are_marked_on_the_mood_panel(qtbot, charts):
    """Issue 15: Charts marks where the record shows an episode beginning, ending in 8 weeks of
    remission, and a relapse. The demo (demo.py's docstring): the episode from 2024-06-16 ends
    in remission from 2025-09-07 (every PHQ-9 below 5 for 8 weeks), and PHQ-9 11 on 2026-05-03
    is a relapse that starts the current episode."""
    lines = charts.charts.episodes.lines
    got = [(day_of(line.value()), line.label.toPlainText()) for line in lines]
    assert got == [
        (dt.date(2024, 6, 16), "episode"),
        (dt.date(2025, 9, 7), "remission"),
        (dt.date(2026, 5, 3), "relapse"),
    ]
    assert "a new episode" in lines[-1].toolTip()
    assert all(line in charts.charts.mood.plot.items for line in lines)


def day_of(x: float) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=round(x / DAY))


def test_after_a_change_the_charts_read_each_table_of_the_journal_once(charts, journal):
    """Review mend: a reload read the journal for the episode markers' analysis and then again
    for the timeline. The timeline is now built from what the analysis read."""
    import re
    from collections import Counter

    day = today()
    journal.save_checkin(CheckIn(day, 9, sleep_hours=8.5))
    statements: list[str] = []
    journal.db.conn.set_trace_callback(statements.append)
    try:
        charts.reload()  # what a change to the journal runs (other views read for themselves)
    finally:
        journal.db.conn.set_trace_callback(None)
    read = Counter(
        found.group(1)
        for s in statements
        if s.lstrip().upper().startswith("SELECT")
        and (found := re.search(r"\bFROM\s+\[?(\w+)", s, re.IGNORECASE))
    )
    for table in ("checkins", "med_events", "sessions", "questionnaires", "device_values"):
        assert read[table] == 1, (table, read)
    assert charts.timeline.day(day).mood == 9
    assert charts.timeline.day(day).sleep_hours == 8.5
