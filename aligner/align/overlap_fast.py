"""scoring.Model.prepare's pair overlaps and 1-1 costs, compiled with numba.

Why: prepare() intersects the key sets of every sentence pair in the band and sums the
shared keys' weights; in Python that is a set intersection and a math.fsum per cell, a
quarter of a book's alignment time. Here keys are integer ids (sorted arrays per
sentence, intersected by merging) and the sum is the exactly rounded one math.fsum gives
(Shewchuk's algorithm, as CPython implements it), so every overlap, every 1-1 cost and
so every bead are the same as the Python loop's (tests/core/test_align_fast_paths.py).
The 1-1 cost is the same arithmetic, operation for operation, as in scoring.py.
"""
from __future__ import annotations

from itertools import chain
from typing import Sequence

import numpy as np

# one jit decorator and one miss cost for every compiled kernel of the aligner
from aligner.align.dp_fast import _jit, _miss, available

# Bands with fewer cells than this are prepared by the Python loop (nothing to load).
MIN_CELLS = 20_000


@_jit
def exact_sum(vals, count, partials):
    """math.fsum(vals[:count]) for finite values: the correctly rounded sum.
    `partials`: scratch space of at least `count` floats."""
    np_ = 0
    for v in range(count):
        x = vals[v]
        i = 0
        for q in range(np_):
            y = partials[q]
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        np_ = i + 1
        partials[i] = x
    if np_ == 0:
        return 0.0
    n = np_ - 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        yr = hi - x
        lo = y - yr
        if lo != 0.0:
            break
    # half-even rounding across several partials (as CPython's fsum)
    if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
        y = lo * 2.0
        x = hi + y
        yr = x - hi
        if y == yr:
            hi = x
    return hi


@_jit
def _row_spans(n, m, lo, hi, maxa):
    """First and last target sentence of each source row's prepared pairs (as prepare)."""
    a0 = np.empty(n, np.int64)
    a1 = np.empty(n, np.int64)
    for x in range(n):
        a0[x] = lo[max(0, x - maxa + 1)]
        top = hi[x]
        for i in range(x + 1, min(n, x + maxa) + 1):
            if hi[i] > top:
                top = hi[i]
        a1[x] = min(m - 1, top)
    return a0, a1


@_jit
def _fill(n, a0, a1, width, s_ptr, s_ids, t_ptr, t_ids, w, SL, TL, DS, DT, r, var, w2,
          low, low_penalty):
    ov = np.zeros((max(n, 1), width))
    ovn = np.zeros((max(n, 1), width))
    ovs = np.zeros((max(n, 1), width))
    c11 = np.full((max(n, 1), width), np.inf)
    vals = np.empty(64)
    shared = np.empty(64, np.int64)
    part = np.empty(64)
    partials = np.empty(64)
    for x in range(n):
        ls = SL[x + 1] - SL[x]
        dsx = DS[x]
        sb, se = s_ptr[x], s_ptr[x + 1]
        for y in range(a0[x], a1[x] + 1):
            tb, te = t_ptr[y], t_ptr[y + 1]
            # merge the two sorted id lists; the shared keys' weights, in id order
            count = 0
            p, q = sb, tb
            while p < se and q < te:
                u, v = s_ids[p], t_ids[q]
                if u == v:
                    if count == vals.shape[0]:
                        grown = np.empty(2 * count)
                        grown[:count] = vals
                        vals = grown
                        grown_ids = np.empty(2 * count, np.int64)
                        grown_ids[:count] = shared
                        shared = grown_ids
                        partials = np.empty(2 * count)
                        part = np.empty(2 * count)
                    vals[count] = w[u]
                    shared[count] = u
                    count += 1
                    p += 1
                    q += 1
                elif u < v:
                    p += 1
                else:
                    q += 1
            o = exact_sum(vals, count, partials) if count else 0.0
            k = y - a0[x]
            ov[x, k] = o
            if count:
                # the parts the previous target / source sentence did not already give
                # (scoring.Model._ovn / _ovs)
                if y > 0:
                    c = _unshared(shared, vals, count, t_ids, t_ptr[y - 1], t_ptr[y], part)
                    ovn[x, k] = exact_sum(part, c, partials) if c else 0.0
                else:
                    ovn[x, k] = o
                if x > 0:
                    c = _unshared(shared, vals, count, s_ids, s_ptr[x - 1], s_ptr[x], part)
                    ovs[x, k] = exact_sum(part, c, partials) if c else 0.0
                else:
                    ovs[x, k] = o
            lt = TL[y + 1] - TL[y]
            d = lt - r * ls
            cs = o / dsx
            ct = o / DT[y]
            c11[x, k] = (d * d / (var * (r * ls + lt) + 1.0)
                         + w2 * (_miss(cs, low, low_penalty) + _miss(ct, low, low_penalty)))
    return ov, ovn, ovs, c11


@_jit
def _unshared(shared, vals, count, ids, b, e, out):
    """Weights of the shared keys (sorted ids) that are not in ids[b:e] (sorted), into
    `out`; how many."""
    c = 0
    q = b
    for p in range(count):
        u = shared[p]
        while q < e and ids[q] < u:
            q += 1
        if q < e and ids[q] == u:
            continue
        out[c] = vals[p]
        c += 1
    return c


def key_ids(key_weight: dict[str, float]) -> tuple[dict[str, int], np.ndarray]:
    """Integer ids of the target keys (sorted, so ids never depend on set order) and
    their weights by id."""
    keys = sorted(key_weight)
    ids = {k: i for i, k in enumerate(keys)}
    return ids, np.asarray([key_weight[k] for k in keys], dtype=np.float64)


def csr(key_sets: Sequence[set[str]], ids: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Each set's known keys as sorted ids, concatenated, with row pointers."""
    known, get = ids.__contains__, ids.__getitem__
    rows = [sorted(map(get, filter(known, ks))) for ks in key_sets]
    ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(list(map(len, rows)), out=ptr[1:])
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(ptr[-1]))
    return ptr, flat


def prepare(model, lo: Sequence[int], hi: Sequence[int]) -> tuple[np.ndarray, ...]:
    """(overlaps, their parts not in the previous target / source sentence, 1-1 costs,
    first target of each row, row widths) for every source row,
    as arrays padded to the widest row (overlap 0, cost inf past a row's end)."""
    n, m = model.n, model.m
    lo_a = np.asarray(lo, dtype=np.int64)
    hi_a = np.asarray(hi, dtype=np.int64)
    a0, a1 = _row_spans(n, m, lo_a, hi_a, model.max_a)
    widths = np.maximum(a1 - a0 + 1, 0)
    width = int(widths.max()) if n else 1
    s_ptr, s_ids, t_ptr, t_ids, w = model.key_arrays()
    ov, ovn, ovs, c11 = _fill(n, a0, a1, max(width, 1), s_ptr, s_ids, t_ptr, t_ids, w,
                    model.SL_a, model.TL_a, model.DS_a, model.DT_a, float(model.ratio),
                    float(model.var), float(model.lex_weight * 0.5), float(model.low),
                    float(model.low_penalty))
    return ov, ovn, ovs, c11, a0, widths


__all__ = ["MIN_CELLS", "available", "exact_sum", "key_ids", "csr", "prepare"]
