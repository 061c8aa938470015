"""Error analysis of the en-fr alignment: what kind of bead goes wrong, and what fixing
each kind would gain. TUNING books only unless asked (--parts).

Why: issue 11 wants en-fr novels at strict F1 0.94; a fix must go after the largest class
of errors, and that class must be found on the tuning books (Alice, Emma, La Faute, Vingt
mille), not on the reporting ones.

Each book is aligned as bench_literary does (`dragoman align --presplit --format beads`,
once per dictionary setting). Gold and predicted beads both cover every sentence in order,
so they cut the two texts at some common points (i, j); between two consecutive common
points lies a REGION. A region with the same beads on both sides is right; every other is
one error, holding g gold beads and p predicted ones (none of them right). Its class:

- `gold type not allowed`: a gold bead of a type the aligner has no prior for (2-3, 4-2 ..);
- `drift`: 4 or more gold beads (a run the path follows off the gold);
- `gold unaligned absorbed`: the gold leaves a sentence unaligned (1-0 / 0-1), we pair it;
- `split with unaligned`: we leave a sentence unaligned that the gold pairs (1-1 as
  1-0 + 0-1, 1-2 as 1-1 + 0-1 ..);
- `unaligned misplaced`: both leave sentences unaligned, not the same;
- `merged`: one predicted bead where the gold has several (1-1 + 1-1 as 2-2, 1-1 + 1-0 ..);
- `split`: one gold bead predicted as several two-sided ones (1-2 as 1-1 + 0-1 is above);
- `boundary moved`: 2-3 beads on each side (1-2 + 1-1 as 1-1 + 1-2 ..).

`gain` is the strict F1 if every region of the class were right (the others as they are),
minus the F1 now. Tags cut across classes: `dialogue` (a sentence of the region opens with
a quotation mark or dash), `heading` (a short line with no sentence end: CHAPTER I, LIVRE
I ..), `short` (a sentence of at most SHORT words). Then which cost term preferred our
beads over the gold's: the final pass's model (captured from aligner._run) prices both
sides of the region as prior + length + lexical + cut cost (turns.py); `search` counts
regions where the gold's beads cost less (the band or the path's repair, not the model,
chose ours).

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/errors_enfr.py
       [--dict none,freedict] [--parts tuning|reporting|all] [--show CLASS|all] [--limit N]
       [--books NAME,..]
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_literary as lit  # noqa: E402

Bead = tuple[tuple[int, ...], tuple[int, ...]]
Span = tuple[int, int, int, int]

CLASSES = ("gold type not allowed", "drift", "gold unaligned absorbed",
           "split with unaligned", "unaligned misplaced", "merged", "split",
           "boundary moved")
TERMS = ("prior", "length", "lexical", "cut")
# a sentence of at most this many words is `short`
SHORT = 4
# a heading: no sentence end, few words (CHAPTER I, VOLUME I, LIVRE I, XII ..)
_HEADING = re.compile(r"^[^.!?;:]{1,40}$")
_DIALOGUE = re.compile(r"^\s*(\"|'|«|“|‘|--|—|–|-\s)")


@dataclass
class Region:
    book: str
    gold: list[Span]
    pred: list[Span]
    cls: str = ""
    tags: list[str] = field(default_factory=list)
    # gold's cost minus ours, per term (positive: that term preferred our beads)
    delta: dict[str, float] = field(default_factory=dict)

    @property
    def gold2(self) -> int:
        return sum(1 for s0, s1, t0, t1 in self.gold if s1 > s0 and t1 > t0)

    @property
    def pred2(self) -> int:
        return sum(1 for s0, s1, t0, t1 in self.pred if s1 > s0 and t1 > t0)


def spans(beads: list[Bead]) -> list[Span]:
    """Beads as (s0, s1, t0, t1), positions counted along each side."""
    out = []
    i = j = 0
    for s, t in beads:
        out.append((i, i + len(s), j, j + len(t)))
        i += len(s)
        j += len(t)
    return out


def regions(book: str, gold: list[Span], pred: list[Span]) -> list[Region]:
    """The stretches between consecutive points where both bead lists cut the texts (the
    right ones too: they give the tags' base rates)."""
    ends_g = {(b[1], b[3]) for b in gold}
    common = ends_g & {(b[1], b[3]) for b in pred}
    out = []
    gi = pi = 0
    while gi < len(gold):
        g: list[Span] = []
        p: list[Span] = []
        while True:
            g.append(gold[gi])
            gi += 1
            if (g[-1][1], g[-1][3]) in common:
                break
        end = (g[-1][1], g[-1][3])
        while (pred[pi][1], pred[pi][3]) != end:
            p.append(pred[pi])
            pi += 1
        p.append(pred[pi])
        pi += 1
        out.append(Region(book, g, p))
    return out


def classify(r: Region, allowed: set[tuple[int, int]]) -> str:
    empty_g = any(s0 == s1 or t0 == t1 for s0, s1, t0, t1 in r.gold)
    empty_p = any(s0 == s1 or t0 == t1 for s0, s1, t0, t1 in r.pred)
    if any((s1 - s0, t1 - t0) not in allowed for s0, s1, t0, t1 in r.gold
           if s1 > s0 and t1 > t0):
        return "gold type not allowed"
    if len(r.gold) >= 4:
        return "drift"
    if empty_g and empty_p:
        return "unaligned misplaced"
    if empty_g:
        return "gold unaligned absorbed"
    if empty_p:
        return "split with unaligned"
    if len(r.pred) == 1:
        return "merged"
    if len(r.gold) == 1:
        return "split"
    return "boundary moved"


def tag(r: Region, src: list[str], tgt: list[str]) -> list[str]:
    s0, s1 = r.gold[0][0], r.gold[-1][1]
    t0, t1 = r.gold[0][2], r.gold[-1][3]
    lines = src[s0:s1] + tgt[t0:t1]
    tags = []
    if any(_DIALOGUE.match(x) for x in lines):
        tags.append("dialogue")
    if any(_HEADING.match(x.strip()) and len(x.split()) <= 4 for x in lines):
        tags.append("heading")
    if any(len(x.split()) <= SHORT for x in lines):
        tags.append("short")
    return tags


def costs(model, beads: list[Span]) -> dict[str, float]:
    """Prior, length, lexical and cut cost of beads under the final pass's model."""
    out = dict.fromkeys(TERMS, 0.0)
    # the nodes inside the region (its first one both sides share): turns.py's cut cost
    out["cut"] = sum(model.cut_at(s0, t0) for s0, _, t0, _ in beads[1:])
    for s0, s1, t0, t1 in beads:
        a, b = s1 - s0, t1 - t0
        try:
            out["prior"] += model.prior_of(a, b)
        except KeyError:
            out["prior"] += float("inf")
        if a and b:
            out["length"] += model.length_cost(s0, t0, a, b)
            out["lexical"] += model.lex_cost(s0, t0, a, b)
        else:
            out["lexical"] += model.bead_cost(s0, t0, a, b)
    return out


def _capture():
    """Record the model of each second pass (aligner._run with SECOND_WIDTH)."""
    from aligner.align import aligner as al
    seen: list = []
    run = al._run

    def spy(model, band, width, *args, **kwargs):
        got = run(model, band, width, *args, **kwargs)
        if width == al.SECOND_WIDTH:
            seen.append(model)
        return got

    al._run = spy
    return seen


def _price(model, gold: list[Span], pred: list[Span], rs: list[Region]) -> None:
    """Fill each region's cost deltas: the model's rows prepared over both paths."""
    from aligner.align import aligner as al
    n, m = model.n, model.m
    bg = al._band_around_path(gold, 1, n, m)
    bp = al._band_around_path(pred, 1, n, m)
    band = al.dp.Band([min(x, y) for x, y in zip(bg.lo, bp.lo)],
                      [max(x, y) for x, y in zip(bg.hi, bp.hi)])
    band.fix(n, m)
    model.prepare(band.lo, band.hi)
    for r in rs:
        cg, cp = costs(model, r.gold), costs(model, r.pred)
        r.delta = {k: cg[k] - cp[k] for k in TERMS}


def _f1(tp: int, pred: int, gold: int) -> float:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def analyse(docs: list, work: Path, dict_dir: str
            ) -> tuple[list[Region], list[Region], list[int]]:
    """Wrong and right regions of every document, and the strict counts [tp, pred, gold]."""
    from aligner.align.evaluate import score
    os.environ["DRAGOMAN_DICTD_DIR"] = dict_dir
    seen = _capture()
    out: list[Region] = []
    right: list[Region] = []
    counts = [0, 0, 0]
    for doc in docs:
        del seen[:]
        pred, _sc = lit.align_doc(doc, work / doc.name)
        s = score(doc.gold, pred).strict
        counts = [counts[0] + s.tp, counts[1] + s.pred, counts[2] + s.gold]
        g, p = spans(doc.gold), spans(pred)
        every = regions(doc.name, g, p)
        for r in every:
            r.tags = tag(r, doc.src, doc.tgt)
        right += [r for r in every if r.gold == r.pred]
        rs = [r for r in every if r.gold != r.pred]
        model = seen[-1] if seen else None
        allowed = set(model._prior) if model is not None else set()
        for r in rs:
            r.cls = classify(r, allowed)
        if model is not None and (model.n, model.m) == (len(doc.src), len(doc.tgt)):
            _price(model, g, p, rs)
        out += rs
    return out, right, counts


def table(rs: list[Region], right: list[Region], counts: list[int]) -> list[str]:
    tp, npred, ngold = counts
    base = _f1(tp, npred, ngold)
    lines = [f"strict F1 {base:.4f} ({tp} right of {npred} predicted, {ngold} in gold); "
             f"{len(rs)} wrong regions",
             "| class | regions | gold beads | our beads | gain | dialogue | heading | short "
             "| prior / length / lexical / cut preferred ours | search |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for cls in CLASSES + ("all",):
        sel = [r for r in rs if cls in ("all", r.cls)]
        if not sel:
            continue
        g2 = sum(r.gold2 for r in sel)
        p2 = sum(r.pred2 for r in sel)
        gain = _f1(tp + g2, npred - p2 + g2, ngold) - base
        tags = Counter(t for r in sel for t in r.tags)
        priced = [r for r in sel if r.delta]
        # the term that preferred our beads most (largest positive delta), per region
        won = Counter(max(TERMS, key=lambda k: r.delta[k]) for r in priced
                      if sum(r.delta.values()) >= 0)
        search = sum(1 for r in priced if sum(r.delta.values()) < 0)
        lines.append(f"| {cls} | {len(sel)} | {g2} | {p2} | {gain:+.4f} | {tags['dialogue']} "
                     f"| {tags['heading']} | {tags['short']} | "
                     f"{' / '.join(str(won[k]) for k in TERMS)} | {search} |")
    base_tags = Counter(t for r in right for t in r.tags)
    lines.append(f"| (right regions, for the tags' base rate) | {len(right)} | | | | "
                 f"{base_tags['dialogue']} | {base_tags['heading']} | {base_tags['short']} "
                 f"| | |")
    return lines


def show(rs: list[Region], docs: dict, cls: str, limit: int) -> None:
    for r in [r for r in rs if cls in ("all", r.cls)][:limit]:
        doc = docs[r.book]
        d = " ".join(f"{k} {v:+.2f}" for k, v in r.delta.items())
        print(f"--- {r.book} {r.cls} tags={','.join(r.tags)} delta: {d}")
        print("  gold:", " ".join(f"{s1 - s0}-{t1 - t0}" for s0, s1, t0, t1 in r.gold),
              " ours:", " ".join(f"{s1 - s0}-{t1 - t0}" for s0, s1, t0, t1 in r.pred))
        s0, s1, t0, t1 = r.gold[0][0], r.gold[-1][1], r.gold[0][2], r.gold[-1][3]
        for i in range(s0, s1):
            print(f"  en {i}: {doc.src[i][:110]}")
        for j in range(t0, t1):
            print(f"  fr {j}: {doc.tgt[j][:110]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", default="none,freedict")
    ap.add_argument("--parts", default="tuning", choices=("tuning", "reporting", "all"))
    ap.add_argument("--show", default="", help="print the regions of this class (or all)")
    ap.add_argument("--books", default="", help="only these books (comma-separated names)")
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args()
    if not lit.ready("dragoman-errors-"):
        return 0
    docs = [d for d in lit.enfr_books()
            if args.parts == "all" or d.tuning == (args.parts == "tuning")]
    if args.books:
        docs = [d for d in docs if d.name in args.books.split(",")]
    print(f"books ({args.parts}): {', '.join(d.name for d in docs)}")
    print(f"dictionaries for 'freedict': {lit._dict_versions()}")
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        dirs = lit.dict_dirs(tmpd)
        for dname in args.dict.split(","):
            rs, right, counts = analyse(docs, tmpd / dname, dirs[dname])
            print(f"\n{dname}:")
            print("\n".join(table(rs, right, counts)))
            if args.show:
                show(rs, {d.name: d for d in docs}, args.show, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
