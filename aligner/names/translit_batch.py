"""translit.could_match over many (Arabic word, Latin word) pairs at once, in array passes.

Why: the name learner (aligner.align.learn.learn_names) puts every Arabic word of a bead
against every capitalised word of the other side: about 50,000 distinct pairs per pass
on a 6,700-sentence Arabic text, each one a Python call of could_match (a third of the
aligner's time there). The same two lower bounds of the letter alignment's cost
(translit._cost_floor) are computed here as array operations: per letter of all the
words at once (letters as bit sets, spellings as bit sets of the Latin word's
substrings; per word in Python, building translit._floor_parts, was as slow as the
pairs), then per pair. It may let through more pairs than could_match (all pairs of a
word with an exonym; the caller still aligns their letters), never fewer, so the
answers do not change.
"""
from __future__ import annotations

import math
from typing import Iterable, Sequence

import numpy as np

from functools import lru_cache
from itertools import chain

from aligner.names.translit import (_ALONE, _EXONYMS, _INS_OTHER, _MAX_UNIT, _NO_UNIT,
                                    _SCALE, _SUBST_OTHER, _TABLE, _UNIT_CHARS, _arabic_forms,
                                    _exonym_key, _latin_charged, _latin_forms)

_CHAR_COST = min(_INS_OTHER, _SUBST_OTHER)
# Every spelling of the table, numbered: a set of them is a 128-bit mask (two words)
_SPELLING = {sp: i for i, sp in enumerate(sorted({sp for o in _TABLE.values() for sp in o
                                                  if sp}))}
_LONGEST = max(map(len, _SPELLING))
assert len(_SPELLING) <= 128
_LOW = (1 << 64) - 1


def _mask(spellings) -> tuple[int, int]:
    m = 0
    for sp in spellings:
        m |= 1 << _SPELLING[sp]
    return m & _LOW, m >> 64


# Per-letter tables, indexed by a letter's number (_IX: by code point, 0 for anything
# that is not one of translit's letters, the separator included): the mask of the
# spellings of the letter alone (two words), its cost when none occurs, and the Latin
# letters its spellings use (bit c: chr(97 + c)); per letter pair unit (تش, كس...) the
# same, indexed by both letters' numbers.
_CP = 0x700
assert _MAX_UNIT == 2 and all(ord(ch) < _CP for u in _TABLE for ch in u)
assert all("a" <= ch <= "z" for sp in _SPELLING for ch in sp)
_LETTERS = sorted({ch for u in _TABLE for ch in u})
_IX = np.zeros(_CP, dtype=np.int64)
_IX[[ord(ch) for ch in _LETTERS]] = np.arange(1, len(_LETTERS) + 1)
_N = len(_LETTERS) + 1
_ONE_LO = np.zeros(_N, dtype=np.uint64)
_ONE_HI = np.zeros(_N, dtype=np.uint64)
_ONE_COST = np.full(_N, _NO_UNIT[1], dtype=np.float64)
_ONE_CHARS = np.zeros(_N, dtype=np.int64)
_TWO_LO = np.zeros((_N, _N), dtype=np.uint64)
_TWO_HI = np.zeros((_N, _N), dtype=np.uint64)
_TWO_CHARS = np.zeros((_N, _N), dtype=np.int64)


def _chars_mask(chars: Iterable[str]) -> int:
    return sum(1 << (ord(ch) - 97) for ch in set(chars))


for _ch, (_sps, _cost) in _ALONE.items():
    _i = _IX[ord(_ch)]
    _ONE_LO[_i], _ONE_HI[_i] = _mask(_sps)
    _ONE_COST[_i] = _cost
    _ONE_CHARS[_i] = _chars_mask(_UNIT_CHARS[_ch])
for _u, _opts in _TABLE.items():
    if len(_u) == 2:
        _at = (_IX[ord(_u[0])], _IX[ord(_u[1])])
        _TWO_LO[_at], _TWO_HI[_at] = _mask(sp for sp in _opts if sp)
        _TWO_CHARS[_at] = _chars_mask(_UNIT_CHARS[_u])


def _form_rows(forms: list[str]) -> tuple[np.ndarray, ...]:
    """translit._floor_parts of each form, as arrays: per letter of all forms, one form
    after the other, the mask of the spellings that could write it (two words) and its
    cost when none occurs; per form, the Latin letters its units can spell (bits) and
    where its letters start. A letter a letter pair unit covers may also be written by
    that pair's spellings (translit._paired_need)."""
    sizes = np.fromiter(map(len, forms), dtype=np.int64, count=len(forms))
    cp = np.frombuffer("".join(f + " " for f in forms).encode("utf-32-le"), dtype=np.uint32)
    ix = _IX[np.minimum(cp, _CP - 1)]  # (U+06FF is no letter of the table)
    nxt = np.append(ix[1:], 0)
    pair_lo, pair_hi = _TWO_LO[ix, nxt], _TWO_HI[ix, nxt]  # pair units starting here
    zero = np.zeros(1, dtype=np.uint64)
    lo = _ONE_LO[ix] | pair_lo | np.concatenate((zero, pair_lo[:-1]))  # or one back
    hi = _ONE_HI[ix] | pair_hi | np.concatenate((zero, pair_hi[:-1]))
    chars = _ONE_CHARS[ix] | _TWO_CHARS[ix, nxt]
    ends = np.cumsum(sizes + 1)  # each form's separator is at its end - 1
    letter = np.ones(len(ix), dtype=bool)
    letter[ends - 1] = False
    spell = np.zeros(len(forms), dtype=np.int64)
    full = sizes > 0
    if full.any():  # (the separators spell nothing)
        spell[full] = np.bitwise_or.reduceat(chars, (ends - sizes - 1)[full])
    return lo[letter], hi[letter], _ONE_COST[ix][letter], spell, np.concatenate(
        ([0], np.cumsum(sizes)))


@lru_cache(maxsize=65536)
def _word(arabic: str) -> tuple[str, str, bool]:
    """(letters, letters without the article, whether a pair with it is let through before
    any bound: no letters, or a place with exonyms) (translit._arabic_side)."""
    letters, bare = _arabic_forms(arabic)
    return letters, bare, not letters or _EXONYMS.get(_exonym_key(arabic)) is not None


@lru_cache(maxsize=65536)
def _latin_mask(rest: str) -> tuple[int, int]:
    """The mask of the table's spellings that occur in the Latin word."""
    subs = {rest[i:i + k] for k in range(1, _LONGEST + 1) for i in range(len(rest) - k + 1)}
    return _mask(s for s in subs if s in _SPELLING)


def could_match_pairs(arabic: Sequence[str], latin: Sequence[str], a_idx: np.ndarray,
                      l_idx: np.ndarray, threshold: float) -> np.ndarray:
    """For each pair (arabic[a_idx[p]], latin[l_idx[p]]): False only where
    translit.could_match(arabic word, latin word, threshold) is False."""
    n_pairs = len(a_idx)
    if not n_pairs:
        return np.zeros(0, dtype=bool)
    rests = [_latin_forms(w)[1] for w in latin]
    words = [_word(w) for w in arabic]
    # pairs could_match lets through before any bound: exonyms, empty words
    always_a = np.array([always or threshold <= 0.0 for _l, _b, always in words], dtype=bool)
    always_l = np.array([not r for r in rests], dtype=bool)
    sizes = np.array([max(len(bare), 1) for _l, bare, _a in words], dtype=np.float64)
    budget = -math.log(threshold) * sizes * _SCALE + 1e-9 if threshold > 0 else \
        np.zeros(len(words))
    # the Arabic words' forms (without and with the article), numbered in word order
    nf = np.array([1 + (bare != letters) for letters, bare, _a in words], dtype=np.int64)
    row_lo, row_hi, costs, spell_bits, starts = _form_rows(
        [f for letters, bare, _a in words for f in ((bare, letters) if bare != letters
                                                    else (bare,))])
    first = np.cumsum(nf) - nf
    second = first + nf - 1
    n_rows = np.diff(starts)
    # lat bound: the Latin word's charged letters (with repeats) no unit of the form
    # spells, 1.0 each; as bit sets first: none missing costs 0, and one already costs
    # more than a short name's budget, so the counts are summed only for long names
    charged = [_latin_charged(r) for r in rests]
    counts = np.fromiter(map(len, charged), dtype=np.int64, count=len(charged))
    letters = np.frombuffer("".join(chain.from_iterable(charged)).encode("ascii"),
                            dtype=np.uint8).astype(np.int64) - 97
    flat = np.repeat(np.arange(len(rests)) * 26, counts) + letters
    hard = np.bincount(flat, minlength=len(rests) * 26).reshape(len(rests), 26)
    hard_bits = (hard > 0) @ (1 << np.arange(26, dtype=np.int64))
    # (pair, form) items: every pair with each form of its Arabic word
    reps = nf[a_idx]
    item_pair = np.repeat(np.arange(n_pairs), reps)
    k = np.arange(len(item_pair)) - np.repeat(np.cumsum(reps) - reps, reps)
    a_item = a_idx[item_pair]
    item_form = np.where(k == 0, first[a_item], second[a_item])
    item_l = l_idx[item_pair]
    item_budget = budget[a_item]
    lat = np.zeros(len(item_form))
    miss = (hard_bits[item_l] & ~spell_bits[item_form]) != 0
    lat[miss] = np.inf
    exact = np.flatnonzero(miss & (item_budget >= _CHAR_COST))
    if len(exact):
        used = np.flatnonzero(hard.any(axis=0))
        spell = ((spell_bits[:, None] >> used[None, :]) & 1).astype(bool)
        lat[exact] = _CHAR_COST * (hard[:, used].astype(np.float64)[item_l[exact]]
                                  * ~spell[item_form[exact]]).sum(axis=1)
    # ara bound, on the items the lat bound keeps: each Arabic letter whose spellings all
    # miss the Latin word costs its own
    live = np.flatnonzero(lat <= item_budget)
    masks = [_latin_mask(r) for r in rests]
    has_lo = np.fromiter((m[0] for m in masks), np.uint64, len(masks))
    has_hi = np.fromiter((m[1] for m in masks), np.uint64, len(masks))
    nrows = n_rows[item_form[live]]
    row_item = np.repeat(np.arange(len(live)), nrows)
    row = np.arange(len(row_item)) - np.repeat(np.cumsum(nrows) - nrows, nrows) \
        + starts[item_form[live]][row_item]
    row_l = item_l[live][row_item]
    missing = ((row_lo[row] & has_lo[row_l]) | (row_hi[row] & has_hi[row_l])) == 0
    ara = np.bincount(row_item, weights=costs[row] * missing, minlength=len(live))
    ok_item = live[ara <= item_budget[live]]
    ok = np.zeros(n_pairs, dtype=bool)
    ok[item_pair[ok_item]] = True
    return ok | always_a[a_idx] | always_l[l_idx]
