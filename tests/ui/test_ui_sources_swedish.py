"""The reference tables' sources as a Swedish user meets them in the app: a course minimum's
tooltip in Settings and in the Trials view (why it is used, in Swedish, with "(kontrollera)"
where the value is the project's reading, and the published reference as written), and what a
lab range's source adds in the lab dialog."""

from __future__ import annotations

import pytest


@pytest.fixture
def swedish(qapp):
    from PySide6.QtCore import QTranslator

    from trdjournal.i18n import use_locale
    from trdjournal.paths import resource_path

    translator = QTranslator()
    assert translator.load(str(resource_path("i18n") / "trdjournal_sv.qm"))
    qapp.installTranslator(translator)
    try:
        with use_locale("sv"):  # the app sets the core's language with Qt's
            yield
    finally:
        qapp.removeTranslator(translator)


def test_the_minimums_tooltips_are_swedish_with_their_reference(qtbot, swedish):
    from trdjournal.ui.views.course_settings_panel import CourseSettingsPanel

    panel = CourseSettingsPanel()
    qtbot.addWidget(panel)
    rtms = panel.minimums["rtms"].toolTip()
    assert rtms.startswith("Standard 30. Den av FDA godkända akuta behandlingsserien är TMS")
    assert rtms.endswith(
        "har inte lästs (kontrollera). Källa: Perera et al., The Clinical TMS Society Consensus "
        "Review and Treatment Recommendations for TMS Therapy for Major Depressive Disorder, "
        "Brain Stimul 2016;9:336-346, pmc.ncbi.nlm.nih.gov/articles/PMC5612370."
    )
    esketamine = panel.minimums["esketamine"].toolTip()
    assert "Induktionsfasen enligt produktinformationen" in esketamine
    assert "kontrollera" not in esketamine  # the label's induction course is not a reading
    assert esketamine.endswith("Källa: Spravato (esketamine) label.")
    adherence = panel.adherence.toolTip()
    assert adherence.startswith("Ett läkemedelsförsök som tagits oregelbundet bedöms en nivå lägre")
    assert "(kontrollera). Källa: Sackeim 2001, J Clin Psychiatry 62 Suppl 16." in adherence
    every = " ".join(spin.toolTip() for spin in (panel.adherence, *panel.minimums.values()))
    assert " used here" not in every and "Source:" not in every and "(verify)" not in every


def test_a_courses_tooltip_in_the_trials_view_is_swedish_with_its_reference(
    qtbot, journal, swedish, monkeypatch
):
    import datetime as dt

    from trdjournal.analysis import analyse
    from trdjournal.analysis.history import history_items
    from trdjournal.demo import fill_demo_journal
    from trdjournal.ui.views.history_cells import history_notes

    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-15")
    fill_demo_journal(journal, days=400, seed=1, end=dt.date(2026, 6, 15))
    courses = [i for i in history_items(analyse(journal)) if i.course is not None]
    rtms = history_notes(next(i for i in courses if i.course.kind == "rtms"))
    assert rtms.startswith("minst 30 tillfällen: Den av FDA godkända akuta behandlingsserien")
    assert "(kontrollera). Källa: Perera et al." in rtms and "(verify)" not in rtms


def test_the_lab_dialog_says_what_the_ranges_source_adds_in_swedish(qtbot, journal, swedish):
    from trdjournal.ui.dialogs.lab_dialog import LabDialog

    dialog = LabDialog(journal)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentIndex(dialog.name.findData("vitamin D"))
    dialog.unit.setCurrentIndex(dialog.unit.findData("nmol/L"))
    info = dialog.default_info.text()
    assert "(källa: NIH Office of Dietary Supplements, Vitamin D Fact Sheet" in info
    assert info.endswith(
        "50 nmol/L (20 ng/mL) och däröver är tillräckligt för de flesta; över 125 nmol/L "
        "(50 ng/mL) har kopplats till möjliga negativa hälsoeffekter."
    )
    assert "adequate for most people" not in info
