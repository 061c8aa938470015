"""FindUpkeep: keeps the bead table's find index (aligner.find_index.FindIndex) in step
with edits, and with the edits made while a worker was building one.

Why: building the index of a 10^6-bead bitext takes seconds; dropping it at every edit
made each find after an edit as slow as the first. A bead edit refolds the rows it
replaced and the rows whose shown text depends on them; a sentence edit refolds the rows
showing that sentence. Edits made while a worker builds from its snapshot are logged and
replayed on the finished index (its rows spliced the same way, the touched rows refolded
from the table as it is now), so an edit never throws the worker's work away; an edit
whose rows are not known (a sentence edit that does not say which sentence) does.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from aligner.find_index import FindIndex

SIDES = ("src", "tgt")


class FindUpkeep:
    def __init__(self, row_key: Callable[[int, str], str], rows: Callable[[], int]) -> None:
        self.row_key = row_key  # (row, side) -> the row side's find key, as it is now
        self.rows = rows        # the table's row count now
        self.index: FindIndex | None = None
        self._log: list[tuple[int, int, int]] | None = None  # splices since the snapshot
        self._dirty: set[int] = set()  # rows to refold after replaying (rows as they are now)

    # --- a build ------------------------------------------------------------------------
    def begin(self) -> None:
        """A worker starts from the corpus as it is now: log what follows."""
        self._log, self._dirty = [], set()

    def drop(self) -> None:
        """Forget the index and any build under way (another bitext, excluded shown...)."""
        self.index, self._log, self._dirty = None, None, set()

    def adopt(self, index: FindIndex) -> bool:
        """Take a worker's index, replaying the edits made since it started; False when
        one of them could not be replayed (the index is then not used)."""
        if self._log is None:
            return False
        for first, old, new in self._log:
            index.splice(first, old, {side: [""] * new for side in SIDES})
        if len(index["src"]) != self.rows():
            self._log = None
            return False
        self.index, self._log = index, None
        self._refold(self._dirty)
        self._dirty = set()
        return True

    # --- edits --------------------------------------------------------------------------
    def spliced(self, first: int, old: int, new: int) -> None:
        """Bead rows [first, first + old) were replaced by `new` rows: they are refolded,
        with the row before (it may have stopped being the last), the row after (its shown
        range starts where they end) and the last row (it shows the document's tail)."""
        n = self.rows()
        touched = {r for r in set(range(first - 1, first + new + 1)) | {n - 1} if 0 <= r < n}
        if self.index is not None:
            self.index.splice(first, old, {side: [""] * new for side in SIDES})
            self._refold(touched)
        elif self._log is not None:
            self._log.append((first, old, new))
            moved = {r if r < first else r + new - old for r in self._dirty
                     if not first <= r < first + old}
            self._dirty = moved | touched

    def rows_changed(self, rows: Iterable[int] | None) -> None:
        """The text of these rows changed (None: of rows not known)."""
        if rows is None:
            self.drop()
            return
        n = self.rows()
        rows = {r for r in rows if 0 <= r < n}
        if self.index is not None:
            self._refold(rows)
        elif self._log is not None:
            self._dirty |= rows

    def _refold(self, rows: set[int]) -> None:
        assert self.index is not None
        for side in SIDES:
            self.index[side].set_rows({row: self.row_key(row, side) for row in rows})
