"""The Qt binding we install must not leak references to Python's singletons.

PySide6 6.12.0 under CPython 3.11 returns None from void methods without taking a new
reference; a few thousand QPainter calls then abort the interpreter ("none_dealloc").
pyproject.toml excludes it; this test runs the calls in a child process so a bad binding
fails the test instead of killing the test run.
"""
from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys
from PySide6.QtGui import QGuiApplication, QImage, QPainter
app = QGuiApplication([])
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(50_000):
    painter.save()
    painter.restore()
    painter.isActive()
after = sys.getrefcount(None), sys.getrefcount(True)
painter.end()
print(after[0] - before[0], after[1] - before[1])
"""


def test_void_calls_keep_none_and_true_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    none_delta, true_delta = (int(x) for x in result.stdout.split())
    # a leak of one reference per call would show as about -50,000 (or a crash)
    assert abs(none_delta) < 100 and abs(true_delta) < 100
