"""Comparable mode's bead probability, fitted on TUNING data only (issue 11 point 1).

Builds, from the tuning documents alone (en-fr books Alice, Emma, La Faute, Vingt mille;
ar-en articles seed000, rt.com, euronews: bench_literary's split), document pairs in
comparable mode whose right beads are known:

- `apart`: a window of a document's source against the target of another, disjoint
  window of the same document (same names, topic and style, no translation: the nearest
  thing in the tuning data to two reports of one event); ar-en: an article's first half
  against its second half, and the Arabic of one tuning article against the English of
  another;
- `mixed`: the same, with a few gold beads of the source window slipped into the target
  (their target sentences at deterministic random places): only those are right;
- `real`: a window of a translation itself (every gold bead right).

Each pair is aligned with comparable mode asked for (align_sentences(comparable=True)),
with no dictionary and with bench_literary's FreeDict databases. Per two-sided bead it
records comparable mode's statistic (parallel.margin_stat on the words-only features),
the score the aligner gives and whether the bead is exactly a gold bead; then prints the
pool-adjacent-violators (isotonic) fit of "right" on the statistic, and how many beads
of each kind score >= 0.5.

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/tune_comparable.py
       [--dict none,freedict] [--fit]
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

import bench_literary as lit  # noqa: E402

Bead = tuple[tuple[int, ...], tuple[int, ...]]
# Window sizes (gold beads) of the en-fr cases, and windows per book.
WINDOWS = (12, 24)
PER_BOOK = 3
SLIPPED = (2, 3)


def _window(doc: lit.Doc, start: int, size: int) -> tuple[list[str], list[str], list[Bead]]:
    """Sentences and gold (re-indexed) of `size` gold beads from bead `start`."""
    beads = doc.gold[start:start + size]
    s_ids = [i for s, _ in beads for i in s]
    t_ids = [j for _, t in beads for j in t]
    if not s_ids or not t_ids:
        return [], [], []
    s0, t0 = min(s_ids), min(t_ids)
    s1, t1 = max(s_ids) + 1, max(t_ids) + 1
    gold = [(tuple(i - s0 for i in s), tuple(j - t0 for j in t)) for s, t in beads]
    return doc.src[s0:s1], doc.tgt[t0:t1], gold


def _slip(src_gold: list[Bead], src_tgt: list[str], tgt: list[str], k: int,
          rng) -> tuple[list[str], list[Bead]]:
    """`tgt` with the target sentences of k two-sided gold beads (of a window whose target
    is `src_tgt`) slipped in, in their order, at random places; their beads re-indexed."""
    two = [b for b in src_gold if b[0] and b[1]]
    chosen = sorted(rng.sample(range(len(two)), min(k, len(two))))
    places = sorted(rng.randint(0, len(tgt)) for _ in chosen)
    out: list[str] = []
    gold: list[Bead] = []
    pos = 0
    for c, place in zip(chosen, places):
        out += tgt[pos:place]
        pos = place
        s, t = two[c]
        gold.append((s, tuple(range(len(out), len(out) + len(t)))))
        out += [src_tgt[j] for j in t]
    out += tgt[pos:]
    return out, gold


def cases() -> list[tuple[str, str, list[str], list[str], tuple[str, str], list[Bead]]]:
    """(kind, name, source, target, languages, right two-sided beads)."""
    out: list[tuple[str, str, list[str], list[str], tuple[str, str], list[Bead]]] = []
    for doc in lit.enfr_books():
        if not doc.tuning:
            continue
        g = len(doc.gold)
        for size in WINDOWS:
            for w in range(PER_BOOK):
                a = (w * g) // PER_BOOK
                b = (a + g // 2) % max(1, g - size)
                src, src_tgt, gold = _window(doc, a, size)
                _, tgt, _ = _window(doc, b, size)
                if not src or not tgt:
                    continue
                name = f"{doc.name}-{size}-{w}"
                out.append(("apart", name, src, tgt, doc.langs, []))
                rng = lit._rng("tune-comparable", name)
                mixed, right = _slip(gold, src_tgt, tgt, SLIPPED[w % 2], rng)
                out.append(("mixed", name, src, mixed, doc.langs, right))
                out.append(("real", name, src, src_tgt, doc.langs,
                            [bd for bd in gold if bd[0] and bd[1]]))
    arts = [d for d in lit.aren_docs() if d.tuning]
    for d in arts:
        h = len(d.src) // 2
        out.append(("apart", d.name + "-halves", d.src[:h], d.tgt[h:], d.langs, []))
        out.append(("real", d.name, d.src, d.tgt, d.langs, [bd for bd in d.gold]))
        for e in arts:
            if e is d:
                continue
            out.append(("apart", f"{d.name}/{e.name}", d.src, e.tgt, d.langs, []))
            rng = lit._rng("tune-comparable", d.name, e.name)
            mixed, right = _slip(d.gold, d.tgt, e.tgt, 2, rng)
            out.append(("mixed", f"{d.name}/{e.name}", d.src, mixed, d.langs, right))
    return out


def pav(points: list[tuple[float, float]]) -> list[tuple[float, float, float, int, float]]:
    """Pool-adjacent-violators fit of y on x: blocks (x_lo, x_hi, mean y, count, mean x),
    non-decreasing in mean y."""
    blocks: list[list[float]] = []  # x_lo, x_hi, sum y, count, sum x
    for x, y in sorted(points):
        blocks.append([x, x, y, 1, x])
        while len(blocks) > 1 and blocks[-2][2] / blocks[-2][3] >= blocks[-1][2] / blocks[-1][3]:
            hi = blocks.pop()
            blocks[-1][1] = hi[1]
            blocks[-1][2] += hi[2]
            blocks[-1][3] += hi[3]
            blocks[-1][4] += hi[4]
    return [(b[0], b[1], b[2] / b[3], int(b[3]), b[4] / b[3]) for b in blocks]


def likelihood_knots(rows: list[tuple[float, bool]]) -> list[tuple[float, float]]:
    """(statistic, likelihood ratio) knots: each isotonic block's mean statistic and
    P(stat | right) / P(stat | wrong) there, the block's odds over the pool's (half a
    bead of each kind added to a block, so no end is 0 or infinite)."""
    right = sum(1 for _, r in rows if r)
    wrong = len(rows) - right
    out: list[tuple[float, float]] = []
    for _lo, _hi, mean, count, x in pav([(s, float(r)) for s, r in rows]):
        hits = mean * count
        ratio = ((hits + 0.5) / right) / ((count - hits + 0.5) / wrong)
        # (the half beads can undo the order of two small blocks: kept non-decreasing)
        out.append((round(x, 4), round(max(ratio, out[-1][1] if out else 0.0), 3)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", default="none,freedict")
    ap.add_argument("--dump", type=Path, help="write every bead's record (TSV)")
    args = ap.parse_args()
    if not lit.GOLD.is_dir():
        print(f"no gold data at {lit.GOLD}")
        return 0
    from aligner.align import parallel
    from aligner.align.aligner import align_sentences
    from aligner.align.lexicon import Lexicon

    seen: list = []
    real_estimate = parallel.estimate

    def recording(model, path, null_sims, stat=parallel.similarity, *a, **kw):
        ev = real_estimate(model, path, null_sims, stat, *a, **kw)
        if kw.get("chance_beads", a[1] if len(a) > 1 else None) is not None:
            seen.append({(s0, s1, t0, t1): stat(model, s0, t0, s1 - s0, t1 - t0)
                         for s0, s1, t0, t1 in path if s1 > s0 and t1 > t0})
        return ev

    parallel.estimate = recording  # (the bench only records; the aligner is unchanged)
    os.environ.setdefault("DRAGOMAN_CACHE_DIR", tempfile.mkdtemp(prefix="dragoman-bench-"))
    rows: list[tuple[str, str, str, float, float, bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        dict_dirs = {"none": "none", "freedict": str(lit._dict_dir(Path(tmp)))}
        for dname in args.dict.split(","):
            os.environ["DRAGOMAN_DICTD_DIR"] = dict_dirs[dname]
            for kind, name, src, tgt, langs, right in cases():
                lex = Lexicon.installed(*langs)
                seen.clear()
                spans = align_sentences(src, tgt, *langs, lexicon=[lex] if lex else None,
                                        comparable=True)
                stats = seen[-1] if seen else {}
                gold = {(min(s), max(s) + 1, min(t), max(t) + 1) for s, t in right}
                for sp in spans:
                    key = (sp.src_start, sp.src_end, sp.tgt_start, sp.tgt_end)
                    if key in stats:
                        rows.append((dname, kind, name, stats[key], sp.score, key in gold))
    if args.dump:
        args.dump.write_text("".join("\t".join(str(x) for x in r) + "\n" for r in rows),
                             encoding="utf-8")
    print(f"{'dict':9s} {'kind':6s} {'beads':>6s} {'right':>6s} {'>=0.5':>6s} {'right>=.5':>9s}")
    for dname in args.dict.split(","):
        for kind in ("apart", "mixed", "real"):
            got = [r for r in rows if r[0] == dname and r[1] == kind]
            print(f"{dname:9s} {kind:6s} {len(got):6d} {sum(r[5] for r in got):6d} "
                  f"{sum(r[4] >= 0.5 for r in got):6d} "
                  f"{sum(r[4] >= 0.5 and r[5] for r in got):9d}")
    print("\nisotonic fit of 'bead right' on the statistic (all tuning beads):")
    for lo, hi, mean, count, _x in pav([(r[3], float(r[5])) for r in rows]):
        print(f"  [{lo:+.4f}, {hi:+.4f}] {count:5d} beads  right {mean:.3f}")
    print("\nKNOTS =", tuple(likelihood_knots([(r[3], r[5]) for r in rows])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
