"""Readers see one committed state while another process writes (issue 12 point 3).

A real second process holds the writer lock and keeps merging the first two beads and
splitting them again, each in its own transaction. Exports, check() and info taken
meanwhile through a read-only Corpus must each read one state: every exported unit pairs
sentence k with sentence k, no sentence is missing or repeated, and check() finds nothing.
The bitext is longer than one streaming chunk, so an export without a read transaction
reads its chunks from different states.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.exchange import export_corpus
from aligner.model import BeadSpan, Document, Segment

N = 11_000  # beads: more than two streaming chunks of 5,000

WRITER = textwrap.dedent("""
    import sys
    from aligner.corpus import Corpus
    from aligner.model import Bead, BeadStatus
    path, mode = sys.argv[1], sys.argv[2]
    with Corpus.open(path) as c:
        b = c.bitexts()[0].id
        first = c.segments(c.bitext(b).src_doc_id)[0].id
        one = [Bead(None, b, 0, 0, 2, 0, 2, 1.0, BeadStatus.AUTO)]
        two = [Bead(None, b, 0, 0, 1, 0, 1, 1.0, BeadStatus.AUTO),
               Bead(None, b, 1, 1, 2, 1, 2, 1.0, BeadStatus.AUTO)]
        n = 0
        while True:
            if mode == "beads":  # the bead count changes: later beads move
                c.set_beads(b, one, 0, 2)
                c.set_beads(b, two, 0, 1)
            else:  # the sentence count changes: later sentences and bead ranges move
                c.split_segment(first, 1)
                c.merge_segments(first)
            n += 1
            if n == 1:
                print("ready", flush=True)
""")


def _doc(lang: str, word: str) -> tuple[Document, list[Segment]]:
    sentences = [f"{word}{i}" for i in range(N)]
    segs, at = [], 0
    for s in sentences:
        segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
        at += len(s) + 1
    return Document(None, lang, lang, " ".join(sentences)), segs


@pytest.fixture(params=["beads", "sentences"])
def busy_corpus(tmp_path: Path, request):
    """A corpus of N 1-1 beads ('s<k>' with 't<k>') and a live writer process editing it."""
    path = tmp_path / "busy.dragoman"
    with Corpus.create(path) as c:
        src = c.add_document(*_doc("en", "s"))
        tgt = c.add_document(*_doc("fr", "t"))
        b = c.add_bitext(src, tgt)
        c.replace_beads(b, [BeadSpan(i, i + 1, i, i + 1) for i in range(N)])
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(path), request.param],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield path
    finally:
        proc.kill()
        proc.wait()


def _numbers(text: str, letter: str) -> list[int]:
    return [int(m) for m in re.findall(rf"\b{letter}(\d+)\b", text)]


def test_exports_taken_during_edits_are_whole(busy_corpus: Path, tmp_path: Path) -> None:
    torn: list[str] = []
    for k in range(6):
        out = tmp_path / f"export{k}.jsonl"
        with Corpus.open(busy_corpus, read_only=True) as c:
            export_corpus(c, "jsonl", out)
        src_seen: list[int] = []
        for line in out.read_text(encoding="utf-8").splitlines():
            unit = json.loads(line)
            s = _numbers(unit["translation"]["en"].replace("s 0", "s0"), "s")
            t = _numbers(unit["translation"]["fr"], "t")
            if s != t:
                torn.append(f"export {k}: {s} paired with {t}")
            src_seen += s
        if src_seen != list(range(N)):
            torn.append(f"export {k}: {len(src_seen)} source sentences, not 0..{N - 1} once")
    assert torn == []


def test_check_and_info_during_edits_see_one_state(busy_corpus: Path) -> None:
    with Corpus.open(busy_corpus, read_only=True) as c:
        for _ in range(6):
            assert c.check() == []
            info = c.info()
            assert (info["beads"], info["segments"]) in ((N, 2 * N), (N - 1, 2 * N),
                                                         (N, 2 * N + 1))
