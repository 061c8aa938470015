"""Sentence splitting of a text with no line breaks against the same text with them.

A scrape or a PDF conversion may hold a whole book on one line; splitting it must stay
linear (each period once copied and searched the whole line up to it, so 3 MB took 10-20
times as long as with line breaks). Prints the seconds of both and their ratio; nothing is
asserted (figures depend on the machine and its load).

Usage: .venv/bin/python bench/bench_segment.py [--copies 2400]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from aligner.text.segment import split_sentences

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=2400, help="paragraph copies (one a line)")
    args = ap.parse_args()
    print(f"{'lang':<5} {'MB':>6} {'lines s':>8} {'one line s':>10} {'ratio':>6}")
    for lang in ("en", "ar"):
        para = " ".join((SAMPLES / f"briefing_{lang}.txt").read_text(encoding="utf-8").split())
        lines = "\n".join([para] * args.copies)
        start = time.perf_counter()
        many = split_sentences(lines, lang)
        middle = time.perf_counter()
        single = split_sentences(lines.replace("\n", " "), lang)
        end = time.perf_counter()
        same = [(s.start, s.end) for s in single] == [(s.start, s.end) for s in many]
        a, b = middle - start, end - middle
        print(f"{lang:<5} {len(lines.encode()) / 1e6:>6.1f} {a:>8.2f} {b:>10.2f} {b / a:>6.2f}"
              + ("" if same else "  (sentences differ!)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
