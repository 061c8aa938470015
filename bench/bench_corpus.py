"""Corpus speed on a large bitext: prints figures, asserts nothing (goals: 100k beads read
well under 1 s; edits on a 100k-bead bitext fast enough for the GUI, ~100 ms).

Usage: .venv/bin/python bench/bench_corpus.py [BEADS]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from aligner.corpus import Corpus
from aligner.edits import ConfirmThrough, MergeBeads, MergeSegments, ShiftSentence, SplitSegment
from aligner.model import BeadSpan, Document, Segment


def timed(label: str, fn):
    t0 = time.perf_counter()
    result = fn()
    print(f"{label:<40} {1000 * (time.perf_counter() - t0):9.1f} ms")
    return result


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.dragoman"
        c = Corpus.create(path)

        def doc(lang: str, word: str) -> int:
            sents = [f"{word} {i}." for i in range(n)]
            text = " ".join(sents)
            segs, at = [], 0
            for s in sents:
                segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
                at += len(s) + 1
            return c.add_document(Document(None, lang, lang, text), segs)

        ar = timed(f"add_document ({n} segments)", lambda: doc("ar", "جملة"))
        en = doc("en", "sentence")
        b = c.add_bitext(ar, en)
        spans = [BeadSpan(i, i + 1, i, i + 1, 0.5) for i in range(n)]
        timed(f"replace_beads ({n} beads)", lambda: c.replace_beads(b, spans))
        c.close()
        c = timed("open (writer)", lambda: Corpus.open(path))
        timed("bead in the middle (loads order keys)", lambda: c.bead(b, n // 2))
        timed("bead in the middle again", lambda: c.bead(b, n // 2 + 1))
        beads = timed(f"beads() -> {n} Bead objects", lambda: c.beads(b))
        assert len(beads) == n
        timed("bead_texts()", lambda: c.bead_texts(b))
        timed("iter_beads() full pass", lambda: sum(1 for _ in c.iter_beads(b)))
        timed("check_bitext()", lambda: c.check_bitext(b))
        merge = MergeBeads(b, n // 2)
        timed("MergeBeads in the middle", lambda: merge.do(c))
        timed("  undo", lambda: merge.undo(c))
        timed("  redo", lambda: merge.do(c))
        timed("ShiftSentence in the middle", lambda: ShiftSentence(b, n // 3, "src", "down").do(c))
        seg = c.segment_at(ar, n // 4)
        split = SplitSegment(seg.id, 4)
        timed("SplitSegment in the middle", lambda: split.do(c))
        timed("  undo", lambda: split.undo(c))
        timed("  redo", lambda: split.do(c))
        join = MergeSegments(seg.id)
        timed("MergeSegments (the split halves)", lambda: join.do(c))
        timed("  undo", lambda: join.undo(c))
        confirm = ConfirmThrough(b, n - 10)
        timed("ConfirmThrough almost all", lambda: confirm.do(c))
        timed("  undo", lambda: confirm.undo(c))
        timed("check() incl. integrity_check", lambda: c.check())
        print(f"file size: {path.stat().st_size / 1e6:.1f} MB")
        c.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
