"""A corpus that cannot be written (read-only file and folder) is offered read-only in the
GUI instead of only refused. Permissions do not bind root, so under root the window runs
as the user nobody (setpriv), in its own process with its own empty home."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from .conftest import build_corpus

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

ROOT = os.geteuid() == 0
NOBODY = 65534

# The window answers its one question Yes through ui.messages, the boundary every modal
# dialog goes through (as the `shown` fixture does in-process).
SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui import messages
asked = []
messages.question = lambda parent, title, text: asked.append(text) or True
messages.error = lambda parent, title, text: print("ERROR", text)
from ui.main_window import MainWindow
window = MainWindow()
opened = window.open_corpus(Path(sys.argv[1]))
print("opened", opened, "read_only", window.session.read_only if opened else None,
      "rows", window.model.rowCount(), "asked", len(asked))
print("question", asked[0].replace("\n", " ") if asked else "")
window.close()
"""


def test_unwritable_corpus_is_offered_read_only(tmp_path: Path) -> None:
    if ROOT and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv to drop privileges")
    folder = Path(tempfile.mkdtemp(prefix="dragoman-ro-")) if ROOT else tmp_path / "ro"
    folder.mkdir(exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="dragoman-home-")) if ROOT else tmp_path / "home"
    home.mkdir(exist_ok=True)
    corpus = build_corpus(folder / "briefing.dragoman")
    before = corpus.read_bytes()
    corpus.chmod(0o444)
    folder.chmod(0o555)
    cmd = [sys.executable, "-c", SCRIPT, str(corpus)]
    if ROOT:
        os.chown(home, NOBODY, NOBODY)
        cmd = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *cmd]
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data"),
           "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=home,
                             timeout=120, check=False)
    finally:
        folder.chmod(0o755)
        corpus.chmod(0o644)
    assert run.returncode == 0, run.stderr
    assert "opened True read_only True rows 5 asked 1" in run.stdout, run.stdout + run.stderr
    assert "cannot be opened for writing" in run.stdout
    assert "ERROR" not in run.stdout
    assert corpus.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.dragoman"]
    if ROOT:
        shutil.rmtree(folder)
        shutil.rmtree(home)
