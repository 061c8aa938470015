"""`fold.text_key` over many sentences at once, compiled with numba: what find's index
needs for a million-bead bitext (folding 2 x 10^6 sentences one `str.translate` at a time
took 8-25 s; here one pass over the code points does it).

The rules stay in aligner.text.fold: the tables here are built from its `_TEXT_TABLE`,
from `str.casefold` and `str.isspace`, and a sentence's key is exactly `text_key(sentence)`
(tests compare them on texts made to hit every rule). Text whose casefold has more than
one character (ß -> ss) and text holding the separator fall back to `text_key` itself.

`fold_rows` gives the keys of rows of sentences: a row's key is its sentences' keys joined
by a space (empty keys left out), which equals the key of the sentences joined by line
breaks (what a bead side shows); rows are joined by "\\n", which no key holds.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import numpy as np

from aligner.text.fold import _TEXT_TABLE, text_key

try:
    import numba
except ImportError:  # pragma: no cover - numba is a dependency; the fallback stays exact
    numba = None  # type: ignore[assignment]

SEP = "\x00"  # between sentences of the folded block (checked not to occur in them)
_DROP = 0xFFFFFFFF
_MAX = 0x110000
_tables: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None


def _build_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(code point -> key code point or _DROP, code point -> needs the slow path,
    key code point -> is white space)."""
    casefold = np.arange(_MAX, dtype=np.uint32)
    multi = np.zeros(_MAX, np.bool_)
    for code in range(_MAX):
        ch = chr(code)
        folded = ch.casefold()
        if folded != ch:
            if len(folded) == 1:
                casefold[code] = ord(folded)
            else:
                multi[code] = True
    # text_key: translate first, then casefold the result
    translated = np.arange(_MAX, dtype=np.uint32)
    dropped = np.zeros(_MAX, np.bool_)
    slow = multi.copy()
    for code, value in _TEXT_TABLE.items():
        if value is None:
            dropped[code] = True
        elif len(value) == 1:
            translated[code] = ord(value)
        else:
            slow[code] = True
    lut = casefold[translated]
    slow |= multi[translated] & ~dropped
    lut[dropped] = _DROP
    space = np.zeros(_MAX, np.bool_)
    for code in range(0x3100):  # every white space character is below U+3100
        space[code] = chr(code).isspace()
    return lut, slow, space


def tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    global _tables
    if _tables is None:
        _tables = _build_tables()
    return _tables


def _kernel(cps, skip, row_ends, lut, slow, space, out, starts):  # pragma: no cover - jitted
    """Fold sentences (separated by 0 in `cps`) into row keys in `out`; `starts[r]` is
    where row r begins. Returns the length written, or -1 when a character needs the slow
    path."""
    n = cps.shape[0]
    o = 0
    i = 0
    s = 0
    rows = row_ends.shape[0]
    for row in range(rows):
        starts[row] = o
        row_has = False
        while s < row_ends[row]:
            started = False
            pending = False
            keep = not skip[s]
            while i < n and cps[i] != 0:
                c = cps[i]
                i += 1
                if not keep:
                    continue
                if slow[c]:
                    return -1
                k = lut[c]
                if k == 0xFFFFFFFF:
                    continue
                if space[k]:
                    if started:
                        pending = True
                    continue
                if not started:
                    if row_has:
                        out[o] = 32
                        o += 1
                    started = True
                elif pending:
                    out[o] = 32
                    o += 1
                pending = False
                out[o] = k
                o += 1
            i += 1  # the separator
            if started:
                row_has = True
            s += 1
        if row < rows - 1:
            out[o] = 10
            o += 1
    return o


_compiled = numba.njit(cache=True, nogil=True)(_kernel) if numba is not None else None


def _slow_rows(texts: Sequence[str], skip: Sequence[bool], row_ends: Sequence[int]) -> str:
    keys = ["" if s else text_key(t) for t, s in zip(texts, skip)]
    rows, at = [], 0
    for end in row_ends:
        rows.append(" ".join(k for k in keys[at:end] if k))
        at = end
    return "\n".join(rows)


def fold_rows(texts: Sequence[str], skip: Sequence[bool],
              row_ends: Sequence[int]) -> tuple[str, np.ndarray]:
    """(rows' keys joined by "\\n", start offset of each row plus len + 1 at the end).

    Row r holds sentences [row_ends[r - 1], row_ends[r]) (from 0 for the first row); a
    sentence with `skip` set counts as empty (an excluded sentence not shown)."""
    n_rows = len(row_ends)
    block = SEP.join(texts)
    fast = _compiled is not None and block.count(SEP) == max(len(texts) - 1, 0)
    if fast and n_rows:
        # NFC over the block equals NFC per sentence: the separator is a starter that
        # composes with nothing, so no normalisation reaches across it
        block = unicodedata.normalize("NFC", block)
        cps = np.frombuffer(block.encode("utf-32-le", "surrogatepass"), np.uint32)
        lut, slow, space = tables()
        out = np.empty(len(cps) + n_rows + 1, np.uint32)
        starts = np.empty(n_rows + 1, np.int64)
        length = _compiled(cps, np.asarray(skip, np.bool_), np.asarray(row_ends, np.int64),
                           lut, slow, space, out, starts)
        if length >= 0:
            starts[n_rows] = length + 1
            return out[:length].tobytes().decode("utf-32-le", "surrogatepass"), starts
    text = _slow_rows(texts, skip, row_ends)
    starts = np.empty(n_rows + 1, np.int64)
    at = 0
    for r, row in enumerate(text.split("\n") if n_rows else []):
        starts[r] = at
        at += len(row) + 1
    starts[n_rows] = at if n_rows else 1
    return text, starts
