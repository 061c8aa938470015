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

from itertools import chain, repeat
from typing import Sequence

import numpy as np

# one jit decorator and one miss cost for every compiled kernel of the aligner
from aligner.align import dp_fast
from aligner.align.dp_fast import _jit, _miss, available
from aligner.align.features import KeySet

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
def _sum(vals, count, partials):
    """math.fsum(vals[:count]): one or two values need no partials (a single addition is
    already correctly rounded)."""
    if count == 0:
        return 0.0
    if count == 1:
        return vals[0]
    if count == 2:
        return vals[0] + vals[1]
    return exact_sum(vals, count, partials)


@_jit
def _in_previous(ptr, ids):
    """For every position of the concatenated sorted id rows: is that id also in the
    previous row? (A merge of each row with the one before it, once per side.)"""
    out = np.zeros(ids.shape[0], np.bool_)
    for y in range(1, ptr.shape[0] - 1):
        p, pe = ptr[y - 1], ptr[y]
        for q in range(ptr[y], ptr[y + 1]):
            u = ids[q]
            while p < pe and ids[p] < u:
                p += 1
            if p < pe and ids[p] == u:
                out[q] = True
    return out


@_jit
def _fill(n, a0, a1, ro, s_ptr, s_ids, t_ptr, t_ids, w, SL, TL, DS, DT, r, var, w2,
          low, low_penalty, redo, old_ro, old_ov, old_ovn, old_ovs, old_c11):
    """Rows where `redo` is set are computed, the others copied from the old arrays (a
    widening changes only some rows; a row with the same span has the same values).
    Row x is ro[x]:ro[x + 1] of each flat array (old_ro: of the old ones)."""
    total = ro[n]
    ov = np.zeros(total)
    ovn = np.zeros(total)
    ovs = np.zeros(total)
    c11 = np.empty(total)  # every cell of a row is written below
    longest = 1
    for y in range(t_ptr.shape[0] - 1):
        longest = max(longest, t_ptr[y + 1] - t_ptr[y])
    vals = np.empty(longest)
    part_n = np.empty(longest)
    part_s = np.empty(longest)
    partials = np.empty(longest)
    t_prev = _in_previous(t_ptr, t_ids)
    # mark[u] == x: key u is in source sentence x; mark_prev[u] == x: in x - 1 too
    mark = np.full(w.shape[0], -1, np.int64)
    mark_prev = np.full(w.shape[0], -1, np.int64)
    for x in range(n):
        if not redo[x]:
            span = ro[x + 1] - ro[x]
            if span > 0:
                p0, q0 = ro[x], old_ro[x]
                ov[p0:p0 + span] = old_ov[q0:q0 + span]
                ovn[p0:p0 + span] = old_ovn[q0:q0 + span]
                ovs[p0:p0 + span] = old_ovs[q0:q0 + span]
                c11[p0:p0 + span] = old_c11[q0:q0 + span]
            continue
        ls = SL[x + 1] - SL[x]
        dsx = DS[x]
        for p in range(s_ptr[x], s_ptr[x + 1]):
            mark[s_ids[p]] = x
        if x > 0:
            for p in range(s_ptr[x - 1], s_ptr[x]):
                if mark[s_ids[p]] == x:
                    mark_prev[s_ids[p]] = x
        for y in range(a0[x], a1[x] + 1):
            # the shared keys' weights, and the parts the previous target / source
            # sentence did not already give (scoring.Model._ovn / _ovs)
            count = 0
            cn = 0
            cs = 0
            for q in range(t_ptr[y], t_ptr[y + 1]):
                u = t_ids[q]
                if mark[u] == x:
                    v = w[u]
                    vals[count] = v
                    count += 1
                    if not t_prev[q]:
                        part_n[cn] = v
                        cn += 1
                    if mark_prev[u] != x:
                        part_s[cs] = v
                        cs += 1
            k = ro[x] + y - a0[x]
            o = 0.0
            if count:
                o = _sum(vals, count, partials)
                ov[k] = o
                ovn[k] = _sum(part_n, cn, partials)
                ovs[k] = _sum(part_s, cs, partials)
            lt = TL[y + 1] - TL[y]
            d = lt - r * ls
            cs_ = o / dsx
            ct = o / DT[y]
            c11[k] = (dp_fast._length(d, var * (r * ls + lt) + 1.0)
                         + w2 * (_miss(cs_, low, low_penalty) + _miss(ct, low, low_penalty)))
    return ov, ovn, ovs, c11


# What the last models made of the same key table and sentence lists, by identity: the
# passes, the null and the evidence price the same target (the null its sentences in
# another order) and the cross-fitted source against one key table (scoring._side_weights
# hands every model of a target the same dict). Entries hold what their ids name, so an
# id cannot be reused meanwhile; forget() empties them when an alignment ends.
_IDS: dict[int, tuple[dict[str, float], tuple[dict[str, int], np.ndarray]]] = {}
_ROWS: dict[tuple[int, bool], tuple[dict[str, int], list, dict[int, int], np.ndarray,
                                    np.ndarray]] = {}


def forget() -> None:
    _IDS.clear()
    _ROWS.clear()


def key_ids(key_weight: dict[str, float]) -> tuple[dict[str, int], np.ndarray]:
    """Integer ids of the target keys (sorted, so ids never depend on set order) and
    their weights by id; made once per key table."""
    hit = _IDS.get(id(key_weight))
    if hit is not None and hit[0] is key_weight:
        return hit[1]
    keys = sorted(key_weight)
    ids = {k: i for i, k in enumerate(keys)}
    got = ids, np.asarray([key_weight[k] for k in keys], dtype=np.float64)
    if len(_IDS) >= 2:
        _IDS.clear()
    _IDS[id(key_weight)] = (key_weight, got)
    return got


def sentence_rows(sentences: Sequence, own: bool, ids: dict[str, int]
                  ) -> tuple[np.ndarray, np.ndarray]:
    """csr() of the sentences' keys (`own`: their own keys), kept per key table and side:
    the same sentences again give the same rows, and the same sentences in another order
    (the null's reversed target) the rows in that order."""
    hit = _ROWS.get((id(ids), own))
    if hit is not None and hit[0] is ids and len(hit[1]) == len(sentences):
        _ids, held, where, ptr, flat = hit
        if all(a is b for a, b in zip(held, sentences)):
            return ptr, flat
        order = [where.get(id(s), -1) for s in sentences]
        if -1 not in order:
            return _gather(ptr, flat, np.asarray(order, dtype=np.int64))
    ptr, flat = csr([s.own if own else s.keys for s in sentences], ids)
    held = list(sentences)
    if len(_ROWS) >= 4:  # a block has one key table (two in comparable mode)
        _ROWS.clear()
    _ROWS[(id(ids), own)] = (ids, held, {id(s): x for x, s in enumerate(held)}, ptr, flat)
    return ptr, flat


def _gather(ptr: np.ndarray, flat: np.ndarray, order: np.ndarray
            ) -> tuple[np.ndarray, np.ndarray]:
    """The csr rows order[0], order[1], ... one after another."""
    lens = ptr[order + 1] - ptr[order]
    out = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum(lens, out=out[1:])
    at = np.repeat(ptr[order] - out[:-1], lens) + np.arange(int(out[-1]), dtype=np.int64)
    return out, flat[at]


@_jit
def _bead_overlaps(s_ptr, s_ids, t_ptr, t_ids, w, beads):
    """Each bead's overlap as parallel.similarity sums it: its source sentences' keys
    (their union), and for each target sentence in turn the exact sum of the weights of
    the keys it shares with them."""
    k = beads.shape[0]
    out = np.zeros(k)
    vals = np.empty(64)
    partials = np.empty(64)
    for q in range(k):
        i, j, a, b = beads[q, 0], beads[q, 1], beads[q, 2], beads[q, 3]
        lo, hi = s_ptr[i], s_ptr[i + a]
        # sorted (a key in two of the rows is met once: the merge below counts each
        # target key at most once)
        u = s_ids[lo:hi] if a == 1 else np.sort(s_ids[lo:hi])
        nu = u.shape[0]
        if vals.shape[0] < nu:
            vals = np.empty(2 * nu)
            partials = np.empty(2 * nu)
        o = 0.0
        for y in range(j, j + b):
            p = 0
            cnt = 0
            for e in range(t_ptr[y], t_ptr[y + 1]):
                t = t_ids[e]
                while p < nu and u[p] < t:
                    p += 1
                if p < nu and u[p] == t:
                    vals[cnt] = w[t]
                    cnt += 1
            if cnt:
                o += _sum(vals, cnt, partials)
        out[q] = o
    return out


def bead_overlaps(model, beads: np.ndarray) -> np.ndarray:
    """_bead_overlaps of (i, j, a, b) rows over the model's key arrays."""
    s_ptr, s_ids, t_ptr, t_ids, w = model.key_arrays()
    return _bead_overlaps(s_ptr, s_ids, t_ptr, t_ids, w, beads)


def csr(key_sets: Sequence[set[str] | KeySet], ids: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Each set's known keys as sorted ids, concatenated, with row pointers."""
    n = len(key_sets)
    if all(type(ks) is KeySet for ks in key_sets):
        # a KeySet is sorted and ids follow the keys' order: its known ids come out sorted,
        # and all rows are looked up in one pass (unknown keys: -1, dropped)
        lens = np.fromiter(map(len, key_sets), dtype=np.int64, count=n)
        got = np.fromiter(map(ids.get, chain.from_iterable(key_sets), repeat(-1)),
                          dtype=np.int64, count=int(lens.sum()))
        known = got >= 0
        ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(np.repeat(np.arange(n), lens)[known], minlength=n), out=ptr[1:])
        return ptr, got[known]
    has, get = ids.__contains__, ids.__getitem__
    rows = [sorted(map(get, filter(has, ks))) for ks in key_sets]
    ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(list(map(len, rows)), out=ptr[1:])
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(ptr[-1]))
    return ptr, flat


def prepare(model, lo: Sequence[int], hi: Sequence[int], old=None) -> tuple[np.ndarray, ...]:
    """(overlaps, their parts not in the previous target / source sentence, 1-1 costs,
    first target of each row, row widths, row offsets) for every source row: the rows
    one after another in flat arrays (row x at offsets[x]:offsets[x + 1], see
    dp_fast.Arrays). `old`: what an earlier call returned for the same model; rows whose span of target
    sentences is unchanged are copied from it (after a widening, most are)."""
    n, m = model.n, model.m
    lo_a = np.asarray(lo, dtype=np.int64)
    hi_a = np.asarray(hi, dtype=np.int64)
    a0, a1 = _row_spans(n, m, lo_a, hi_a, model.max_a)
    widths = np.maximum(a1 - a0 + 1, 0)
    ro = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(widths, out=ro[1:])
    s_ptr, s_ids, t_ptr, t_ids, w = model.key_arrays()
    if old is not None and len(old[4]) == n:
        o_ov, o_ovn, o_ovs, o_c11, o_a0, o_widths, o_ro = old
        redo = (a0 != o_a0) | (widths != o_widths)
    else:
        o_ov = o_ovn = o_ovs = o_c11 = np.zeros(1)
        o_ro = ro
        redo = np.ones(n, dtype=np.bool_)
    ov, ovn, ovs, c11 = _fill(n, a0, a1, ro, s_ptr, s_ids, t_ptr, t_ids, w,
                              model.SL_a, model.TL_a, model.DS_a, model.DT_a,
                              float(model.ratio), float(model.var),
                              float(model.lex_weight * 0.5), float(model.low),
                              float(model.low_penalty), redo, o_ro, o_ov, o_ovn, o_ovs, o_c11)
    return ov, ovn, ovs, c11, a0, widths, ro


__all__ = ["MIN_CELLS", "available", "exact_sum", "key_ids", "csr", "prepare",
           "sentence_rows", "bead_overlaps", "forget"]
