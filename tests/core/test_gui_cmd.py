"""`dragoman gui` edges: no display is one clear line with exit 2, not a Qt abort."""
from __future__ import annotations

import os
import subprocess
import sys

from aligner.cli.gui_cmd import no_display_problem


def test_no_display_is_detected_only_where_qt_would_need_one():
    assert no_display_problem({}, "linux") is not None
    assert no_display_problem({"DISPLAY": ":0"}, "linux") is None
    assert no_display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert no_display_problem({}, "darwin") is None


def test_gui_without_a_display_says_so_and_exits_2(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "aligner.cli", "gui"], env=env,
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "--screenshot" in lines[0]


def test_position_counts_from_one(tmp_path):
    result = subprocess.run([sys.executable, "-m", "aligner.cli", "gui", "x.dragoman",
                             "--screenshot", "x.png", "--position", "0"],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 2 and "counted from 1" in result.stderr
