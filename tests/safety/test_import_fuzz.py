"""Property-based fuzzing of every importer (issue 14: "no traceback from any input").

Real-looking files (the test files of every format) are mutated: truncated, bytes flipped or
inserted, re-encoded (UTF-16, cp1252, a BOM), a 200 KB field, pure random bytes, JSON nested
deep or with NaN, and packed into zips with ``../`` names or a bomb. Whatever comes in, the
import ends with exit 0, or exit 1/2 with a message; a refusal leaves the journal as it was;
no input ever raises out of the command.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = sorted(
    p for folder in ("daylio", "emoods", "apps") for p in (DATA / folder).iterdir() if p.is_file()
)
SEED_BYTES = {p.name: p.read_bytes() for p in SEEDS}
FORMAT_OPTIONS = [
    [], [], [], ["--format", "daylio"], ["--format", "daylio-backup"], ["--format", "emoods"],
    ["--format", "bearable"], ["--format", "pixels"], ["--format", "moodsnap"],
    ["--format", "csv", "--date-column", "Datum", "--mood-column", "Stimmung"],
    ["--format", "trdjournal"], ["--mood-map", "dobrze=7,źle=3"],
]  # fmt: skip


def cases(n: int) -> settings:
    return settings(COMMON, max_examples=n)


COMMON = settings(
    deadline=None,
    derandomize=True,  # the same cases in CI every run: a failure is reproducible
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@pytest.fixture
def harness(tmp_path):
    from trdjournal.cli import main

    journal = tmp_path / "journal.sqlite3"
    runner = CliRunner()
    runner.invoke(main, ["--db", str(journal), "log", "--date", "2026-05-01", "--mood", "5"])
    counter = iter(range(10**9))

    def run(content: bytes, suffix: str, options: list[str]) -> None:
        target = tmp_path / f"case-{next(counter)}{suffix}"
        target.write_bytes(content)
        before = journal.read_bytes()
        result = runner.invoke(main, ["--db", str(journal), "import", str(target), *options])
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"{options} raised {result.exception!r}") from result.exception
        assert result.exit_code in (0, 1, 2), result.output
        assert "Traceback" not in result.output
        if result.exit_code:
            assert "Error" in result.output and len(result.output.strip()) > 20, result.output
            assert journal.read_bytes() == before, (
                f"a refused import changed the journal: {result.output}"
            )
        target.unlink()

    return run


seed_names = st.sampled_from(sorted(SEED_BYTES))
options = st.sampled_from(FORMAT_OPTIONS)


def _suffix(name: str) -> str:
    return Path(name).suffix


@cases(150)
@given(name=seed_names, cut=st.floats(0, 1), opts=options)
def test_truncated_files(harness, name, cut, opts):
    data = SEED_BYTES[name]
    harness(data[: int(len(data) * cut)], _suffix(name), opts)


@cases(150)
@given(
    name=seed_names,
    edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=0, max_size=8)), max_size=6),
    opts=options,
)
def test_bytes_flipped_or_inserted(harness, name, edits, opts):
    data = bytearray(SEED_BYTES[name])
    for where, new in edits:
        at = int(len(data) * where)
        data[at : at + len(new) // 2] = new
    harness(bytes(data), _suffix(name), opts)


@cases(80)
@given(
    name=seed_names,
    encoding=st.sampled_from(["utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"]),
    opts=options,
)
def test_re_encoded_files(harness, name, encoding, opts):
    text = SEED_BYTES[name].decode("utf-8", errors="replace")
    harness(text.encode(encoding, errors="replace"), _suffix(name), opts)


@cases(60)
@given(name=seed_names, where=st.floats(0, 1), size=st.sampled_from([131_073, 200_000]))
def test_a_huge_field(harness, name, where, size):
    data = SEED_BYTES[name]
    at = int(len(data) * where)
    harness(data[:at] + b'"' + b"x" * size + b'"' + data[at:], _suffix(name), [])


@cases(60)
@given(
    data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".json", ".daylio", ".emoods"])
)
def test_random_bytes(harness, data, suffix):
    harness(data, suffix, [])


@cases(40)
@given(
    name=st.sampled_from(["pixels.json", "moodsnap.json"]),
    kind=st.sampled_from(["deep", "nan", "infinity", "huge-number", "wrong-types"]),
    opts=options,
)
def test_hostile_json(harness, name, kind, opts):
    data = SEED_BYTES[name]
    mutated = {
        "deep": b"[" * 100_000 + b"]" * 100_000,
        "nan": data.replace(b'"scores": [2]', b'"scores": [NaN]').replace(
            b'"depression": 3', b'"depression": NaN'
        ),
        "infinity": data.replace(b'"scores": [4, 3]', b'"scores": [Infinity]').replace(
            b'"anxiety": 2', b'"anxiety": -Infinity'
        ),
        "huge-number": data.replace(b"2026", b"9" * 5000, 1),
        "wrong-types": data.replace(b'"date"', b'"date": {"x": 1}, "old"').replace(
            b'"timestamp"', b'"timestamp": [], "t"'
        ),
    }[kind]
    harness(mutated, ".json", opts)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


@cases(60)
@given(
    name=seed_names,
    member=st.sampled_from(
        ["entry.csv", "backup.daylio", "../entry.csv", "../../backup.daylio", "/etc/entry.csv",
         "a/../../entry.csv", "C:\\backup.daylio", "ok/entry.csv"]
    ),
    bomb=st.booleans(),
    suffix=st.sampled_from([".daylio", ".emoods", ".zip"]),
)  # fmt: skip
def test_zips_with_escaping_names_and_bombs(harness, name, member, bomb, suffix):
    members = {member: SEED_BYTES[name]}
    if bomb:
        members["backup.daylio" if member == "entry.csv" else "entry.csv"] = b"0" * (8 * 2**20)
    harness(_zip(members), suffix, [])


def test_the_fuzz_runs_at_least_500_cases():
    """The issue's minimum, from the settings the tests above really run with."""
    tests = [
        f for name, f in globals().items() if name.startswith("test_") and hasattr(f, "hypothesis")
    ]
    total = sum(f._hypothesis_internal_use_settings.max_examples for f in tests)
    assert len(tests) == 7 and total >= 500, total
