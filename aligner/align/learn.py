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

from collections import Counter, defaultdict
from typing import Iterable, Sequence

from .features import KEY_PREFIX, Sentence

# A pair must co-occur at least this often, and reach this Dice score, to be trusted.
MIN_COUNT = 2
MIN_DICE = 0.3
# Words occurring in more than this share of beads carry no alignment information.
MAX_SHARE = 0.2


class LearnedLexicon:
    """Source word form -> target keys, with `translations(word)` like aligner.lexicon."""

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
    f_s: Counter[str] = Counter()
    f_t: Counter[str] = Counter()
    for s, t in beads:
        f_s.update(s)
        f_t.update(t)
    limit = max(MIN_COUNT + 1, MAX_SHARE * len(beads))
    useful_s = {w for w, c in f_s.items() if MIN_COUNT <= c <= limit}
    useful_t = {k for k, c in f_t.items() if MIN_COUNT <= c <= limit}
    co: Counter[tuple[str, str]] = Counter()
    for s, t in beads:
        ss = s & useful_s
        tt = t & useful_t
        if ss and tt:
            for w in ss:
                for k in tt:
                    co[(w, k)] += 1
    best: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (w, k), c in co.items():
        if c < MIN_COUNT:
            continue
        dice = 2.0 * c / (f_s[w] + f_t[k])
        if dice >= MIN_DICE:
            best[w].append((dice, k))
    table: dict[str, set[str]] = {}
    for w, cands in best.items():
        top = max(d for d, _ in cands)
        # keep the near-best translations only (inflected variants, synonyms)
        table[w] = {k for d, k in cands if d >= 0.7 * top}
    return LearnedLexicon(table)


def learn_from_beads(src: Sequence[Sentence], tgt: Sequence[Sentence],
                     beads: Iterable[tuple[int, int, int, int]]) -> LearnedLexicon:
    """Learn from beads (src_start, src_end, tgt_start, tgt_end) over feature lists."""
    pairs = []
    for s0, s1, t0, t1 in beads:
        if s1 == s0 or t1 == t0:
            continue
        words = [w for x in range(s0, s1) for w in src[x].words]
        keys: set[str] = set()
        for y in range(t0, t1):
            keys |= {w[:KEY_PREFIX] for w in tgt[y].words if not w[0].isdigit()}
        pairs.append((words, keys))
    return learn_from_pairs(pairs)
