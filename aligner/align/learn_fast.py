"""learn.learn_from_beads with integer ids and compiled counting.

Why: the aligner learns three lexicons from the same two feature lists (the second pass,
and each cross-fitted half); building each bead's word-prefix set and counting them in
Counters was a quarter of a 6.7k-sentence alignment's CPU time. Here each sentence's
prefixes become sorted integer ids once per feature list (kept while the aligner runs),
a bead's set is the union of its sentences' id rows, and bead frequencies and
co-occurring pairs are counted with numpy and two small numba loops. Ids follow the
prefixes' sorted order, so the counts, the Dice scores and the table (its order too)
are learn_from_pairs's exactly (tests/core/test_align_fast_paths.py compares them).
"""
from __future__ import annotations

from itertools import chain
from typing import Iterable, Sequence

import numpy as np

from aligner.align.dp_fast import _jit
from aligner.align.features import KEY_PREFIX, Sentence, Tokens, distinct

# Id rows of the last feature lists, by identity (see scoring._SIDES: the list and its
# sentences' ids are kept, so a list changed since is not taken for the one counted).
_ROWS: dict[tuple[int, bool], tuple[Sequence[Sentence], tuple[int, ...], tuple]] = {}
_ROWS_KEPT = 4


def forget() -> None:
    _ROWS.clear()


def _rows(sentences: Sequence[Sentence], source: bool, tokens: Tokens | None = None
          ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(sorted prefixes, row pointers, each sentence's prefix ids sorted): a source
    sentence's word prefixes of 2+ letters, a target sentence's of any length (as
    learn_from_beads gives them to learn_from_pairs); numbers left out on both sides.
    `tokens`: the side's features.tokenize(), when the sentences' words were made from
    it: their word ids are used instead of the words."""
    ident = tuple(map(id, sentences))
    hit = _ROWS.get((id(sentences), source))
    if hit is not None and hit[0] is sentences and hit[1] == ident:
        return hit[2]
    bases = _bases_of(tokens, sentences) if tokens is not None else None
    if tokens is not None and bases is not None:
        out = _rows_of_tokens(tokens, bases, source)
    else:
        out = _rows_of_words(sentences, source)
    if len(_ROWS) >= _ROWS_KEPT:
        del _ROWS[next(iter(_ROWS))]
    _ROWS[(id(sentences), source)] = (sentences, ident, out)
    return out


def _prefix(word: str, source: bool) -> str | None:
    """The prefix a (folded, non-empty) word is counted under, or None: left out."""
    return word[:KEY_PREFIX] if (len(word) >= 2 or not source) and not word[0].isdigit() \
        else None


def _rows_of_words(sentences: Sequence[Sentence], source: bool
                   ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """_rows from the sentences' words: the plain form _rows_of_tokens is tested against."""
    n = len(sentences)
    # per distinct word its prefix (None: left out); then every (sentence, prefix id) pair
    # as one integer, deduped and sorted in one pass (a set and a sort per sentence was
    # most of this function's time)
    lens = np.fromiter((len(s.words) for s in sentences), dtype=np.int64, count=n)
    words = list(chain.from_iterable([s.words for s in sentences]))
    prefix = {w: _prefix(w, source) for w in dict.fromkeys(words)}
    vocab = sorted({x for x in prefix.values() if x is not None})
    pid = {x: i for i, x in enumerate(vocab)}
    word_id = {w: -1 if x is None else pid[x] for w, x in prefix.items()}
    ids = np.fromiter(map(word_id.__getitem__, words), dtype=np.int64, count=len(words))
    return vocab, *_sorted_rows(np.repeat(np.arange(n, dtype=np.int64), lens), ids, n,
                                len(vocab))


def _rows_of_tokens(tok: Tokens, bases: list[str], source: bool
                    ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """_rows from the side's word ids: a prefix per word type, not per word of the text
    (building them from each sentence's words again was 5% of a book's alignment). A
    type with no base form is no word of the sentences (sentence_features drops it)."""
    flat = tok.ids[tok.ptr[0]:tok.ptr[-1]]
    present = distinct(flat).tolist()
    prefix = {t: _prefix(bases[t], source) for t in present if bases[t]}
    vocab = sorted({x for x in prefix.values() if x is not None})
    pid = {x: i for i, x in enumerate(vocab)}
    type_id = np.full(len(tok.types), -1, dtype=np.int64)
    for t, x in prefix.items():
        if x is not None:
            type_id[t] = pid[x]
    n = len(tok)
    sent = np.repeat(np.arange(n, dtype=np.int64), np.diff(tok.ptr))
    return vocab, *_sorted_rows(sent, type_id[flat], n, len(vocab))


def _sorted_rows(sent: np.ndarray, ids: np.ndarray, n: int, size: int
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Row pointers and each row's distinct ids sorted, from (sentence, id) pairs (ids
    below 0 left out)."""
    keep = ids >= 0
    width = max(1, size)
    codes = distinct(sent[keep] * width + ids[keep], runs=True)
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(codes // width, minlength=n), out=ptr[1:])
    return ptr, (codes % width).astype(np.int32)


def _bases_of(tok: Tokens, sentences: Sequence[Sentence]) -> list[str] | None:
    """The base forms by word type of the language whose word lists `sentences` hold (the
    very lists sentence_features made from `tok`), or None when they are not those."""
    for lang, words in tok.words.items():
        if len(words) == len(sentences) and all(
                s.words is w for s, w in zip(sentences, words)):
            return tok.bases[lang]
    return None


@_jit
def _bead_sets(ptr, ids, starts, ends):
    """Each bead's distinct ids (the union of its sentences' rows), sorted, as rows."""
    nb = starts.shape[0]
    out_ptr = np.zeros(nb + 1, dtype=np.int64)
    size = 0
    for b in range(nb):
        size += ptr[ends[b]] - ptr[starts[b]]
    out = np.empty(size, dtype=np.int32)
    k = 0
    for b in range(nb):
        lo = ptr[starts[b]]
        hi = ptr[ends[b]]
        if ends[b] - starts[b] == 1:  # one sentence: its row is already sorted and distinct
            for x in range(lo, hi):
                out[k] = ids[x]
                k += 1
        elif hi > lo:
            tmp = np.sort(ids[lo:hi])
            out[k] = tmp[0]
            k += 1
            for x in range(1, tmp.shape[0]):
                if tmp[x] != tmp[x - 1]:
                    out[k] = tmp[x]
                    k += 1
        out_ptr[b + 1] = k
    return out_ptr, out[:k]


@_jit
def _pair_counts(s_ptr, s_ids, t_ptr, t_kept, s_rank, ns, nt, min_count):
    """Beads holding each (kept source, kept target) pair, for the pairs held by at least
    `min_count` beads: their codes s * nt + t (ascending) and counts. Source by source
    through an index of the beads holding it, with a counter per target: no sort of all
    the pairs, and only the few frequent ones are kept. `t_kept`: each bead's kept
    targets as ranks (_kept_rows)."""
    nb = s_ptr.shape[0] - 1
    start = np.zeros(ns + 1, dtype=np.int64)
    for b in range(nb):
        for x in range(s_ptr[b], s_ptr[b + 1]):
            r = s_rank[s_ids[x]]
            if r >= 0:
                start[r + 1] += 1
    for r in range(ns):
        start[r + 1] += start[r]
    fill = start[:ns].copy()
    holding = np.empty(start[ns], dtype=np.int64)
    for b in range(nb):
        for x in range(s_ptr[b], s_ptr[b + 1]):
            r = s_rank[s_ids[x]]
            if r >= 0:
                holding[fill[r]] = b
                fill[r] += 1
    counter = np.zeros(nt, dtype=np.int64)
    touched = np.empty(nt, dtype=np.int64)
    codes = np.empty(1024, dtype=np.int64)
    counts = np.empty(1024, dtype=np.int64)
    k = 0
    for r in range(ns):
        nt_seen = 0
        for e in range(start[r], start[r + 1]):
            b = holding[e]
            for y in range(t_ptr[b], t_ptr[b + 1]):
                t = t_kept[y]
                if counter[t] == 0:
                    touched[nt_seen] = t
                    nt_seen += 1
                counter[t] += 1
        # only the frequent pairs are sorted (most pairs meet in one bead: sorting all
        # the touched targets was most of the time)
        kept = 0
        for q in range(nt_seen):
            t = touched[q]
            if counter[t] >= min_count:
                touched[kept] = t
                kept += 1
            else:
                counter[t] = 0
        seen = np.sort(touched[:kept])
        for q in range(kept):
            t = seen[q]
            c = counter[t]
            counter[t] = 0
            if k == codes.shape[0]:
                codes = np.concatenate((codes, np.empty(k, dtype=np.int64)))
                counts = np.concatenate((counts, np.empty(k, dtype=np.int64)))
            codes[k] = r * nt + t
            counts[k] = c
            k += 1
    return codes[:k], counts[:k]


def _kept_rows(ptr: np.ndarray, ranks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ranks without the -1s (targets too rare or too common to count): the
    pair count's inner loop then visits kept targets only (three quarters of a book's)."""
    keep = ranks >= 0
    rows = np.repeat(np.arange(len(ptr) - 1, dtype=np.int64), np.diff(ptr))[keep]
    out = np.zeros(len(ptr), dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=len(ptr) - 1), out=out[1:])
    return out, ranks[keep]


def learn_from_beads(src: Sequence[Sentence], tgt: Sequence[Sentence],
                     beads: Iterable[tuple[int, int, int, int]],
                     tokens: tuple[Tokens, Tokens] | None = None):
    """learn.learn_from_beads's answer (a LearnedLexicon), counted on integer ids.
    `tokens`: each side's features.tokenize(), when the caller has them."""
    from aligner.align.learn import LearnedLexicon, MAX_SHARE, MIN_COUNT, lexicon_table

    spans = np.asarray([b for b in beads if b[1] > b[0] and b[3] > b[2]],
                       dtype=np.int64).reshape(-1, 4)
    nb = len(spans)
    if not nb:
        return LearnedLexicon()
    s_tok, t_tok = tokens if tokens is not None else (None, None)
    s_vocab, s_ptr0, s_ids0 = _rows(src, True, s_tok)
    t_vocab, t_ptr0, t_ids0 = _rows(tgt, False, t_tok)
    s_ptr, s_ids = _bead_sets(s_ptr0, s_ids0, spans[:, 0], spans[:, 1])
    t_ptr, t_ids = _bead_sets(t_ptr0, t_ids0, spans[:, 2], spans[:, 3])
    f_s = np.bincount(s_ids, minlength=len(s_vocab))
    f_t = np.bincount(t_ids, minlength=len(t_vocab))
    limit = max(MIN_COUNT + 1, MAX_SHARE * nb)
    s_ok = (f_s >= MIN_COUNT) & (f_s <= limit)
    t_ok = (f_t >= MIN_COUNT) & (f_t <= limit)
    nt = int(t_ok.sum())
    if not s_ok.any() or not nt:
        return LearnedLexicon()
    s_rank = np.where(s_ok, np.cumsum(s_ok) - 1, -1)
    t_rank = np.where(t_ok, np.cumsum(t_ok) - 1, -1)
    codes, counts = _pair_counts(s_ptr, s_ids, *_kept_rows(t_ptr, t_rank[t_ids]), s_rank,
                                 int(s_ok.sum()), nt, MIN_COUNT)
    s_words = [s_vocab[i] for i in np.flatnonzero(s_ok).tolist()]
    t_keys = [t_vocab[i] for i in np.flatnonzero(t_ok).tolist()]
    return LearnedLexicon(lexicon_table(codes, counts, nt, s_words, t_keys,
                                        f_s[s_ok].astype(np.float64),
                                        f_t[t_ok].astype(np.float64)))
