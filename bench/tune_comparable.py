"""Comparable mode's beads on TUNING pairs whose right beads are known (issue 11 point 1).

Builds, from the tuning documents alone (en-fr books Alice, Emma, La Faute, Vingt mille;
ar-en articles seed000, rt.com, euronews: bench_literary's split), document pairs in
comparable mode whose right beads are known:

- `apart`: a window of 12 or 24 gold beads of a book's English against the French of
  another window of the same book, half the book away (`far`) or the very next one
  (`near`: the same scene and people, the nearest thing here to two reports of one
  event); ar-en: an article's Arabic first half against its English second half, and the
  Arabic of one tuning article against the English of another;
- `mixed`: the same, with 2-3 gold beads of the source window slipped into the target
  (their target sentences at deterministic random places): only those are right;
- `real`: a window of a translation itself (every gold bead right).

Each pair is aligned with comparable mode asked for (align_sentences(comparable=True)),
with no dictionary and with bench_literary's FreeDict databases. Per two-sided bead it
records comparable mode's statistic (parallel.margin_stat on the words-only features),
its lexical coverage, the document's estimated translated share (parallel.estimate), the
score, whether the bead is exactly a gold bead and whether it holds a gold link at all.
It prints per kind the beads, the right ones, those >= 0.5 and the right ones among them
and the mean score; the isotonic (pool-adjacent-violators) fit of "holds a translation"
on each of the three pieces of evidence; and a logistic fit on all three (WEIGHTS), the
tool of the experiments in bench/README.md. Then, per dictionary setting, the per-bead
candidates of issue 11 point 1 (candidates(): (a) size-aware chance tests of the shared
keys, (b) the length fit, (c) coverage both ways) as gates on the score, each against a
uniform stricter bar (GATES, gate_table), and their AUCs among the beads >= 0.5.

`--sets joined` builds the same pairs from the tuning documents with runs of two 1-1 gold
beads joined on one side (joined(): real translations where one sentence is told as two,
so the gold holds 1-2 and 2-1 beads); `--variants unmerged,now` runs each pair without and
with coverage.merged_neighbours (before and after in one run); `off`, `uniform@u` and
`names@x` are tune_same_event.py's variants of the names' rule (content coverage). Per setting it prints the
gold 1-2 / 2-1 beads found exactly and those >= 0.5.

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/tune_comparable.py
       [--dict none,freedict] [--dump FILE] [--sets plain,joined] [--variants unmerged,now]
"""
from __future__ import annotations

import argparse
import dataclasses
import math
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_literary as lit  # noqa: E402
from tune_same_event import UNIFORM, set_variant  # noqa: E402

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


# Joined sets: the share of 1-1 gold beads that start a run of two joined on one side.
JOIN_TWO = 0.15
GLUE = {"en": " ; ", "fr": " ; ", "ar": "، و"}


def joined(doc: lit.Doc) -> lit.Doc:
    """`doc` with runs of two 1-1 gold beads made one 1-2 or 2-1 bead (their sentences on
    one side, drawn at random, chained into one): real translations where one sentence is
    told as two (bench_literary's joining, runs of two)."""
    rng = lit._rng("tune-comparable-joined", doc.name)
    runs = []
    g = 0
    while g + 1 < len(doc.gold):
        if lit._is11(doc.gold[g]) and lit._is11(doc.gold[g + 1]) and rng.random() < JOIN_TWO:
            runs.append((g, 2, rng.randint(0, 1)))
            g += 2
            continue
        g += 1
    glue = (GLUE.get(doc.langs[0], " ; "), GLUE.get(doc.langs[1], " ; "))
    return lit._join_runs(doc, runs, glue, True, doc.name)


def cases(join: bool = False
          ) -> list[tuple[str, str, list[str], list[str], tuple[str, str], list[Bead]]]:
    """(kind, name, source, target, languages, right two-sided beads); with `join`, made
    from the joined() documents."""
    out: list[tuple[str, str, list[str], list[str], tuple[str, str], list[Bead]]] = []
    for doc in lit.enfr_books():
        if not doc.tuning:
            continue
        if join:
            doc = joined(doc)
        g = len(doc.gold)
        for size in WINDOWS:
            for w in range(PER_BOOK):
                a = (w * g) // PER_BOOK
                src, src_tgt, gold = _window(doc, a, size)
                # the other window half the book away, and the very next one (the same
                # scene and people: the nearest thing to two reports of one event)
                for where, b in (("far", (a + g // 2) % max(1, g - size)),
                                 ("near", (a + size) % max(1, g - size))):
                    _, tgt, _ = _window(doc, b, size)
                    if not src or not tgt:
                        continue
                    name = f"{doc.name}-{size}-{w}-{where}"
                    out.append(("apart", name, src, tgt, doc.langs, []))
                    rng = lit._rng("tune-comparable", name)
                    mixed, right = _slip(gold, src_tgt, tgt, SLIPPED[w % 2], rng)
                    out.append(("mixed", name, src, mixed, doc.langs, right))
                if src:
                    out.append(("real", f"{doc.name}-{size}-{w}", src, src_tgt, doc.langs,
                                [bd for bd in gold if bd[0] and bd[1]]))
    arts = [joined(d) if join else d for d in lit.aren_docs() if d.tuning]
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


def coverage(model, i: int, j: int, a: int, b: int) -> float:
    """The smaller of a bead's two sides' shares of keys matched by the other side (the
    lexical coverage of bilingual corpus filtering; comparable2's gate)."""
    src: set[str] = set()
    for x in range(i, i + a):
        src.update(model.src[x].keys)
    tgt: set[str] = set()
    for y in range(j, j + b):
        tgt.update(model.tgt[y].own)
    if not src or not tgt:
        return 0.0
    common = len(src & tgt)
    return min(common / len(src), common / len(tgt))


def features(stat: float, cover: float, share: float) -> list[float]:
    """A logistic fit's inputs for one bead: comparable mode's statistic, the bead's
    coverage and the logit of the document's estimated translated share."""
    p = min(0.999, max(0.001, share))
    return [stat, cover, math.log(p / (1.0 - p))]


def fit_logistic(xs: list[list[float]], ys: list[float], ridge: float = 1e-3
                 ) -> list[float]:
    """Logistic regression weights (intercept first) by Newton's method, with a small
    ridge so that a separable feature cannot run off to infinity."""
    import numpy as np
    x = np.column_stack([np.ones(len(xs)), np.array(xs, dtype=float)])
    y = np.array(ys, dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        hess = x.T @ (x * (p * (1 - p))[:, None]) + ridge * np.eye(len(w))
        step = np.linalg.solve(hess, x.T @ (y - p) - ridge * w)
        w += step
        if float(np.abs(step).max()) < 1e-10:
            break
    return [round(float(v), 3) for v in w]


# One recorded two-sided bead: comparable mode's statistic, coverage() and the document's
# estimate, then the per-bead candidates of candidates(), the score and the gold verdicts.
COLUMNS = ("dict", "kind", "name", "stat", "coverage", "share", "chance", "chance_src",
           "length", "cover_src", "cover_tgt", "words", "score", "right", "holds", "wcover", "wlow")


def _tail_at_least(probs: list[float], hits: int) -> float:
    """P(at least `hits` of independent events with these probabilities), exactly
    (Poisson-binomial; the last cell holds the tail)."""
    dist = [1.0] + [0.0] * hits
    for p in probs:
        for x in range(hits, 0, -1):
            dist[x] = dist[x] * (1.0 if x == hits else 1.0 - p) + dist[x - 1] * p
        dist[0] *= 1.0 - p
    return dist[hits]


def candidates(model):
    """Per-bead evidence candidates of issue 11 point 1 on comparable mode's words-only
    model: (a) size-aware chance tests, -log10 P(a random bead of the other text of the
    same width shares at least this many keys), keys drawn at their rates in the document
    (`chance`: the target bead's own keys against the source sentences' keys;
    `chance_src`: the source bead's keys against the target sentences'); (b) the length
    fit under comparable mode's ratio (parallel.pair_ratio), Gale-Church cost in nats;
    (c) coverage both ways (share of each side's keys the other side holds); and the
    bead's words (both sides)."""
    from aligner.align import parallel
    from aligner.align.scoring import Model
    n, m = max(1, model.n), max(1, model.m)
    sdf: dict[str, float] = {}
    tdf: dict[str, float] = {}
    for s in model.src:
        for k in s.keys:
            sdf[k] = sdf.get(k, 0.0) + 1.0 / n
    for s in model.tgt:
        for k in s.own:
            tdf[k] = tdf.get(k, 0.0) + 1.0 / m
    ratio = parallel.pair_ratio(model)
    fit = Model(model.src, model.tgt, ratio=ratio) if ratio is not None else model

    def extra(i: int, j: int, a: int, b: int) -> tuple[float, float, float, float, float,
                                                          int]:
        src = set().union(*(model.src[x].keys for x in range(i, i + a)))
        tgt = set().union(*(model.tgt[y].own for y in range(j, j + b)))
        hits = len(src & tgt)
        pt = _tail_at_least([1.0 - (1.0 - sdf.get(k, 0.0)) ** a for k in sorted(tgt)], hits)
        ps = _tail_at_least([1.0 - (1.0 - tdf.get(k, 0.0)) ** b for k in sorted(src)], hits)
        words = sum(len(model.src[x].words) for x in range(i, i + a)) + \
            sum(len(model.tgt[y].words) for y in range(j, j + b))
        return (-math.log10(max(1e-300, pt)), -math.log10(max(1e-300, ps)),
                fit.length_cost(i, j, a, b), hits / max(1, len(src)),
                hits / max(1, len(tgt)), words)

    return extra


# Gates tried on the recorded beads: name, factor(bead, parameter), parameters. Each
# multiplies the score; "uniform" (a stricter bar for every bead) is the yardstick: a
# candidate carries evidence of its own only where it removes more wrong beads >= 0.5
# than the uniform bar does for the same right beads kept.
GATES = (
    ("uniform", lambda r, t: t, (1.0, 0.95, 0.9, 0.85, 0.8, 0.75)),
    ("(a) chance", lambda r, t: min(1.0, r["chance"] / t), (0.5, 1.0, 1.5, 2.0)),
    ("(a) chance_src", lambda r, t: min(1.0, r["chance_src"] / t), (0.5, 1.0, 1.5, 2.0)),
    ("(b) length", lambda r, t: math.exp(-t * r["length"]), (0.1, 0.3, 0.5, 0.8)),
    ("(c) cover both", lambda r, t: min(1.0, min(r["cover_src"], r["cover_tgt"]) / t),
     (0.05, 0.08, 0.1, 0.12, 0.15, 0.2)),
    ("(c) cover tgt", lambda r, t: min(1.0, r["cover_tgt"] / t), (0.1, 0.15, 0.2, 0.25)),
    ("(c) word cover", lambda r, t: min(1.0, r["wcover"] / t),
     (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)),
    ("size", lambda r, t: min(1.0, r["words"] / t), (5.0, 10.0, 15.0, 20.0)),
)


def gate_table(rows: list[dict], dname: str) -> None:
    """Per gate and parameter: wrong beads of `apart` and `mixed` pairs >= 0.5 / right
    beads (all kinds) >= 0.5; and each candidate's AUC (right against wrong) among the
    beads that score >= 0.5 today (the decision the gate would have to change)."""
    print(f"\n{dname}: gate parameter -> wrong (apart, mixed) >= 0.5 / right >= 0.5")
    for name, gate, params in GATES:
        cells = []
        for t in params:
            wrong = sum(1 for r in rows if r["kind"] != "real" and not r["right"]
                        and r["score"] * gate(r, t) >= 0.5)
            right = sum(1 for r in rows if r["right"] and r["score"] * gate(r, t) >= 0.5)
            cells.append(f"{t:g}: {wrong}/{right}")
        print(f"  {name:15s} " + "  ".join(cells))
    high = [r for r in rows if r["score"] >= 0.5]
    pos = [r for r in high if r["right"]]
    neg = [r for r in high if not r["right"]]
    aucs = []
    for col, sign in (("stat", 1), ("chance", 1), ("chance_src", 1), ("length", -1),
                      ("cover_src", 1), ("cover_tgt", 1), ("wcover", 1), ("words", 1),
                      ("share", 1)):
        wins = sum(1.0 if sign * p[col] > sign * q[col] else 0.5 if p[col] == q[col]
                   else 0.0 for p in pos for q in neg)
        aucs.append(f"{col} {wins / max(1, len(pos) * len(neg)):.2f}")
    print(f"  AUC among the {len(high)} beads >= 0.5 ({len(neg)} wrong): " + ", ".join(aucs))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", default="none,freedict")
    ap.add_argument("--dump", type=Path, help="write every bead's record (TSV)")
    ap.add_argument("--sets", default="plain",
                    help="plain, joined (runs of two gold beads joined: 1-2 / 2-1 gold)")
    ap.add_argument("--variants", default="now",
                    help="now, unmerged (coverage.merged_neighbours left out), off, "
                    "uniform@u, names@x (content coverage: tune_same_event.set_variant)")
    args = ap.parse_args()
    if not lit.ready():
        return 0
    from aligner.align import coverage as cov
    from aligner.align import parallel
    from aligner.align.aligner import align_sentences
    from aligner.align.sides import translator
    from aligner.align.coverage import bead_coverage, sentence_words
    from aligner.align.lexicon import Lexicon
    from aligner.align.parallel import Z_TAIL

    seen: list = []
    real_estimate = parallel.estimate
    real_merge = cov.merged_neighbours

    def recording(model, path, null_sims, stat=parallel.similarity, *a, **kw):
        ev = real_estimate(model, path, null_sims, stat, *a, **kw)
        if kw.get("chance_beads", a[1] if len(a) > 1 else None) is not None:
            extra = candidates(model)
            seen.append({(s0, s1, t0, t1): (stat(model, s0, t0, s1 - s0, t1 - t0),
                                            coverage(model, s0, t0, s1 - s0, t1 - t0),
                                            ev.parallel, *extra(s0, t0, s1 - s0, t1 - t0))
                         for s0, s1, t0, t1 in path if s1 > s0 and t1 > t0})
        return ev


    def unmerged(s_words, t_words, path, margins, factors):
        return [tuple(b) for b in path], list(margins), list(factors)

    parallel.estimate = recording  # (the bench only records; the aligner is unchanged)
    rows: list[dict] = []
    wide: list[tuple[str, str, str, str, int, int, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        dict_dirs = lit.dict_dirs(Path(tmp))
        for variant in args.variants.split(","):
            # unmerged: coverage.merged_neighbours left out (main before); now: the aligner;
            # off, uniform@u, names@x: content coverage's variants (tune_same_event)
            cov.merged_neighbours = unmerged if variant == "unmerged" else real_merge
            set_variant("now" if variant == "unmerged" else variant)
            for set_name in args.sets.split(","):
                all_cases = cases(join=set_name == "joined")
                for dname in args.dict.split(","):
                    os.environ["DRAGOMAN_DICTD_DIR"] = dict_dirs[dname]
                    tag = f"{variant}/{set_name}/{dname}"
                    got_wide = [0, 0, 0]
                    for kind, name, src, tgt, langs, right in all_cases:
                        lex = Lexicon.installed(*langs)
                        seen.clear()
                        spans = align_sentences(src, tgt, *langs,
                                                lexicon=[lex] if lex else None,
                                                comparable=True)
                        spans = [dataclasses.replace(sp, score=sp.score * UNIFORM[0])
                                 for sp in spans]
                        stats = seen[-1] if seen else {}
                        look = translator([lex]) if lex else None
                        s_words = sentence_words(src, *langs, translate=look,
                                                 target_side=False)
                        t_words = sentence_words(tgt, langs[1], langs[0], translate=None,
                                                 target_side=True)
                        gold = {(min(s), max(s) + 1, min(t), max(t) + 1) for s, t in right}
                        wide_gold = {g for g in gold if g[1] - g[0] + g[3] - g[2] == 3}
                        links = {(i, j) for s, t in right for i in s for j in t}
                        got_wide[0] += len(wide_gold)
                        for sp in spans:
                            key = (sp.src_start, sp.src_end, sp.tgt_start, sp.tgt_end)
                            if sp.src_end == sp.src_start or sp.tgt_end == sp.tgt_start:
                                continue
                            if key in wide_gold:
                                got_wide[1] += 1
                                got_wide[2] += sp.score >= 0.5
                            holds = any((i, j) in links
                                        for i in range(sp.src_start, sp.src_end)
                                        for j in range(sp.tgt_start, sp.tgt_end))
                            a, b = sp.src_end - sp.src_start, sp.tgt_end - sp.tgt_start
                            wcover = bead_coverage(s_words, t_words, sp.src_start,
                                                   sp.tgt_start, a, b)
                            wlow = bead_coverage(s_words, t_words, sp.src_start,
                                                 sp.tgt_start, a, b, Z_TAIL)
                            # a bead the path did not hold when the evidence was recorded
                            # (merged after it) has no record of its own: zeros
                            rec = stats.get(key, (0.0,) * 9)
                            rows.append(dict(zip(COLUMNS, (tag, kind, name, *rec, sp.score,
                                                           key in gold, holds, wcover,
                                                           wlow))))
                    wide.append((variant, set_name, dname, "", *got_wide))
    cov.merged_neighbours = real_merge
    set_variant("now")
    if args.dump:
        args.dump.write_text("".join("\t".join(str(r[c]) for c in COLUMNS) + "\n"
                                     for r in rows), encoding="utf-8")
    tags = sorted({r["dict"] for r in rows}, key=lambda t: [r["dict"] for r in rows].index(t))
    print(f"{'variant/set/dict':26s} {'kind':6s} {'beads':>6s} {'right':>6s} {'>=0.5':>6s} "
          f"{'right>=.5':>9s} {'mean':>6s}")
    for tag in tags:
        for kind in ("apart", "mixed", "real"):
            got = [r for r in rows if r["dict"] == tag and r["kind"] == kind]
            print(f"{tag:26s} {kind:6s} {len(got):6d} {sum(r['right'] for r in got):6d} "
                  f"{sum(r['score'] >= 0.5 for r in got):6d} "
                  f"{sum(r['score'] >= 0.5 and r['right'] for r in got):9d} "
                  f"{sum(r['score'] for r in got) / max(1, len(got)):6.3f}")
        got = [r for r in rows if r["dict"] == tag]
        wrong = sum(1 for r in got if r["kind"] != "real" and not r["right"]
                    and r["score"] >= 0.5)
        print(f"{tag:26s} wrong (apart, mixed) >= 0.5: {wrong}; right exactly: "
              f"{sum(r['right'] for r in got)}, >= 0.5: "
              f"{sum(r['right'] and r['score'] >= 0.5 for r in got)}")
    print("\ngold 1-2 / 2-1 beads (mixed and real pairs): found exactly, >= 0.5")
    for variant, set_name, dname, _, total, found, high in wide:
        print(f"  {variant}/{set_name}/{dname}: {total} gold, {found} found, {high} >= 0.5")
    if args.variants == "now" and args.sets == "plain":
        for col, what in (("stat", "statistic"), ("coverage", "coverage"),
                          ("share", "document's estimate")):
            print(f"\nisotonic fit of 'holds a translation' on the {what}:")
            for lo, hi, mean, count, _x in pav([(float(r[col]), float(r["holds"]))
                                                for r in rows]):
                print(f"  [{lo:+.4f}, {hi:+.4f}] {count:5d} beads  holds {mean:.3f}")
        weights = fit_logistic([features(r["stat"], r["coverage"], r["share"]) for r in rows],
                               [float(r["holds"]) for r in rows])
        print("\nWEIGHTS =", tuple(weights))
        for tag in tags:
            gate_table([r for r in rows if r["dict"] == tag], tag)
    return 0


if __name__ == "__main__":
    sys.exit(main())
