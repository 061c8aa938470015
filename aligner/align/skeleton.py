"""A length-only path through the whole text, coarse to fine: the first pass's footing where
rare words give none.

Why: anchors need keys that occur once on each side. A text that repeats itself (a book
followed by a near copy, boilerplate-heavy reports, a recurring pool of names) has none,
and the proportional diagonal drifts further than the band can follow (Alice + Voyage
told three times: no anchor, strict F1 0.51 against 0.91 told once). Sentence lengths
are always there and do not repeat in step: a Gale-Church DP on lengths alone finds the
path within a few sentences. To stay linear, it runs coarse to fine (as FastDTW does):
neighbouring sentences are merged in pairs level by level until both sides are short,
the shortest level is aligned over the whole table (so any drift, a missing chapter
included, is found), and each finer level searches only a few units around the coarser
path. The fine pass (dp.py with every signal) then refines inside a band around it.
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from aligner.align import dp_fast
from aligner.align.anchors import centre_line
from aligner.align.dp import Band

# The coarsest level has at most this many cells (searched whole).
TOP_CELLS = 60_000
# Units of search around the coarser level's path, on each side. Merged units are a rough
# model (their boundaries do not meet), so the coarse path can be off by several units:
# with 4, a text told four times whose halves differ in length ratio (1.3 / 0.8) got a
# length path off by 21 sentences; with 16, exact (and Alice + Voyage x3 within 6).
RADIUS = 16
# Bead types (source units, target units) and their probabilities (Gale & Church's).
TYPES = ((1, 1, 0.89), (1, 0, 0.0099 / 2), (0, 1, 0.0099 / 2), (2, 1, 0.089 / 2),
         (1, 2, 0.089 / 2), (2, 2, 0.011))
_A = np.array([t[0] for t in TYPES], dtype=np.int64)
_B = np.array([t[1] for t in TYPES], dtype=np.int64)
_P = np.array([-math.log(t[2]) for t in TYPES], dtype=np.float64)
NONE = 255
# Gaps between anchors shorter than this (sentences, both sides) follow the lengths
# proportionally: a Gale-Church path is no better there, and worse where one side has an
# untranslated passage (it spreads the passage over the stretch instead of skipping it;
# Alice on its own: strict F1 0.857 with the length path in every gap, 0.885 with 100).
MIN_GAP = 100


@dp_fast._jit
def _forward(SL, TL, lo, hi, off, ratio, var, A, B, P):
    """Banded Viterbi over units: F (flattened by rows, row i at off[i]) and back pointers."""
    n = SL.shape[0] - 1
    F = np.full(off[n + 1], np.inf)
    BP = np.full(off[n + 1], NONE, dtype=np.uint8)
    F[0] = 0.0
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            if i == 0 and j == 0:
                continue
            best = np.inf
            bt = NONE
            for t in range(A.shape[0]):
                pi = i - A[t]
                pj = j - B[t]
                if pi < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                prev = F[off[pi] + pj - lo[pi]]
                if prev == np.inf:
                    continue
                ls = SL[i] - SL[pi]
                lt = TL[j] - TL[pj]
                mean = (ratio * ls + lt) / 2.0
                d = 0.0
                if mean > 0:
                    d = (lt - ratio * ls) ** 2 / (2.0 * var * mean)
                c = prev + P[t] + d
                if c < best:
                    best = c
                    bt = t
            F[off[i] + j - lo[i]] = best
            BP[off[i] + j - lo[i]] = bt
    return F, BP


def _trace(BP, lo, off, n: int, m: int) -> list[tuple[int, int, int, int]]:
    path = []
    i, j = n, m
    # Python ints: a numpy scalar per step was most of the trace
    lo_l, off_l, step_a, step_b = lo.tolist(), off.tolist(), _A.tolist(), _B.tolist()
    at = BP.item
    while i > 0 or j > 0:
        t = at(off_l[i] + j - lo_l[i])
        if t == NONE:  # cannot happen in a connected band; keep the caller safe
            break
        a, b = step_a[t], step_b[t]
        path.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    path.reverse()
    return path


def _align(SL: np.ndarray, TL: np.ndarray, band: Band, ratio: float, var: float):
    n, m = len(SL) - 1, len(TL) - 1
    lo = np.array(band.lo, dtype=np.int64)
    hi = np.array(band.hi, dtype=np.int64)
    off = np.zeros(n + 2, dtype=np.int64)
    off[1:] = np.cumsum(hi - lo + 1)
    _F, BP = _forward(SL, TL, lo, hi, off, ratio, var, _A, _B, _P)
    return _trace(BP, lo, off, n, m)


def _level(cum: Sequence[int], size: int) -> np.ndarray:
    """Cumulative lengths at unit boundaries when `size` sentences make one unit."""
    n = len(cum) - 1
    idx = list(range(0, n, size)) + [n]
    return np.array([cum[x] for x in idx], dtype=np.float64)


def length_path(SL: Sequence[int], TL: Sequence[int], ratio: float,
                var: float) -> list[tuple[int, int, int, int]]:
    """Beads (s0, s1, t0, t1) of a length-only alignment of the sentences whose
    cumulative lengths are SL (source) and TL (target)."""
    n, m = len(SL) - 1, len(TL) - 1
    size = 1
    while math.ceil(n / size) * math.ceil(m / size) > TOP_CELLS:
        size *= 2
    path: list[tuple[int, int, int, int]] | None = None
    while True:
        S, T = _level(SL, size), _level(TL, size)
        nl, ml = len(S) - 1, len(T) - 1
        if path is None:
            band = Band([0] * (nl + 1), [ml] * (nl + 1))
            band.fix(nl, ml)
        else:
            band = _refine_band(path, nl, ml)
        path = _align(S, T, band, ratio, var)
        if size == 1:
            return path
        size //= 2


def _refine_band(path, n: int, m: int) -> Band:
    """The band at the next finer level (units halved) around a coarser path: each row
    from the least start to the greatest end of the beads over it (array passes: the
    null's reversed target has long stretches with no anchor, a row loop per level)."""
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    if path:
        s0, s1, t0, t1 = (2 * np.asarray(path, dtype=np.int64)).T
        first, last = s0, np.minimum(n, s1)
        count = np.maximum(last - first + 1, 0)
        starts = np.cumsum(count) - count
        rows = np.repeat(first - starts, count) + np.arange(int(count.sum()), dtype=np.int64)
        np.minimum.at(lo, rows, np.repeat(t0, count))
        np.maximum.at(hi, rows, np.repeat(np.minimum(m, t1), count))
    band = Band(np.maximum(lo - RADIUS, 0).tolist(), np.minimum(hi + RADIUS, m).tolist())
    band.fix(n, m)
    return band


def centre(path: Sequence[tuple[int, int, int, int]], n: int) -> list[float]:
    """Target position for every source position 0..n along a path (dp.Band.around's
    input): the node the path passes at row i, the middle of a bead the row falls in."""
    out = [0.0] * (n + 1)
    for s0, s1, t0, t1 in path:
        for i in range(s0, s1 + 1):
            frac = (i - s0) / (s1 - s0) if s1 > s0 else 1.0
            out[i] = t0 + frac * (t1 - t0)
    return out


def centre_through(anchors: Sequence[tuple[int, int]], SL: Sequence[int], TL: Sequence[int],
                   ratio: float, var: float, min_gap: int = MIN_GAP) -> list[float]:
    """Centre line through the anchors (anchors.find_anchors): between two anchors less
    than `min_gap` sentences apart, proportional to lengths (a short stretch between two
    sure points); across a longer gap (no rare word to hold on to), along the length-only
    path of that stretch."""
    n, m = len(SL) - 1, len(TL) - 1
    out = centre_line(anchors, SL, TL)
    points = [(0, 0)] + [p for p in anchors if 0 < p[0] < n and 0 < p[1] < m] + [(n, m)]
    for (i0, j0), (i1, j1) in zip(points, points[1:]):
        if i1 - i0 < min_gap and j1 - j0 < min_gap:
            continue
        sub = length_path([x - SL[i0] for x in SL[i0:i1 + 1]],
                          [x - TL[j0] for x in TL[j0:j1 + 1]], ratio, var)
        for i, c in enumerate(centre(sub, i1 - i0)):
            out[i0 + i] = j0 + c
    return out
