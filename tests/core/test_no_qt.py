"""The core must never import Qt: checked by reading every module's imports (static) and
by importing every module in a fresh interpreter and looking at sys.modules (dynamic)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "aligner"
QT_ROOTS = {"PySide6", "PyQt5", "PyQt6", "shiboken6", "PySide2", "ui"}


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_core_module_imports_qt_statically() -> None:
    offenders = {str(p.relative_to(CORE)): sorted(_imported_roots(p) & QT_ROOTS)
                 for p in CORE.rglob("*.py") if _imported_roots(p) & QT_ROOTS}
    # the CLI's `gui` command may start the GUI lazily, inside a function, by name only
    offenders.pop("cli/gui_cmd.py", None)
    assert offenders == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        "aligner." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py") if p.name != "__main__.py")
    modules = [m.removesuffix(".__init__") for m in modules]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            f"bad = [m for m in sys.modules if m.split('.')[0] in {sorted(QT_ROOTS)!r}]\n"
            "print(','.join(bad)); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
