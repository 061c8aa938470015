"""Helpers for the hostile-input tests: run the real `dragoman` CLI in a subprocess."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SAMPLES = REPO / "samples"


def dragoman(*args: object, timeout: float = 120, env: dict | None = None,
             cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `python -m aligner.cli ARGS` as the user would; text output captured."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "aligner.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env=full_env,
                          cwd=cwd)


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def make_corpus(path: Path, *pairs: tuple[str, str]) -> Path:
    """A corpus holding the sample briefing as ar-en (and more pairs if given)."""
    pairs = pairs or (("ar", "en"),)
    for src, tgt in pairs:
        run = dragoman("import", path, SAMPLES / f"briefing_{src}.txt",
                       SAMPLES / f"briefing_{tgt}.txt")
        assert run.returncode == 0, run.stderr
    return path


def one_error_line(run: subprocess.CompletedProcess, *needles: str) -> str:
    """The brief's rule for bad input: exit 2, one line on stderr, no traceback, and the
    line holds each of `needles` (the file's name, the problem)."""
    assert run.returncode == 2, (run.stdout, run.stderr)
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr, run.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]
