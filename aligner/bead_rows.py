"""BeadRows: the beads of one bitext held as columns (numpy arrays), read lazily.

Why: a table over a 1,000,000-bead bitext held a `Bead` object per row (about 1 GB and
seconds to read at open). Here a row costs about 40 bytes: id, the four segment ranges,
score (NaN for "never scored"), status and the index of its time stamp; a `Bead` is made
only when a caller asks for one row. Rows are read from the store in chunks when first
asked for (`read(first, last)` gives beads [first, last) as the store has them now), so
opening shows the first screen after reading one chunk, and `load_some` reads the rest a
chunk at a time while the user is idle. Edits splice the columns (`replace`) instead of
reading the bitext again; `forget` marks every row unread (sentence edits can move every
later range), and rows are read again as they are asked for.

Rows are always the store's current state at the same index: the owner applies every
change of the bitext here as it is committed (one thread), so row i here is bead i there.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from typing import overload

import numpy as np

from aligner.model import Bead, BeadStatus

CHUNK = 2048  # rows read at once (a few ms)

_CONFIRMED = 1


class BeadRows(Sequence[Bead]):
    def __init__(self, bitext_id: int, count: int,
                 read: Callable[[int, int], list[Bead]] | None) -> None:
        self.bitext_id = bitext_id
        self._read = read
        self.ids = np.zeros(count, np.int64)
        self.src_start = np.zeros(count, np.int64)
        self.src_end = np.zeros(count, np.int64)
        self.tgt_start = np.zeros(count, np.int64)
        self.tgt_end = np.zeros(count, np.int64)
        self.score = np.full(count, np.nan)
        self.status = np.zeros(count, np.int8)  # 1: confirmed
        self.stamp = np.zeros(count, np.int32)  # index into _stamps
        self.loaded = np.zeros(count, np.bool_)
        self._stamps: list[str] = []
        self._stamp_ids: dict[str, int] = {}
        self._next = 0  # load_some goes on from here

    @classmethod
    def of(cls, bitext_id: int, beads: Sequence[Bead],
           read: Callable[[int, int], list[Bead]] | None = None) -> BeadRows:
        """Rows holding these beads (all read already; `read` reads them again after
        `forget`)."""
        rows = cls(bitext_id, len(beads), read)
        rows._fill(0, list(beads))
        return rows

    # --- reading ------------------------------------------------------------------------
    def _stamp_id(self, stamp: str) -> int:
        at = self._stamp_ids.get(stamp)
        if at is None:
            at = self._stamp_ids[stamp] = len(self._stamps)
            self._stamps.append(stamp)
        return at

    def _fill(self, first: int, beads: list[Bead]) -> None:
        last = first + len(beads)
        self.ids[first:last] = [b.id or 0 for b in beads]
        self.src_start[first:last] = [b.src_start for b in beads]
        self.src_end[first:last] = [b.src_end for b in beads]
        self.tgt_start[first:last] = [b.tgt_start for b in beads]
        self.tgt_end[first:last] = [b.tgt_end for b in beads]
        self.score[first:last] = [math.nan if b.score is None else b.score for b in beads]
        self.status[first:last] = [b.status == BeadStatus.CONFIRMED for b in beads]
        self.stamp[first:last] = [self._stamp_id(b.changed_at) for b in beads]
        self.loaded[first:last] = True

    def ensure(self, first: int, last: int) -> None:
        """Read the rows of [first, last) that are not read yet (whole chunks)."""
        first, last = max(first, 0), min(last, len(self))
        if first >= last or self.loaded[first:last].all():
            return
        if self._read is None:
            raise RuntimeError("rows were never read and there is nothing to read them from")
        lo = first - first % CHUNK
        while lo < last:
            hi = min(lo + CHUNK, len(self))
            if not self.loaded[lo:hi].all():
                beads = self._read(lo, hi)
                if len(beads) != hi - lo:
                    raise RuntimeError(f"the store has {len(beads)} beads at {lo}, not {hi - lo}")
                self._fill(lo, beads)
            lo = hi

    def load_some(self, chunks: int = 1) -> bool:
        """Read the next unread chunks (idle-time loading); True when every row is read."""
        for _ in range(chunks):
            ahead = self.loaded[self._next:]
            at = int(ahead.argmin()) if len(ahead) else 0
            if not len(ahead) or ahead[at]:  # nothing unread from here: look from the top
                at, self._next = int(self.loaded.argmin()), 0
                if self.loaded[at]:
                    return True
            start = self._next + at
            self.ensure(start, start + CHUNK)
            self._next = min(start + CHUNK, len(self))
        return self.complete

    @property
    def complete(self) -> bool:
        return bool(self.loaded.all())

    def ensure_all(self) -> None:
        self.ensure(0, len(self))

    # --- Sequence[Bead] -----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.ids)

    def bead(self, row: int) -> Bead:
        self.ensure(row, row + 1)
        score = float(self.score[row])
        return Bead(int(self.ids[row]) or None, self.bitext_id, row,
                    int(self.src_start[row]), int(self.src_end[row]),
                    int(self.tgt_start[row]), int(self.tgt_end[row]),
                    None if math.isnan(score) else score,
                    BeadStatus.CONFIRMED if self.status[row] else BeadStatus.AUTO,
                    self._stamps[self.stamp[row]])

    @overload
    def __getitem__(self, index: int) -> Bead: ...

    @overload
    def __getitem__(self, index: slice) -> list[Bead]: ...

    def __getitem__(self, index: int | slice) -> Bead | list[Bead]:
        if isinstance(index, slice):
            rows = range(*index.indices(len(self)))
            if len(rows):
                self.ensure(min(rows), max(rows) + 1)
            return [self.bead(r) for r in rows]
        row = index + len(self) if index < 0 else index
        if not 0 <= row < len(self):
            raise IndexError(index)
        return self.bead(row)

    def __iter__(self) -> Iterator[Bead]:
        for first in range(0, len(self), CHUNK):
            yield from self[first:first + CHUNK]

    # --- what whole-table views need, without a Bead per row ----------------------------
    def confirmed_count(self) -> int | None:
        """Confirmed beads, or None while some rows are unread."""
        return int(np.count_nonzero(self.status)) if self.complete else None

    def is_confirmed(self, row: int) -> bool:
        self.ensure(row, row + 1)
        return bool(self.status[row])

    # --- changes ------------------------------------------------------------------------
    _COLUMNS = ("ids", "src_start", "src_end", "tgt_start", "tgt_end", "score", "status",
                "stamp", "loaded")

    def replace(self, first: int, old: int, beads: Sequence[Bead]) -> None:
        """Rows [first, first + old) become `beads` (the store's rows there now)."""
        new = len(beads)
        if new != old:
            for name in self._COLUMNS:
                column = getattr(self, name)
                setattr(self, name, np.concatenate(
                    [column[:first], np.zeros(new, column.dtype), column[first + old:]]))
            if self._next > first:
                self._next = max(first, self._next + new - old)
        self._fill(first, list(beads))

    def shift(self, first: int, side: str, delta: int) -> None:
        """Rows from `first` on: their `side` ranges move by `delta` (a sentence before
        them was split or merged with the next)."""
        getattr(self, f"{side}_start")[first:] += delta
        getattr(self, f"{side}_end")[first:] += delta

    def same(self, row: int, bead: Bead) -> bool:
        """Whether read row `row` holds this bead."""
        mine = self.bead(row)
        return (mine.id, mine.src_start, mine.src_end, mine.tgt_start, mine.tgt_end,
                mine.score, mine.status, mine.changed_at) == \
            (bead.id, bead.src_start, bead.src_end, bead.tgt_start, bead.tgt_end, bead.score,
             bead.status, bead.changed_at)

    def forget(self) -> None:
        """Every row is to be read again (sentence edits may move any later range)."""
        self.loaded[:] = False
        self._next = 0
