"""Scores of beads a user made by hand (merge, shift, split): recomputed, never copied.

Why: a merged bead that kept the lower of its parts' scores, or a shifted one that kept its
old score, claims a confidence nothing measured. Here the bead is priced in its
neighbourhood (a few sentences either side) with the aligner's own model, and its score is
the same log-odds margin the aligner gives: how much better the best path through this
bead is than the best path that deviates at it. A hand-made bead the model finds worse than
an alternative gets a low score, one it agrees with a high one.

No dictionary and no learned lexicon here: an edit must be instant, and the window is too
small to learn from; lengths, numbers, names, cognates and punctuation decide.
"""
from __future__ import annotations

import dataclasses
from typing import Sequence

from aligner.align import dp
from aligner.align.features import sentence_features
from aligner.align.parallel import similarity
from aligner.align.scoring import Model

# Sentences of context on each side of the edited beads.
CONTEXT = 8
INF = float("inf")


def bead_scores(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str,
                beads: Sequence[tuple[int, int, int, int]]) -> list[float]:
    """Score of each bead (src_start, src_end, tgt_start, tgt_end) over these sentence
    lists (a window of the texts): the probability, by the model, that it is right."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [0.0 if (s1 > s0 and t1 > t0) else 1.0 for s0, s1, t0, t1 in beads]
    sf = sentence_features(src, src_lang, tgt_lang, target_side=False)
    tf = sentence_features(tgt, tgt_lang, src_lang, target_side=True)
    model = Model(sf, tf)
    band = dp.Band([0] * (n + 1), [m] * (n + 1))
    band.fix(n, m)
    model.prepare(band.lo, band.hi)
    F, _ = dp.forward(model, band)
    B = dp.backward(model, band)
    rare = max(c for _, _, c in model.transitions) + 2.0  # a bead type the priors lack
    out = []
    for s0, s1, t0, t1 in beads:
        a0, b0 = s1 - s0, t1 - t0
        if a0 == 0 and b0 == 0:
            out.append(0.0)
            continue
        prior = model._prior.get((a0, b0), rare)
        own = prior + _cost(model, s0, t0, a0, b0)
        alt_in = alt_out = INF
        for a, b, p in model.transitions:
            if (a, b) == (a0, b0):
                continue
            pi, pj = s1 - a, t1 - b
            if pi >= 0 and pj >= 0:
                alt_in = min(alt_in, F[pi][pj] + p + _cost(model, pi, pj, a, b))
            ni, nj = s0 + a, t0 + b
            if ni <= n and nj <= m:
                alt_out = min(alt_out, p + _cost(model, s0, t0, a, b) + B[ni][nj])
        margin = min(alt_in - (F[s0][t0] + own), alt_out - (own + B[s1][t1]))
        out.append(round(dp.confidence(margin), 4))
    return out


def _cost(model: Model, i: int, j: int, a: int, b: int) -> float:
    if a == 0 or b == 0 or (a, b) in model._prior:
        return model.bead_cost(i, j, a, b)
    # a shape the DP never builds (a merge can make one): length term and an unmatched-
    # words charge from the lexical similarity
    sim = similarity(model, i, j, a, b)
    return model.length_cost(i, j, a, b) + model.lex_weight * 0.5 * (a + b) * (1.0 - sim)


def rescore(corpus, bitext_id: int, beads: list) -> list:
    """The beads (aligner.model.Bead) with their scores recomputed in their neighbourhood
    of the bitext's texts; called by the edit commands that reshape beads."""
    shaped = [b for b in beads if (b.src_end > b.src_start or b.tgt_end > b.tgt_start)]
    if not shaped:
        return beads
    bt = corpus.bitext(bitext_id)
    src_lang = bt.src_lang or corpus.document(bt.src_doc_id).lang
    tgt_lang = bt.tgt_lang or corpus.document(bt.tgt_doc_id).lang
    s_lo = max(0, min(b.src_start for b in shaped) - CONTEXT)
    t_lo = max(0, min(b.tgt_start for b in shaped) - CONTEXT)
    s_hi = min(corpus.doc_segment_count(bt.src_doc_id), max(b.src_end for b in shaped) + CONTEXT)
    t_hi = min(corpus.doc_segment_count(bt.tgt_doc_id), max(b.tgt_end for b in shaped) + CONTEXT)
    src = [corpus.segment_at(bt.src_doc_id, p).text for p in range(s_lo, s_hi)]
    tgt = [corpus.segment_at(bt.tgt_doc_id, p).text for p in range(t_lo, t_hi)]
    scores = bead_scores(src, tgt, src_lang, tgt_lang,
                         [(b.src_start - s_lo, b.src_end - s_lo, b.tgt_start - t_lo,
                           b.tgt_end - t_lo) for b in shaped])
    got = {id(b): s for b, s in zip(shaped, scores)}
    return [dataclasses.replace(b, score=got[id(b)]) if id(b) in got else b for b in beads]
