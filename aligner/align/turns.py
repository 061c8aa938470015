"""Cuts at a turn of dialogue: where one text starts a quotation or a speaker's turn, its
translation does too, so a path that cuts the two texts at a turn on one side only is
probably off by a sentence there, and one that cuts both at a turn probably right.

Why: on the en-fr TUNING books (bench/errors_enfr.py) the wrong beads are mostly chosen by
the length term, half of them in dialogue, where a short reply can go with either
neighbour. The gold's cut points pair a turn with a turn: at the gold's nodes one side
only starts a turn 4.9% of the time, at the nodes one sentence off them 29.5%. The turn
marks differ between languages ("..." and '...' in English, -- and << >> in French) but
each language marks its turns, which is all the rule looks at.

The model: every sentence boundary of each text is either one of the path's nodes (a cut
of both texts) or inside a bead. The turn flags at a node are drawn from P(a, b | node),
those inside a bead from P(a | inside) on each side. Summed over all boundaries, the
inside terms are the same for every path except at the boundaries the path makes nodes,
so the path's cost is, per inner node with flags (a, b):

    -log P(a, b | node) + log P(a | inside, source) + log P(b | inside, target)

(negative where both texts turn: a node there is likelier than a bead running over it).
The probabilities are estimated on each document pair's own first path, as the length
variance and bead priors are (reestimate.py), with pseudo-counts drawn as if the flags
were independent of the path (a text without dialogue, or with few wide beads, gets costs
near 0), and used only when the path's nodes show turns going together on the two sides
(texts that are not translations cut at random).
"""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from aligner.align.parallel import Z_TAIL

# A turn starts at a sentence that opens with a quotation mark or a dash (English " and ',
# French -- and guillemets, Arabic guillemets), or that follows a sentence ending in a
# quotation mark (a closing quote, or an opening one a splitter left on the sentence
# before: "... began again . '").
_OPENS = re.compile(r"^\s*([\"'\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019]|--|\u2014|\u2013|-\s)")
_ENDS_QUOTE = re.compile(r"[\"'\u00ab\u00bb\u201c\u201d\u2018\u2019]\s*$")


# Weight of the pseudo-counts (boundaries) in each estimate of node_costs. Chosen on the
# TUNING books by tune_align's rule (the best mean strict F1 of no dictionary and FreeDict
# among the values that keep the alignment tests passing): 2 / 20 / 40 gave .9356 / .9352
# / .9347; 2, 5 and 10 took Emma's first 120 lines (a loose translation cut short, few
# nodes) for texts that are not translations.
PSEUDO = 20.0


def _rate(flags: np.ndarray) -> np.ndarray:
    """[share of 0, share of 1] among a side's inner boundaries (never exactly 0 or 1)."""
    ones = (float(flags.sum()) + 0.5) / (len(flags) + 1.0)
    return np.array([1.0 - ones, ones])


def turn_starts(texts: Sequence[str]) -> np.ndarray:
    """flags[k] = 1 when sentence k starts a turn (k = 0 .. len - 1), and 0 at len."""
    out = np.zeros(len(texts) + 1, dtype=np.int8)
    prev_ends = False
    for k, text in enumerate(texts):
        out[k] = 1 if (prev_ends or _OPENS.match(text)) else 0
        prev_ends = bool(_ENDS_QUOTE.search(text))
    return out


def node_costs(path: Sequence[tuple[int, int, int, int]], ts: np.ndarray,
               tt: np.ndarray) -> np.ndarray:
    """costs[a, b]: nats a path pays for an inner node whose source boundary has turn flag
    a and target boundary b (see the module docstring), estimated on `path`."""
    n, m = len(ts) - 1, len(tt) - 1
    # pseudo-counts (PSEUDO boundaries each) drawn as if flags were independent of where
    # the path cuts, at each side's own turn rate: with little evidence the costs are
    # near 0 (a path with no wide bead has no boundary inside a bead)
    rate_s = _rate(ts[1:n])
    rate_t = _rate(tt[1:m])
    node = PSEUDO * np.outer(rate_s, rate_t)
    inside_s = PSEUDO * rate_s
    inside_t = PSEUDO * rate_t
    for s0, s1, t0, t1 in path:
        if 0 < s0 < n and 0 < t0 < m:
            node[ts[s0], tt[t0]] += 1
        for k in range(s0 + 1, s1):
            inside_s[ts[k]] += 1
        for k in range(t0 + 1, t1):
            inside_t[tt[k]] += 1
    if not _associated(node - PSEUDO * np.outer(rate_s, rate_t)):
        return np.zeros((2, 2))
    p_node = node / node.sum()
    return (-np.log(p_node) + np.log(inside_s / inside_s.sum())[:, None]
            + np.log(inside_t / inside_t.sum())[None, :])


def _associated(counts: np.ndarray) -> bool:
    """Whether the path's nodes show turns on one side going with turns on the other: the
    log odds ratio of the 2 x 2 node counts (half added to each) at least Z_TAIL of its
    standard errors above 0. Texts that are not translations cut at random: their paths
    show none, and their alignment is left as it was (bench_unrelated)."""
    c = counts + 0.5
    lor = float(np.log(c[0, 0] * c[1, 1] / (c[0, 1] * c[1, 0])))
    return lor >= Z_TAIL * float(np.sqrt((1.0 / c).sum()))
