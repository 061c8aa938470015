"""The banded dynamic programme over bead types, and the confidence of each bead.

Why banded: a full n x m table is quadratic (10k x 10k sentences = 100M cells); the true
path stays near a line we can guess (anchors, or a first pass), so each source position i
only considers target positions lo[i]..hi[i]. Time and memory are O(n * band width).
If the best path touches the band's edge the band was too narrow there; `align_in_band`
widens it around those rows and runs again.

Costs are negative log probabilities (nats): a bead-type prior, a Gale-Church length term
and a lexical term (see scoring.py), so the margin between the best path and the best path
that deviates at a bead is a log odds, and a logistic of it is a usable confidence.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from aligner.tasks import TaskControl

from aligner.align import dp_fast, margins_fast
from aligner.align.scoring import Model
from aligner.messages import Problem

INF = float("inf")
NONE = 255
# How many rows around an edge hit are widened, in units of the widening.
REACH = 2


@dataclass
class Band:
    """Allowed target positions lo[i]..hi[i] (inclusive) for source position i in 0..n."""

    lo: list[int]
    hi: list[int]

    @classmethod
    def around(cls, centre: Sequence[float], width: int, n: int, m: int) -> "Band":
        lo = [max(0, min(m, int(math.floor(c)) - width)) for c in centre]
        hi = [max(0, min(m, int(math.ceil(c)) + width)) for c in centre]
        band = cls(lo, hi)
        band.fix(n, m)
        return band

    def fix(self, n: int, m: int) -> None:
        """Make the band monotone and connected, and include (0, 0) and (n, m). In array
        passes (a loop per row was called some 25 times a book): hi never decreases, lo
        never decreases read backwards, and a path must be able to step from row i-1 to
        row i (a 1-0 move at one j), so lo[i] is at most hi[i - 1]."""
        lo = np.clip(np.asarray(self.lo[:n + 1], dtype=np.int64), 0, m)
        hi = np.clip(np.asarray(self.hi[:n + 1], dtype=np.int64), 0, m)
        lo[0] = 0
        hi[n] = m
        hi = np.maximum.accumulate(hi)
        lo = np.minimum.accumulate(lo[::-1])[::-1]
        lo[1:] = np.minimum(lo[1:], hi[:-1])
        self.lo[:n + 1] = lo.tolist()
        self.hi[:n + 1] = hi.tolist()

    def cells(self) -> int:
        return sum(h - l + 1 for l, h in zip(self.lo, self.hi))


def forward(model: Model, band: Band, control: Optional[TaskControl] = None,
            progress: tuple[int, int] = (0, 1), start: int = 0,
            F: list[list[float]] | None = None, BP: list[bytearray] | None = None
            ) -> tuple[list[list[float]], list[bytearray]]:
    """Viterbi forward pass: best cost F[i][j - lo[i]] to reach node (i, j), back pointers.

    With `start`, rows before it are kept from a previous run (F, BP) over a band that
    differs only from row `start` on. The inner loop is written out (no method calls for
    the common beads) because it runs for every cell and bead type: the time goes there.
    """
    n = model.n
    lo, hi = band.lo, band.hi
    if dp_fast.available() and band.cells() >= dp_fast.MIN_CELLS:
        if control is not None:
            control.check()
            control.report(progress[0], progress[1], Problem("progress.aligning"))
        if F is None or BP is None:
            start = 0
        return dp_fast.forward(model, band, max(0, start), F or [], BP or [])
    trans = model.transitions
    ntrans = len(trans)
    C11, ovl = model.C11, model._ovlo
    SL, TL, ratio, var = model.SL, model.TL, model.ratio, model.var
    skip_w = model.lex_weight * 0.5
    lex_cost = model.lex_cost
    m, tail, step_prior = model.m, model.tail_prior(), dp_fast.step_prior
    cut, cut_at = model.cuts, model.cut_at
    if F is None or BP is None or start <= 0:
        F, BP, start = [], [], 0
    else:
        F = dp_fast.as_lists(F)  # a compiled pass's Rows: this loop appends to lists
        del F[start:]
        del BP[start:]
    step = max(1, n // 50)
    for i in range(start, n + 1):
        if control is not None and i % step == 0:
            control.report(progress[0] + i, progress[1], Problem("progress.aligning"))
        lo_i = lo[i]
        width = hi[i] - lo_i + 1
        row = [INF] * width
        bp = bytearray([NONE]) * width
        F.append(row)
        BP.append(bp)
        sl_i = SL[i]
        for k in range(width):
            j = lo_i + k
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best = INF
            bt = NONE
            for t in range(ntrans):
                a, b, prior = trans[t]
                pi = i - a
                pj = j - b
                if pi < 0 or pj < 0:
                    continue
                prow = F[pi]
                pk = pj - lo[pi]
                if pk < 0 or pk >= len(prow):
                    continue
                if a + b == 1:
                    prior = step_prior(pi, pj, a, b, n, m, prior, tail)
                f = prow[pk] + prior
                if f >= best:  # costs are never negative: this bead cannot win
                    continue
                if a == 1 and b == 1:
                    f += C11[pi][pj - ovl[pi]]
                elif a == 0 or b == 0:
                    f += skip_w * (a + b)
                else:
                    ls = sl_i - SL[pi]
                    lt = TL[j] - TL[pj]
                    d = lt - ratio * ls
                    f += dp_fast.length(d, var * (ratio * ls + lt) + 1.0)
                    if f >= best:
                        continue
                    f += lex_cost(pi, pj, a, b)
                if f < best:
                    best = f
                    bt = t
            # a node's own cost (turns.py) is paid once, by whatever path reaches it
            row[k] = best + cut_at(i, j) if cut else best
            bp[k] = bt
    return F, BP


def backward(model: Model, band: Band) -> list[list[float]]:
    """Best cost B[i][j - lo[i]] from node (i, j) to the end (n, m), within the band."""
    n, m = model.n, model.m
    if dp_fast.available() and band.cells() >= dp_fast.MIN_CELLS:
        return dp_fast.backward(model, band)
    lo, hi = band.lo, band.hi
    trans = model.transitions
    C11, ovl = model.C11, model._ovlo
    SL, TL, ratio, var = model.SL, model.TL, model.ratio, model.var
    skip_w = model.lex_weight * 0.5
    lex_cost = model.lex_cost
    tail, step_prior = model.tail_prior(), dp_fast.step_prior
    cut, cut_at = model.cuts, model.cut_at
    B: list[list[float]] = [[]] * (n + 1)
    for i in range(n, -1, -1):
        lo_i = lo[i]
        width = hi[i] - lo_i + 1
        row = [INF] * width
        B[i] = row
        sl_i = SL[i]
        for k in range(width - 1, -1, -1):
            j = lo_i + k
            if i == n and j == m:
                row[k] = 0.0
                continue
            best = INF
            for a, b, prior in trans:
                ni = i + a
                nj = j + b
                if ni > n or nj > m:
                    continue
                nrow = B[ni]
                nk = nj - lo[ni]
                if nk < 0 or nk >= len(nrow):
                    continue
                if a + b == 1:
                    prior = step_prior(i, j, a, b, n, m, prior, tail)
                f = nrow[nk] + prior
                if f >= best:
                    continue
                if a == 1 and b == 1:
                    f += C11[i][j - ovl[i]]
                elif a == 0 or b == 0:
                    f += skip_w * (a + b)
                else:
                    ls = SL[ni] - sl_i
                    lt = TL[nj] - TL[j]
                    d = lt - ratio * ls
                    f += dp_fast.length(d, var * (ratio * ls + lt) + 1.0)
                    if f >= best:
                        continue
                    f += lex_cost(i, j, a, b)
                if f < best:
                    best = f
            # the node's own cost, as forward adds it: F + bead + B counts it once
            row[k] = best + cut_at(i, j) if cut else best
    return B


def trace(model: Model, band: Band, BP: list[bytearray]) -> list[tuple[int, int, int, int]]:
    """The best path as beads (src_start, src_end, tgt_start, tgt_end), in order."""
    i, j = model.n, model.m
    out = []
    while i > 0 or j > 0:
        t = BP[i][j - band.lo[i]]
        if t == NONE:
            raise RuntimeError("no path through the band")  # fix() guarantees one
        a, b, _ = model.transitions[t]
        out.append((i - a, i, j - b, j))
        i -= a
        j -= b
    out.reverse()
    return out


def close_gaps(path: list[tuple[int, int, int, int]], shapes: set[tuple[int, int]]
               ) -> list[tuple[int, int, int, int]]:
    """Two-sided gaps as one bead: a run of unaligned sentences (1-0 / 0-1 beads) that holds
    sentences of both sides between the same two paired beads becomes one bead of them,
    when its shape is one of `shapes`.

    Why: inside a complete translation, a sentence dropped on one side right where a
    sentence is added on the other is a pair the model could not see (a free paraphrase,
    a sentence split differently), not a deletion and an insertion; leaving both unaligned
    loses the pair and, in a long gap, the ones beside it. One-sided gaps (a sentence the
    translator left out) are kept: literary translations have them (the en-fr gold does).
    The bead keeps the model's margin, so a forced pairing the model doubts scores low.
    """
    out: list[tuple[int, int, int, int]] = []
    run: list[tuple[int, int, int, int]] = []

    def flush() -> None:
        if run:
            s0, t0 = run[0][0], run[0][2]
            s1, t1 = run[-1][1], run[-1][3]
            if s1 > s0 and t1 > t0 and (s1 - s0, t1 - t0) in shapes:
                out.append((s0, s1, t0, t1))
            else:
                out.extend(run)
            run.clear()

    for bead in path:
        if bead[0] == bead[1] or bead[2] == bead[3]:
            run.append(bead)
        else:
            flush()
            out.append(bead)
    flush()
    return out


def edge_hits(path: list[tuple[int, int, int, int]], band: Band, n: int, m: int) -> list[int]:
    """Source rows where the path runs along a band edge that is not the text's edge."""
    def edge(i: int, j: int) -> int:  # -1 on the lower edge, 1 on the upper, 0 inside
        if j <= band.lo[i] and band.lo[i] > 0:
            return -1
        return 1 if j >= band.hi[i] and band.hi[i] < m else 0

    # a run of unaligned sentences costs the same wherever the band lets it run (a
    # passage missing on one side): touching the edge there proves nothing, nor does a
    # pair's corner where it meets such a run lying along that same edge (the run put it
    # there: widening only lets the run drift further)
    def run_along(k: int, side: int) -> bool:
        if not 0 <= k < len(path):
            return False
        s0, s1, t0, t1 = path[k]
        return (s0 == s1 or t0 == t1) and edge(s0, t0) == side and edge(s1, t1) == side

    hits = []
    for k, (s0, s1, t0, t1) in enumerate(path):
        if s0 == s1 or t0 == t1:
            continue
        side = edge(s1, t1)
        if side and not run_along(k + 1, side):
            hits.append(s1)
        side = edge(s0, t0)
        if side and not run_along(k - 1, side):
            hits.append(s0)
    return hits


def widen(band: Band, rows: list[int], by: int, n: int, m: int) -> tuple[int, int]:
    """Widen the band by `by` around the given rows (and a neighbourhood of them);
    returns the first and last rows whose range changed."""
    old_lo, old_hi = list(band.lo), list(band.hi)
    reach = REACH * by
    marks = bytearray(n + 1)
    for r in rows:
        for i in range(max(0, r - reach), min(n, r + reach) + 1):
            marks[i] = 1
    for i in range(n + 1):
        if marks[i]:
            band.lo[i] = max(0, band.lo[i] - by)
            band.hi[i] = min(m, band.hi[i] + by)
    band.fix(n, m)
    changed = [i for i in range(n + 1) if band.lo[i] != old_lo[i] or band.hi[i] != old_hi[i]]
    return (changed[0], changed[-1]) if changed else (n, n)


def margins(model: Model, band: Band, F: list[list[float]], B: list[list[float]],
            path: list[tuple[int, int, int, int]]) -> list[float]:
    """For each bead on the best path: how much worse (nats) is the best path that takes a
    different bead into its end node or out of its start node. Large = unambiguous."""
    if margins_fast.usable(model):
        return margins_fast.margins(model, band, F, B, path)
    F, B = dp_fast.as_lists(F), dp_fast.as_lists(B)  # Python floats, as the loops expect
    lo = band.lo
    n, m = model.n, model.m
    cost = model.bead_cost
    tail = model.tail_prior()

    def prior_at(i: int, j: int, a: int, b: int, prior: float) -> float:
        return dp_fast.step_prior(i, j, a, b, n, m, prior, tail) if a + b == 1 else prior

    out = []
    for s0, s1, t0, t1 in path:
        a0, b0 = s1 - s0, t1 - t0
        own = prior_at(s0, t0, a0, b0, model.prior_of(a0, b0)) + cost(s0, t0, a0, b0)
        f_u = F[s0][t0 - lo[s0]]
        b_v = B[s1][t1 - lo[s1]]
        alt_in = INF
        alt_out = INF
        for a, b, prior in model.transitions:
            if a == a0 and b == b0:
                continue
            pi, pj = s1 - a, t1 - b  # another bead into the end node
            if pi >= 0 and pj >= 0:
                pk = pj - lo[pi]
                if 0 <= pk < len(F[pi]) and F[pi][pk] < INF:
                    alt_in = min(alt_in, F[pi][pk] + prior_at(pi, pj, a, b, prior)
                                 + cost(pi, pj, a, b))
            ni, nj = s0 + a, t0 + b  # another bead out of the start node
            if ni <= n and nj <= m:
                nk = nj - lo[ni]
                if 0 <= nk < len(B[ni]) and B[ni][nk] < INF:
                    alt_out = min(alt_out, prior_at(s0, t0, a, b, prior) + cost(s0, t0, a, b)
                                  + B[ni][nk])
        margin = min(alt_in - (f_u + own), alt_out - (own + b_v))
        out.append(margin)
    return out


def confidence(margin: float) -> float:
    """Log odds -> probability that the bead is the right one (clamped to [0, 1])."""
    if margin > 30:
        return 1.0
    if margin < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-margin))
