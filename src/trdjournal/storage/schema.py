"""The journal's schema, one named migration per change (sqlite-utils Migrations).

Never edit an applied migration: add a new one below. Each runs in a transaction with the
record of it having been applied.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "trdjournal"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    db["checkins"].create(
        {
            "date": str,
            "mood": int,
            "anxiety": int,
            "energy": int,
            "sleep_hours": float,
            "sleep_quality": int,
            "activity_minutes": int,
            "tags": str,  # JSON list
            "side_effects": str,  # JSON object {name: severity 0-3}
            "note": str,
            "for_doctor": int,
        },
        pk="date",
        not_null={"mood"},
    )
    db["med_events"].create(
        {
            "id": int,
            "date": str,
            "drug": str,
            "kind": str,
            "dose": float,
            "unit": str,
            "role": str,
            "reason": str,
            "note": str,
        },
        pk="id",
        not_null={"date", "drug", "kind"},
    )
    db["med_events"].create_index(["drug", "date"])
    db["sessions"].create(
        {"id": int, "date": str, "kind": str, "note": str}, pk="id", not_null={"date", "kind"}
    )
    db["sessions"].create_index(["date"])
    db["questionnaires"].create(
        {"id": int, "date": str, "instrument": str, "answers": str},
        pk="id",
        not_null={"date", "instrument", "answers"},
    )
    db["questionnaires"].create_index(["instrument", "date"])
    db["appointments"].create(
        {"id": int, "date": str, "clinician": str, "note": str}, pk="id", not_null={"date"}
    )
    db["settings"].create({"key": str, "value": str}, pk="key")
    # Every insert, edit and delete keeps the row before and after, for undo and history.
    db["revisions"].create(
        {
            "id": int,
            "at": str,
            "table_name": str,
            "row_key": str,
            "action": str,  # insert | update | delete
            "before": str,  # JSON row or NULL
            "after": str,  # JSON row or NULL
            "undone_at": str,
        },
        pk="id",
        not_null={"at", "table_name", "row_key", "action"},
    )


@migrations(name="0002_background_events_labs")
def background_events_labs(db: Database) -> None:
    # One row (id 1): the optional background profile; lists are JSON.
    db["background"].create(
        {
            "id": int,
            "episode_start": str,
            "age_at_first_episode": int,
            "earlier_episodes": int,
            "family_history": str,  # JSON list of {condition, relation}
            "childhood_adversity": int,  # 1 yes, 0 no, NULL not answered
            "childhood_adversity_note": str,
            "other_conditions": str,  # JSON list of text
        },
        pk="id",
    )
    db["life_events"].create(
        {"id": int, "date": str, "impact": int, "text": str},
        pk="id",
        not_null={"date", "impact", "text"},
    )
    db["life_events"].create_index(["date"])
    db["lab_results"].create(
        {
            "id": int,
            "date": str,
            "name": str,
            "value": float,
            "unit": str,
            "ref_low": float,
            "ref_high": float,
            "ref_source": str,
        },
        pk="id",
        not_null={"date", "name", "value", "unit"},
    )
    db["lab_results"].create_index(["name", "date"])


@migrations(name="0003b_verdict")
def medication_typed_name(db: Database) -> None:
    # The medication name as typed ("Paxil CR"), beside the generic in ``drug`` (issue 15).
    if "typed_name" not in db["med_events"].columns_dict:
        db["med_events"].add_column("typed_name", str)


@migrations(name="0004_drafts")
def drafts(db: Database) -> None:
    # What the user typed and has not saved yet (the app's Today form, a dialog's note), kept
    # as they type so a crash, SIGTERM or power cut loses nothing. Inside the journal so an
    # encrypted journal encrypts it. Not a record: no revisions, not exported (storage/drafts.py).
    db["drafts"].create({"key": str, "text": str, "saved_at": str}, pk="key", not_null={"text"})


@migrations(name="0005_import_sources")
def import_sources(db: Database) -> None:
    # What each app's import last wrote for a day (the check-in as JSON), so that a newer export
    # of the same app adds only new days and a day edited in trdjournal since is never
    # overwritten without asking (exchange/importer.py).
    db["import_sources"].create(
        {"source": str, "date": str, "content": str, "imported_at": str},
        pk=("source", "date"),
        not_null={"source", "date", "content", "imported_at"},
    )


@migrations(name="0006_elevation")
def elevation(db: Database) -> None:
    # Elevated mood and irritability, 0-3 (none, mild, moderate, severe); NULL when not logged.
    db["checkins"].add_column("elevated", int)
    db["checkins"].add_column("irritability", int)


@migrations(name="0007_pgx")
def pgx(db: Database) -> None:
    # Pharmacogenomic test results, one row per gene per test (a retest adds a row; the
    # newest per gene counts). The test date is optional: many people only have the report.
    db["pgx_results"].create(
        {
            "id": int,
            "gene": str,
            "phenotype": str,
            "date": str,
            "genotype": str,
            "activity_score": float,
            "lab": str,
        },
        pk="id",
        not_null={"gene", "phenotype"},
    )
    db["pgx_results"].create_index(["gene", "date"])


@migrations(name="0008_courses_adherence")
def courses_adherence(db: Database) -> None:
    # The optional detail of a session (esketamine dose, rTMS protocol, ECT placement,
    # psychotherapy type; resources/courses.json), and doses of a running drug not taken.
    db["sessions"].add_column("detail", str, not_null_default="")
    db["missed_doses"].create(
        {"id": int, "date": str, "drug": str, "doses": int, "note": str},
        pk="id",
        not_null={"date", "drug", "doses"},
    )
    db["missed_doses"].create_index(["drug", "date"])


@migrations(name="0009_device_values")
def device_values(db: Database) -> None:
    # What a watch, ring or phone measured (issue 23), one row per day, field and source; the
    # check-in is never changed by an import: its empty fields are filled from these when read
    # (domain/device.py). Steps are a new optional check-in field, typed or from a device.
    db["device_values"].create(
        {"id": int, "date": str, "field": str, "value": float, "source": str},
        pk="id",
        not_null={"date", "field", "value", "source"},
    )
    db["device_values"].create_index(["date", "field", "source"], unique=True)
    db["checkins"].add_column("steps", int)
