"""A first guess of where the alignment path runs, so the DP can stay in a narrow band.

Why: the banded DP needs a centre line. The proportional diagonal (cumulative character
lengths) drifts when one side has an extra or missing passage; sentence pairs sharing a key
that occurs only once on each side (a name, a number, a rare word and its translation) are
near-certain anchors (Moore 2002 / hunalign use the same idea). The longest chain of
anchors that increases on both sides is kept, and the centre line follows lengths
proportionally between consecutive anchors.
"""
from __future__ import annotations

import bisect
from collections import Counter
from itertools import chain
from typing import Sequence

from aligner.align.features import Sentence

WINDOW = 0.15


def find_anchors(src: Sequence[Sentence], tgt: Sequence[Sentence],
                 SL: Sequence[int], TL: Sequence[int]) -> list[tuple[int, int]]:
    """Sentence pairs (i, j) sharing keys unique to each side, as an increasing chain."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return []
    # (counted over all sentences in one call each: a Counter update per sentence cost more)
    df_t = Counter(chain.from_iterable([s.own for s in tgt]))
    where_t = {k: j for j, s in enumerate(tgt) for k in s.own if df_t[k] == 1}
    # each source sentence's keys unique on the target side, in its own order: the
    # candidates below look at these only, not at all of a sentence's keys again
    hits = [[k for k in s.keys if k in where_t] for s in src]
    df_s = Counter(chain.from_iterable(hits))
    ratio = TL[-1] / SL[-1] if SL[-1] else 1.0
    # how far from the proportional diagonal an anchor may be (a missing passage of up to
    # ~15% of the text is still found; further ones are left to the band widening)
    window = max(30.0, WINDOW * TL[-1])
    cand: list[tuple[int, int]] = []
    for i, h in enumerate(hits):
        if not h:
            continue
        votes: Counter[int] = Counter()
        for k in h:
            if df_s[k] == 1:
                votes[where_t[k]] += 1
        for j, v in votes.items():
            if abs(TL[j] - SL[i] * ratio) > window:
                continue
            ls, lt = SL[i + 1] - SL[i], TL[j + 1] - TL[j]
            plausible = 0.4 * ratio * ls <= lt + 5 and lt <= 2.5 * ratio * ls + 5
            if v >= 2 or (v == 1 and plausible):
                cand.append((i, j))
    return _longest_chain(cand)


def _longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence strictly increasing in both i and j (patience sorting)."""
    pairs.sort(key=lambda p: (p[0], -p[1]))  # equal i: at most one can be taken
    tails: list[int] = []  # smallest j ending a chain of each length
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for idx, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_idx.append(idx)
        else:
            tails[k] = j
            tail_idx[k] = idx
        prev[idx] = tail_idx[k - 1] if k > 0 else -1
    out = []
    idx = tail_idx[-1] if tail_idx else -1
    while idx >= 0:
        out.append(pairs[idx])
        idx = prev[idx]
    out.reverse()
    return out


def centre_line(anchors: Sequence[tuple[int, int]], SL: Sequence[int],
                TL: Sequence[int]) -> list[float]:
    """Expected target position for every source position 0..n, through the anchors."""
    n, m = len(SL) - 1, len(TL) - 1
    points = [(0, 0)] + [p for p in anchors if 0 < p[0] < n and 0 < p[1] < m] + [(n, m)]
    centre = [0.0] * (n + 1)
    for (i0, j0), (i1, j1) in zip(points, points[1:]):
        s0, s1 = SL[i0], SL[i1]
        t0, t1 = TL[j0], TL[j1]
        for i in range(i0, i1 + 1):
            frac = (SL[i] - s0) / (s1 - s0) if s1 > s0 else 0.0
            target = t0 + frac * (t1 - t0)
            j = bisect.bisect_left(TL, target, j0, j1 + 1)
            centre[i] = float(min(max(j, j0), j1))
    return centre
