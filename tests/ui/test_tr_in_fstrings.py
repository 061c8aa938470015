"""Interface strings reach the translation file (issue 13 point 11): lupdate reads tr()
calls in plain code only, so a tr() written inside an f-string's braces never reaches the
.ts and stays English in the Arabic interface (the bead details' "empty" was one). This
walks every module of ui/ and names any such call; the .ts must also hold no message left
unfinished."""
from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"


def tr_calls_in_fstrings(source: str) -> list[int]:
    """Line numbers of tr()/translate() calls that sit inside an f-string."""
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                func = inner.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("tr", "translate"):
                    lines.append(inner.lineno)
    return sorted(set(lines))


def test_the_check_sees_a_tr_inside_an_fstring():
    assert tr_calls_in_fstrings('x = f"{n} {self.tr(\'empty\')}"\n') == [1]
    assert tr_calls_in_fstrings('x = self.tr("{n} empty").format(n=n)\n') == []


def test_no_module_of_the_interface_has_tr_inside_an_fstring():
    found = {}
    for path in sorted(UI.rglob("*.py")):
        lines = tr_calls_in_fstrings(path.read_text(encoding="utf-8"))
        if lines:
            found[str(path.relative_to(UI.parent))] = lines
    assert found == {}, "tr() inside an f-string is invisible to lupdate: build the text " \
                        "with tr(...).format(...) instead"


def test_no_interface_string_is_left_untranslated():
    ts = (UI / "resources" / "i18n" / "dragoman_ar.ts").read_text(encoding="utf-8")
    assert ts.count('type="unfinished"') == 0, "run scripts/i18n.sh and translate the new strings"
