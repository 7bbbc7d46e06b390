"""``trdjournal export --format fhir``: what a user typing it meets."""

from __future__ import annotations

import json
import stat

from fhir.resources.R4B.bundle import Bundle
from tests.crypto.journal_helpers import PASSPHRASE, SECRET_NOTES, fill
from tests.fhir.conftest import resources


def logged(cli) -> None:
    for args in (
        (
            "log",
            "--date",
            "2026-05-01",
            "--mood",
            "4",
            "--sleep",
            "6.5",
            "--side-effect",
            "nausea=2",
        ),
        ("med", "start", "Zoloft", "--dose", "50", "--date", "2026-04-01"),
        ("med", "change", "sertraline", "--dose", "100", "--date", "2026-04-15"),
        ("med", "stop", "sertraline", "--date", "2026-05-20", "--reason", "side-effects"),
        ("questionnaire", "phq9", "--answers", "2,2,1,1,1,1,1,0,1", "--date", "2026-05-02"),
        ("questionnaire", "phq9", "--answers", "1,1,1,1,1,0,0,0,0", "--date", "2026-06-10"),
        ("treatment", "add", "rtms", "--date", "2026-05-03"),
        ("appointment", "add", "--date", "2026-07-01", "--clinician", "Dr Berg"),
        ("appointment", "add", "--date", "2026-05-05"),
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)


def test_export_fhir_writes_a_valid_private_bundle_of_the_journal(cli, tmp_path):
    logged(cli)
    out = tmp_path / "for-clinic.json"
    result = cli("export", "--format", "fhir", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "FHIR R4 Bundle" in result.output and "2 MedicationStatement" in result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    bundle = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    [stopped] = [s for s in resources(bundle, "MedicationStatement") if s["status"] == "stopped"]
    assert stopped["medicationCodeableConcept"]["text"] == "sertraline"  # Zoloft, resolved
    assert stopped["effectivePeriod"] == {"start": "2026-04-15", "end": "2026-05-20"}
    assert stopped["statusReason"][0]["coding"][0]["code"] == "side-effects"
    assert stopped["dosage"][0]["text"] == "100 mg a day"
    totals = sorted(
        (o["effectiveDateTime"], o["valueInteger"])
        for o in resources(bundle, "Observation")
        if o["code"]["coding"][0]["code"] == "44261-6"
    )
    assert totals == [("2026-05-02", 10), ("2026-06-10", 5)]
    [session] = resources(bundle, "Procedure")
    assert (session["code"]["coding"][0]["code"], session["performedDateTime"]) == (
        "rtms",
        "2026-05-03",
    )
    encounters = {e["period"]["start"]: e for e in resources(bundle, "Encounter")}
    assert encounters["2026-07-01"]["status"] == "planned"  # after today (2026-06-15)
    assert encounters["2026-07-01"]["participant"][0]["individual"]["display"] == "Dr Berg"
    assert encounters["2026-05-05"]["status"] == "unknown"
    [effects] = [o for o in resources(bundle, "Observation") if "component" in o]
    assert effects["component"] == [{"code": {"text": "nausea"}, "valueInteger": 2}]


def test_from_and_to_limit_the_period(cli, tmp_path):
    logged(cli)
    out = tmp_path / "june.json"
    result = cli(
        "export", "--format", "fhir", "--from", "2026-06-01", "--to", "2026-06-30", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert len(resources(bundle, "QuestionnaireResponse")) == 1
    assert not resources(bundle, "MedicationStatement")  # sertraline stopped in May
    assert resources(bundle, "Encounter") == []  # one in May, one in July


def test_bad_periods_are_refused_and_nothing_is_written(cli, tmp_path):
    out = tmp_path / "out.json"
    backwards = cli(
        "export", "--format", "fhir", "--from", "2026-06-01", "--to", "2026-05-01", "-o", str(out)
    )
    assert backwards.exit_code == 2 and "--from" in backwards.output
    not_fhir = cli("export", "--from", "2026-06-01", "-o", str(out))
    assert not_fhir.exit_code == 2 and "--format fhir" in not_fhir.output
    bad_date = cli("export", "--format", "fhir", "--to", "June", "-o", str(out))
    assert bad_date.exit_code == 2 and "--to" in bad_date.output
    assert not out.exists()
    nowhere = cli("export", "--format", "fhir", "-o", str(tmp_path / "no such folder" / "x.json"))
    assert nowhere.exit_code == 2 and "cannot write" in nowhere.output


def test_an_encrypted_journals_fhir_export_needs_plaintext_and_warns(tmp_path, monkeypatch):
    monkeypatch.delenv("TRDJOURNAL_PASSPHRASE", raising=False)
    from click.testing import CliRunner

    from trdjournal.cli import main
    from trdjournal.domain import CheckIn
    from trdjournal.storage import Journal

    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        fill(journal)
        first = journal.checkins()[0].date
        journal.save_checkin(CheckIn(first, 5, note=SECRET_NOTES[0], for_doctor=True))
    out = tmp_path / "fhir.json"
    env = {"TRDJOURNAL_PASSPHRASE": PASSPHRASE}
    run = CliRunner().invoke
    refused = run(main, ["--db", str(path), "export", "--format", "fhir", "-o", str(out)], env=env)
    assert refused.exit_code == 2 and "--plaintext" in refused.output
    assert not out.exists()
    done = run(
        main,
        ["--db", str(path), "export", "--format", "fhir", "--plaintext", "-o", str(out)],
        env=env,
    )
    assert done.exit_code == 0, done.output
    assert "not encrypted" in done.output
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert (
        len(
            [
                o
                for o in resources(bundle, "Observation")
                if o["code"]["coding"][0]["code"] == "mood"
            ]
        )
        == 60
    )
    assert SECRET_NOTES[0] in out.read_text(encoding="utf-8")  # a note marked for the doctor


def test_the_export_needs_no_fhir_library(cli_with_blocked_imports, tmp_path):
    """fhir.resources is a test dependency only: the export writes plain JSON."""
    assert cli_with_blocked_imports(("fhir",), "log", "--mood", "5").returncode == 0
    out = tmp_path / "bundle.json"
    result = cli_with_blocked_imports(
        ("fhir", "PySide6"), "export", "--format", "fhir", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    Bundle.model_validate(json.loads(out.read_text(encoding="utf-8")))
