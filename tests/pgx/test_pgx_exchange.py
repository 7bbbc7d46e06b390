"""Pharmacogenomic results survive export and import losslessly, merge into a journal that has
its own, undo like every write, and are encrypted with the journal."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trdjournal.domain.pgx import PgxResult, genes
from trdjournal.exchange import document, importer
from trdjournal.storage import Journal

PASSPHRASE = "correct horse battery staple"

results = st.sampled_from(sorted(genes())).flatmap(
    lambda gene: st.builds(
        PgxResult,
        gene=st.just(gene),
        phenotype=st.sampled_from(genes()[gene]),
        date=st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2026, 6, 15)),
        genotype=st.sampled_from(["", "*1/*17", "*4/*4", "*1/*2xN"]),
        activity_score=st.none() | st.integers(0, 12).map(lambda q: q / 4),
        lab=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20),
    )
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(results, max_size=5), st.integers(0, 3))
def test_export_import_export_is_the_identity(listed, undo):
    with tempfile.TemporaryDirectory() as folder:
        with Journal.open(Path(folder) / "source.sqlite3") as source:
            for result in listed:
                source.add_pgx_result(result)
            for _ in range(min(undo, len(listed))):
                source.undo_last()
            kept = source.pgx_results()
            first = document.dumps(document.export_document(source))
        exported = Path(folder) / "export.json"
        exported.write_text(first, encoding="utf-8")
        with Journal.open(Path(folder) / "target.sqlite3") as target:
            assert importer.import_file(target, exported).whole
            assert target.pgx_results() == kept
            second = document.dumps(document.export_document(target))
    assert second == first


def test_cli_export_carries_results_and_merges_into_another_journal(cli, tmp_path):
    assert cli("background", "pgx", "CYP2C19", "ultrarapid", "--genotype", "*17/*17").exit_code == 0
    assert cli("background", "pgx", "CYP2D6", "poor", "--date", "2024-03-01").exit_code == 0
    export = tmp_path / "export.json"
    assert cli("export", "-o", str(export)).exit_code == 0
    exported = json.loads(export.read_text(encoding="utf-8"))
    assert [(r["gene"], r["phenotype"], r["date"]) for r in exported["pgx_results"]] == [
        ("CYP2C19", "ultrarapid", None),
        ("CYP2D6", "poor", "2024-03-01"),
    ]
    other = tmp_path / "other.sqlite3"
    assert (
        cli("background", "pgx", "CYP2D6", "poor", "--date", "2024-03-01", db=other).exit_code == 0
    )
    merged = cli("import", str(export), db=other)
    assert merged.exit_code == 0, merged.output
    assert "pharmacogenomic results: 1 added, 1 skipped" in merged.output
    shown = json.loads(cli("background", "show", "--json", db=other).output)["pgx"]
    assert sorted(r["gene"] for r in shown) == ["CYP2C19", "CYP2D6"]

    csv_zip = tmp_path / "export.zip"
    assert cli("export", "-o", str(csv_zip), "--format", "csv").exit_code == 0
    with zipfile.ZipFile(csv_zip) as archive:
        lines = archive.read("pgx_results.csv").decode("utf-8-sig").splitlines()  # BOM: issue 14
    assert lines[0] == "gene,phenotype,date,genotype,activity_score,lab,id"
    assert lines[1] == "CYP2C19,ultrarapid,,*17/*17,,,1"


def test_an_export_with_a_bad_result_imports_nothing(cli, journal_path, tmp_path):
    bad = {
        "format": "trdjournal",
        "version": 1,
        "pgx_results": [{"gene": "CYP2D6", "phenotype": "rapid", "id": 1}],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert cli("log", "--mood", "5").exit_code == 0
    before = journal_path.read_bytes()
    refused = cli("import", str(path))
    assert refused.exit_code == 2
    assert "pgx_results[0]" in refused.output and "CYP2D6 phenotypes are" in refused.output
    assert journal_path.read_bytes() == before


def test_adding_and_removing_undo(journal):
    added = journal.add_pgx_result(PgxResult("CYP2C19", "poor"))
    journal.delete_pgx_result(added.id)
    assert journal.pgx_results() == []
    journal.undo_last()
    assert journal.pgx_results() == [added]
    journal.undo_last()
    assert journal.pgx_results() == []


def test_results_are_encrypted_with_the_journal(tmp_path):
    path = tmp_path / "secret.sqlite3"
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        journal.add_pgx_result(PgxResult("CYP2C19", "ultrarapid", lab="Example Genomics Lab"))
    for file in tmp_path.iterdir():
        assert b"Example Genomics" not in file.read_bytes()
        assert b"CYP2C19" not in file.read_bytes()
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        assert journal.pgx_results()[0].lab == "Example Genomics Lab"
