"""Issue 12 items 11 and 16: no .part file outlives its export; outputs follow the umask."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.hostile.helpers import REPO, dragoman, make_corpus


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def test_a_killed_exports_part_file_is_removed_by_the_next_export(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    out = tmp_path / "out.tmx"
    stale = tmp_path / f".out.tmx.{_dead_pid()}.k2j4x8.part"
    stale.write_text("<tmx half-written", encoding="utf-8")
    alive = tmp_path / f".out.tmx.{os.getpid()}.a1b2c3.part"  # an export still running
    alive.write_text("<tmx being written", encoding="utf-8")
    other = tmp_path / f".other.tmx.{_dead_pid()}.zz.part"  # another output's: not ours
    other.write_text("x", encoding="utf-8")
    run = dragoman("export", corpus, "-o", out)
    assert run.returncode == 0, run.stderr
    assert not stale.exists() and alive.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.glob(".out.tmx*")) == [alive.name]


def test_sigterm_during_an_export_leaves_no_part_file(tmp_path: Path) -> None:
    # a corpus big enough that the export runs for a while
    data = tmp_path / "big.tsv"
    with open(data, "w", encoding="utf-8") as stream:
        for i in range(40_000):
            stream.write(f"جملة طويلة بعض الشيء رقم {i}\tA somewhat longer sentence {i}\n")
    corpus = tmp_path / "c.dragoman"
    assert dragoman("import", corpus, data, "--lang", "ar,en").returncode == 0
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "aligner.cli", "export", str(corpus),
                             "-o", str(out)], cwd=REPO, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.part")) and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    if proc.poll() is not None:
        pytest.skip("the export finished before it could be interrupted")
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert not list(tmp_path.glob(".out.jsonl.*")) and not out.exists()


@pytest.mark.parametrize("fmt, files", [("tmx", ["o.tmx"]), ("moses", ["o.ar", "o.en"])])
def test_outputs_follow_the_umask(tmp_path: Path, fmt: str, files: list[str]) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    target = tmp_path / ("o.tmx" if fmt == "tmx" else "o")
    for umask, mode in ((0o022, 0o644), (0o002, 0o664)):
        run = subprocess.run([sys.executable, "-c",
                              f"import os, sys; os.umask({umask}); from aligner.cli import main;"
                              f" sys.exit(main(['export', {str(corpus)!r}, '-f', {fmt!r}, "
                              f"'-o', {str(target)!r}]))"], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        for name in files:
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode
            (tmp_path / name).unlink()
    # an existing output keeps its mode
    (tmp_path / files[0]).write_text("old", encoding="utf-8")
    os.chmod(tmp_path / files[0], 0o640)
    assert dragoman("export", corpus, "-f", fmt, "-o", target).returncode == 0
    assert stat.S_IMODE((tmp_path / files[0]).stat().st_mode) == 0o640
