"""The PDF's trial table as a doctor reads it: courses of sessions among the trials, in date
order, and a trial taken on too few days marked "not a fair trial" in its adequacy cell."""

from __future__ import annotations


def test_courses_and_an_unfair_trial_in_the_pdf_trial_table(
    cli, journal_path, tmp_path, read_pages
):
    steps = [
        ("med", "start", "sertraline", "--dose", "100", "--date", "2026-03-01"),
        ("med", "stop", "sertraline", "--date", "2026-04-12", "--reason", "no-response"),
        *[("med", "missed", "sertraline", "--date", f"2026-03-{d:02d}") for d in range(3, 13)],
        *[("treatment", "add", "ect", "--detail", "bilateral", "--date", f"2026-01-{d:02d}")
          for d in (5, 7, 9, 12, 14, 16)],
    ]  # fmt: skip
    for args in steps:
        assert cli(*args).exit_code == 0
    out = tmp_path / "r.pdf"
    result = cli("report", "-o", str(out), "--sections", "trials", "--from", "2026-01-01")
    assert result.exit_code == 0, result.output
    (page,) = read_pages(out)
    assert page.index("ECT (bilateral)") < page.index("sertraline")  # by date
    assert "course of 6 sessions" in page and "6 sessions (min 6)" in page
    assert "not a fair trial (76% of days)" in page
    assert "at least 6 sessions (bilateral): ATHF-SF2" in page


def test_a_side_effect_stop_names_the_effect_as_logged(cli, read_pages, tmp_path):
    """The trial table's "stopped for" cell shows a hyphenated side effect as it was logged
    ("dry-mouth"); it used to go through the catalogue a second time and lose its hyphen."""
    assert cli("med", "start", "sertraline", "--dose", "50", "--date", "2026-05-01").exit_code == 0
    for day in ("2026-05-03", "2026-05-04", "2026-05-05"):
        result = cli("log", "--mood", "4", "--date", day, "--side-effect", "dry-mouth=2")
        assert result.exit_code == 0, result.output
    stop = cli("med", "stop", "sertraline", "--reason", "side-effects", "--date", "2026-05-20")
    assert stop.exit_code == 0, stop.output
    out = tmp_path / "r.pdf"
    assert (
        cli("report", "-o", str(out), "--from", "2026-04-01", "--sections", "trials").exit_code == 0
    )
    table = " ".join(read_pages(out))
    assert "side effects (dry-mouth)" in table, table[:2000]
