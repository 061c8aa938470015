"""Openings of real translations cut short: are they still taken for translations, and
is their common part aligned right? (issue 11: a ragged end and start in the DP)

Each en-fr gold book gives short excerpts whose two sides do not end (or start) together:

- `complete`: the first N gold beads (N = 6, 8, 10, 12, 15, 20, 30): both sides end
  together (the control);
- `lines`: the first N lines of each side (same N): one side usually runs ahead;
- `runs-on`: the first N gold beads (N = 10, 20, 30) with 30 more lines of one side (the
  French, then the English), which have no partner in the excerpt;
- `starts-early`: gold beads 40 to 40 + N (N = 10, 20, 30) with the 30 lines before them
  on one side (the French, then the English).

For each: how many excerpts are flagged as not translations (`dragoman align`'s warning:
AlignStats.looks_parallel false or comparable mode used), and strict F1 of the beads with
both sides against the gold (the run-on lines' gold is unaligned). Split as bench_literary's
(tuning: Alice, Emma, La Faute, Vingt mille; reporting: the other four); no dictionary and
the FreeDict databases bench_literary pins. Aligned with aligner.align.align_sentences in
this process (what `dragoman align --presplit` calls).

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/bench_openings.py
       [--dict none,freedict] [--parts tuning,reporting] [--kinds complete,lines,runs-on,starts-early]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_literary as lit  # noqa: E402  (the gold sets, the split, the dictionaries)

SIZES = (6, 8, 10, 12, 15, 20, 30)
RAGGED_SIZES = (10, 20, 30)
EXTRA = 30
START_AT = 40

Bead = tuple[tuple[int, ...], tuple[int, ...]]
Excerpt = tuple[str, list[str], list[str], list[Bead]]


def _span(beads: list[Bead]) -> tuple[int, int, int, int]:
    s = [i for a, _b in beads for i in a]
    t = [j for _a, b in beads for j in b]
    return min(s, default=0), max(s, default=-1) + 1, min(t, default=0), max(t, default=-1) + 1


def _cut(doc: lit.Doc, first: int, count: int, s_more: tuple[int, int],
         t_more: tuple[int, int]) -> tuple[list[str], list[str], list[Bead]]:
    """Gold beads first..first+count, with s_more / t_more = (lines before, lines after)
    added on each side; the gold renumbered (added lines unaligned)."""
    head = doc.gold[first:first + count]
    s0, s1, t0, t1 = _span(head)
    s0, s1 = max(0, s0 - s_more[0]), min(len(doc.src), s1 + s_more[1])
    t0, t1 = max(0, t0 - t_more[0]), min(len(doc.tgt), t1 + t_more[1])
    gold: list[Bead] = [(tuple(i - s0 for i in a), tuple(j - t0 for j in b)) for a, b in head]
    return doc.src[s0:s1], doc.tgt[t0:t1], gold


def excerpts(doc: lit.Doc, kind: str) -> list[Excerpt]:
    out: list[Excerpt] = []
    if kind == "complete":
        for n in SIZES:
            out.append((f"{n}", *_cut(doc, 0, n, (0, 0), (0, 0))))
    elif kind == "lines":
        for n in SIZES:
            gold = [(a, b) for a, b in doc.gold
                    if all(i < n for i in a) and all(j < n for j in b)]
            out.append((f"{n}", doc.src[:n], doc.tgt[:n], gold))
    elif kind == "runs-on":
        for n in RAGGED_SIZES:
            out.append((f"{n}+fr", *_cut(doc, 0, n, (0, 0), (0, EXTRA))))
            out.append((f"{n}+en", *_cut(doc, 0, n, (0, EXTRA), (0, 0))))
    elif kind == "starts-early":
        for n in RAGGED_SIZES:
            out.append((f"fr+{n}", *_cut(doc, START_AT, n, (0, 0), (EXTRA, 0))))
            out.append((f"en+{n}", *_cut(doc, START_AT, n, (EXTRA, 0), (0, 0))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", default="none,freedict")
    ap.add_argument("--parts", default="tuning,reporting")
    ap.add_argument("--kinds", default="complete,lines,runs-on,starts-early")
    ap.add_argument("-v", "--verbose", action="store_true", help="name each flagged excerpt")
    args = ap.parse_args()
    if not lit.ready():
        return 0
    from aligner.align.aligner import AlignStats, align_sentences
    from aligner.align.evaluate import Result, score
    from aligner.align.lexicon import Lexicon
    print(f"dictionaries for 'freedict': {lit._dict_versions()}")
    print(f"{'kind':13s} {'dict':8s} {'part':9s} {'excerpts':>8s} {'flagged':>7s} {'gold':>5s} "
          f"{'F1':>6s}")
    books = lit.enfr_books()
    with tempfile.TemporaryDirectory() as tmp:
        for dname in args.dict.split(","):
            lexicon = None
            if dname == "freedict":
                os.environ["DRAGOMAN_DICTD_DIR"] = str(lit._dict_dir(Path(tmp)))
                lexicon = Lexicon.installed("en", "fr")
            for kind in args.kinds.split(","):
                for part in args.parts.split(","):
                    res, count, flagged, names = Result(), 0, 0, []
                    for doc in books:
                        if doc.tuning != (part == "tuning"):
                            continue
                        for label, src, tgt, gold in excerpts(doc, kind):
                            stats = AlignStats()
                            spans = align_sentences(src, tgt, "en", "fr", lexicon=lexicon,
                                                    stats=stats)
                            pred = [(tuple(range(b.src_start, b.src_end)),
                                     tuple(range(b.tgt_start, b.tgt_end))) for b in spans]
                            res.add(score(gold, pred))
                            count += 1
                            if not stats.looks_parallel or stats.comparable:
                                flagged += 1
                                names.append(f"{doc.name[:12]}:{label}({stats.parallel:.2f})")
                    s = res.strict
                    print(f"{kind:13s} {dname:8s} {part:9s} {count:8d} {flagged:7d} "
                          f"{s.gold:5d} {s.f1:6.3f}", flush=True)
                    if args.verbose and names:
                        print("    flagged: " + " ".join(names), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
