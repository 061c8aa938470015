"""Alignment benchmark: seconds, peak memory and sentences per second on long texts.

Why a script and not a test: speed and memory depend on the machine; this prints figures
to compare over time (and against hunalign when it is on PATH), while the unit tests check
behaviour only.

Cases:
- real: the eight en-fr gold books of ../shared/golddata concatenated (skipped if absent),
  with strict F1 against the concatenated gold;
- synthetic N: N source sentences from a made-up language and a "translation" with a
  length ratio, word translations, noise and 1-2 / 2-1 / 1-3 / 1-0 ... beads, whose true
  alignment is known (strict F1 printed too);
- gap N: the largest synthetic pair with the middle fifth of the target removed (a
  passage missing on one side), strict F1 against the adjusted truth.

Each case runs in a fresh interpreter so that the peak resident memory (ru_maxrss) is the
case's own.  Usage: .venv/bin/python bench/bench_align.py [--sizes 1000,5000,10000]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
GOLD = Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared")) / "golddata" / "en-fr"

BEAD_MIX = [((1, 1), 0.80), ((1, 2), 0.06), ((2, 1), 0.06), ((1, 0), 0.01), ((0, 1), 0.01),
            ((2, 2), 0.01), ((1, 3), 0.02), ((3, 1), 0.02), ((1, 4), 0.005), ((4, 1), 0.005)]


def synthetic(n: int, seed: int = 7):
    """Source and target sentence lists and the true beads, about n sentences a side."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuvz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9)))
             for _ in range(5000)]
    trans = {w: "".join(rng.choice(letters) for _ in range(max(2, len(w) + rng.randint(-1, 3))))
             for w in vocab}
    zipf = [1.0 / (r + 1) for r in range(len(vocab))]

    def sentence() -> list[str]:
        k = max(2, int(rng.lognormvariate(2.6, 0.5)))
        words = rng.choices(vocab, zipf, k=k)
        if rng.random() < 0.1:
            words.insert(rng.randrange(len(words)), str(rng.randint(1, 2030)))
        return words

    def translate(words: list[str]) -> list[str]:
        out = [trans.get(w, w) for w in words if rng.random() > 0.15]  # some words dropped
        out += rng.choices(list(trans.values()), k=rng.randint(0, 2))   # some added
        if len(out) > 3 and rng.random() < 0.5:
            i = rng.randrange(len(out) - 1)
            out[i], out[i + 1] = out[i + 1], out[i]
        return out or ["x"]

    types, weights = zip(*BEAD_MIX)
    src: list[str] = []
    tgt: list[str] = []
    gold = []
    while len(src) < n:
        a, b = rng.choices(types, weights)[0]
        s_sents = [sentence() for _ in range(a)]
        content = [w for s in s_sents for w in s] or sentence()
        t_words = translate(content)
        cuts = sorted(rng.sample(range(1, len(t_words)), b - 1)) if b > 1 and len(t_words) > b else []
        t_sents = []
        prev = 0
        for c in cuts + [len(t_words)]:
            t_sents.append(t_words[prev:c])
            prev = c
        t_sents = t_sents[:b] if b else []
        if b and len(t_sents) < b:
            t_sents += [translate(sentence()) for _ in range(b - len(t_sents))]
        gold.append((tuple(range(len(src), len(src) + a)), tuple(range(len(tgt), len(tgt) + b))))
        src += [" ".join(s).capitalize() + "." for s in s_sents]
        tgt += [" ".join(s).capitalize() + "." for s in t_sents]
    return src, tgt, gold


def missing_passage(src, tgt, gold):
    """The same texts with the middle fifth of the target removed (a lost chapter)."""
    cut0, cut1 = int(len(tgt) * 0.4), int(len(tgt) * 0.6)
    new = {j: j if j < cut0 else j - (cut1 - cut0) for j in range(len(tgt))
           if not cut0 <= j < cut1}
    beads = [(s, tuple(new[j] for j in t if j in new)) for s, t in gold]
    return src, [t for j, t in enumerate(tgt) if j in new], beads


def real():
    """The en-fr gold books concatenated, with the concatenated gold."""
    src: list[str] = []
    tgt: list[str] = []
    gold = []
    for book in sorted(p for p in GOLD.iterdir() if p.is_dir()):
        en = (book / "en.txt").read_text(encoding="utf-8").split("\n")
        fr = (book / "fr.txt").read_text(encoding="utf-8").split("\n")
        en = en[:-1] if en and en[-1] == "" else en
        fr = fr[:-1] if fr and fr[-1] == "" else fr
        from aligner.evaluate import read_beads
        beads, _ = read_beads(book / "gold.txt")
        gold += [(tuple(i + len(src) for i in s), tuple(j + len(tgt) for j in t))
                 for s, t in beads]
        src += en
        tgt += fr
    return src, tgt, gold


def run_case(case: str, size: int) -> dict:
    """Runs in the child process: align and report figures as JSON."""
    from aligner.align.aligner import AlignStats, align_sentences
    from aligner.evaluate import score

    if case == "real":
        src, tgt, gold = real()
        langs = ("en", "fr")
    elif case == "gap":
        src, tgt, gold = missing_passage(*synthetic(size))
        langs = ("xx", "yy")
    else:
        src, tgt, gold = synthetic(size)
        langs = ("xx", "yy")  # no dictionary: only generic signals
    stats = AlignStats()
    t0 = time.perf_counter()
    c0 = time.process_time()
    spans = align_sentences(src, tgt, *langs, stats=stats)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    res = score(gold, [(s.src, s.tgt) for s in spans])
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"case": case, "n_src": len(src), "n_tgt": len(tgt), "seconds": seconds, "cpu": cpu,
            "peak_mb": maxrss_kb / 1024, "f1": res.strict.f1, "cells": stats.cells,
            "widenings": stats.widenings}


def hunalign_time(src: list[str], tgt: list[str]) -> float | None:
    exe = shutil.which("hunalign")
    if not exe:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        s, t, d = Path(tmp, "s.txt"), Path(tmp, "t.txt"), Path(tmp, "empty.dic")
        s.write_text("\n".join(src) + "\n", encoding="utf-8")
        t.write_text("\n".join(tgt) + "\n", encoding="utf-8")
        d.write_text("", encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run([exe, "-utf", str(d), str(s), str(t)], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,5000,10000",
                    help="synthetic sizes (sentences a side), comma-separated")
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.case:  # child
        print(json.dumps(run_case(args.case, args.size)))
        return 0
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    cases = ([("real", 0)] if GOLD.is_dir() else []) + [("synthetic", x) for x in sizes] + \
        [("gap", max(sizes))]
    print(f"{'case':10s} {'src':>6s} {'tgt':>6s} {'seconds':>8s} {'cpu s':>6s} {'sent/s':>8s} "
          f"{'peak MB':>8s} {'strict F1':>9s} {'hunalign s':>10s}")
    for case, size in cases:
        proc = subprocess.run([sys.executable, __file__, "--case", case, "--size", str(size)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{case} {size}: failed\n{proc.stderr}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        rate = (r["n_src"] + r["n_tgt"]) / r["seconds"] if r["seconds"] else 0.0
        hs = None
        if shutil.which("hunalign"):
            src, tgt, _ = (real() if case == "real" else synthetic(size) if case == "synthetic"
                           else missing_passage(*synthetic(size)))
            hs = hunalign_time(src, tgt)
        hun = f"{hs:10.2f}" if hs is not None else f"{'absent':>10s}"
        print(f"{case:10s} {r['n_src']:6d} {r['n_tgt']:6d} {r['seconds']:8.2f} {r['cpu']:6.2f} {rate:8.0f} "
              f"{r['peak_mb']:8.1f} {r['f1']:9.3f} {hun}"
              + (f"  (ratio {r['seconds'] / hs:.1f}x)" if hs else ""), flush=True)
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall-clock seconds "
          "grow when other processes compete; cpu s is this process's own time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
