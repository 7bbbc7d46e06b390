"""What a designer measures on screen: colours a user must tell apart, rings that mark a
choice, boxes that must be visible in the dark palette, panels that appear only with content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trdjournal.ui.base.theme import contrast_ratio, mood_color
from trdjournal.ui.widgets.mood_picker import MoodPicker


@pytest.fixture
def themed(qtbot):
    """Switch the shared QApplication's theme for one test and put light back after."""
    from trdjournal.ui.shell.app import application

    yield lambda theme: application(theme)
    application("light")


def pixel(image, widget, parent, dx: int, dy: int) -> QColor:
    """The colour at ``(dx, dy)`` inside ``widget``, in an image grabbed of ``parent``."""
    origin = widget.mapTo(parent, widget.rect().topLeft())
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(round((origin.x() + dx) * ratio), round((origin.y() + dy) * ratio)))


def test_the_eleven_mood_colours_differ_in_greyscale_too():
    shades = [mood_color(m) for m in range(11)]
    assert len({c.name() for c in shades}) == 11
    for low, high in zip(shades, shades[1:], strict=False):
        # lightness rises step by step, so a greyscale printout still orders them
        assert contrast_ratio(low, high) >= 1.2, (low.name(), high.name())
    hues = {c.hsvHue() // 30 for c in shades[2:9]}  # the middle steps are not all one khaki
    assert len(hues) >= 3


def chroma(colour: QColor) -> int:
    """How far from grey: the spread of the RGB channels."""
    channels = colour.getRgb()[:3]
    return max(channels) - min(channels)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("mood", [0, 5, 6, 7, 10])
def test_the_chosen_mood_stands_out_from_its_neighbours(qtbot, themed, theme, mood):
    themed(theme)
    picker = MoodPicker()
    qtbot.addWidget(picker)
    picker.resize(640, 60)
    picker.show()
    qtbot.waitExposed(picker)
    picker.set_mood(mood)
    image = picker.grab().toImage()
    window = picker.palette().color(QPalette.ColorRole.Window)
    highlight = picker.palette().color(QPalette.ColorRole.Highlight)

    def edge(value: int) -> QColor:  # just inside the button's left edge, half way down
        button = picker.group.button(value)
        return pixel(image, button, picker, 2, button.height() // 2)

    def fill(value: int) -> QColor:  # inside the ring, clear of the digit
        button = picker.group.button(value)
        return pixel(image, button, picker, 7, button.height() // 2)

    ring = edge(mood)
    # the ring is seen against the window and against each neighbour's edge (WCAG 1.4.11: 3:1)
    assert contrast_ratio(ring, window) >= 3
    for neighbour in (mood - 1, mood + 1):
        if 0 <= neighbour <= 10:
            assert contrast_ratio(ring, edge(neighbour)) >= 3
            # and the chosen fill keeps its full colour while the others fade
            assert chroma(fill(mood)) >= 2 * chroma(fill(neighbour))
    # a chosen mood is not drawn like keyboard focus
    assert ring.name() != highlight.name()
    picker.set_mood(None)
    image = picker.grab().toImage()
    assert contrast_ratio(edge(mood), fill(mood)) < 1.2  # the ring goes with the choice


def test_an_empty_check_box_and_radio_button_are_visible_in_the_dark_palette(qtbot, themed):
    themed("dark")
    holder = QWidget()
    qtbot.addWidget(holder)
    box, radio = QCheckBox("Show this note to my doctor"), QRadioButton("Not at all")
    layout = QVBoxLayout(holder)
    layout.addWidget(box)
    layout.addWidget(radio)
    holder.show()
    qtbot.waitExposed(holder)
    window = holder.palette().color(QPalette.ColorRole.Window)
    for control in (box, radio):
        image = control.grab().toImage()
        style = control.style()
        from PySide6.QtWidgets import QStyle, QStyleOptionButton

        option = QStyleOptionButton()
        control.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if control is box
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        indicator = style.subElementRect(element, option, control)
        ratio = image.devicePixelRatio()
        # the most visible pixel of the indicator's outline (its top edge, middle third)
        ys = range(round(indicator.top() * ratio), round((indicator.top() + 3) * ratio))
        xs = range(
            round((indicator.left() + indicator.width() / 3) * ratio),
            round((indicator.right() - indicator.width() / 3) * ratio),
        )
        outline = max(
            (QColor(image.pixel(x, y)) for x in xs for y in ys),
            key=lambda c: contrast_ratio(c, window),
        )
        assert contrast_ratio(outline, window) >= 3, (control.text(), outline.name())


def test_dark_indicator_style_is_only_the_dark_theme(themed):
    themed("dark")
    assert type(QApplication.style()).__name__ == "DarkIndicatorStyle"
    themed("light")
    assert type(QApplication.style()).__name__ != "DarkIndicatorStyle"


@pytest.mark.parametrize(("size", "scale"), [((1280, 800), 1.0), ((1280, 800), 1.5)])
def test_trials_fit_the_window_without_a_sideways_scroll_bar(qtbot, window, journal, size, scale):
    """At 1280x800 and at a desktop's 150 % (the same window, 853x533 logical pixels)."""
    from trdjournal.demo import fill_demo_journal

    fill_demo_journal(journal)
    window.resize(round(size[0] / scale), round(size[1] / scale))
    window.show_view("trials")
    view = window.page("trials")
    qtbot.waitUntil(lambda: view.analysis is not None)
    table = view.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    QApplication.processEvents()
    bar = table.horizontalScrollBar()
    assert not table.horizontalScrollBar().isVisible()
    assert bar.maximum() == 0  # nothing hidden to the right either
    columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert columns <= table.viewport().width()
    # every row in sight: the table is as tall as its rows, not three rows and a scroll bar
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0, timeout=2000)
    assert table.rowCount() == 6  # four medication trials and two courses of sessions
    # the outcome of each trial is there in full, at least as a tooltip
    from trdjournal.ui.views.trials_view import COLUMNS

    outcome = table.item(2, COLUMNS.index("Outcome"))
    assert outcome.text() in outcome.toolTip()


@pytest.mark.parametrize("dark", [False, True])
def test_trial_colours_are_distinct_and_no_threshold_line_shares_one(qtbot, dark):
    import datetime as dt

    from trdjournal.analysis.trial_overlay import OverlayPoint, TrialCurve
    from trdjournal.ui.charts.colors import DARK, LIGHT
    from trdjournal.ui.charts.trial_overlay_plot import (
        CURVE_COLORS_DARK,
        CURVE_COLORS_LIGHT,
        TrialOverlayPlot,
        curve_style,
    )
    from trdjournal.ui.views.trials_view import OVERLAY_MAX_TRIALS

    colours = CURVE_COLORS_DARK if dark else CURVE_COLORS_LIGHT
    assert len(colours) >= OVERLAY_MAX_TRIALS  # the trials drawn at once never share a colour
    qcolours = [QColor(c) for c in colours]
    for i, a in enumerate(qcolours):
        assert chroma(a) >= 60, a.name()  # a hue, never the greys the lines are drawn in
        for b in qcolours[i + 1 :]:
            distance = (
                sum((x - y) ** 2 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))
                ** 0.5
            )
            assert distance >= 60, (a.name(), b.name())
    styles = [curve_style(i, colours) for i in range(2 * len(colours))]
    assert len(set(styles)) == len(styles)  # past eight, the colour returns with a new marker

    plot = TrialOverlayPlot(DARK if dark else LIGHT, dark=dark)
    qtbot.addWidget(plot)
    lines = [plot.remission.pen.color()] + [
        item.pen.color() for item in plot.getPlotItem().items if hasattr(item, "angle")
    ]
    for line in lines:
        assert chroma(line) < 20  # neutral, and so not any trial's colour
    # a trial that never rose above its baseline: no empty band up to 150 %
    points = tuple(
        OverlayPoint(
            weeks=w, percent=p, score=p / 5, date=dt.date(2026, 1, 1) + dt.timedelta(w * 7)
        )
        for w, p in ((0, 100), (4, 80), (8, 60))
    )
    curve = TrialCurve(
        drug="sertraline",
        role="antidepressant",
        start=dt.date(2026, 1, 1),
        measure="phq9",
        baseline=20,
        outcome="partial",
        adequate=True,
        points=points,
        remission_percent=25,
    )
    plot.set_curves((curve,))
    assert plot.getPlotItem().viewRange()[1][1] <= 115


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_today_keeps_save_by_the_form_and_the_doctor_box_above_the_fold(qtbot, window, scale):
    """1280x800 at 100 % and at a desktop's 150 % (853x533 logical pixels)."""
    window.resize(round(1280 / scale), round(800 / scale))
    window.show_view("today")
    view = window.page("today")
    qtbot.waitUntil(lambda: view.for_doctor.isVisible())
    QApplication.processEvents()

    def top(widget) -> int:
        return widget.mapTo(view, widget.rect().topLeft()).y()

    def bottom(widget) -> int:
        return widget.mapTo(view, widget.rect().bottomLeft()).y()

    assert 0 <= top(view.save_button) - bottom(view.note) <= 40  # not ~190 px below the form
    assert bottom(view.for_doctor) <= view.height()  # seen without scrolling
    assert bottom(view.save_button) <= view.height()


def test_every_empty_view_says_what_to_do_first(qtbot, window, journal):
    import datetime as dt

    from trdjournal.domain.medication import new_event

    tables = {
        "journal": lambda v: v.table,
        "treatments": lambda v: v.meds,
        "questionnaires": lambda v: v.history,
        "trials": lambda v: v.table,
        "events": lambda v: v.events,
    }
    first_steps = {
        "journal": "Today view",
        "treatments": "Start…",
        "questionnaires": "Fill in PHQ-9",
        "trials": "Treatments view",
        "events": "Add a life event…",
    }
    for key, table_of in tables.items():
        window.show_view(key)
        view = window.page(key)
        qtbot.waitUntil(lambda v=view, t=table_of: t(v).isVisible())
        state = table_of(view).empty_state
        assert state.is_shown(), key
        assert first_steps[key] in state.label.text(), key
        assert state.label.width() > 200 and state.label.height() > 10, key  # laid out, readable
    treatments = window.page("treatments")
    for table in (treatments.sessions, treatments.appointments, window.page("events").labs):
        assert table.empty_state.is_shown()
    window.show_view("charts")
    charts = window.page("charts")
    qtbot.waitUntil(lambda: charts.timeline is not None)
    assert charts.stack.currentWidget() is charts.empty_label
    assert "Today view" in charts.empty_label.text() and not charts.legend.isVisible()
    # the first row takes the message away
    journal.add_med_event(new_event(dt.date(2026, 6, 1), "sertraline", "start", 50))
    window.ui_context.changed("med_events")
    window.show_view("treatments")
    qtbot.waitUntil(lambda: treatments.meds.rowCount() == 1)
    assert not treatments.meds.empty_state.is_shown()


def test_every_view_has_its_title_in_the_same_place(qtbot, window, journal):
    """No ~200 px jump between form views (Today, Background, Settings) and table views."""
    from trdjournal.demo import fill_demo_journal
    from trdjournal.ui.shell.view_registry import VIEWS

    fill_demo_journal(journal)
    window.resize(1280, 800)
    lefts = {}
    for spec in VIEWS:
        window.show_view(spec.key)
        view = window.page(spec.key)
        QApplication.processEvents()
        titles = [
            label
            for label in view.findChildren(QLabel)
            if label.isVisible()
            and label.font().pointSizeF() >= 1.45 * QApplication.font().pointSizeF()
        ]
        assert titles, spec.key
        first = min(titles, key=lambda t: t.mapTo(window, t.rect().topLeft()).y())
        lefts[spec.key] = first.mapTo(window, first.rect().topLeft()).x()
    assert max(lefts.values()) - min(lefts.values()) <= 4, lefts


def test_questionnaires_have_no_empty_band_and_one_scroll_bar(qtbot, window, journal):
    from PySide6.QtWidgets import QScrollArea

    window.resize(1280, 800)
    window.show_view("questionnaires")
    view = window.page("questionnaires")
    qtbot.waitUntil(lambda: view.history.isVisible())
    QApplication.processEvents()
    upper = view.splitter.sizes()[0]
    assert upper <= view.page_scroll.widget().sizeHint().height() + 4  # no empty band
    view.start("phq9")
    QApplication.processEvents()
    inner = [a for a in view.form.findChildren(QScrollArea) if a.isVisible()]
    assert inner == []  # the questions scroll with the page, not in a box of their own
    assert view.form.scroll is view.page_scroll


def test_journal_notes_never_scroll_sideways_at_150_percent(qtbot, window, journal):
    from trdjournal.demo import fill_demo_journal

    fill_demo_journal(journal)
    window.resize(853, 533)  # 1280x800 at a desktop's 150 %
    window.show_view("journal")
    view = window.page("journal")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    QApplication.processEvents()
    table = view.table
    assert table.horizontalScrollBar().maximum() == 0
    shown = [c for c in range(view.model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    for must in (0, 1, view.model.columnCount() - 1):  # day, mood and the note stay
        assert must in shown
    note = view.model.index(1, view.model.columnCount() - 1)
    assert note.data(Qt.ItemDataRole.ToolTipRole) == note.data()  # the whole note, on hover


def test_the_start_dialog_shows_the_whole_drug_hint(qtbot, window, journal):
    from trdjournal.ui.dialogs.med_event_dialog import MedEventDialog

    dialog = MedEventDialog(journal, "start", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.drug, "desvenlafaxine")
    QApplication.processEvents()
    hint = dialog.drug_info
    assert "published minimum adequate dose" in hint.text()
    assert hint.height() >= hint.heightForWidth(hint.width())  # every line of it shown
