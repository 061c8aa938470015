"""FindIndex: the folded text of every bead side of a bitext, in blocks, for find at the
speed a million beads need.

Why blocks: a Python string per row cost ~100 bytes of overhead per row and a Python
call per row to search. Here each side is a list of blocks of about `BLOCK` rows; a block
is its rows' keys (aligner.review.fold of the side's text) joined by "\\n", which no key
holds, with the start offset of each row. A plain find is `str.find` over a block (C
speed) and the row is found from the offset; a match never spans rows. A regex is first
run over a block too (with ^ and $ made to work per line), which finds no later match
than a row's own; the row found is then checked on its own text, so the result is
exactly what searching each row's text gives (`aligner.review.find_next`). Patterns whose
meaning a neighbouring row could change (\\A, \\Z, lookarounds, atomic groups) are
searched row by row.

It reads as `index[side][row]` (a Mapping of Sequences), is changed in place by bead and
sentence edits (`splice`, `set_rows`), and is built by `build_side` from a stream of
sentences and the bead ends (rows partition the sentences: aligner.review.shown_range).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from aligner.review import Query, fold, make_matcher
from aligner.tasks import TaskControl, report
from aligner.text.fold import normalize_for_matching
from aligner.text.fold_fast import fold_rows
from aligner.messages import Problem

BLOCK = 2048  # rows per block: an edit rebuilds one block (well under a millisecond)

try:  # the regex parser, to tell which patterns a block search may run (else: row by row)
    import re._parser as _sre
except ImportError:  # pragma: no cover - Python < 3.11
    _sre = None


class SideIndex(Sequence[str]):
    """One side's row keys, in blocks."""

    def __init__(self, blocks: list[str] | None = None,
                 starts: list[np.ndarray] | None = None) -> None:
        self.blocks: list[str] = blocks or []
        self.starts: list[np.ndarray] = starts or []  # per block: row starts + [len + 1]
        self._firsts: list[int] = []
        self._renumber()

    def _renumber(self) -> None:
        firsts, at = [], 0
        for s in self.starts:
            firsts.append(at)
            at += len(s) - 1
        self._firsts, self._n = firsts, at

    def __len__(self) -> int:
        return self._n

    def _locate(self, row: int) -> tuple[int, int]:
        b = bisect_right(self._firsts, row) - 1
        return b, row - self._firsts[b]

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[r] for r in range(*row.indices(self._n))]
        if row < 0:
            row += self._n
        if not 0 <= row < self._n:
            raise IndexError(row)
        b, r = self._locate(row)
        starts = self.starts[b]
        return self.blocks[b][starts[r]:starts[r + 1] - 1]

    def __iter__(self) -> Iterator[str]:
        for block in self.blocks:
            yield from block.split("\n")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    # --- changes ------------------------------------------------------------------------
    def splice(self, first: int, old: int, rows: Sequence[str]) -> None:
        """Rows [first, first + old) become `rows`."""
        if not self.blocks:
            self.blocks, self.starts = _blocks(list(rows))
            self._renumber()
            return
        b0, _ = self._locate(min(first, self._n - 1))
        b1, _ = self._locate(min(max(first + old - 1, first), self._n - 1))
        base = self._firsts[b0]
        texts = [r for b in range(b0, b1 + 1) for r in self.blocks[b].split("\n")]
        texts[first - base:first - base + old] = rows
        blocks, starts = _blocks(texts) if texts else ([], [])
        self.blocks[b0:b1 + 1] = blocks
        self.starts[b0:b1 + 1] = starts
        self._renumber()

    def set_rows(self, rows: dict[int, str]) -> None:
        by_block: dict[int, dict[int, str]] = {}
        for row, text in rows.items():
            b, r = self._locate(row)
            by_block.setdefault(b, {})[r] = text
        for b, changes in by_block.items():
            texts = self.blocks[b].split("\n")
            for r, text in changes.items():
                texts[r] = text
            (self.blocks[b],), (self.starts[b],) = _blocks(texts, len(texts))

    # --- search -------------------------------------------------------------------------
    def first(self, matcher: _Matcher, lo: int, hi: int, shown: np.ndarray | None) -> int | None:
        """The first row in [lo, hi) that matches and is shown."""
        b = bisect_right(self._firsts, lo) - 1 if lo < self._n else len(self.blocks)
        while lo < hi and b < len(self.blocks):
            base = self._firsts[b]
            starts, block = self.starts[b], self.blocks[b]
            a, z = lo - base, min(hi - base, len(starts) - 1)
            while a < z:
                r = matcher.first_row(block, starts, a, z)
                if r is None:
                    break
                if shown is None or shown[base + r]:
                    return base + r
                a = r + 1
            b += 1
            lo = base + len(starts) - 1
        return None

    def last(self, matcher: _Matcher, lo: int, hi: int, shown: np.ndarray | None) -> int | None:
        """The last row in [lo, hi) that matches and is shown."""
        if hi <= lo:
            return None
        b = bisect_right(self._firsts, hi - 1) - 1
        while b >= 0 and hi > lo:
            base = self._firsts[b]
            starts, block = self.starts[b], self.blocks[b]
            a, z = max(lo - base, 0), hi - base
            while a < z:
                r = matcher.last_row(block, starts, a, z)
                if r is None:
                    break
                if shown is None or shown[base + r]:
                    return base + r
                z = r
            hi = base
            b -= 1
        return None


def _blocks(texts: list[str], size: int = BLOCK) -> tuple[list[str], list[np.ndarray]]:
    blocks, starts = [], []
    for at in range(0, len(texts), size):
        part = texts[at:at + size]
        lengths = np.fromiter((len(t) + 1 for t in part), np.int64, len(part))
        starts.append(np.concatenate([[0], np.cumsum(lengths)]))
        blocks.append("\n".join(part))
    return blocks, starts


def _row_at(starts: np.ndarray, offset: int) -> int:
    return int(np.searchsorted(starts, offset, side="right")) - 1


class _Matcher:
    """Finds the first/last matching row of a block between rows [a, z)."""

    def __init__(self, query: Query) -> None:
        self.key: str | None = None
        self.row_match: Callable[[str], bool] = make_matcher(query)  # raises re.error
        self.block_re: re.Pattern | None = None
        if not query.regex:
            self.key = fold(query.pattern)
            return
        pattern = normalize_for_matching(query.pattern).text
        kind = _block_safety(pattern)
        if kind is not None:
            self.block_re = re.compile(pattern, re.IGNORECASE | (re.MULTILINE if kind else 0))

    def first_row(self, block: str, starts: np.ndarray, a: int, z: int) -> int | None:
        lo, hi = int(starts[a]), int(starts[z]) - 1
        if self.key is not None:
            at = block.find(self.key, lo, hi)
            return None if at < 0 else _row_at(starts, at)
        if self.block_re is None:  # row by row
            for r in range(a, z):
                if self.row_match(block[starts[r]:starts[r + 1] - 1]):
                    return r
            return None
        while lo <= hi:
            m = self.block_re.search(block, lo, hi)
            if m is None:
                return None
            r = _row_at(starts, m.start())
            if self.row_match(block[starts[r]:starts[r + 1] - 1]):
                return r
            lo = int(starts[r + 1])  # no match in this row of its own: go on after it
        return None

    def last_row(self, block: str, starts: np.ndarray, a: int, z: int) -> int | None:
        if self.key is not None:
            at = block.rfind(self.key, int(starts[a]), int(starts[z]) - 1)
            return None if at < 0 else _row_at(starts, at)
        found = None
        r = self.first_row(block, starts, a, z)
        while r is not None:
            found = r
            r = self.first_row(block, starts, r + 1, z) if r + 1 < z else None
        return found


_UNSAFE = {"ASSERT", "ASSERT_NOT", "ATOMIC_GROUP", "POSSESSIVE_REPEAT"}
_LINE_ANCHORS = {"AT_BEGINNING", "AT_END"}
_BOUNDARIES = {"AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY",
               "AT_LOC_BOUNDARY", "AT_LOC_NON_BOUNDARY"}


def _block_safety(pattern: str) -> bool | None:
    """None: search row by row; False: a block search finds no later match than a row's
    own; True: the same with re.MULTILINE (the pattern has ^ or $, which then hold at each
    row's start and end, as they do in the row's own text)."""
    if _sre is None:
        return None
    try:
        parsed = _sre.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    lines = False
    stack: list = [parsed]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)) or type(item).__name__ == "SubPattern":
            stack.extend(item)
            continue
        name = str(item)
        if name in _UNSAFE or name in ("AT_BEGINNING_STRING", "AT_END_STRING"):
            return None
        if name in _LINE_ANCHORS:
            lines = True
        elif name.startswith("AT_") and name not in _BOUNDARIES:
            return None
    return lines


class FindIndex(Mapping[str, SideIndex]):
    """{"src": SideIndex, "tgt": SideIndex}, searched as aligner.review.find_next does."""

    def __init__(self, src: SideIndex, tgt: SideIndex) -> None:
        self.sides = {"src": src, "tgt": tgt}

    def __getitem__(self, side: str) -> SideIndex:
        return self.sides[side]

    def __iter__(self) -> Iterator[str]:
        return iter(self.sides)

    def __len__(self) -> int:
        return 2

    def splice(self, first: int, old: int, rows: dict[str, Sequence[str]]) -> None:
        for side, index in self.sides.items():
            index.splice(first, old, rows[side])

    def find(self, query: Query, positions: Iterable[int], start: int, *,
             backwards: bool = False) -> int | None:
        """`find_next` over this index (raises re.error for a bad regex)."""
        if not query.pattern:
            return None
        matcher = _Matcher(query)
        n = len(self.sides["src"])
        shown: np.ndarray | None = None
        if not (isinstance(positions, range) and positions.step == 1
                and positions.start <= 0 and positions.stop >= n):
            shown = np.zeros(n, np.bool_)
            wanted = np.fromiter(positions, np.int64)
            shown[wanted[(wanted >= 0) & (wanted < n)]] = True
        sides = [self.sides[s] for s in query.sides]
        if backwards:
            cut = min(max(start, 0), n)
            spans = [(0, cut), (cut, n)]
        else:
            cut = min(max(start + 1, 0), n)
            spans = [(cut, n), (0, cut)]
        for lo, hi in spans:
            found: int | None = None
            for side in sides:
                if backwards:
                    row = side.last(matcher, lo if found is None else found + 1, hi, shown)
                else:
                    row = side.first(matcher, lo, hi if found is None else found, shown)
                if row is not None:
                    found = row
            if found is not None:
                return found
        return None


def build_side(ends: Sequence[int] | np.ndarray, n_segments: int,
               batches: Iterable[list[tuple[str, bool]]], show_excluded: bool,
               control: TaskControl | None = None, done: int = 0,
               total: int = 0) -> SideIndex:
    """One side's index from its bead ends (row r shows sentences [ends[r - 1], ends[r]),
    the last row up to the end of the document) and its sentences in order, in batches."""
    n = len(ends)
    bounds = np.asarray(ends, np.int64).copy()
    if n:
        bounds[-1] = max(int(bounds[-1]), n_segments)
    blocks: list[str] = []
    starts: list[np.ndarray] = []
    pending: list[tuple[str, bool]] = []
    stream = iter(batches)
    taken = 0  # sentences before pending[0]
    for first in range(0, n, BLOCK):
        last = min(first + BLOCK, n)
        lo = int(bounds[first - 1]) if first else 0
        hi = int(bounds[last - 1])
        while taken + len(pending) < hi:
            batch = next(stream, None)
            if batch is None:
                raise ValueError(f"the document has fewer sentences than its beads use ({hi})")
            pending.extend(batch)
        part = pending[lo - taken:hi - taken]
        del pending[:hi - taken]
        taken = hi
        block, row_starts = fold_rows([t for t, _ in part],
                                      [x and not show_excluded for _, x in part],
                                      (bounds[first:last] - lo).tolist())
        blocks.append(block)
        starts.append(row_starts)
        report(control, done + last, total or n, Problem("progress.find"))
    return SideIndex(blocks, starts)
