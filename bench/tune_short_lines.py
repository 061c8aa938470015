"""Short lines with no sentence end (headings, titles): does a size-aware bar tell real
translated pairs from chance pairs better than word coverage? TUNING data only.

Issue 11 point 1 (seed 001's two titles pair at 0.69 in comparable mode; the gold does not
pair them): a line of 5-8 words carries little evidence, and its share of words matched
(coverage.bead_coverage, what comparable mode's score is scaled by) may be high by chance.
From the tuning documents (en-fr books Alice, Emma, La Faute, Vingt mille; ar-en articles
seed000, rt.com, euronews), with bench_literary's FreeDict databases:

- `real`: gold 1-1 beads with a short line (no sentence end, at most MAX_WORDS words) on
  either side: real translations' headings and titles;
- `chance`: each short line of a document against the sentences of an unrelated stretch
  (en-fr: the other side's sentences half the book away, CHANCE_SPAN of them; ar-en: the
  other side of another tuning article), keeping for each line its best-covered partner,
  the one comparable mode would be tempted by.

Per pair: coverage (the smaller side's share of words matched) and a size-aware chance
score, -log10 of the larger of the two sides' binomial tails P(at least this many of the
side's n words matched by a sentence of m words), each word matched by a random sentence
of m words with probability 1 - (1 - r)^m, r the per-word-pair match rate of the side
measured on the document's unrelated pairs (sentence i against sentence i + half). It
prints per size (words of the short line) the pairs of each kind, their medians, and for
each statistic the chance pairs kept at the bars that keep 90% / 75% / 50% of the real
ones, and the AUC (real against chance).

Usage: DRAGOMAN_SHARED=/work/shared .venv/bin/python bench/tune_short_lines.py
"""
from __future__ import annotations

import math
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_literary as lit  # noqa: E402

# A short line: no sentence end and at most this many words.
MAX_WORDS = 12
ENDS = tuple(".!?؟…:;\"'»”’)")
# Sentences of the unrelated stretch each short line is tried against (en-fr).
CHANCE_SPAN = 60
SIZES = ((1, 4), (5, 8), (9, MAX_WORDS))


def short(text: str) -> bool:
    t = text.strip()
    return bool(t) and not t.endswith(ENDS) and len(t.split()) <= MAX_WORDS


def _rate(s_words, t_words, side: int) -> float:
    """Per-word-pair match rate of one side on unrelated pairs (i against i + half)."""
    n = min(len(s_words), len(t_words))
    hits = pairs = 0
    for i in range(n):
        a, b = s_words[i], t_words[(i + n // 2) % n]
        mine, other = (a, b) if side == 0 else (b, a)
        keys = set().union(*other) if other else set()
        hits += sum(1 for w in mine if not w.isdisjoint(keys))
        pairs += len(mine) * len(other)
    return hits / pairs if pairs else 0.0


def _tail(n: int, hits: int, q: float) -> float:
    """P(Binomial(n, q) >= hits)."""
    return sum(math.comb(n, k) * q ** k * (1 - q) ** (n - k) for k in range(hits, n + 1))


def chance(s: list, t: list, r_s: float, r_t: float) -> float:
    """-log10 of the larger of the two sides' tails: both sides' matches must be unlikely."""
    t_keys = set().union(*t) if t else set()
    s_keys = set().union(*s) if s else set()
    hs = sum(1 for w in s if not w.isdisjoint(t_keys))
    ht = sum(1 for w in t if not w.isdisjoint(s_keys))
    ps = _tail(len(s), hs, 1 - (1 - r_s) ** len(t))
    pt = _tail(len(t), ht, 1 - (1 - r_t) ** len(s))
    return -math.log10(max(1e-300, ps, pt))


def main() -> int:
    if not lit.ready():
        return 0
    from aligner.align.coverage import bead_coverage, sentence_words
    from aligner.align.lexicon import Lexicon
    from aligner.align.sides import translator

    rows: list[tuple[str, int, float, float]] = []  # kind, words, coverage, chance
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DRAGOMAN_DICTD_DIR"] = lit.dict_dirs(Path(tmp))["freedict"]
        docs = [d for d in lit.enfr_books() + lit.aren_docs() if d.tuning]
        words = {}
        for d in docs:
            lex = Lexicon.installed(*d.langs)
            look = translator([lex]) if lex else None
            words[d.name] = (sentence_words(d.src, *d.langs, translate=look, target_side=False),
                             sentence_words(d.tgt, d.langs[1], d.langs[0], translate=None,
                                            target_side=True))
        arts = [d for d in docs if d.langs[0] == "ar"]
        for d in docs:
            sw, tw = words[d.name]
            r_s, r_t = _rate(sw, tw, 0), _rate(sw, tw, 1)
            for s, t in d.gold:
                if len(s) == 1 and len(t) == 1 and (short(d.src[s[0]]) or short(d.tgt[t[0]])):
                    size = min(len(d.src[s[0]].split()) if short(d.src[s[0]]) else 99,
                               len(d.tgt[t[0]].split()) if short(d.tgt[t[0]]) else 99)
                    rows.append(("real", size, bead_coverage(sw, tw, s[0], t[0], 1, 1),
                                 chance(sw[s[0]], tw[t[0]], r_s, r_t)))
            # chance partners: the other side of an unrelated stretch
            if d.langs[0] == "ar":
                other = arts[(arts.index(d) + 1) % len(arts)]
                o_sw, o_tw = words[other.name]
                s_range, t_range = range(len(o_sw)), range(len(o_tw))
                pair_s, pair_t = (sw, o_tw), (o_sw, tw)
            else:
                half = len(d.src) // 2
                s_range = range(half, min(len(sw), half + CHANCE_SPAN))
                t_range = range(len(tw) // 2, min(len(tw), len(tw) // 2 + CHANCE_SPAN))
                pair_s, pair_t = (sw, tw), (sw, tw)
            # each short line of either side against its best-covered partner (ties: the first)
            for texts, others, (a, b), is_src in ((d.src, t_range, pair_s, True),
                                                  (d.tgt, s_range, pair_t, False)):
                for k, text in enumerate(texts):
                    if not (short(text) and others):
                        continue
                    def at(o: int, k: int = k, is_src: bool = is_src) -> tuple[int, int]:
                        return (k, o) if is_src else (o, k)
                    i, j = at(max(others, key=lambda o: (bead_coverage(a, b, *at(o), 1, 1), -o)))
                    rows.append(("chance", len(text.split()), bead_coverage(a, b, i, j, 1, 1),
                                 chance(a[i], b[j], r_s, r_t)))
    for lo, hi in SIZES:
        got = [r for r in rows if lo <= r[1] <= hi]
        real = [r for r in got if r[0] == "real"]
        null = [r for r in got if r[0] == "chance"]
        if not real or not null:
            print(f"{lo}-{hi} words: {len(real)} real, {len(null)} chance: too few")
            continue
        print(f"{lo}-{hi} words: {len(real)} real, {len(null)} chance")
        for col, name in ((2, "coverage"), (3, "chance score")):
            r_vals = sorted(r[col] for r in real)
            n_vals = sorted(r[col] for r in null)
            kept = []
            for share in (0.9, 0.75, 0.5):
                bar = r_vals[int((1 - share) * len(r_vals))]
                kept.append(f"keep {share:.0%} real (>= {bar:.2f}): chance "
                            f"{sum(v >= bar for v in n_vals)}/{len(n_vals)}")
            auc = sum(1.0 if p > q else 0.5 if p == q else 0.0
                      for p in r_vals for q in n_vals) / (len(r_vals) * len(n_vals))
            print(f"  {name:12s} median real {r_vals[len(r_vals) // 2]:.2f} chance "
                  f"{n_vals[len(n_vals) // 2]:.2f}, AUC {auc:.2f}; " + "; ".join(kept))
    return 0


if __name__ == "__main__":
    sys.exit(main())
