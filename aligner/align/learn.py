"""A translation lexicon learned from aligned sentences (the bitext itself, or beads a user
confirmed).

Why: a dictionary is not always installed and never covers a book's names and idioms; the
first alignment pass is mostly right, so words that keep appearing in the same beads are
translations (Dice coefficient over co-occurrence, as hunalign's realign and Moore's
aligner do). Feeding them back into the second pass fixes many of the first pass's errors;
beads the user confirmed are the best training data of all, so every correction improves
the next alignment.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import chain, islice
from typing import Iterable, Sequence

import numpy as np

from aligner.align import dp_fast, learn_fast
from aligner.align.features import KEY_PREFIX, Sentence, Tokens, distinct
from aligner.names import translit_fast
from aligner.names.translit import is_same_name
from aligner.names.translit_batch import could_match_pairs

# A pair must co-occur at least this often, and reach this Dice score, to be trusted.
MIN_COUNT = 2
MIN_DICE = 0.3
# Words occurring in more than this share of beads carry no alignment information.
MAX_SHARE = 0.2


class LearnedLexicon:
    """Source word form -> target keys, with `translations(word)` like aligner.align.lexicon."""

    def __init__(self, table: dict[str, set[str]] | None = None) -> None:
        self.table: dict[str, set[str]] = table or {}

    def __len__(self) -> int:
        return len(self.table)

    def translations(self, word: str) -> set[str]:
        return self.table.get(word[:KEY_PREFIX], set())

    def update(self, other: "LearnedLexicon") -> None:
        for k, v in other.table.items():
            self.table.setdefault(k, set()).update(v)


def learn_from_pairs(pairs: Iterable[tuple[Sequence[str], set[str]]]) -> LearnedLexicon:
    """Learn from (source folded words, target keys) pairs, one pair per bead."""
    beads = [({w[:KEY_PREFIX] for w in words if len(w) >= 2 and not w[0].isdigit()}, keys)
             for words, keys in pairs]
    if not beads:
        return LearnedLexicon()
    f_s = Counter(chain.from_iterable([s for s, _ in beads]))
    f_t = Counter(chain.from_iterable([t for _, t in beads]))
    limit = max(MIN_COUNT + 1, MAX_SHARE * len(beads))
    # integer ids (in sorted order, so nothing depends on set order) and one numpy count
    # of all co-occurring (source, target) id pairs: a Counter keyed by string tuples held
    # most of the aligner's memory and a quarter of its time on a book
    s_words = sorted(w for w, c in f_s.items() if MIN_COUNT <= c <= limit)
    t_keys = sorted(k for k, c in f_t.items() if MIN_COUNT <= c <= limit)
    if not s_words or not t_keys:
        return LearnedLexicon()
    s_id = {w: i for i, w in enumerate(s_words)}
    t_id = {k: i for i, k in enumerate(t_keys)}
    nt = len(t_keys)
    s_has, s_get, t_has, t_get = s_id.__contains__, s_id.__getitem__, t_id.__contains__, \
        t_id.__getitem__
    codes, counts = _pair_counts([list(map(s_get, filter(s_has, s))) for s, _ in beads],
                                 [list(map(t_get, filter(t_has, t))) for _, t in beads], nt)
    return LearnedLexicon(lexicon_table(
        codes, counts, nt, s_words, t_keys,
        np.asarray([f_s[w] for w in s_words], dtype=np.float64),
        np.asarray([f_t[k] for k in t_keys], dtype=np.float64)))


def lexicon_table(codes: np.ndarray, counts: np.ndarray, nt: int, s_words: list[str],
                  t_keys: list[str], f_s: np.ndarray, f_t: np.ndarray
                  ) -> dict[str, set[str]]:
    """The table from co-occurrence counts: `codes` (s * nt + t, ascending) of source
    word s_words[s] and target key t_keys[t], `counts` the beads holding each pair,
    f_s / f_t the beads holding each word / key."""
    if not len(codes):
        return {}
    keep = counts >= MIN_COUNT
    codes, counts = codes[keep], counts[keep]
    si, ti = np.divmod(codes, nt)
    dice = 2.0 * counts / (f_s[si] + f_t[ti])
    ok = dice >= MIN_DICE
    si, ti, dice = si[ok], ti[ok], dice[ok]
    if not len(si):
        return {}
    # codes ascend, so each source word's candidates are one run: its best Dice by run
    starts = np.flatnonzero(np.concatenate(([True], si[1:] != si[:-1])))
    top = np.repeat(np.maximum.reduceat(dice, starts), np.diff(np.append(starts, len(si))))
    # keep the near-best translations only (inflected variants, synonyms)
    near = dice >= 0.7 * top
    table: dict[str, set[str]] = {}
    for a, b in zip(si[near].tolist(), ti[near].tolist()):
        got = table.get(s_words[a])
        if got is None:
            table[s_words[a]] = {t_keys[b]}
        else:
            got.add(t_keys[b])
    return table


# Co-occurring pairs are counted this many at a time: a book's beads hold tens of millions
# of (source word, target key) pairs, and one array of them all would be most of the
# aligner's peak memory.
PAIR_BLOCK = 2_000_000


def _pair_counts(s_rows: list[list[int]], t_rows: list[list[int]], nt: int
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Every (source id, target id) pair of each bead, encoded s * nt + t, and how many
    beads hold it: the distinct codes, sorted, and their counts. Each bead's pairs are
    made by index arithmetic over all its ids at once (no array per bead)."""
    ns = np.fromiter(map(len, s_rows), dtype=np.int64, count=len(s_rows))
    nb = np.fromiter(map(len, t_rows), dtype=np.int64, count=len(t_rows))
    s_flat = np.fromiter(chain.from_iterable(s_rows), dtype=np.int64, count=int(ns.sum()))
    t_flat = np.fromiter(chain.from_iterable(t_rows), dtype=np.int64, count=int(nb.sum()))
    s_ptr = np.concatenate(([0], np.cumsum(ns)[:-1]))
    t_ptr = np.concatenate(([0], np.cumsum(nb)[:-1]))
    sizes = ns * nb
    ends = np.cumsum(sizes)
    parts_c: list[np.ndarray] = []
    parts_n: list[np.ndarray] = []
    b0 = 0
    while b0 < len(sizes):
        done = ends[b0] - sizes[b0]
        b1 = max(b0 + 1, int(np.searchsorted(ends, done + PAIR_BLOCK, side="right")))
        rep = sizes[b0:b1]
        total = int(rep.sum())
        if total:
            bead = np.repeat(np.arange(b0, b1), rep)
            r = np.arange(total) - np.repeat(ends[b0:b1] - rep - done, rep)
            width = nb[bead]
            codes = s_flat[s_ptr[bead] + r // width] * nt + t_flat[t_ptr[bead] + r % width]
            u, c = np.unique(codes, return_counts=True)
            parts_c.append(u)
            parts_n.append(c)
        b0 = b1
    if not parts_c:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if len(parts_c) == 1:
        return parts_c[0], parts_n[0]
    u, inverse = np.unique(np.concatenate(parts_c), return_inverse=True)
    return u, np.bincount(inverse, weights=np.concatenate(parts_n)).astype(np.int64)


def learn_from_beads(src: Sequence[Sentence], tgt: Sequence[Sentence],
                     beads: Iterable[tuple[int, int, int, int]],
                     tokens: tuple[Tokens, Tokens] | None = None) -> LearnedLexicon:
    """Learn from beads (src_start, src_end, tgt_start, tgt_end) over feature lists.
    `tokens`: each side's features.tokenize() the lists were made from, if at hand."""
    if dp_fast.available():  # the same table, counted on integer ids (learn_fast.py)
        return learn_fast.learn_from_beads(src, tgt, beads, tokens)
    pairs = []
    tkeys: dict[int, set[str]] = {}  # each target sentence's keys, made once

    def keys_of(y: int) -> set[str]:
        got = tkeys.get(y)
        if got is None:
            got = tkeys[y] = {w[:KEY_PREFIX] for w in tgt[y].words if not w[0].isdigit()}
        return got

    for s0, s1, t0, t1 in beads:
        if s1 == s0 or t1 == t0:
            continue
        words = src[s0].words if s1 - s0 == 1 else \
            [w for x in range(s0, s1) for w in src[x].words]
        # learn_from_pairs only reads these (a 1-1 bead's set is the sentence's own)
        keys = keys_of(t0) if t1 - t0 == 1 else set().union(*map(keys_of, range(t0, t1)))
        pairs.append((words, keys))
    return learn_from_pairs(pairs)


# Names: how sure translit.name_similarity must be, and how many beads to look at (each
# bead compares its Arabic words with the other side's capitalised words).
NAME_SIMILARITY = 0.7
NAME_BEADS = 3000



@lru_cache(maxsize=1 << 18)
def _same_name(arabic: str, latin: str) -> bool:
    """Do these two words write the same name? Kept across calls: the passes and the
    cross-fitted halves look at the same beads' pairs again. Asked only of pairs that
    could_match_pairs' bounds let through (could_match's again would only rule out
    exonyms' pairs, which the compiled letter alignment settles as cheaply); the answers
    are name_similarity's."""
    return is_same_name(arabic, latin, NAME_SIMILARITY,
                        translit_fast.align_cost if translit_fast.available() else None)


def _is_name_word(word: str, arabic: bool) -> bool:
    """A word learn_names tries: on the Arabic side all but numbers, on the Latin side the
    capitalised ones (three letters or more)."""
    return len(word) >= 3 and (not word[0].isdigit() if arabic else word[0].isupper())


class NameSide:
    """One side's words that learn_names tries, from its tokens: `words` sorted, and each
    sentence's as distinct indices into them, ascending (sentence x: at[ptr[x]:ptr[x + 1]]).
    Why: the test is made once per word type (tokenize already split the sentences)
    instead of once per word of every sentence, and an index order is the words' order."""

    def __init__(self, tok: Tokens, arabic: bool) -> None:
        types = tok.types
        order = sorted((i for i, w in enumerate(types) if _is_name_word(w, arabic)),
                       key=types.__getitem__)
        self.words = [types[i] for i in order]
        rank = np.full(len(types), -1, dtype=np.int64)
        rank[np.asarray(order, dtype=np.int64)] = np.arange(len(order))
        ptr = tok.ptr
        n = len(ptr) - 1
        r = rank[tok.ids[ptr[0]:ptr[-1]]]
        sent = np.repeat(np.arange(n), np.diff(ptr))[r >= 0]
        self.width = max(1, len(order))
        sent, self.at = np.divmod(distinct(sent * self.width + r[r >= 0]), self.width)
        self.ptr = np.searchsorted(sent, np.arange(n + 1))

    def of_beads(self, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The words of sentences lo[b]..hi[b]-1 for each bead b, distinct and ascending:
        (how many per bead, all of them one bead after the other)."""
        start = self.ptr[lo]
        sizes = self.ptr[hi] - start
        bead = np.repeat(np.arange(len(lo)), sizes)
        idx = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes - start, sizes)
        bead, at = np.divmod(distinct(bead * self.width + self.at[idx]), self.width)
        return np.bincount(bead, minlength=len(lo)), at


class NameMemo:
    """One aligned block's name learning state: both sides' words (NameSide) and which
    (Arabic word, Latin word) pairs write the same name, kept across the learner's calls.
    Why: the second pass and the cross-fitted halves look at the first pass's beads again
    (calls 2 and 3 met 81k and 85k pairs on synth-ar 6.7k, of which 30k and 10k new).
    Made per block, never global: nothing is carried from one alignment to the next, and
    a verdict depends on its two words alone."""

    def __init__(self, arabic: Tokens, latin: Tokens) -> None:
        self.a, self.l = NameSide(arabic, True), NameSide(latin, False)
        self.codes = np.zeros(0, dtype=np.int64)  # pairs judged, a << 32 | l, ascending
        self.same = np.zeros(0, dtype=bool)  # their verdicts

    def verdicts(self, uniq: np.ndarray) -> np.ndarray:
        """The verdict of each pair code of `uniq` (distinct, ascending), judging only the
        ones not seen before: could_match_pairs' bounds, then _same_name on what passes."""
        pos = np.minimum(np.searchsorted(self.codes, uniq), max(0, len(self.codes) - 1))
        found = self.codes[pos] == uniq if len(self.codes) else np.zeros(len(uniq), bool)
        out = np.zeros(len(uniq), dtype=bool)
        out[found] = self.same[pos[found]]
        new = uniq[~found]
        if not len(new):
            return out
        ai, li = new >> _SHIFT, new & _LOW
        # only the words of new pairs get their per-word tables built
        ua, ul = distinct(ai), distinct(li)
        a_all, l_all = self.a.words, self.l.words
        ok = could_match_pairs([a_all[i] for i in ua.tolist()], [l_all[i] for i in ul.tolist()],
                               np.searchsorted(ua, ai), np.searchsorted(ul, li),
                               NAME_SIMILARITY)
        for u in np.flatnonzero(ok).tolist():
            ok[u] = _same_name(a_all[int(ai[u])], l_all[int(li[u])])
        out[~found] = ok
        # both ascending and disjoint: merged by where the new ones go
        at = np.searchsorted(self.codes, new)
        self.codes, self.same = np.insert(self.codes, at, new), np.insert(self.same, at, ok)
        return out


# a pair's code: the Arabic word's index in the high bits, the Latin word's in the low ones
_SHIFT = 32
_LOW = (1 << _SHIFT) - 1


def learn_names(src_texts: Sequence[str], tgt_texts: Sequence[str],
                beads: Iterable[tuple[int, int, int, int]], *, src_is_arabic: bool,
                table: LearnedLexicon | None = None, memo: NameMemo | None = None
                ) -> LearnedLexicon:
    """Arabic words and Latin capitalised words that write the same name, from beads.

    The consonant skeletons in features.py already match most names; this catches what
    they miss (long vowels, the article, exonyms like مصر ~ Egypt), using the project's
    name matcher, on words that occur in the same bead only, so it stays cheap. `memo`:
    NameMemo(tokens of the Arabic side, tokens of the Latin side) of these same texts,
    shared by the calls over one alignment (made here when not given).
    """
    from aligner.align.features import fold, form_key, tokenize

    out = table if table is not None else LearnedLexicon()
    a_texts, l_texts = (src_texts, tgt_texts) if src_is_arabic else (tgt_texts, src_texts)
    memo = memo if memo is not None else NameMemo(tokenize(a_texts), tokenize(l_texts))
    spans = np.asarray([b for b in islice(beads, NAME_BEADS) if b[1] > b[0] and b[3] > b[2]],
                       dtype=np.int64).reshape(-1, 4)
    a_cols, l_cols = (spans[:, :2], spans[:, 2:]) if src_is_arabic else (spans[:, 2:],
                                                                         spans[:, :2])
    # each bead's words are its sentences' words (no word spans two sentences)
    na_b, a_flat = memo.a.of_beads(a_cols[:, 0], a_cols[:, 1])
    nl_b, l_flat = memo.l.of_beads(l_cols[:, 0], l_cols[:, 1])
    both = (na_b > 0) & (nl_b > 0)
    if not both.any():
        return out
    a_flat, l_flat = a_flat[np.repeat(both, na_b)], l_flat[np.repeat(both, nl_b)]
    na_b, nl_b = na_b[both], nl_b[both]
    # every bead's pairs as codes a << 32 | l, by index arithmetic, in bead order and each
    # bead's words in sorted order; each distinct pair gets its verdict once per alignment
    sizes = na_b * nl_b
    bead = np.repeat(np.arange(len(sizes)), sizes)
    r = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    a_ptr = np.concatenate(([0], np.cumsum(na_b)[:-1]))
    l_ptr = np.concatenate(([0], np.cumsum(nl_b)[:-1]))
    codes = (a_flat[a_ptr[bead] + r // nl_b[bead]] << _SHIFT) \
        | l_flat[l_ptr[bead] + r % nl_b[bead]]
    uniq = distinct(codes)  # (np.unique hashes first: several times slower here)
    keep = memo.verdicts(uniq)
    if not keep.any():
        return out
    a_words, l_words = memo.a.words, memo.l.words
    # in bead order, as the pairs were met (each code's place among the distinct ones);
    # a pair met again adds nothing, so only its first meeting is visited
    kept = uniq[keep]  # (few: looked up among these, not among all distinct pairs)
    met = codes[kept[np.minimum(np.searchsorted(kept, codes), len(kept) - 1)] == codes]
    _u, first = np.unique(met, return_index=True)
    for c in met[np.sort(first)].tolist():
        a, la = a_words[c >> _SHIFT], l_words[c & _LOW]
        s_word, t_word = (a, la) if src_is_arabic else (la, a)
        out.table.setdefault(fold(s_word)[:KEY_PREFIX], set()).add(form_key(t_word))
    return out
