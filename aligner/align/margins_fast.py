"""dp.margins compiled with numba: the margin of every bead of the best path.

Why: margins price every other bead type into each bead's end node and out of its start
node (two bead costs per type per bead, in Python method calls), about a tenth of a
book's alignment time. The costs are dp_fast's, which are scoring.py's operation for
operation, so the margins are the same floats (tests/core/test_align_fast_paths.py).
"""
from __future__ import annotations

import numpy as np

from aligner.align import dp_fast

INF = np.inf


@dp_fast._jit
def _cost(i, j, a, b, C11, ov, ovn, ovs, ovlo, ro, SL, TL, DS, DT, ratio, var, w2, low,
          low_penalty):
    """scoring.Model.bead_cost for a bead inside the prepared rows."""
    if a == 0 or b == 0:
        return w2 * (a + b)
    if a == 1 and b == 1:
        k = j - ovlo[i]
        if 0 <= k < ro[i + 1] - ro[i] and C11[ro[i] + k] < INF:
            return C11[ro[i] + k]
    ls = SL[i + a] - SL[i]
    lt = TL[j + b] - TL[j]
    d = lt - ratio * ls
    length = dp_fast._length(d, var * (ratio * ls + lt) + 1.0)
    return length + dp_fast._lex(ov, ovn, ovs, ovlo, ro, DS, DT, i, j, a, b, w2, low,
                                  low_penalty)


@dp_fast._jit
def _margins(n, m, lo, hi, off, F, B, path, ta, tb, tp, C11, ov, ovn, ovs, ovlo, ro, SL, TL, DS,
             DT, ratio, var, w2, low, low_penalty, tail):
    out = np.empty(path.shape[0])
    ntrans = ta.shape[0]
    for e in range(path.shape[0]):
        s0, s1, t0, t1 = path[e, 0], path[e, 1], path[e, 2], path[e, 3]
        a0, b0 = s1 - s0, t1 - t0
        own_prior = 0.0
        for t in range(ntrans):
            if ta[t] == a0 and tb[t] == b0:
                own_prior = tp[t]
        if a0 + b0 == 1:
            own_prior = dp_fast._step_prior(s0, t0, a0, b0, n, m, own_prior, tail)
        own = own_prior + _cost(s0, t0, a0, b0, C11, ov, ovn, ovs, ovlo, ro, SL, TL, DS, DT, ratio, var,
                                w2, low, low_penalty)
        f_u = F[off[s0] + t0 - lo[s0]]
        b_v = B[off[s1] + t1 - lo[s1]]
        alt_in = INF
        alt_out = INF
        for t in range(ntrans):
            a, b, prior = ta[t], tb[t], tp[t]
            if a == a0 and b == b0:
                continue
            pi, pj = s1 - a, t1 - b
            if pi >= 0 and pj >= 0:
                pk = pj - lo[pi]
                if 0 <= pk <= hi[pi] - lo[pi] and F[off[pi] + pk] < INF:
                    p_in = prior
                    if a + b == 1:
                        p_in = dp_fast._step_prior(pi, pj, a, b, n, m, prior, tail)
                    v = F[off[pi] + pk] + p_in + _cost(pi, pj, a, b, C11, ov, ovn, ovs, ovlo, ro, SL, TL,
                                                        DS, DT, ratio, var, w2, low,
                                                        low_penalty)
                    if v < alt_in:
                        alt_in = v
            ni, nj = s0 + a, t0 + b
            if ni <= n and nj <= m:
                nk = nj - lo[ni]
                if 0 <= nk <= hi[ni] - lo[ni] and B[off[ni] + nk] < INF:
                    p_out = prior
                    if a + b == 1:
                        p_out = dp_fast._step_prior(s0, t0, a, b, n, m, prior, tail)
                    v = p_out + _cost(s0, t0, a, b, C11, ov, ovn, ovs, ovlo, ro, SL, TL, DS, DT, ratio,
                                      var, w2, low, low_penalty) + B[off[ni] + nk]
                    if v < alt_out:
                        alt_out = v
        m_in = alt_in - (f_u + own)
        m_out = alt_out - (own + b_v)
        out[e] = m_in if m_in < m_out else m_out
    return out


def usable(model) -> bool:
    """The compiled margins need the prepared rows as arrays (a compiled prepare)."""
    return dp_fast.available() and getattr(model, "arrays", None) is not None


def margins(model, band, F, B, path) -> list[float]:
    """dp.margins for a model prepared by overlap_fast (see usable())."""
    n, m = model.n, model.m
    A = dp_fast.Arrays(model, band)
    total = int(A.off[n + 1])
    Ff, Bf = (x.flat if isinstance(x, dp_fast.Rows) and len(x.flat) == total
              else np.fromiter((v for row in x for v in row), dtype=np.float64, count=total)
              for x in (F, B))
    p = np.asarray(path, dtype=np.int64).reshape(-1, 4)
    got = _margins(n, m, A.lo, A.hi, A.off, Ff, Bf, p, A.ta, A.tb, A.tp, A.C11, A.ov,
                   A.ovn, A.ovs, A.ovlo, A.ro, A.SL, A.TL, A.DS, A.DT, *A.scalars)
    return got.tolist()
