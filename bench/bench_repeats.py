"""Alignment of texts that repeat themselves: strict F1 of a varied text against the same
text told several times over, ours and hunalign's in the same run.

Why: rare-word anchors (a key found once on each side) vanish when a text repeats itself
(a book followed by a copy of itself, boilerplate-heavy reports, a pool of names that
recurs); the first pass then has only lengths to go by. A self-repeating text should align
as well as the varied text it is made of.

Cases, from the en-fr gold books of ../shared/golddata (DRAGOMAN_SHARED):
- `alice+voyage x1` / `x3`: Alice and Voyage au centre de la Terre concatenated, once and
  three times over;
- `books x1` / `x5`: the eight books concatenated (about 4,000 sentences a side), once and
  five times over (about 20,000: no key occurs fewer than five times);
- `near copy`: the eight books followed by a near copy of themselves (every 40th bead of
  the copy lost on the target side, so the copy is not exact).
Columns: sentences a side, CPU seconds, strict bead F1, band widenings, whether the
aligner said it was unsure of its path; hunalign (built from ../shared/peers/hunalign as
bench_align.py does, its null dictionary) on the same input: CPU seconds and strict F1.

Usage: .venv/bin/python bench/bench_repeats.py [--no-hunalign] [--cases x1,x3,...]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_align as ba  # noqa: E402  (the books, hunalign's build and run)

Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]
LOST_EVERY = 40


def _concat(parts: list[tuple[list[str], list[str], Beads]]):
    src: list[str] = []
    tgt: list[str] = []
    gold: Beads = []
    for en, fr, beads in parts:
        gold += [(tuple(i + len(src) for i in s), tuple(j + len(tgt) for j in t))
                 for s, t in beads]
        src += en
        tgt += fr
    return src, tgt, gold


def _near_copy(en: list[str], fr: list[str], beads: Beads):
    """The pair with the target sentences of every LOST_EVERY-th bead removed."""
    keep_t: list[int] = []
    out: Beads = []
    for k, (s, t) in enumerate(beads):
        if k % LOST_EVERY == LOST_EVERY - 1:
            out.append((s, ()))
            continue
        new_t = tuple(range(len(keep_t), len(keep_t) + len(t)))
        keep_t += list(t)
        out.append((s, new_t))
    return en, [fr[j] for j in keep_t], out


def cases() -> dict[str, tuple[list[str], list[str], Beads]]:
    books = {name: (en, fr, gold) for name, en, fr, gold in ba.books()}
    av = [books["AlicesAdventuresInWonderland"], books["VoyageAuCentreDeLaTerre"]]
    every = list(books.values())
    whole = _concat(every)
    return {
        "alice+voyage x1": _concat(av),
        "alice+voyage x3": _concat(av * 3),
        "books x1": whole,
        "books x5": _concat(every * 5),
        "near copy": _concat([whole, _near_copy(*whole)]),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-hunalign", action="store_true", help="do not run hunalign")
    ap.add_argument("--cases", help="comma-separated case names (default: all)")
    args = ap.parse_args()
    if not ba.GOLD.is_dir():
        print(f"(no gold books at {ba.GOLD}: nothing to measure)")
        return 0
    from aligner.align.aligner import AlignStats, align_sentences
    from aligner.align.evaluate import score

    hun = None if args.no_hunalign else ba.find_hunalign()
    if hun is None and not args.no_hunalign:
        print("(hunalign: not on PATH and not buildable from ../shared/peers/hunalign)")
    wanted = [c.strip() for c in args.cases.split(",")] if args.cases else None
    print(f"{'case':16s} {'src':>6s} {'tgt':>6s} {'cpu s':>7s} {'F1':>6s} {'widen':>5s} "
          f"{'unsure':>6s} | {'hunalign cpu s':>14s} {'F1':>6s}")
    for name, (src, tgt, gold) in cases().items():
        if wanted and not any(w in name for w in wanted):
            continue
        stats = AlignStats()
        c0 = time.process_time()
        spans = align_sentences(src, tgt, "en", "fr", stats=stats)
        cpu = time.process_time() - c0
        f1 = score(gold, [(s.src, s.tgt) for s in spans]).strict.f1
        line = (f"{name:16s} {len(src):6d} {len(tgt):6d} {cpu:7.1f} {f1:6.3f} "
                f"{stats.widenings:5d} {'yes' if stats.unsure else 'no':>6s} |")
        if hun:
            h_cpu, _wall, beads = ba.hunalign_run(hun, src, tgt)
            line += f" {h_cpu:14.1f} {score(gold, beads).strict.f1:6.3f}"
        print(line, flush=True)
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
