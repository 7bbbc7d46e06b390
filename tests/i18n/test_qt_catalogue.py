"""The Qt layer's catalogue holds every string the app translates: lupdate finds only tr(),
translate() and QT_TRANSLATE_NOOP, so a literal handed to a module's ``_tr`` helper would never
reach the .ts file and stay English in every language."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_literal_given_to_a_tr_helper_is_in_the_swedish_catalogue():
    catalogue = ET.parse(ROOT / "resources" / "i18n" / "trdjournal_sv.ts").getroot()
    sources = {m.findtext("source") for m in catalogue.iter("message")}
    unfinished = {
        m.findtext("source")
        for m in catalogue.iter("message")
        if m.find("translation").get("type") == "unfinished"
    }
    missing = []
    for path in sorted((ROOT / "src" / "trdjournal" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value not in sources
            ):
                missing.append(f"{path.name}:{node.lineno} {node.args[0].value!r}")
    assert missing == [], "use QCoreApplication.translate(Context, ...) so lupdate sees it"
    assert unfinished == set(), "bash packaging/update_translations.sh, then translate these"
