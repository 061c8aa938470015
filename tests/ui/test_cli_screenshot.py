"""`dragoman gui CORPUS --screenshot OUT.png` renders the window and exits; a bad corpus
gives a one-line error and status 2, no traceback."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def _dragoman(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "aligner.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_screenshot_of_a_corpus(corpus_path, tmp_path):
    out = tmp_path / "shot.png"
    result = _dragoman("gui", str(corpus_path), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600


def test_screenshot_of_a_bad_corpus(tmp_path):
    bad = tmp_path / "bad.dragoman"
    bad.write_bytes(b"\x00garbage" * 10)
    result = _dragoman("gui", str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and str(bad) in result.stderr
    assert result.stderr.count(str(bad)) == 1  # the file is named once, not "bad: bad: ..."
    assert not (tmp_path / "x.png").exists()
