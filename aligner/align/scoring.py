"""The cost of a bead: bead-type prior + length term + lexical term, in nats.

Why these three: length (Gale & Church) is language-independent and always there; the
lexical term (shared numbers, names, cognates, dictionary and learned translations)
decides where lengths are ambiguous; priors stop the DP from merging everything.

- Length: the target length of a correct bead is about `ratio` times the source length,
  with variance proportional to the length (`var` per character). Both are estimated per
  document pair (ratio from the totals, var from the first pass), so Arabic being shorter
  than English needs no constant.
- Lexical: a Dice-like similarity in [0, 1] between the bead's two sides, each key weighted
  by its rarity (idf), so that "the"->"le" counts little and a shared name or year much;
  a smoothing weight in the denominator stops one shared number from making two short
  sentences look identical (hunalign's "Chapter 1" = "Libro 1" trap). The cost is
  `lex_weight * (sentences in the bead / 2) * (1 - similarity)`, which is never negative
  (the DP prunes on that) and charges skipped sentences the same as unmatched ones.
"""
from __future__ import annotations

import math
from collections import Counter
from itertools import accumulate, chain
from typing import Sequence

import numpy as np

from aligner.align import dp_fast, overlap_fast
from aligner.align.features import Sentence, distinct

# Bead types and their default probabilities (before re-estimation on the document pair).
# Literary translation has many 1-2 / 2-1 and some 1-3, 1-4 beads; 0-1 / 1-0 are rare.
DEFAULT_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.80, (1, 2): 0.065, (2, 1): 0.065, (1, 0): 0.01, (0, 1): 0.01,
    (2, 2): 0.012, (1, 3): 0.012, (3, 1): 0.012, (1, 4): 0.003, (4, 1): 0.003,
}
# Literary Arabic chains clauses with wa- into one sentence that English writes as 5-8:
# beads up to 1-WIDEST / WIDEST-1. Their prior continues the decay from 1-3 to 1-4 (each
# further sentence TAIL times as rare), so a 1-8 bead costs about 11 nats of prior and
# wins only where the lengths and words of all its sentences agree; the pass re-estimates
# the priors on the document pair, so a text that has such beads learns that it has them.
WIDEST = 8
TAIL = DEFAULT_PRIORS[(1, 4)] / DEFAULT_PRIORS[(1, 3)]
DEFAULT_PRIORS.update({bt: DEFAULT_PRIORS[(1, 4)] * TAIL ** (k - 4)
                       for k in range(5, WIDEST + 1) for bt in ((1, k), (k, 1))})
BEAD_TYPES = list(DEFAULT_PRIORS)

# How many nats a completely unmatched pair of sentences costs over a perfectly matched
# one. It sets the lexical term against the length term (whose typical range for a wrong
# pairing is a few nats).
# LEX_WEIGHT and LOW_PENALTY: the grid point of bench/tune_align.py (tuning en-fr books
# only) with the best mean strict F1 (no dictionary, FreeDict) among those that keep the
# alignment tests on our own sentences and on tuning books passing. The eight points above
# it (up to 0.0021 better, about four beads in 1,875) each break one: a sentence the
# lexicon leaves untranslated merged into its neighbour's bead (4.0/0.4, 5.0/0.3, 6.0/0.3,
# 5.0/0.4, 4.0/0.5), a 8-1 bead missed (5.0/0.6), an opening of Emma taken for texts that
# are not translations (5.0/0.5, 4.0/0.6). See bench/README.md.
LEX_WEIGHT = 6.0
# Coverage below which a sentence looks unrelated to its partners, and the extra cost
# (units of lex_weight / 2) at zero coverage.
LOW_COVERAGE = 0.1
LOW_PENALTY = 0.4
_EMPTY: frozenset[str] = frozenset()
# Weight (characters) of the prior guess "ratio = 1" in the length-ratio estimate.
RATIO_PRIOR_CHARS = 200
# Gale & Church's variance per character (c = 1, s^2 = 6.8), used until re-estimated.
DEFAULT_VAR = 6.8


# Side statistics of the last few sentence lists, by identity: the aligner prices the same
# target list (and the same source list) in several models (passes, the null, the
# evidence), and counting a book's words again each time was a tenth of its CPU time.
# Each entry holds the list and the ids of its sentences, so a list changed since cannot
# be taken for the one counted; forget_sides() empties it when an alignment ends.
_SIDES: dict[tuple[int, bool], tuple[Sequence[Sentence], tuple[int, ...], tuple]] = {}
_SIDES_KEPT = 6


def forget_sides() -> None:
    _SIDES.clear()
    _COUNTED.clear()
    overlap_fast.forget()


# The counts by content: the source's features are made again with each lexicon (passes,
# cross-fitted halves) over the same word lists, and the null partners are the target's
# sentences in another order; neither changes a weight, only the order of the sums. Keyed
# by the sorted ids of what is counted (each sentence's word list, and with `keys` the
# sentence itself), holding those objects so that an id cannot be reused meanwhile.
_COUNTED: dict[tuple[bool, tuple[int, ...]], tuple] = {}


def _side_weights(sentences: Sequence[Sentence], keys: bool
                  ) -> tuple[dict[str, float], dict[str, float], list[float]]:
    """(idf weight of each key of the sentences' own key sets, when `keys`; idf weight
    of each word; prefix sums of each sentence's word weights)."""
    ident = tuple(map(id, sentences))
    hit = _SIDES.get((id(sentences), keys))
    if hit is not None and hit[0] is sentences and hit[1] == ident:
        return hit[2]
    parts = ident if keys else tuple([id(s.words) for s in sentences])
    content = (keys, tuple(sorted(parts)))
    counted = _COUNTED.get(content)
    if counted is None:
        if len(_COUNTED) >= _SIDES_KEPT:
            del _COUNTED[next(iter(_COUNTED))]
        counted = _COUNTED[content] = _count_side(sentences, keys, parts)
    key_weight, w, weight_of, _held = counted
    # prefix sums added left to right, as a loop would (accumulate: no Python per step)
    sums = list(accumulate(map(weight_of.__getitem__, parts), initial=0.0))
    out = (key_weight, w, sums)
    if len(_SIDES) >= _SIDES_KEPT:
        del _SIDES[next(iter(_SIDES))]
    _SIDES[(id(sentences), keys)] = (sentences, ident, out)
    return out


def _count_side(sentences: Sequence[Sentence], keys: bool, parts: tuple[int, ...]
                ) -> tuple[dict[str, float], dict[str, float], dict[int, float], list]:
    """Key and word weights, each sentence's word weight (by its part of `parts`), and
    the sentences (kept alive while their ids are keys)."""
    n = max(1, len(sentences))
    log, fsum = math.log, math.fsum
    key_weight: dict[str, float] = {}
    if keys:
        df_k = Counter(chain.from_iterable([s.own for s in sentences]))
        key_weight = {k: log(1.0 + n / c) for k, c in df_k.items()}
    # words as ids in one pass, then each sentence's distinct ids and every word's
    # document count in array passes (a set per sentence and a Counter of strings were
    # most of this, twice an alignment)
    index: dict[str, int] = {}
    put = index.setdefault
    words = [s.words for s in sentences]
    ids = np.fromiter([put(x, len(index)) for x in chain.from_iterable(words)],
                      dtype=np.int64)
    width = max(1, len(index))
    sent = np.repeat(np.arange(len(words), dtype=np.int64),
                     np.fromiter(map(len, words), dtype=np.int64, count=len(words)))
    codes = distinct(sent * width + ids, runs=True)
    word = codes % width
    weights = [log(1.0 + n / c) for c in np.bincount(word, minlength=len(index)).tolist()]
    w = dict(zip(index, weights))
    vals = np.asarray(weights, dtype=np.float64)[word].tolist() if len(word) else []
    ends = np.searchsorted(codes // width, np.arange(len(words) + 1)).tolist()
    # fsum: exact, so the order the words are summed in cannot change the last bit
    weight_of = dict(zip(parts, [fsum(vals[a:b]) for a, b in zip(ends, ends[1:])]))
    return key_weight, w, weight_of, list(sentences)


def _cells(lo: Sequence[int], hi: Sequence[int]) -> int:
    return sum(hi) - sum(lo) + len(lo)


class Model:
    """Everything the DP needs to price a bead between two sentence lists."""

    def __init__(self, src: Sequence[Sentence], tgt: Sequence[Sentence], *,
                 priors: dict[tuple[int, int], float] | None = None,
                 ratio: float | None = None, var: float = DEFAULT_VAR,
                 lex_weight: float | None = None, ragged: float | None = None) -> None:
        self.n, self.m = len(src), len(tgt)
        # the prior (nats) of each further sentence of a ragged start or end (a run of one
        # text's sentences before the other begins or after it ends; dp_fast.step_prior),
        # or None: every unaligned sentence pays its bead type's prior (ragged.py turns it
        # on for texts whose ends do not meet)
        self.ragged = ragged
        self.src, self.tgt = src, tgt
        sl = list(accumulate([s.length for s in src], initial=0))
        tl = list(accumulate([s.length for s in tgt], initial=0))
        self.SL, self.TL = sl, tl
        if ratio is None:
            # the totals' ratio, pulled towards 1 by a prior worth RATIO_PRIOR_CHARS
            # characters: on a book it is the totals' ratio; on three sentences, one of
            # them untranslated, the totals alone would call the untranslated text normal
            k = RATIO_PRIOR_CHARS
            ratio = (tl[-1] + k) / (sl[-1] + k)
        self.ratio = ratio
        self.var = var
        self.lex_weight = LEX_WEIGHT if lex_weight is None else lex_weight
        self.low = LOW_COVERAGE
        self.low_penalty = LOW_PENALTY
        self._weights()
        self.set_priors(priors or DEFAULT_PRIORS)
        # each side's turn marks (turns.turn_starts, one more than the sentences) and the
        # cost of a node by its two flags (turns.node_costs); cuts False: nodes are free
        self.turns_src = self.turns_tgt = np.zeros(1, dtype=np.int8)
        self.node_costs = np.zeros((2, 2))
        self.cuts = False
        self._ov_rows: list[list[float]] = []
        self._ovn_rows: list[list[float]] = []  # the part not already in the previous target
        self._ovs_rows: list[list[float]] = []  # the part not already in the previous source
        self._c11_rows: list[list[float]] = []
        self._ovlo: list[int] = []
        self._widths: list[int] = []
        self._group_cache: dict[tuple[int, int, int, int], float] = {}
        self._unions: dict[tuple[int, int], set[str]] = {}
        self._key_arrays = None
        # (overlaps, 1-1 costs, first target per row, the overlaps' _ovn and _ovs parts)
        # as flat arrays of rows (and the rows' offsets), when compiled
        self.arrays: tuple[np.ndarray, ...] | None = None
        self._prepared: tuple[np.ndarray, ...] | None = None  # overlap_fast.prepare's last

    # --- weights ---------------------------------------------------------------------
    def _weights(self) -> None:
        """idf weights of target keys; sentence weights (prefix sums) on both sides."""
        self.key_weight, w_t, wt = _side_weights(self.tgt, keys=True)
        ws = _side_weights(self.src, keys=False)[2]
        self.WS, self.WT = ws, wt
        # smoothing: about two words of average weight (see the module docstring)
        allw = sorted(w_t.values())
        self.smooth = 2.0 * (allw[len(allw) // 2] if allw else 1.0)
        half = self.smooth / 2.0
        self.DS = [ws[x + 1] - ws[x] + half for x in range(self.n)]
        self.DT = [wt[y + 1] - wt[y] + half for y in range(self.m)]

    def set_priors(self, priors: dict[tuple[int, int], float]) -> None:
        total = sum(priors.values())
        costs = {bt: -math.log(p / total) for bt, p in priors.items() if p > 0}
        # cheapest first: the DP prunes rarer bead types once a cheap one is good enough
        self.transitions = sorted(((a, b, c) for (a, b), c in costs.items()),
                                  key=lambda t: t[2])
        self._prior = {(a, b): c for a, b, c in self.transitions}
        self.max_a = max(a for a, b, c in self.transitions)

    def cut_at(self, i: int, j: int) -> float:
        """The cost of the node (i, j) of a path: the texts cut before source sentence i
        and target sentence j (turns.py); the texts' ends cost nothing."""
        if self.cuts and 0 < i < self.n and 0 < j < self.m:
            return float(self.node_costs[self.turns_src[i], self.turns_tgt[j]])
        return 0.0

    def prior_of(self, a: int, b: int) -> float:
        return self._prior[(a, b)]

    def tail_prior(self) -> float:
        """The prior of a further step of a ragged start or end (-1: none allowed)."""
        return -1.0 if self.ragged is None else max(0.0, float(self.ragged))

    # --- pair overlaps ---------------------------------------------------------------
    def prepare(self, lo: Sequence[int], hi: Sequence[int],
                rows: tuple[int, int] | None = None) -> None:
        """Weighted key overlap of every sentence pair a bead inside the band can hold,
        and the cost of every such 1-1 bead. `rows` (first, last): after the band was
        widened there, only the source sentences whose pairs may have changed are redone.
        """
        self._group_cache = {}
        self._unions = {}
        if overlap_fast.available() and _cells(lo, hi) >= overlap_fast.MIN_CELLS:
            # compiled; after a widening (`rows`) the rows whose span did not change are
            # copied from the previous arrays
            prev = self._prepared if rows is not None else None
            got = overlap_fast.prepare(self, lo, hi, prev)
            ov_a, ovn_a, ovs_a, c11_a, starts, widths, offsets = got
            self._prepared = got
            self.arrays = (ov_a, c11_a, starts, ovn_a, ovs_a, offsets)
            self._ovlo = starts.tolist()
            self._widths = widths.tolist()
            # made from the arrays when asked for
            self._ov_rows, self._c11_rows, self._ovn_rows, self._ovs_rows = [], [], [], []
        else:
            self.arrays = self._prepared = None
            self._prepare_python(lo, hi, rows)

    def release(self) -> None:
        """Let the compiled prepare's arrays go (memory); prepare() makes them again."""
        self.arrays = self._prepared = None
        self._ov_rows, self._c11_rows, self._ovn_rows, self._ovs_rows = [], [], [], []

    def _prepare_python(self, lo: Sequence[int], hi: Sequence[int],
                        rows: tuple[int, int] | None) -> None:
        """prepare() in Python: the reference the compiled one is tested against."""
        n, m = self.n, self.m
        kw = self.key_weight
        maxa = self.max_a
        if rows is None or not self._ov:
            first, last = 0, n - 1
            self._ov = [[] for _ in range(n)]
            self._ovn = [[] for _ in range(n)]
            self._ovs = [[] for _ in range(n)]
            self._ovlo = [0] * n
            self.C11 = [[] for _ in range(n)]
        else:
            first, last = max(0, rows[0] - maxa), min(n - 1, rows[1] + maxa)
        ov, ovlo, c11 = self._ov, self._ovlo, self.C11
        ovn, ovs = self._ovn, self._ovs
        src, tgt = self.src, self.tgt
        SL, TL, DS, DT = self.SL, self.TL, self.DS, self.DT
        r, var, w2 = self.ratio, self.var, self.lex_weight * 0.5
        miss = self.miss
        for x in range(first, last + 1):
            a0 = lo[max(0, x - maxa + 1)]
            a1 = min(m - 1, max(hi[x:min(n, x + maxa) + 1]))
            keys = set(src[x].keys)  # (a KeySet is a tuple: one set per row to test in)
            prev_keys = set(src[x - 1].keys) if x > 0 else _EMPTY
            ls = SL[x + 1] - SL[x]
            dsx = DS[x]
            row = []
            nrow = []
            srow = []
            crow = []
            for y in range(a0, a1 + 1):
                common = keys.intersection(tgt[y].own)
                # fsum: exact, so the order a set iterates in (PYTHONHASHSEED) cannot change it
                o = math.fsum(kw[k] for k in common) if common else 0.0
                row.append(o)
                if common:
                    # the part of the match that the previous target (source) sentence did
                    # not already give: a wide bead counts a key shared by two of its
                    # sentences once (see lex_cost)
                    prev_own = tgt[y - 1].own if y > 0 else _EMPTY
                    nrow.append(math.fsum(kw[k] for k in common if k not in prev_own))
                    srow.append(math.fsum(kw[k] for k in common if k not in prev_keys))
                else:
                    nrow.append(0.0)
                    srow.append(0.0)
                # the 1-1 bead (x, y), by far the most evaluated: priced once here
                lt = TL[y + 1] - TL[y]
                d = lt - r * ls
                cs = o / dsx
                ct = o / DT[y]
                crow.append(dp_fast.length(d, var * (r * ls + lt) + 1.0)
                            + w2 * (miss(cs) + miss(ct)))
            ov[x] = row
            ovn[x] = nrow
            ovs[x] = srow
            c11[x] = crow
            ovlo[x] = a0

    # Overlaps and 1-1 costs as lists of rows (the Python loops' form); after a compiled
    # prepare they are made from its arrays only if some Python loop asks for them.
    @property
    def _ov(self) -> list[list[float]]:
        if self.arrays is not None and not self._ov_rows:
            self._ov_rows = self._rows_of(0)
        return self._ov_rows

    @_ov.setter
    def _ov(self, rows: list[list[float]]) -> None:
        self._ov_rows = rows

    @property
    def C11(self) -> list[list[float]]:
        if self.arrays is not None and not self._c11_rows:
            self._c11_rows = self._rows_of(1)
        return self._c11_rows

    @C11.setter
    def C11(self, rows: list[list[float]]) -> None:
        self._c11_rows = rows

    @property
    def _ovn(self) -> list[list[float]]:
        if self.arrays is not None and not self._ovn_rows:
            self._ovn_rows = self._rows_of(3)
        return self._ovn_rows

    @_ovn.setter
    def _ovn(self, rows: list[list[float]]) -> None:
        self._ovn_rows = rows

    @property
    def _ovs(self) -> list[list[float]]:
        if self.arrays is not None and not self._ovs_rows:
            self._ovs_rows = self._rows_of(4)
        return self._ovs_rows

    @_ovs.setter
    def _ovs(self, rows: list[list[float]]) -> None:
        self._ovs_rows = rows

    def _rows_of(self, table: int) -> list[list[float]]:
        """One of the compiled prepare's flat tables as a list per row."""
        assert self.arrays is not None
        flat = self.arrays[table].tolist()
        ends = self.arrays[5].tolist()
        return [flat[a:b] for a, b in zip(ends, ends[1:])]

    def key_arrays(self):
        """Keys as integer ids for the compiled prepare (built once per model): source
        keys and target own keys as sorted id rows, and the weight of each id."""
        if self._key_arrays is None:
            ids, w = overlap_fast.key_ids(self.key_weight)
            s_ptr, s_ids = overlap_fast.sentence_rows(self.src, False, ids)
            t_ptr, t_ids = overlap_fast.sentence_rows(self.tgt, True, ids)
            self._key_arrays = (s_ptr, s_ids, t_ptr, t_ids, w)
            self.SL_a = np.asarray(self.SL, dtype=np.float64)
            self.TL_a = np.asarray(self.TL, dtype=np.float64)
            self.DS_a = np.asarray(self.DS or [1.0], dtype=np.float64)
            self.DT_a = np.asarray(self.DT or [1.0], dtype=np.float64)
        return self._key_arrays

    def overlap(self, i: int, j: int) -> float:
        k = j - self._ovlo[i]
        if self.arrays is not None:  # compiled prepare: read its array, make no lists
            return float(self.arrays[0][self.arrays[5][i] + k]) if 0 <= k < self._widths[i] \
                else 0.0
        row = self._ov[i]
        return row[k] if 0 <= k < len(row) else 0.0

    # --- the cost --------------------------------------------------------------------
    def bead_cost(self, i: int, j: int, a: int, b: int) -> float:
        """Cost (without prior) of the bead holding src i..i+a-1 and tgt j..j+b-1."""
        if a == 0 or b == 0:
            return self.lex_weight * 0.5 * (a + b)
        if a == 1 and b == 1:
            row = self.C11[i]
            k = j - self._ovlo[i]
            if 0 <= k < len(row):
                return row[k]
        return self.length_cost(i, j, a, b) + self.lex_cost(i, j, a, b)

    def miss(self, c: float) -> float:
        """Cost, in units of lex_weight / 2, of a sentence whose coverage is c.

        Linear in the unmatched share, plus a penalty when the coverage is below what
        translations almost always reach (`low`): pairing two unrelated sentences must
        cost more than what they would cost left unaligned, or a sentence missing on one
        side drags its neighbours out of place.
        """
        u = 1.0 - (c if c < 1.0 else 1.0)
        if c < self.low:
            u += self.low_penalty * (1.0 - c / self.low)
        return u

    def length_cost(self, i: int, j: int, a: int, b: int) -> float:
        """Gale-Church: squared deviation of the target length from ratio x source length."""
        ls = self.SL[i + a] - self.SL[i]
        lt = self.TL[j + b] - self.TL[j]
        d = lt - self.ratio * ls
        return dp_fast.length(d, self.var * (self.ratio * ls + lt) + 1.0)

    def lex_cost(self, i: int, j: int, a: int, b: int) -> float:
        """Unmatched share of each sentence of the bead, times lex_weight / 2.

        Coverage is capped per sentence: an unrelated sentence merged into a bead costs as
        much as leaving it unaligned, so merging is no way to collect matches. A sentence's
        coverage over several partners counts a key that two neighbouring partners share
        once (the `_ovn` / `_ovs` parts): summed pair overlaps counted a name or a frequent
        dictionary word of two consecutive sentences twice, which made 2-2 beads look
        better than the two 1-1 beads they hold.
        """
        ovr, ovn, ovs, ovl = self._ov, self._ovn, self._ovs, self._ovlo
        DS, DT = self.DS, self.DT
        miss = self.miss
        # prepare() sized the rows so that every pair of a bead inside the band is there
        if a == 1:  # 1-2 .. 1-8: one source sentence against several targets
            row = ovr[i]
            nrow = ovn[i]
            k = j - ovl[i]
            mx = row[k]
            unmatched = miss(row[k] / DT[j])
            for q in range(1, b):
                mx += nrow[k + q]
                unmatched += miss(row[k + q] / DT[j + q])
            return self.lex_weight * 0.5 * (unmatched + miss(mx / DS[i]))
        if b == 1:  # 2-1 .. 8-1
            v = ovr[i][j - ovl[i]]
            mx = v
            unmatched = miss(v / DS[i])
            for x in range(i + 1, i + a):
                k = j - ovl[x]
                mx += ovs[x][k]
                unmatched += miss(ovr[x][k] / DS[x])
            return self.lex_weight * 0.5 * (unmatched + miss(mx / DT[j]))
        col = [0.0] * b
        unmatched = 0.0
        for x in range(i, i + a):
            row = ovr[x]
            trow = ovr[x] if x == i else ovs[x]
            nrow = ovn[x]
            base = ovl[x]
            mx = 0.0
            for q in range(b):
                k = j + q - base
                if 0 <= k < len(row):
                    mx += row[k] if q == 0 else nrow[k]
                    col[q] += trow[k]
            unmatched += miss(mx / DS[x])
        for q in range(b):
            unmatched += miss(col[q] / DT[j + q])
        return self.lex_weight * 0.5 * unmatched

    def _group_overlap(self, i: int, j: int, a: int, b: int) -> float:
        """Overlap of several source sentences with target sentences, each target key
        counted once even when several source sentences hold it (a sum of pair overlaps
        would count a repeated name twice and make merged beads look better than they are).
        """
        key = (i, a, j, b)
        got = self._group_cache.get(key)
        if got is None:
            union = self._unions.get((i, a))
            if union is None:
                union = set().union(*(self.src[x].keys for x in range(i, i + a)))
                self._unions[(i, a)] = union
            kw = self.key_weight
            got = 0.0
            for y in range(j, j + b):
                common = union.intersection(self.tgt[y].own)
                if common:
                    got += math.fsum(kw[k] for k in common)
            self._group_cache[key] = got
        return got

    def similarity(self, i: int, j: int, a: int, b: int) -> float:
        """The lexical similarity alone (used to pick confident beads for learning)."""
        if a == 0 or b == 0:
            return 0.0
        if a == 1:
            o = sum(self.overlap(i, y) for y in range(j, j + b))
        else:
            o = self._group_overlap(i, j, a, b)
        den = self.WS[i + a] - self.WS[i] + self.WT[j + b] - self.WT[j] + self.smooth
        return min(1.0, 2.0 * o / den)
