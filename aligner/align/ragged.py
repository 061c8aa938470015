"""Texts whose ends do not meet: when to let the DP leave a ragged start or end, and the
length ratio to align them with.

Why: the length model's ratio comes from the two texts' totals, which assumes they say the
same thing. When one text runs on after the other ends (an opening cut after N lines on
one side, a French text running ahead of the English) the totals count the run-on part
too: thirty French lines after a twenty-line English opening make the ratio about twice
the translation's, every right 1-1 bead then looks far too short on the French side, and
the path spreads the extra lines over wide beads instead of leaving them unaligned.

The sentence pairs that are each other's best lexical match (parallel.pair_ratio) say
what a translated pair's ratio is wherever the texts end. A short text the first pass takes
for no translation is aligned again (aligner._align_block) with the pairs' ratio
(pass_ratio), a band that follows it until one text ends (or before the other begins), and
the DP's ragged start and end on (dp_fast.step_prior); the result is kept when the part
where both run looks clearly parallel (kept). Until 2026-12-03 this second pass was only
tried when the totals' ratio was more than APART times off the pairs' (ends_apart): an
opening cut after N lines, one side running on a few lines, mostly is not.
"""
from __future__ import annotations

import bisect
import math
from typing import Any, Callable, Sequence

from aligner.align import parallel
from aligner.align.anchors import WINDOW
from aligner.align.dp import Band
from aligner.align.scoring import Model

# How far (a factor) the totals' ratio must be from the matched pairs' for the ends to be
# taken as not meeting (ends_apart: no longer a condition of the ragged pass; kept for
# bench/tune_ragged.py, which compares the two). On the tuning openings (bench_openings, complete: both sides end
# together) the two stay within 1.46 of each other; thirty lines run on after ten to
# thirty beads put the totals 1.5 to 5.6 times off.
APART = 1.5
# The prior of each further sentence of a ragged run (dp_fast.step_prior): none, so the
# run pays one unaligned sentence's prior once and each sentence its unmatched lexical
# cost. On the tuning openings (bench_openings, runs-on / starts-early, no dictionary,
# at 9f4443a's estimate) 0 left 12 / 15 of 24 flagged, 1.31 (half a 1-1 bead's prior
# plus the low-coverage penalty: an unaligned sentence costing what pairing it with
# nothing in common would) 18 / 17.
RAGGED_STEP = 0.0
# The second alignment (ragged ends) of a text the first takes for no translation is kept
# when it looks parallel and the part where both texts run holds at least KEEP_BEADS beads
# with an estimated translated share of at least KEEP_SHARE: unrelated texts aligned again
# can look parallel on a handful of beads. Chosen on TUNING pairs only, with the pass tried
# whenever the first flags (bench/tune_ragged.py, rule fixed before the run: keep every
# tuning unrelated pair warned, then flag the fewest tuning runs-on / starts-early / lines
# openings, ties to the APART gate, then the strictest): all 250 warned unrelated pairs
# went through the second pass and those that looked parallel did so on 0 to 4 beads, so 5
# or 6 beads keep them all warned and flag 31 of 152 openings (8 beads: 32, a 6-bead
# `lines` opening); the share changes nothing from 0 to 0.3 and flags more above it
# (0.4: 34). The APART gate flagged 35 at best.
KEEP_BEADS = 6
KEEP_SHARE = 0.3


def pass_ratio(model: Model) -> float | None:
    """The length ratio of the ragged pass: the matched pairs' (None: no pairs)."""
    return parallel.pair_ratio(model)


def ends_apart(model: Model) -> float | None:
    """The matched pairs' length ratio when the totals' is more than APART off it (the
    texts' ends do not meet), else None."""
    pairs = parallel.pair_ratio(model)
    if pairs is None or abs(math.log(pairs / model.ratio)) <= math.log(APART):
        return None
    return pairs


def kept(share: float, beads: int) -> bool:
    """Whether a second alignment that looks parallel is kept (KEEP_BEADS, KEEP_SHARE)."""
    return beads >= KEEP_BEADS and share >= KEEP_SHARE


def model(sf, tf, priors, ratio: float | None, var: float, apart: bool) -> Model:
    """A pass's model; with ragged ends when `apart` (the ragged pass)."""
    return Model(sf, tf, priors=dict(priors), ratio=ratio, var=var,
                 ragged=RAGGED_STEP if apart else None)


def first_band(model: Model, anchors: Sequence[tuple[int, int]], ratio: float, width: int,
               run: Callable[[Band], tuple[Any, Any, Any]]) -> tuple[Band, Any, Any, Any]:
    """The first pass of texts whose ends do not meet: run(band) -> (path, F, extra) in a
    band around centre() held at the texts' starts, and, where that line differs, at their
    ends (with no anchor, nothing says whether the run-on part is at the end or at the
    start); the band, path, F and extra of the cheaper path."""
    n, m = model.n, model.m
    anchors = on_line(anchors, model.SL, model.TL, ratio)
    best: tuple[Band, Any, Any, Any] | None = None
    lines: list[list[float]] = []
    for at_end in (False, True):
        line = centre(anchors, model.SL, model.TL, ratio, at_end)
        if line in lines:
            continue
        lines.append(line)
        band = Band.around(line, width, n, m)
        path, F, extra = run(band)
        if best is None or float(F[n][-1]) < float(best[2][n][-1]):
            best = (band, path, F, extra)
    assert best is not None
    if len(lines) > 1 and best[0] is not band:  # the model holds the last band's overlaps
        model.prepare(best[0].lo, best[0].hi)
    return best


def on_line(anchors: Sequence[tuple[int, int]], SL: Sequence[int], TL: Sequence[int],
            ratio: float) -> list[tuple[int, int]]:
    """The most anchors that lie on one line of the pairs' ratio: their offsets
    TL[j] - ratio * SL[i] within WINDOW of the part both texts share.

    Why: find_anchors keeps anchors near the totals' diagonal, which runs into the run-on
    part when the ends do not meet; a rare word that comes back there (a name, a place)
    then pulls the band, and the path, off the translation."""
    if len(anchors) < 2:
        return list(anchors)
    n, m = len(SL) - 1, len(TL) - 1
    window = max(30.0, WINDOW * min(TL[m], ratio * SL[n]))
    offs = sorted((TL[j] - ratio * SL[i], k) for k, (i, j) in enumerate(anchors))
    lo, best = 0, (0, 1)
    for hi in range(len(offs)):
        while offs[hi][0] - offs[lo][0] > window:
            lo += 1
        if hi + 1 - lo > best[1] - best[0]:
            best = (lo, hi + 1)
    return [anchors[k] for k in sorted(k for _, k in offs[best[0]:best[1]])]


def centre(anchors: Sequence[tuple[int, int]], SL: Sequence[int], TL: Sequence[int],
           ratio: float, at_end: bool = False) -> list[float]:
    """The band's centre line for a length ratio: through the anchors, and beyond the
    first and last of them at that ratio until one text begins (ends); the other text's
    rest is a ragged start (end), which Band.fix keeps inside the band. With no anchor,
    the line starts where both texts start, or with `at_end` ends where both end."""
    n, m = len(SL) - 1, len(TL) - 1
    inner = [p for p in anchors if 0 < p[0] < n and 0 < p[1] < m]
    edge = (n, m) if at_end else (0, 0)
    i0, j0 = inner[0] if inner else edge
    i1, j1 = inner[-1] if inner else edge
    # where the first anchor's diagonal starts and the last one's ends
    back = TL[j0] - ratio * SL[i0]
    start = (0, bisect.bisect_left(TL, back)) if back >= 0 else \
        (bisect.bisect_left(SL, -back / ratio), 0)
    ahead = TL[j1] + ratio * (SL[n] - SL[i1])
    end = (n, min(m, bisect.bisect_left(TL, ahead))) if ahead <= TL[m] else \
        (min(n, bisect.bisect_left(SL, SL[i1] + (TL[m] - TL[j1]) / ratio)), m)
    points = [start] + [p for p in inner if p[0] > start[0] and p[1] > start[1]
                        and p[0] < end[0] and p[1] < end[1]] + [end]
    out = [float(start[1])] * (n + 1)
    for (a0, b0), (a1, b1) in zip(points, points[1:]):
        for i in range(a0, a1 + 1):
            frac = (SL[i] - SL[a0]) / (SL[a1] - SL[a0]) if SL[a1] > SL[a0] else 0.0
            j = bisect.bisect_left(TL, TL[b0] + frac * (TL[b1] - TL[b0]), b0, b1 + 1)
            out[i] = float(min(max(j, b0), b1))
    for i in range(end[0], n + 1):
        out[i] = float(end[1])
    return out
