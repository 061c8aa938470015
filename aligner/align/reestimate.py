"""Re-estimation on a document pair's own first path: the length ratio and variance, and
the bead-type priors the second pass uses (aligner.py)."""
from __future__ import annotations

from aligner.align.scoring import DEFAULT_PRIORS, DEFAULT_VAR, Model

# Weight, in beads, of the default priors when re-estimating them on the document pair.
PRIOR_PSEUDO = 50.0


def length_params(model: Model, path) -> tuple[float, float]:
    """Length ratio and variance per character, from the first pass's 1-1 beads."""
    sl = tl = 0
    devs = []
    r = model.ratio
    for s0, s1, t0, t1 in path:
        if s1 - s0 == 1 and t1 - t0 == 1:
            ls = model.SL[s1] - model.SL[s0]
            lt = model.TL[t1] - model.TL[t0]
            sl += ls
            tl += lt
            mean = (r * ls + lt) / 2.0
            if mean > 0:
                devs.append((lt - r * ls) ** 2 / mean)
    if len(devs) < 20 or sl == 0:
        return r, DEFAULT_VAR
    devs.sort()
    # the median of a squared standard normal is 0.455: a robust variance estimate that
    # wrong beads of the first pass cannot inflate much
    var = devs[len(devs) // 2] / 0.455
    return tl / sl, max(1.0, min(var, 50.0))


def priors(path, seen: set[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """Bead-type priors re-estimated from a path (types the path could not hold keep
    their default share)."""
    counts = {bt: 0 for bt in DEFAULT_PRIORS}
    for s0, s1, t0, t1 in path:
        bt = (s1 - s0, t1 - t0)
        if bt in counts:
            counts[bt] += 1
    total = sum(counts.values())
    seen_p = sum(p for bt, p in DEFAULT_PRIORS.items() if bt in seen)
    out = {}
    for bt, p in DEFAULT_PRIORS.items():
        if bt in seen:
            out[bt] = seen_p * (counts[bt] + PRIOR_PSEUDO * p / seen_p) / (total + PRIOR_PSEUDO)
        else:
            out[bt] = p
    return out
