"""Order keys: the stored `position` of a bead (schema 5) and of a segment (schema 7) is a
key with gaps, not its index; bead ranges store segment keys (schema 7).

Why: with dense positions 0..n-1, merging or inserting a bead in the middle of a
1,000,000-bead bitext rewrote every later row (about a second), and splitting a sentence
rewrote every later sentence and every later bead's range (seconds). With keys GAP apart,
a new row takes a key between its neighbours' and no other row changes; only when that gap
is used up are a few rows around it given new keys (`respace`: a window that doubles until
it has room, so the work stays local). Callers still see dense positions (Bead.position,
Segment.position and bead ranges are indexes 0..n-1): the store maps an index to its key
through a sorted array of keys, kept per connection and rebuilt when another connection
committed (PRAGMA data_version) or a transaction rolled back.

A bead's side range is stored as [start key, end key): the key of its first segment (for
an empty range, of the segment after it) and the key of the segment after its last, or END
at the end of the document. Every stored boundary is the key of an existing segment of
that document or END, so a key taken between two neighbouring segments never falls between
a boundary and its segment: a split sentence's second half stays in its bead by itself.
"""
from __future__ import annotations

from collections.abc import Sequence

GAP = 1 << 16  # between neighbouring keys after a renumbering: 16 halvings before the next
END = 1 << 62  # a range boundary at the end of a document (after every segment key)
_MIN_STEP = 1 << 10  # a respaced window leaves at least this much between its keys


def keys_between(lo: int | None, hi: int | None, m: int) -> list[int] | None:
    """m increasing keys strictly between lo and hi (None: no neighbour on that side), or
    None when the gap is too small and keys around it must be respaced."""
    if m == 0:
        return []
    if lo is None and hi is None:
        return [k * GAP for k in range(m)]
    if lo is None:
        lo = max(hi - (m + 1) * GAP, -1)  # type: ignore[operator]  # keys stay >= 0
    if hi is None:
        hi = lo + (m + 1) * GAP
    step = (hi - lo) // (m + 1)
    if step < 1:
        return None
    return [lo + step * (k + 1) for k in range(m)]


def respace(keys: Sequence[int], at: int, m: int) -> tuple[int, int, list[int]]:
    """Room for m new keys at index `at` of the sorted `keys` (between keys[at - 1] and
    keys[at]) when that gap is used up: (lo, hi, new) where the keys[lo:hi] are to be
    replaced by `new`, which holds hi - lo + m increasing keys: the old rows of the window
    keep their order and the m new ones sit at index at - lo of it. The window grows
    (doubling) until its outer neighbours leave _MIN_STEP between its keys; with no
    neighbour after it there is always room, so it stops at the end of the keys at most."""
    n = len(keys)
    width = 8
    while True:
        lo, hi = max(0, at - width), min(n, at + width)
        count = hi - lo + m
        left = keys[lo - 1] if lo > 0 else -1  # keys stay >= 0
        if hi == n:
            start = left + 1 if lo == 0 else left + GAP
            return lo, hi, [start + GAP * k for k in range(count)]
        step = (keys[hi] - left) // (count + 1)
        if step >= _MIN_STEP:
            return lo, hi, [left + step * (k + 1) for k in range(count)]
        width *= 2
