"""The banded Viterbi forward and backward passes of dp.py, compiled with numba.

Why: the DP's inner loop (every cell x every bead type, with the lexical cost of wide
beads) is where pure Python spends most of a book's alignment; numba compiles the same
arithmetic to machine code (tens of times faster) from plain Python source, with no C
toolchain on the user's machine. dp.forward/backward call these for large bands and keep
their pure-Python loops for small ones (a few sentences align before numba would even
have compiled; the compiled functions are cached on disk after the first use).

The arithmetic is dp.py's and scoring.py's, operation for operation, so the back pointers
are the same (tests/core/test_align_dp_fast.py compares them).
"""
from __future__ import annotations

import math
from itertools import chain

import numpy as np

try:
    import numba
except ImportError:  # pragma: no cover - numba is a dependency; this keeps a fallback
    numba = None  # type: ignore[assignment]

# Lengths of real translations deviate with heavier tails than the normal: a loosely
# rendered bead paid z^2 / 2 for its deviation, which merging it with a neighbour or moving
# a boundary could hide (on the en-fr tuning books the length term chose most wrong merges
# and moved boundaries: bench/README.md, errors_enfr.py). Beyond HUBER_Z standard
# deviations the cost grows linearly (Huber's loss). Huber's usual 1.345 gained more on the
# tuning books but scored one more bead of two unrelated books >= 0.5 (bench_unrelated);
# 1.0 one more of two others; 2.0 gains less and leaves them as they were. numba's disk
# cache does not see a change here from the modules that inline _length (overlap_fast,
# margins_fast): clear their __pycache__ after changing it.
HUBER_Z = 2.0
_HUBER_Q = 0.5 * HUBER_Z * HUBER_Z
# Bands with fewer cells than this use the pure-Python loops (no compilation, no
# conversion to arrays).
MIN_CELLS = 20_000
NONE = 255
INF = np.inf


def available() -> bool:
    return numba is not None


def _jit(fn):
    return numba.njit(cache=True, nogil=True)(fn) if numba is not None else fn


def _step_prior(pi, pj, a, b, n, m, prior, tail):
    """The prior of a one-sided step from (pi, pj): `tail` (not the bead type's prior)
    for every step of a ragged start or end but the one that starts (ends) it, so that a
    run of unaligned sentences before the other text begins (after it ends) pays one
    unaligned sentence's prior once, not once per sentence; `tail` < 0: no ragged ends.

    Why: an opening cut after N lines on one side, or a text running on after the other
    ends, has no partner for its last sentences; charged per sentence, that run cost more
    than drifting through wide beads, and the path drifted (bench/README.md)."""
    if tail < 0.0:
        return prior
    if a == 1 and b == 0:
        if (pj == 0 and pi > 0) or (pj == m and pi + 1 < n):
            return tail
    elif a == 0 and b == 1:
        if (pi == 0 and pj > 0) or (pi == n and pj + 1 < m):
            return tail
    return prior


# the rule above in Python, for dp.py's loops (one place for it)
step_prior = _step_prior


def _length(d, den):
    """The length term of a bead whose target length is `d` characters off ratio x source
    length, `den` = var x (ratio x ls + lt) + 1: z^2 / 2 up to HUBER_Z standard deviations,
    linear beyond (Huber's loss). One place for the rule: every DP, margin and 1-1 table
    calls it."""
    q = d * d / den
    if q > _HUBER_Q:
        return 2.0 * math.sqrt(_HUBER_Q * q) - _HUBER_Q
    return q


# the rule above in Python, for scoring.py's and dp.py's loops
length = _length
_step_prior = _jit(_step_prior)
_length = _jit(_length)


@_jit
def _miss(c, low, low_penalty):
    u = 1.0 - (c if c < 1.0 else 1.0)
    if c < low:
        u += low_penalty * (1.0 - c / low)
    return u


@_jit
def _lex(ov, ovn, ovs, ovlo, ro, DS, DT, i, j, a, b, w2, low, low_penalty):
    """scoring.Model.lex_cost for a, b >= 1 (not 1-1), on the prepared rows (row x of
    target sentences ovlo[x]... at ro[x]:ro[x + 1] of the flat arrays). A bead inside the
    band stays inside its rows' spans (overlap_fast._row_spans), so only the wider beads'
    loop below needs a bound."""
    if a == 1:
        k = ro[i] + j - ovlo[i]
        mx = ov[k]
        unmatched = _miss(ov[k] / DT[j], low, low_penalty)
        for q in range(1, b):
            mx += ovn[k + q]
            unmatched += _miss(ov[k + q] / DT[j + q], low, low_penalty)
        return w2 * (unmatched + _miss(mx / DS[i], low, low_penalty))
    if b == 1:
        v = ov[ro[i] + j - ovlo[i]]
        mx = v
        unmatched = _miss(v / DS[i], low, low_penalty)
        for x in range(i + 1, i + a):
            k = ro[x] + j - ovlo[x]
            mx += ovs[k]
            unmatched += _miss(ov[k] / DS[x], low, low_penalty)
        return w2 * (unmatched + _miss(mx / DT[j], low, low_penalty))
    col = np.zeros(b)
    unmatched = 0.0
    for x in range(i, i + a):
        base = ovlo[x]
        width = ro[x + 1] - ro[x]
        mx = 0.0
        for q in range(b):
            k = j + q - base
            if 0 <= k < width:
                k += ro[x]
                mx += ov[k] if q == 0 else ovn[k]
                col[q] += ov[k] if x == i else ovs[k]
        unmatched += _miss(mx / DS[x], low, low_penalty)
    for q in range(b):
        unmatched += _miss(col[q] / DT[j + q], low, low_penalty)
    return w2 * unmatched


@_jit
def _forward(n, m, lo, hi, off, start, F, BP, ta, tb, tp, C11, ov, ovn, ovs, ovlo, ro, SL, TL,
             DS, DT, ratio, var, w2, low, low_penalty, tail, cs, ct, cut, costs):
    ntrans = ta.shape[0]
    for i in range(start, n + 1):
        lo_i = lo[i]
        width = hi[i] - lo_i + 1
        sl_i = SL[i]
        for k in range(width):
            j = lo_i + k
            if i == 0 and j == 0:
                F[off[i]] = 0.0
                BP[off[i]] = NONE
                continue
            best = INF
            bt = NONE
            for t in range(ntrans):
                a = ta[t]
                b = tb[t]
                pi = i - a
                pj = j - b
                if pi < 0 or pj < 0:
                    continue
                pk = pj - lo[pi]
                if pk < 0 or pk > hi[pi] - lo[pi]:
                    continue
                prior = tp[t]
                if a + b == 1:
                    prior = _step_prior(pi, pj, a, b, n, m, prior, tail)
                f = F[off[pi] + pk] + prior
                if f >= best:
                    continue
                if a == 1 and b == 1:
                    f += C11[ro[pi] + pj - ovlo[pi]]
                elif a == 0 or b == 0:
                    f += w2 * (a + b)
                else:
                    ls = sl_i - SL[pi]
                    lt = TL[j] - TL[pj]
                    d = lt - ratio * ls
                    f += _length(d, var * (ratio * ls + lt) + 1.0)
                    if f >= best:
                        continue
                    f += _lex(ov, ovn, ovs, ovlo, ro, DS, DT, pi, pj, a, b, w2, low, low_penalty)
                if f < best:
                    best = f
                    bt = t
            if cut and 0 < i < n and 0 < j < m:
                best += costs[cs[i], ct[j]]  # the node's own cost (scoring.Model.cut_at)
            F[off[i] + k] = best
            BP[off[i] + k] = bt


@_jit
def _backward(n, m, lo, hi, off, B, ta, tb, tp, C11, ov, ovn, ovs, ovlo, ro, SL, TL, DS, DT,
              ratio, var, w2, low, low_penalty, tail, cs, ct, cut, costs):
    ntrans = ta.shape[0]
    for i in range(n, -1, -1):
        lo_i = lo[i]
        width = hi[i] - lo_i + 1
        sl_i = SL[i]
        for k in range(width - 1, -1, -1):
            j = lo_i + k
            if i == n and j == m:
                B[off[i] + k] = 0.0
                continue
            best = INF
            for t in range(ntrans):
                a = ta[t]
                b = tb[t]
                ni = i + a
                nj = j + b
                if ni > n or nj > m:
                    continue
                nk = nj - lo[ni]
                if nk < 0 or nk > hi[ni] - lo[ni]:
                    continue
                prior = tp[t]
                if a + b == 1:
                    prior = _step_prior(i, j, a, b, n, m, prior, tail)
                f = B[off[ni] + nk] + prior
                if f >= best:
                    continue
                if a == 1 and b == 1:
                    f += C11[ro[i] + j - ovlo[i]]
                elif a == 0 or b == 0:
                    f += w2 * (a + b)
                else:
                    ls = SL[ni] - sl_i
                    lt = TL[nj] - TL[j]
                    d = lt - ratio * ls
                    f += _length(d, var * (ratio * ls + lt) + 1.0)
                    if f >= best:
                        continue
                    f += _lex(ov, ovn, ovs, ovlo, ro, DS, DT, i, j, a, b, w2, low, low_penalty)
                if f < best:
                    best = f
            if cut and 0 < i < n and 0 < j < m:
                best += costs[cs[i], ct[j]]
            B[off[i] + k] = best


class Arrays:
    """The model's tables as arrays: prepared rows one after another (ragged; row x at
    ro[x]:ro[x + 1]). Padded to the widest row, a band with one steep step (the evidence's
    null pass on a book: 627 wide, 28 on average) was mostly padding to allocate and fill."""

    def __init__(self, model, band) -> None:
        n = model.n
        self.lo = np.asarray(band.lo, dtype=np.int64)
        self.hi = np.asarray(band.hi, dtype=np.int64)
        widths = self.hi - self.lo + 1
        self.off = np.zeros(n + 2, dtype=np.int64)
        np.cumsum(widths, out=self.off[1:])
        ready = getattr(model, "arrays", None)  # prepared by overlap_fast: no copy
        if ready is not None:
            self.ov, self.C11, self.ovlo, self.ovn, self.ovs, self.ro = ready
        else:
            rows = model._ov
            self.ro = np.zeros(n + 1, dtype=np.int64)
            np.cumsum([len(r) for r in rows], out=self.ro[1:])

            def flat(table) -> np.ndarray:
                return np.fromiter(chain.from_iterable(table), dtype=np.float64,
                                   count=int(self.ro[n]))

            self.ov, self.ovn, self.ovs = flat(rows), flat(model._ovn), flat(model._ovs)
            self.C11 = flat(model.C11)
            self.ovlo = np.asarray(model._ovlo if n else [0], dtype=np.int64)
        trans = model.transitions
        self.ta = np.asarray([t[0] for t in trans], dtype=np.int64)
        self.tb = np.asarray([t[1] for t in trans], dtype=np.int64)
        self.tp = np.asarray([t[2] for t in trans], dtype=np.float64)
        self.SL = np.asarray(model.SL, dtype=np.float64)
        self.TL = np.asarray(model.TL, dtype=np.float64)
        self.DS = np.asarray(model.DS if n else [1.0], dtype=np.float64)
        self.DT = np.asarray(model.DT if model.m else [1.0], dtype=np.float64)
        self.scalars = (float(model.ratio), float(model.var), float(model.lex_weight * 0.5),
                        float(model.low), float(model.low_penalty), model.tail_prior())
        # the node costs (scoring.Model.cut_at): each side's turn marks, on, the costs
        self.cuts = (model.turns_src, model.turns_tgt, bool(model.cuts),
                     np.asarray(model.node_costs, dtype=np.float64))


class Rows:
    """The rows of a banded table kept in one flat array (row i is flat[off[i]:off[i + 1]],
    a view): the compiled passes' costs as 8-byte floats, not a list of Python floats per
    row (32 bytes a cell; about 80 MB per table at 100k x 100k)."""

    __slots__ = ("flat", "off")

    def __init__(self, flat: np.ndarray, off: np.ndarray) -> None:
        self.flat, self.off = flat, off

    def __len__(self) -> int:
        return len(self.off) - 1

    def __getitem__(self, i: int) -> np.ndarray:
        return self.flat[self.off[i]:self.off[i + 1]]

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def tolist(self) -> list[list[float]]:
        return [self[i].tolist() for i in range(len(self))]


def as_lists(rows) -> list:
    """Rows as lists of Python floats (the Python loops' form); lists as they are."""
    return rows.tolist() if isinstance(rows, Rows) else rows


def forward(model, band, start: int, F_rows, BP_rows):
    """F (Rows) and BP (a bytearray per row, as dp.forward's) computed by the compiled
    pass; rows before `start` are taken from F_rows / BP_rows."""
    n, m = model.n, model.m
    A = Arrays(model, band)
    total = int(A.off[n + 1])
    F = np.full(total, np.inf)
    BP = np.full(total, NONE, dtype=np.uint8)
    keep = min(start, len(F_rows))
    if isinstance(F_rows, Rows) and np.array_equal(F_rows.off[:keep + 1], A.off[:keep + 1]):
        F[:A.off[keep]] = F_rows.flat[:A.off[keep]]  # the same rows, in one copy
    else:
        for i in range(keep):
            F[A.off[i]:A.off[i + 1]] = F_rows[i]
    # back pointers as bytes: a row's numpy slice and copy cost more than the row's work
    # (after a widening, a pass keeps thousands of rows and makes a row list each time)
    offs = A.off.tolist()
    rows = min(start, len(BP_rows))
    kept = b"".join(BP_rows[:rows])
    if len(kept) == offs[rows]:  # the same rows (as F's above)
        BP[:len(kept)] = np.frombuffer(kept, dtype=np.uint8)
    else:
        for i in range(rows):
            BP[offs[i]:offs[i + 1]] = np.frombuffer(bytes(BP_rows[i]), dtype=np.uint8)
    _forward(n, m, A.lo, A.hi, A.off, start, F, BP, A.ta, A.tb, A.tp, A.C11, A.ov, A.ovn, A.ovs, A.ovlo,
             A.ro, A.SL, A.TL, A.DS, A.DT, *A.scalars, *A.cuts)
    data = BP.tobytes()
    return Rows(F, A.off), [bytearray(data[a:b]) for a, b in zip(offs, offs[1:n + 2])]


def backward(model, band):
    n, m = model.n, model.m
    A = Arrays(model, band)
    B = np.full(int(A.off[n + 1]), np.inf)
    _backward(n, m, A.lo, A.hi, A.off, B, A.ta, A.tb, A.tp, A.C11, A.ov, A.ovn, A.ovs, A.ovlo, A.ro,
              A.SL, A.TL, A.DS, A.DT, *A.scalars, *A.cuts)
    return Rows(B, A.off)
