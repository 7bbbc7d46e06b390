"""Swedish headers are longer ("Förändring under perioden"): a column of page 1 must still
never split a word ("minima l" in the band column of the Swedish demo report)."""

from __future__ import annotations

from click.testing import CliRunner

from trdjournal.cli import main


def test_the_questionnaire_bands_stay_whole_in_swedish(demo_path, tmp_path, read_pages):
    pdf = tmp_path / "sv.pdf"
    result = CliRunner().invoke(
        main, ["--db", str(demo_path), "report", "--lang", "sv", "-o", str(pdf)]
    )
    assert result.exit_code == 0, result.output
    questionnaires = read_pages(pdf)[0].split("Frågeformulär")[1].split("Behandlingsresistens")[0]
    assert "PHQ-9 4 den 14 juni minimal" in questionnaires
