"""Every user-visible string in ui/ goes through Qt's translation functions.

A static check, so it covers dialogs no test opens: a string literal (or f-string) containing
letters, handed straight to a call that puts text on screen, is a string translators never see.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "trdjournal" / "ui"

# Calls whose string arguments end up on screen (Qt setters and constructors, and the
# project's helpers in qtutils that pass their text on to them).
TEXT_CALLS = {
    # Qt
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "addMenu",
    "addItem",
    "addItems",
    "addTab",
    "addRow",
    "insertItem",
    "showMessage",
    "setTabText",
    "setItemText",
    "addButton",
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QMessageBox",
    "QToolButton",
    "information",
    "warning",
    "critical",
    "question",
    # trdjournal.ui helpers that show their text
    "heading",
    "wrapped",
    "button",
    "accessible",
    "tell",
    "show_message",
    "set_error",
    "muted_label",
    "form",
    "field_label",
    "arrow_button",
    "date_edit",
    "RecordTable",
    "Operation",
    "drawText",
    "__init__",
    "_spin",
    "_line",
    "setLabel",
}
AFTER_FIRST = {"setLabel"}  # pyqtgraph: setLabel("left", text), the first argument is a position
# __init__(title, parent) passes a title on; its keywords (orientation="bottom") are settings.
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _shown_literals(node: ast.AST):
    """String literals in an argument that reach the screen untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if any(ch.isalpha() for ch in node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if any(
            isinstance(v, ast.Constant) and any(ch.isalpha() for ch in v.value) for v in node.values
        ):
            yield node
    elif isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_CALLS | {"format"}:
        if _call_name(node) == "format" and isinstance(node.func, ast.Attribute):
            yield from _shown_literals(node.func.value)
        return
    elif isinstance(node, ast.Tuple | ast.List):
        for element in node.elts:
            yield from _shown_literals(element)
    elif isinstance(node, ast.IfExp):
        yield from _shown_literals(node.body)
        yield from _shown_literals(node.orelse)
    elif isinstance(node, ast.BinOp):
        yield from _shown_literals(node.left)
        yield from _shown_literals(node.right)


def untranslated(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and _call_name(node) in TEXT_CALLS:
            positional = node.args[1:] if _call_name(node) in AFTER_FIRST else node.args
            keywords = [] if _call_name(node) == "__init__" else [k.value for k in node.keywords]
            for argument in [*positional, *keywords]:
                for literal in _shown_literals(argument):
                    text = ast.get_source_segment(source, literal)
                    found.append(f"{filename}:{literal.lineno}: {_call_name(node)}({text})")
    return found


def tr_inside_fstrings(source: str, filename: str) -> list[str]:
    """tr("literal") calls nested in an f-string: pyside6-lupdate never extracts them."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and _call_name(inner) in TRANSLATE_CALLS
                    and any(isinstance(a, ast.Constant) for a in inner.args)
                ):
                    found.append(
                        f"{filename}:{inner.lineno}: {ast.get_source_segment(source, inner)}"
                    )
    return found


def test_the_check_finds_an_untranslated_label():
    code = 'QLabel("Mood")\nQLabel(self.tr("Mood"))\nbutton(f"Save {day}")\nQLabel("◀")\n'
    assert untranslated(code, "x.py") == ['x.py:1: QLabel("Mood")', 'x.py:3: button(f"Save {day}")']


def test_every_shown_string_in_ui_goes_through_tr():
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += untranslated(path.read_text(encoding="utf-8"), path.name)
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


def test_no_tr_call_hides_inside_an_fstring():
    assert tr_inside_fstrings("f\"<b>{self.tr('Licence')}</b>\"", "x.py")
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += tr_inside_fstrings(path.read_text(encoding="utf-8"), path.name)
    assert not found, "lupdate cannot see these; move them out of the f-string:\n" + "\n".join(
        found
    )
