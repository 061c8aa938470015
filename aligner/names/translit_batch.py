"""translit.could_match over many (Arabic word, Latin word) pairs at once, in array passes.

Why: the name learner (aligner.align.learn.learn_names) puts every Arabic word of a bead
against every capitalised word of the other side: about 50,000 distinct pairs per pass
on a 6,700-sentence Arabic text, each one a Python call of could_match (a third of the
aligner's time there). The same two lower bounds of the letter alignment's cost
(translit._cost_floor) are computed here per word once and per pair as array
operations: letters as bit sets, spellings as bit sets of the Latin word's substrings.
It may let through more pairs than could_match (all pairs of a word with an exonym; the
caller still runs could_match and name_similarity on them), never fewer, so the answers
do not change.
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from functools import lru_cache
from itertools import chain

from aligner.names.translit import (_INS_OTHER, _SCALE, _SUBST_OTHER, _TABLE, _arabic_side,
                                    _latin_charged, _latin_forms)

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


@lru_cache(maxsize=None)  # most letters share their entry (translit._ALONE)
def _need_mask(spellings: tuple[str, ...]) -> tuple[int, int]:
    return _mask(spellings)


@lru_cache(maxsize=65536)
def _arabic_rows(arabic: str) -> tuple[tuple[frozenset[str], tuple[int, ...], tuple[int, ...],
                                              tuple[float, ...]], ...]:
    """Per form of the word (translit._arabic_side): the Latin letters its units spell,
    and per Arabic letter the mask of its spellings (two words) and its cost when none
    occurs."""
    out = []
    for spellable, needs in _arabic_side(arabic)[2]:
        masks = [_need_mask(spellings) for spellings, _c in needs]
        out.append((spellable, tuple(m[0] for m in masks), tuple(m[1] for m in masks),
                    tuple(c for _s, c in needs)))
    return tuple(out)


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
    sides = [_arabic_side(w) for w in arabic]
    # pairs could_match lets through before any bound: exonyms, empty words
    always_a = np.array([not letters or exo is not None or threshold <= 0.0
                         for letters, exo, _f, _s in sides], dtype=bool)
    always_l = np.array([not r for r in rests], dtype=bool)
    budget = np.array([-math.log(threshold) * size * _SCALE + 1e-9 if threshold > 0 else 0.0
                       for _l, _e, _f, size in sides])
    # the Arabic words' forms (with and without the article), numbered in word order
    word_rows = [_arabic_rows(w) for w in arabic]
    forms = [f for rows in word_rows for f in rows]
    nf = np.array([len(x) for x in word_rows], dtype=np.int64)
    first = np.cumsum(nf) - nf
    second = first + nf - 1
    # lat bound: the Latin word's charged letters (with repeats) no unit of the form spells
    chars: dict[str, int] = {}
    hard_rows = []
    for r in rests:
        hard_rows.append([chars.setdefault(ch, len(chars)) for ch in _latin_charged(r)])
    n_chars = max(1, len(chars))
    hard = np.zeros((len(rests), n_chars), dtype=np.float64)
    for i, row in enumerate(hard_rows):
        for c in row:
            hard[i, c] += 1.0
    spell = np.zeros((len(forms), n_chars), dtype=bool)
    for f, form in enumerate(forms):
        spell[f, [chars[c] for c in form[0] if c in chars]] = True
    # ara bound: each Arabic letter whose spellings all miss the Latin word costs its own
    n_rows = np.array([len(f[3]) for f in forms], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(n_rows)))
    total = int(starts[-1])
    row_lo = np.fromiter(chain.from_iterable(f[1] for f in forms), np.uint64, total)
    row_hi = np.fromiter(chain.from_iterable(f[2] for f in forms), np.uint64, total)
    costs = np.fromiter(chain.from_iterable(f[3] for f in forms), np.float64, total)
    masks = [_latin_mask(r) for r in rests]
    has_lo = np.fromiter((m[0] for m in masks), np.uint64, len(masks))
    has_hi = np.fromiter((m[1] for m in masks), np.uint64, len(masks))
    # (pair, form) items: every pair with each form of its Arabic word
    reps = nf[a_idx]
    item_pair = np.repeat(np.arange(n_pairs), reps)
    k = np.arange(len(item_pair)) - np.repeat(np.cumsum(reps) - reps, reps)
    a_item = a_idx[item_pair]
    item_form = np.where(k == 0, first[a_item], second[a_item])
    item_l = l_idx[item_pair]
    lat = _CHAR_COST * (hard[item_l] * ~spell[item_form]).sum(axis=1)
    nrows = n_rows[item_form]
    row_item = np.repeat(np.arange(len(item_form)), nrows)
    row = np.arange(len(row_item)) - np.repeat(np.cumsum(nrows) - nrows, nrows) \
        + starts[item_form][row_item]
    row_l = item_l[row_item]
    missing = ((row_lo[row] & has_lo[row_l]) | (row_hi[row] & has_hi[row_l])) == 0
    ara = np.bincount(row_item, weights=costs[row] * missing, minlength=len(item_form))
    ok_item = np.maximum(lat, ara) <= budget[a_item]
    ok = np.zeros(n_pairs, dtype=bool)
    np.logical_or.at(ok, item_pair[ok_item], True)
    return ok | always_a[a_idx] | always_l[l_idx]
