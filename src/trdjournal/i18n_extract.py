"""A babel extractor for the reference tables in resources/: the texts a user reads (scale
items, answer options, bands, crisis lines, interaction notices, the reasoning of a course's
minimum, what a lab range's source adds), never sources or references, names of
scales or drugs, or keys. babel.cfg names it; the domain translates them with ``_`` where
they are shown (domain/scales.py, domain/crisis.py, domain/interactions.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator

# Per table ("table" key of the file): the keys whose string values are shown to a user.
SHOWN_KEYS = {
    "scales": {"stem", "options", "short", "text", "label", "attribution"},
    "crisis_lines": {"region", "name", "contact"},
    "interactions": {"concern"},
    "drugs": {"class"},  # drug names stay as written
    # a minimum's reasoning is translated, its "reference" (a citation) is not
    "courses": {"label", "detail_name", "details", "rule", "adherence_rule"},
    "pgx": {"effect", "detail"},  # what a guideline says about exposure, in plain words
    "labs": {"note"},  # what a range's source adds; the source itself is a citation
}


def shown_texts(document: dict) -> Iterator[str]:
    keys = SHOWN_KEYS.get(document.get("table", ""), set())

    def walk(value, key: str = "") -> Iterator[str]:
        if isinstance(value, dict):
            for child_key, child in value.items():
                if child_key == "columns":  # the table's description for developers
                    continue
                yield from walk(child, child_key)
        elif isinstance(value, list):
            for child in value:
                yield from walk(child, key)
        elif isinstance(value, str) and key in keys and value.strip():
            yield value

    yield from walk(document)


def extract_resource(fileobj, keywords, comment_tags, options):  # noqa: ARG001 (babel's API)
    raw = fileobj.read().decode("utf-8")
    lines = raw.splitlines()
    for text in dict.fromkeys(shown_texts(json.loads(raw))):
        needle = json.dumps(text, ensure_ascii=False)
        lineno = next((i for i, line in enumerate(lines, 1) if needle in line), 1)
        yield lineno, "_", text, []
