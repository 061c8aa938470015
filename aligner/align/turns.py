"""Cuts at a turn of dialogue: where one text starts a quotation or a speaker's turn, its
translation does too, so a path that cuts the two texts at a turn on one side only is
probably off by a sentence there.

Why: on the en-fr TUNING books (bench/errors_enfr.py) the wrong beads are mostly chosen by
the length term, half of them in dialogue, where a short reply can go with either
neighbour. The gold's cut points pair a turn with a turn: at the gold's nodes one side
only starts a turn 4.9% of the time, at the nodes one sentence off them 29.5%. The turn
marks differ between languages ("..." and '...' in English, -- and << >> in French) but
each language marks its turns, which is all the rule looks at.

The cost is the log-likelihood ratio of that evidence, estimated on each document pair
from its own first path (its nodes against the nodes one sentence off them), as the
length variance and bead priors are (reestimate.py): a text without dialogue, or whose
translation marks turns differently, gets no cost, and no constant is tuned.
"""
from __future__ import annotations

import math
import re
from typing import Sequence

import numpy as np

# A turn starts at a sentence that opens with a quotation mark or a dash (English " and ',
# French -- and guillemets, Arabic guillemets), or that follows a sentence ending in a
# quotation mark (a closing quote, or an opening one a splitter left on the sentence
# before: "... began again . '").
_OPENS = re.compile(r"^\s*([\"'\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019]|--|\u2014|\u2013|-\s)")
_ENDS_QUOTE = re.compile(r"[\"'\u00ab\u00bb\u201c\u201d\u2018\u2019]\s*$")
# Pseudo-counts of the mismatch shares' estimates (a text with a few turns gets a small
# cost, not a noisy one).
PSEUDO = 2.0


def turn_starts(texts: Sequence[str]) -> np.ndarray:
    """flags[k] = 1 when sentence k starts a turn (k = 0 .. len - 1), and 0 at len."""
    out = np.zeros(len(texts) + 1, dtype=np.int8)
    prev_ends = False
    for k, text in enumerate(texts):
        out[k] = 1 if (prev_ends or _OPENS.match(text)) else 0
        prev_ends = bool(_ENDS_QUOTE.search(text))
    return out


def mismatch_cost(path: Sequence[tuple[int, int, int, int]], ts: np.ndarray,
                  tt: np.ndarray) -> float:
    """Nats a cut with a turn on one side only costs over a cut with none or both: the
    log-likelihood ratio of a mismatch (and of a match) at the path's inner nodes against
    the nodes one sentence off them, floored at 0."""
    n, m = len(ts) - 1, len(tt) - 1
    nodes = {(s0, t0) for s0, _, t0, _ in path}
    on = [0, 0]  # mismatches, nodes
    off = [0, 0]
    for i, j in sorted(nodes):
        if not (0 < i < n and 0 < j < m):
            continue
        on[0] += int(ts[i] != tt[j])
        on[1] += 1
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 < a < n and 0 < b < m and (a, b) not in nodes:
                off[0] += int(ts[a] != tt[b])
                off[1] += 1
    if not on[1] or not off[1]:
        return 0.0
    # shrunk towards the pooled share: few nodes give little evidence either way
    pooled = (on[0] + off[0] + 1.0) / (on[1] + off[1] + 2.0)
    q_on = (on[0] + PSEUDO * pooled) / (on[1] + PSEUDO)
    q_off = (off[0] + PSEUDO * pooled) / (off[1] + PSEUDO)
    cost = math.log(q_off / q_on) + math.log((1.0 - q_on) / (1.0 - q_off))
    return max(0.0, cost)
