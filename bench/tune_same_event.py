"""Names against translation evidence on same-event pairs we wrote (issue 11 point 1). TUNING.

Two reports of one event share their names (people, places, organisations, numbers,
dates) whether or not they are translations: names are evidence of topic, not of
translation. bench/data/same_event/events.json holds our own made-up events, each told in
an English and an Arabic paragraph that share names and figures, with a few sentences
that are translations (the gold). With bench_literary's FreeDict databases:

A. every Arabic-English sentence pair of each event: coverage (coverage.bead_coverage,
   what comparable mode's score is scaled by today) against coverage on the words that
   are not names (coverage.content_coverage); translations against same-event pairs that
   share a name, their medians and AUC;
B. real translations of the TUNING documents (ar-en articles seed000, rt.com, euronews;
   en-fr Alice, Emma, La Faute, Vingt mille, the first BOOK_BEADS gold 1-1 beads): both
   measures' share at or above each bar (a real pair should keep its coverage);
C. each event aligned in comparable mode (align_sentences(comparable=True)), per
   variant (set_variant: `off`, content coverage left out; `uniform@u`, off and every
   score times u, the uniform stricter bar a rule must beat; `names@x`, content
   coverage's bar at x; `now`, the aligner as it is): two-sided beads, exactly right,
   right >= 0.5, wrong >= 0.5. tune_comparable.py takes the same variants.

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/tune_same_event.py
       [--parts a,b,c] [--variants off,uniform@0.9,names@0.18,now,...]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_literary as lit  # noqa: E402

EVENTS = REPO / "bench" / "data" / "same_event" / "events.json"
BOOK_BEADS = 300
BARS = (0.1, 0.16, 0.2, 0.25, 0.3, 0.4)


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive scores above a negative), ties half."""
    if not pos or not neg:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def events() -> list[dict]:
    return json.loads(EVENTS.read_text(encoding="utf-8"))["events"]


def _sides(src, tgt, langs, look):
    from aligner.align import coverage as cov
    return (cov.sentence_words(src, *langs, translate=look, target_side=False),
            cov.sentence_words(tgt, langs[1], langs[0], translate=None, target_side=True),
            cov.split_words(src, *langs, translate=look, target_side=False),
            cov.split_words(tgt, langs[1], langs[0], translate=None, target_side=True))


def _measures(sides, i, j, a, b) -> tuple[float, float]:
    from aligner.align import coverage as cov
    sw, tw, ss, ts = sides
    return cov.bead_coverage(sw, tw, i, j, a, b), cov.content_coverage(ss, ts, i, j, a, b)


def _shares_name(sides, i: int, j: int) -> bool:
    _, _, ss, ts = sides
    own = set().union(*(o for o, _, _ in ss[i]))
    return any(not (o | lx).isdisjoint(own) for o, lx, _ in ts[j])


def part_a(look) -> None:
    real: list[tuple[float, float]] = []
    named: list[tuple[float, float]] = []
    other: list[tuple[float, float]] = []
    for ev in events():
        sides = _sides(ev["ar"], ev["en"], ("ar", "en"), look)
        gold = {(s[0], t[0]) for s, t in ev["pairs"] if len(s) == len(t) == 1}
        partial = {(s[0], y) for s, t in ev["pairs"] if len(t) > 1 for y in t}
        for s, t in ev["pairs"]:
            real.append(_measures(sides, s[0], t[0], len(s), len(t)))
        for i in range(len(ev["ar"])):
            for j in range(len(ev["en"])):
                if (i, j) in gold or (i, j) in partial:
                    continue
                (named if _shares_name(sides, i, j) else other).append(
                    _measures(sides, i, j, 1, 1))
    print("A. same-event sentence pairs (FreeDict): translations against the rest")
    print(f"   translations {len(real)}, not translations sharing a name {len(named)}, "
          f"sharing none {len(other)}")
    for k, what in ((0, "coverage (now)"), (1, "content coverage")):
        r, nm, ot = [x[k] for x in real], [x[k] for x in named], [x[k] for x in other]
        print(f"   {what:18s} median real {statistics.median(r):.2f} / named "
              f"{statistics.median(nm):.2f} / other {statistics.median(ot):.2f}; AUC real "
              f"vs named {auc(r, nm):.3f}, vs all {auc(r, nm + ot):.3f}")
        for bar in BARS:
            print(f"     >= {bar:.2f}: real {sum(x >= bar for x in r):3d} of {len(r)}, "
                  f"named {sum(x >= bar for x in nm):3d} of {len(nm)}, other "
                  f"{sum(x >= bar for x in ot):3d} of {len(ot)}")


def part_b(lex_of) -> None:
    print("\nB. real translations of the TUNING documents, gold beads: share >= bar "
          "(coverage now / content coverage)")
    groups: dict[str, list[tuple[float, float]]] = {"ar-en": [], "en-fr": []}
    for doc in lit.aren_docs() + lit.enfr_books():
        if not doc.tuning:
            continue
        beads = [(s, t) for s, t in doc.gold if len(s) == 1 and len(t) == 1]
        beads = beads[:BOOK_BEADS]
        if not beads:
            continue
        lo_s, lo_t = min(s[0] for s, _ in beads), min(t[0] for _, t in beads)
        hi_s, hi_t = max(s[0] for s, _ in beads) + 1, max(t[0] for _, t in beads) + 1
        look = lex_of(doc.langs)
        sides = _sides(doc.src[lo_s:hi_s], doc.tgt[lo_t:hi_t], doc.langs, look)
        for s, t in beads:
            groups["-".join(doc.langs)].append(
                _measures(sides, s[0] - lo_s, t[0] - lo_t, 1, 1))
    for g, rows in groups.items():
        line = " ".join(f">={bar:.2f} {sum(x[0] >= bar for x in rows) / len(rows):.2f}/"
                        f"{sum(x[1] >= bar for x in rows) / len(rows):.2f}" for bar in BARS)
        print(f"   {g} {len(rows)} pairs, median {statistics.median(x[0] for x in rows):.2f}/"
              f"{statistics.median(x[1] for x in rows):.2f}: {line}")


def part_c(variants: list[str]) -> None:
    from aligner.align.aligner import align_sentences
    from aligner.align.lexicon import Lexicon

    print("\nC. each event aligned in comparable mode (FreeDict): two-sided beads, exactly "
          "right, right >= 0.5, wrong >= 0.5 (holding no translation)")
    lex = Lexicon.installed("ar", "en")
    for variant in variants:
        set_variant(variant)
        got = [0, 0, 0, 0, 0]
        for ev in events():
            gold = {(min(s), max(s) + 1, min(t), max(t) + 1) for s, t in ev["pairs"]}
            links = {(i, j) for s, t in ev["pairs"] for i in s for j in t}
            spans = align_sentences(ev["ar"], ev["en"], "ar", "en", lexicon=[lex],
                                    comparable=True)
            spans = [_scaled_span(sp, UNIFORM[0]) for sp in spans]
            for sp in spans:
                if sp.src_end == sp.src_start or sp.tgt_end == sp.tgt_start:
                    continue
                key = (sp.src_start, sp.src_end, sp.tgt_start, sp.tgt_end)
                holds = any((i, j) in links for i in range(sp.src_start, sp.src_end)
                            for j in range(sp.tgt_start, sp.tgt_end))
                got[0] += 1
                got[1] += key in gold
                got[2] += key in gold and sp.score >= 0.5
                got[3] += not holds and sp.score >= 0.5
                got[4] += holds and key not in gold and sp.score >= 0.5
        print(f"   {variant:14s} beads {got[0]:3d}, right {got[1]:3d} of "
              f"{sum(len(e['pairs']) for e in events())}, right >= 0.5 {got[2]:3d}, "
              f"wrong >= 0.5 {got[3]:3d} (part of a translation >= 0.5: {got[4]})")
    set_variant("now")


UNIFORM = [1.0]
_REAL = {}


def _scaled_span(sp, u: float):
    import dataclasses
    return dataclasses.replace(sp, score=sp.score * u)


def set_variant(variant: str) -> None:
    """`now` (the aligner as it is), `off` (content coverage left out: the scale by
    coverage alone), `uniform@u` (off, then every score times u: the uniform stricter bar
    a candidate must beat), `names@x` (content coverage's bar CONTENT_MIN at x)."""
    from aligner.align import coverage as cov
    _REAL.setdefault("content", cov.content_coverage)
    _REAL.setdefault("bar", cov.CONTENT_MIN)
    kind, _, arg = variant.partition("@")
    UNIFORM[0] = float(arg) if kind == "uniform" else 1.0
    cov.CONTENT_MIN = float(arg) if kind == "names" else _REAL["bar"]
    cov.content_coverage = (lambda *a: 1.0) if kind in ("off", "uniform") else \
        _REAL["content"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--variants", default="off,uniform@0.95,uniform@0.9,uniform@0.85,"
                    "uniform@0.8,names@0.12,names@0.14,names@0.16,names@0.18,names@0.2,"
                    "names@0.22,names@0.25,now")
    ap.add_argument("--parts", default="a,b,c")
    args = ap.parse_args()
    if not lit.ready():
        return 0
    from aligner.align.lexicon import Lexicon
    from aligner.align.sides import translator

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DRAGOMAN_DICTD_DIR"] = lit.dict_dirs(Path(tmp))["freedict"]

        def look_of(langs):
            lex = Lexicon.installed(*langs)
            return translator([lex]) if lex else None

        parts = args.parts.split(",")
        if "a" in parts:
            part_a(look_of(("ar", "en")))
        if "b" in parts:
            part_b(look_of)
        if "c" in parts:
            part_c(args.variants.split(","))
    return 0


if __name__ == "__main__":
    sys.exit(main())
