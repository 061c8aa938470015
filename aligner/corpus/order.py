"""Order keys for beads: the stored `position` of a bead is a key with gaps, not its index.

Why: with dense positions 0..n-1, merging or inserting a bead in the middle of a
1,000,000-bead bitext rewrote every later row (about a second). With keys GAP apart, new
beads take keys between their neighbours' and no other row changes; only when a gap is
used up is the bitext renumbered (one UPDATE, rare). Callers still see dense positions
(Bead.position is the index 0..n-1): the store maps an index to its key through a sorted
array of the bitext's keys, kept per connection and rebuilt when another connection
committed (PRAGMA data_version) or a transaction rolled back.
"""
from __future__ import annotations

GAP = 1 << 16  # between neighbouring keys after a renumbering: 16 halvings before the next


def keys_between(lo: int | None, hi: int | None, m: int) -> list[int] | None:
    """m increasing keys strictly between lo and hi (None: no neighbour on that side), or
    None when the gap is too small and the bitext must be renumbered."""
    if m == 0:
        return []
    if lo is None and hi is None:
        return [k * GAP for k in range(m)]
    if lo is None:
        lo = hi - (m + 1) * GAP  # type: ignore[operator]
    if hi is None:
        hi = lo + (m + 1) * GAP
    step = (hi - lo) // (m + 1)
    if step < 1:
        return None
    return [lo + step * (k + 1) for k in range(m)]
