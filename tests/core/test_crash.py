"""A writer killed with SIGKILL at random moments never leaves a half-applied edit: the
file passes PRAGMA integrity_check and the bead invariants, it holds every edit that was
reported committed (at most the one in flight is lost), and it equals a replay of exactly
that many edits on a fresh copy."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aligner.corpus import Corpus

from .crash_worker import build_sample, step

WORKER = Path(__file__).with_name("crash_worker.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def state(c: Corpus) -> tuple:
    bitext = c.bitexts()[0]
    beads = [(b.id, b.src_start, b.src_end, b.tgt_start, b.tgt_end, b.status.value)
             for b in c.beads(bitext.id)]
    segs = [[(s.id, s.text, s.start, s.end) for s in c.segments(d)]
            for d in (bitext.src_doc_id, bitext.tgt_doc_id)]
    return beads, segs


def test_killed_writer_leaves_a_consistent_file(tmp_path: Path) -> None:
    path = tmp_path / "crash.dragoman"
    build_sample(path)
    rng = random.Random(20261121)
    applied = 0
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, str(WORKER), str(path)],
                                stdout=subprocess.PIPE, text=True)
        printed = applied
        for _ in range(rng.randint(3, 40)):
            line = proc.stdout.readline()
            assert line, "the worker stopped on its own"
            printed = int(line)
        time.sleep(rng.uniform(0, 0.02))  # land somewhere inside a later edit
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read().split()
        proc.wait()
        printed = int(rest[-1]) if rest else printed
        with Corpus.open(path) as c:  # the dead writer's lock is gone
            assert c._db().execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert c.check() == []
            applied = int(c.get_setting("applied", "0"))
        assert printed <= applied <= printed + 1

    replay = tmp_path / "replay.dragoman"
    build_sample(replay)
    with Corpus.open(replay) as r:
        bitext_id = r.bitexts()[0].id
        for n in range(1, applied + 1):
            step(r, bitext_id, n)
        expected = state(r)
    with Corpus.open(path, read_only=True) as c:
        assert state(c) == expected
