"""Figures for the Arabic<->Latin name matcher on the names gold (EVAL half only).

Usage: python bench/bench_translit.py [GOLD_DIR] [--distractors 99] [--seed 1]

Prints (a) top-1 accuracy of picking the true English spelling among the true one plus N
random other eval names, (b) precision/recall/F1 of `name_similarity >= THRESHOLD` over
the true pairs and as many random (wrong) pairs, at the shipped threshold and a few others,
and (c) the speed of `name_similarity` on uncached pairs and of `best_matches` on synthetic
sentence pairs (CPU time, so a busy machine does not skew it), with how many planted
name pairs it finds.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aligner.names import translit  # noqa: E402


def read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            pairs.append((parts[0].strip(), parts[1].strip()))
    return pairs


def top1(pairs: list[tuple[str, str]], distractors: int, rng: random.Random) -> float:
    names = sorted({en for _, en in pairs})
    hits = 0
    for ar, en in pairs:
        pool = [n for n in rng.sample(names, distractors + 1) if n != en][:distractors]
        cands = [en] + pool
        scores = [translit.name_similarity(ar, c) for c in cands]
        best = max(range(len(cands)), key=lambda k: (scores[k], -k))
        hits += best == 0
    return hits / len(pairs)


def pr_curve(pairs: list[tuple[str, str]], rng: random.Random) -> list[tuple[float, float, float, float]]:
    names = [en for _, en in pairs]
    pos = [translit.name_similarity(ar, en) for ar, en in pairs]
    neg = []
    for ar, en in pairs:
        other = en
        while other == en:
            other = rng.choice(names)
        neg.append(translit.name_similarity(ar, other))
    rows = []
    for t in sorted({0.3, 0.4, translit.THRESHOLD, 0.6, 0.7}):
        tp = sum(s >= t for s in pos)
        fp = sum(s >= t for s in neg)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / len(pos)
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((t, p, r, f))
    return rows


# Filler words written for this bench (not names): common Arabic and English words.
AR_FILLER = ("قال إن الحكومة أعلنت يوم الأحد أن الجيش وصل إلى المدينة بعد معارك استمرت "
             "عدة أيام وأكد المتحدث باسم الوزارة في بيان أن القوات سيطرت على المنطقة").split()
EN_FILLER = ("the government announced on Sunday that the army reached the city after "
             "battles that lasted several days and a ministry spokesman said in a statement "
             "that forces took control of the area The").split()


def sentence_pairs_bench(pairs: list[tuple[str, str]], n: int, rng: random.Random) -> None:
    """best_matches on synthetic sentence pairs: 3 planted names in ~25 words a side."""
    cases = []
    for _ in range(n):
        names = rng.sample(pairs, 3)
        ar = rng.sample(AR_FILLER, 22) + [a for a, _ in names]
        en = rng.sample(EN_FILLER, 22) + [e.capitalize() for _, e in names]
        rng.shuffle(ar)
        rng.shuffle(en)
        planted = {(ar.index(a), en.index(e.capitalize())) for a, e in names}
        cases.append((ar, en, planted))
    for label in ("cold", "warm"):
        found = wrong = 0
        t0 = time.process_time()
        for ar, en, planted in cases:
            got = {(i, j) for i, j, _ in translit.best_matches(ar, en)}
            found += len(got & planted)
            wrong += len(got - planted)
        dt = time.process_time() - t0
        print(f"best_matches {label}: {n} sentence pairs in {dt:.2f} s CPU "
              f"({1000 * dt / n:.2f} ms each); planted names found {found / (3 * n):.3f}, "
              f"wrong matches {wrong / n:.3f} per pair")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold", nargs="?", default=str(REPO.parent / "shared" / "golddata"))
    ap.add_argument("--distractors", type=int, default=99)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--full", action="store_true", help="also rank among ALL eval names (slow)")
    args = ap.parse_args()
    path = Path(args.gold) / "names-ar-en" / "ar2en-eval.txt"
    if not path.is_file():
        print(f"{path} is absent", file=sys.stderr)
        return 1
    pairs = read_pairs(path)
    rng = random.Random(args.seed)
    t0 = time.process_time()
    acc = top1(pairs, args.distractors, rng)
    dt = time.process_time() - t0
    n_cmp = len(pairs) * (args.distractors + 1)
    print(f"eval pairs: {len(pairs)}   threshold: {translit.THRESHOLD}")
    print(f"top-1 among 1 true + {args.distractors} random: {acc:.3f}")
    print(f"speed: {n_cmp} uncached comparisons in {dt:.1f} s CPU ({1e6 * dt / n_cmp:.0f} us each)")
    if args.full:
        names = sorted({en for _, en in pairs})
        t0 = time.process_time()
        hits = 0
        for ar, en in pairs:
            best = max(names, key=lambda c: translit.name_similarity(ar, c))
            hits += translit.name_similarity(ar, best) <= translit.name_similarity(ar, en)
        print(f"top-1 among all {len(names)} eval names: {hits / len(pairs):.3f} "
              f"({time.process_time() - t0:.0f} s)")
    sentence_pairs_bench(pairs, 500, rng)
    print("threshold  precision  recall  F1   (true pairs vs as many random pairs)")
    for t, p, r, f in pr_curve(pairs, rng):
        mark = "  <- THRESHOLD" if t == translit.THRESHOLD else ""
        print(f"  {t:.2f}      {p:.3f}     {r:.3f}  {f:.3f}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
