"""No traceback from any input (issue 14's acceptance): hypothesis over the command-line
options and over mutated JSON exports (NaN, Infinity, deep nesting, huge fields, wrong types).

Every run ends with exit 0, or exit 1/2 and a message; a refusal leaves the journal exactly as
it was. The file importers' own fuzz (Daylio, eMoods: encodings, zips) is the imports branch's.
Bounded: a few hundred examples each, no deadline per example, well under a minute together.
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trdjournal.cli import main

SETTINGS = settings(
    max_examples=500,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
JSON_SETTINGS = settings(SETTINGS, max_examples=320)  # each makes a new journal: slower


def _snapshot(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        conn.close()


def _check(result, before, after) -> None:
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert result.output.strip(), "a refusal without a message"
        assert after == before, "a refusal changed the journal"


# -- the command line ----------------------------------------------------------------------
weird_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "\udcff", "a\x00b", "=1+1", "-", "--", "0" * 40, "💊", "x" * 11_000]),
)
numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["nan", "inf", "-inf", "1e309", "0x10", "5", "7.25", "-1", "", "3,5"]),
)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-30", "2026-06-15", "yesterday", ""]),
    weird_text,
)
ids = st.one_of(numbers, st.sampled_from(["1", "2", "99999999999999999999", "0", "-5"]))
value = st.one_of(weird_text, numbers, dates)


def option(name: str, values=value):
    return st.tuples(st.just(name), values)


LOG_OPTIONS = ["--date", "--mood", "--anxiety", "--energy", "--sleep", "--sleep-quality",
               "--activity", "--tag", "--side-effect", "--note"]  # fmt: skip


@st.composite
def command_lines(draw) -> list[str]:
    kind = draw(st.sampled_from([
        "log", "entries", "summary", "med", "event", "lab", "treatment", "appointment",
        "questionnaire", "questionnaires", "undo", "background", "trials", "stage",
    ]))  # fmt: skip
    pairs = []
    if kind == "log":
        names = draw(st.lists(st.sampled_from(LOG_OPTIONS), max_size=5))
        pairs = [draw(option(n)) for n in names]
        args = ["log", *[x for p in pairs for x in p]]
        args += draw(st.lists(st.sampled_from(["--for-doctor", "--replace"]), max_size=2))
        return args
    if kind in ("entries", "summary", "trials", "stage"):
        args = [kind]
        if kind in ("entries", "summary"):
            args += [x for n in draw(st.lists(st.sampled_from(["--from", "--to"]), max_size=2))
                     for x in draw(option(n, dates))]  # fmt: skip
        return args + draw(st.lists(st.just("--json"), max_size=1))
    if kind == "med":
        sub = draw(st.sampled_from(["start", "change", "stop", "list", "edit", "delete"]))
        if sub in ("start", "change"):
            return ["med", sub, draw(weird_text), "--dose", draw(numbers), "--date", draw(dates)]
        if sub == "stop":
            return ["med", "stop", draw(weird_text), "--date", draw(dates)]
        if sub == "edit":
            return ["med", "edit", draw(ids), "--dose", draw(numbers), "--date", draw(dates)]
        if sub == "delete":
            return ["med", "delete", draw(ids)]
        return ["med", "list"]
    if kind in ("event", "lab", "treatment", "appointment", "questionnaires"):
        sub = draw(st.sampled_from(["add", "list", "edit", "delete"]))
        if sub == "delete":
            return [kind, "delete", draw(ids)]
        if sub == "list":
            return [kind, "list", "--from", draw(dates)]
        if sub == "edit":
            field = {"event": "--impact", "lab": "--value", "treatment": "--note",
                     "appointment": "--clinician", "questionnaires": "--answers"}[kind]  # fmt: skip
            return [kind, "edit", draw(ids), field, draw(value), "--date", draw(dates)]
        if kind == "event":
            return ["event", "add", "--impact", draw(numbers), "--date", draw(dates),
                    draw(weird_text) or "x"]  # fmt: skip
        if kind == "lab":
            return ["lab", "add", draw(weird_text), draw(numbers), draw(weird_text)]
        if kind == "treatment":
            return ["treatment", "add", draw(st.sampled_from(["rtms", "ect", "bogus"])),
                    "--date", draw(dates), "--note", draw(weird_text)]  # fmt: skip
        if kind == "appointment":
            return ["appointment", "add", "--date", draw(dates), "--note", draw(weird_text)]
        return ["questionnaires", "list"]
    if kind == "questionnaire":
        return [
            "questionnaire",
            draw(st.sampled_from(["phq9", "gad7", "x"])),
            "--answers",
            draw(st.one_of(weird_text, st.lists(numbers, max_size=10).map(",".join))),
        ]
    if kind == "background":
        return ["background", "show"]
    return ["undo"]


def test_command_line_options_never_end_in_a_traceback(tmp_path):
    journal = tmp_path / "journal.sqlite3"
    runner = CliRunner()
    seed = [
        ["log", "--date", "2026-06-01", "--mood", "5", "--note", "seed"],
        ["med", "start", "sertraline", "--dose", "50", "--date", "2026-01-05"],
        ["event", "add", "--date", "2026-06-01", "--impact", "2", "moved"],
    ]
    for args in seed:
        assert runner.invoke(main, ["--db", str(journal), *args]).exit_code == 0

    codes: list[int] = []

    @SETTINGS
    @given(command_lines())
    def run(args: list[str]) -> None:
        before = _snapshot(journal)
        result = runner.invoke(main, ["--db", str(journal), *args])
        _check(result, before, _snapshot(journal))
        codes.append(result.exit_code)

    run()
    assert len(codes) >= 300 and {0, 2} <= set(codes), sorted(set(codes))


# -- the JSON import -----------------------------------------------------------------------
NEST = "__NEST__"
BAD_VALUES = st.one_of(
    st.sampled_from([math.nan, math.inf, -math.inf, None, True, [], {}, "", NEST, 10**30,
                     -1, 1.5, "x" * 200_000, "2026-13-01", "0001-01-01", "\u0000", [1, "a"]]),
    st.text(max_size=20),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dictionaries(st.text(max_size=8), st.integers(), max_size=3),
)  # fmt: skip


def _paths(document, prefix=()):
    """Every place in the document a value sits."""
    yield prefix
    if isinstance(document, dict):
        for key, item in document.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(document, list):
        for index, item in enumerate(document):
            yield from _paths(item, (*prefix, index))


def _mutated(document, where, how, new):
    copy = json.loads(json.dumps(document))
    if not where:
        return new if how == "replace" else copy
    parent = copy
    for step in where[:-1]:
        parent = parent[step]
    last = where[-1]
    if how == "delete":
        del parent[last]
    elif how == "add" and isinstance(parent, dict):
        parent[f"{last}_unknown"] = new
    else:
        parent[last] = new
    return copy


def _export(tmp_path: Path) -> dict:
    source = tmp_path / "source.sqlite3"
    runner = CliRunner()
    for args in (
        ["log", "--date", "2026-06-01", "--mood", "4", "--tag", "walk", "--note", "n"],
        ["log", "--date", "2026-06-01", "--mood", "6"],
        ["med", "start", "sertraline", "--dose", "50", "--date", "2026-01-05"],
        ["treatment", "add", "rtms", "--date", "2026-06-02"],
        ["questionnaire", "phq9", "--answers", "1,1,1,1,1,1,1,1,1", "--date", "2026-06-03"],
        ["appointment", "add", "--date", "2026-06-20", "--clinician", "Dr A"],
        ["event", "add", "--date", "2026-06-01", "--impact", "-2", "moved"],
        ["lab", "add", "TSH", "2.1", "mIU/L", "--date", "2026-06-01"],
        ["background", "set", "episode_start", "2024-01-01"],
    ):
        result = runner.invoke(main, ["--db", str(source), *args])
        assert result.exit_code in (0, 2), (args, result.output)
    out = tmp_path / "export.json"
    assert runner.invoke(main, ["--db", str(source), "export", "-o", str(out)]).exit_code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_mutated_json_exports_never_end_in_a_traceback(tmp_path):
    document = _export(tmp_path)
    places = list(_paths(document))
    runner = CliRunner()
    counter = iter(range(10**6))
    codes: list[int] = []

    @JSON_SETTINGS
    @given(
        st.sampled_from(places),
        st.sampled_from(["replace", "replace", "delete", "add"]),
        BAD_VALUES,
        st.integers(min_value=50, max_value=20_000),
    )
    def run(where, how, new, depth) -> None:
        if how == "delete" and not where:
            how = "replace"
        text = json.dumps(_mutated(document, where, how, new), allow_nan=True)
        text = text.replace(json.dumps(NEST), "[" * depth + "]" * depth)
        n = next(counter)
        path = tmp_path / f"mutated-{n}.json"
        path.write_text(text, encoding="utf-8")
        target = tmp_path / f"target-{n}.sqlite3"
        blank = _snapshot_of_new(runner, target)
        result = runner.invoke(main, ["--db", str(target), "import", str(path)])
        _check(result, blank, _snapshot(target))
        codes.append(result.exit_code)
        if result.exit_code == 0:  # what was let in must not break the next commands
            for args in (["entries", "--json"], ["undo"], ["summary"]):
                after = runner.invoke(main, ["--db", str(target), *args])
                _check(after, _snapshot(target), _snapshot(target))
        path.unlink()
        for leftover in target.parent.glob(f"{target.name}*"):
            leftover.unlink()

    run()
    assert len(codes) >= 300 and {0, 2} <= set(codes), sorted(set(codes))


def _snapshot_of_new(runner, target: Path) -> dict[str, list]:
    assert runner.invoke(main, ["--db", str(target), "entries"]).exit_code == 0
    return _snapshot(target)
