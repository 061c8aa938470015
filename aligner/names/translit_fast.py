"""translit._align_cost compiled with numba, for the name learner's many letter alignments.

Why: aligner.align.learn.learn_names aligns the letters of every (Arabic word, Latin
word) pair its bounds let through (about 2,900 pairs on a 6,700-sentence Arabic text,
~35 us each in Python, a quarter of the learner's time). The table, the costs and the
loop order are translit's, operation for operation, so the costs are the same floats
(tests/core/test_translit_fast.py holds them against _align_cost). translit keeps the
Python loop for everything else (a few pairs in the GUI never pay numba's start-up).
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from aligner.names import translit as T

try:
    import numba
except ImportError:  # pragma: no cover - numba is a dependency; this keeps a fallback
    numba = None  # type: ignore[assignment]


def available() -> bool:
    return numba is not None


# The table as arrays: unit u's spellings are rows _PTR[u] .. _PTR[u + 1] - 1 of _SP_LEN
# (letters), _SP_CH (their code points, padded with 0) and _SP_COST; _EMPTY[u]: whether
# u may be left unwritten ("" is one of its spellings).
_UNIT_ID = {u: i for i, u in enumerate(T._TABLE)}
_SPELLINGS = [(sp, float(c)) for opts in T._TABLE.values() for sp, c in opts.items()]
_PTR = np.cumsum([0] + [len(o) for o in T._TABLE.values()]).astype(np.int64)
_WIDEST = max(len(sp) for sp, _c in _SPELLINGS)
_SP_LEN = np.array([len(sp) for sp, _c in _SPELLINGS], dtype=np.int64)
_SP_CH = np.array([[ord(ch) for ch in sp] + [0] * (_WIDEST - len(sp)) for sp, _c in _SPELLINGS],
                  dtype=np.int64)
_SP_COST = np.array([c for _sp, c in _SPELLINGS], dtype=np.float64)
_EMPTY = np.array(["" in o for o in T._TABLE.values()], dtype=np.bool_)
assert T._MAX_UNIT == 2  # the kernel looks at a letter alone and a letter pair


@lru_cache(maxsize=65536)
def _letter_units(letters: str) -> tuple[np.ndarray, np.ndarray]:
    """Per position of `letters`: the unit of the letter alone and of the letter pair
    starting there (-1: none), as translit._units lists them."""
    one = np.array([_UNIT_ID.get(ch, -1) for ch in letters], dtype=np.int64)
    two = np.array([_UNIT_ID.get(letters[i:i + 2], -1) if i + 2 <= len(letters) else -1
                    for i in range(len(letters))], dtype=np.int64)
    return one, two


@lru_cache(maxsize=65536)
def _latin_arrays(latin: str) -> tuple[np.ndarray, np.ndarray]:
    """The Latin string's code points and each letter's insertion cost (translit._ins_cost)."""
    return (np.array([ord(ch) for ch in latin], dtype=np.int64),
            np.array([T._ins_cost(latin, j) for j in range(len(latin))], dtype=np.float64))


def _kernel(one, two, lat, ins, ptr, sp_len, sp_ch, sp_cost, empty, limit, subst, dele):
    """translit._align_cost's loop over arrays (see there for what each step means)."""
    n = one.shape[0]
    m = lat.shape[0]
    inf = np.inf
    d = np.full((n + 1, m + 1), inf)
    d[0, 0] = 0.0
    for i in range(n + 1):
        if limit < inf:
            low = inf
            for x in range(i, min(n, i + 1) + 1):
                for j in range(m + 1):
                    if d[x, j] < low:
                        low = d[x, j]
            if low > limit:
                return inf
        for j in range(m + 1):
            c = d[i, j]
            if c == inf:
                continue
            if j < m and c + ins[j] < d[i, j + 1]:
                d[i, j + 1] = c + ins[j]
            if i == n:
                continue
            if one[i] < 0 and two[i] < 0:
                if j < m and c + subst < d[i + 1, j + 1]:
                    d[i + 1, j + 1] = c + subst
                if c + dele < d[i + 1, j]:
                    d[i + 1, j] = c + dele
                continue
            for length in range(1, 3):
                u = one[i] if length == 1 else two[i]
                if u < 0:
                    continue
                for s in range(ptr[u], ptr[u + 1]):
                    k = sp_len[s]
                    if j + k > m:
                        continue
                    same = True
                    for q in range(k):
                        if lat[j + q] != sp_ch[s, q]:
                            same = False
                            break
                    if same and c + sp_cost[s] < d[i + length, j + k]:
                        d[i + length, j + k] = c + sp_cost[s]
                if length == 1:
                    if not empty[u] and c + dele < d[i + 1, j]:
                        d[i + 1, j] = c + dele
                    if j < m and c + subst < d[i + 1, j + 1]:
                        d[i + 1, j + 1] = c + subst
    return d[n, m]


_compiled = numba.njit(cache=True, nogil=True)(_kernel) if numba is not None else None


def align_cost(letters: str, latin: str, limit: float = math.inf) -> float:
    """translit._align_cost(letters, latin, limit), the same float, compiled."""
    if _compiled is None:  # pragma: no cover
        return T._align_cost(letters, latin, limit)
    one, two = _letter_units(letters)
    lat, ins = _latin_arrays(latin)
    return float(_compiled(one, two, lat, ins, _PTR, _SP_LEN, _SP_CH, _SP_COST, _EMPTY,
                           float(limit), float(T._SUBST_OTHER), float(T._DEL_OTHER)))
