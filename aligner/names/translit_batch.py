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

from aligner.names.translit import (_INS, _INS_OTHER, _SCALE, _SUBST_OTHER, _VOWELS,
                                    _arabic_side, _latin_forms)

_CHAR_COST = min(_INS_OTHER, _SUBST_OTHER)


def _bits(sets: Sequence[Sequence[int]], width: int) -> np.ndarray:
    """Rows of bit sets (ids < width) packed into uint64 words: (len(sets), words)."""
    words = max(1, (width + 63) // 64)
    out = np.zeros((len(sets), words * 64), dtype=bool)
    for r, ids in enumerate(sets):
        out[r, list(ids)] = True
    return np.packbits(out, axis=1, bitorder="little").view(np.uint64)


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
    # the Arabic words' forms (with and without the article) and their rows of needs
    form_ids: dict[tuple, int] = {}
    forms: list[tuple] = []
    word_forms: list[list[int]] = []
    for _letters, _exo, fs, _size in sides:
        ids = []
        for parts in fs:
            got = form_ids.get(parts)
            if got is None:
                got = form_ids[parts] = len(forms)
                forms.append(parts)
            ids.append(got)
        word_forms.append(ids)
    budget = np.array([-math.log(threshold) * size * _SCALE + 1e-9 if threshold > 0 else 0.0
                       for _l, _e, _f, size in sides])
    # lat bound: the Latin word's charged letters (with repeats) no unit of the form spells
    chars: dict[str, int] = {}
    hard_rows = []
    for r in rests:
        row = []
        prev = ""
        for ch in r:
            if ch not in _VOWELS and ch != "h" and ch != prev and ch not in _INS:
                row.append(chars.setdefault(ch, len(chars)))
            prev = ch
        hard_rows.append(row)
    n_chars = max(1, len(chars))
    hard = np.zeros((len(rests), n_chars), dtype=np.float64)
    for i, row in enumerate(hard_rows):
        for c in row:
            hard[i, c] += 1.0
    spell = np.zeros((len(forms), n_chars), dtype=bool)
    for f, (spellable, _needs) in enumerate(forms):
        ids = [chars[c] for c in spellable if c in chars]
        spell[f, ids] = True
    # ara bound: each Arabic letter whose spellings all miss the Latin word costs its own
    sp_ids: dict[str, int] = {}
    row_sets: list[list[int]] = []
    row_cost: list[float] = []
    row_start = [0]
    for _spellable, needs in forms:
        for spellings, cost in needs:
            row_sets.append([sp_ids.setdefault(sp, len(sp_ids)) for sp in spellings])
            row_cost.append(cost)
        row_start.append(len(row_sets))
    longest = max((len(s) for s in sp_ids), default=1)
    has_sets = []
    for r in rests:
        subs = {r[i:i + k] for k in range(1, longest + 1) for i in range(len(r) - k + 1)}
        has_sets.append([sp_ids[s] for s in subs if s in sp_ids])
    width = max(1, len(sp_ids))
    row_bits, has_bits = _bits(row_sets, width), _bits(has_sets, width)
    costs = np.asarray(row_cost, dtype=np.float64)
    starts = np.asarray(row_start, dtype=np.int64)
    # (pair, form) items: every pair with each form of its Arabic word
    nf = np.array([len(x) for x in word_forms], dtype=np.int64)
    first = np.array([x[0] if x else 0 for x in word_forms], dtype=np.int64)
    second = np.array([x[-1] if x else 0 for x in word_forms], dtype=np.int64)
    reps = nf[a_idx]
    item_pair = np.repeat(np.arange(n_pairs), reps)
    # the k-th form of an item's word: first form, then (if any) the second
    k = np.arange(len(item_pair)) - np.repeat(np.cumsum(reps) - reps, reps)
    a_item = a_idx[item_pair]
    item_form = np.where(k == 0, first[a_item], second[a_item])
    item_l = l_idx[item_pair]
    lat = _CHAR_COST * (hard[item_l] * ~spell[item_form]).sum(axis=1)
    nrows = starts[item_form + 1] - starts[item_form]
    row_item = np.repeat(np.arange(len(item_form)), nrows)
    row = np.arange(len(row_item)) - np.repeat(np.cumsum(nrows) - nrows, nrows) \
        + starts[item_form][row_item]
    missing = ~(row_bits[row] & has_bits[item_l[row_item]]).any(axis=1)
    ara = np.bincount(row_item, weights=costs[row] * missing, minlength=len(item_form))
    ok_item = np.maximum(lat, ara) <= budget[a_item]
    ok = np.zeros(n_pairs, dtype=bool)
    np.logical_or.at(ok, item_pair[ok_item], True)
    return ok | always_a[a_idx] | always_l[l_idx]
