"""Where two passes of the aligner disagree on most of a stretch: a path there is a guess.

Why: the band-edge test (aligner._run) only sees a path that runs out of its search band.
A loosely translated stretch can be aligned wrongly well inside the band; what gives it
away is that the second pass, with a learned lexicon and re-estimated lengths and priors,
finds a different path there than the first did.
"""
from __future__ import annotations

# The passes disagree on most of a stretch: of DISPUTE_WINDOW consecutive beads with both
# sides, at least DISPUTED (a share) are not beads of the earlier pass. Two searches with
# different evidence then found different paths there, and neither can be trusted; the
# path is reported unsure. (Stretches of loosely translated made-up text, three sentences
# in ten left out and three in ten joined, F1 0.53-0.89: 0.88-1.0 of a window changed; the
# eight en-fr gold books, F1 0.63-0.99: at most 0.26.)
DISPUTE_WINDOW = 50
DISPUTED = 0.5


def disputed(earlier: list, final: list) -> list[int]:
    """Source rows (one per stretch) where the final path leaves the earlier pass's path
    on most of a window of beads (DISPUTE_WINDOW, DISPUTED)."""
    width = DISPUTE_WINDOW
    kept = set(earlier)
    both = [b for b in final if b[1] > b[0] and b[3] > b[2]]
    if len(both) < width:  # too short to tell a stretch from chance
        return []
    changed = [0 if b in kept else 1 for b in both]
    rows: list[int] = []
    run = sum(changed[:width])
    reported_to = -1
    for i in range(len(both) - width + 1):
        if i:
            run += changed[i + width - 1] - changed[i - 1]
        if run >= DISPUTED * width and i > reported_to:
            first = next(k for k in range(i, i + width) if changed[k])
            rows.append(both[first][0])
            reported_to = i + width - 1
    return rows
