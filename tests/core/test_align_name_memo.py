"""The name learner's words taken from the tokens (learn.NameSide) and its verdicts kept
across its calls (learn.NameMemo) give what the plain form gives: each sentence's words
read from its text, every Arabic word of a bead against every capitalised word of the
other side, could_match then is_same_name, pair by pair, in bead order."""
from __future__ import annotations



import numpy as np

from aligner.align.features import fold, form_key, tokenize, words_of
from aligner.align.learn import (KEY_PREFIX, NAME_BEADS, NAME_SIMILARITY, LearnedLexicon,
                                 NameMemo, NameSide, learn_names)
from aligner.names.translit import could_match, is_same_name


def _plain_words(texts: list[str], arabic: bool) -> list[str]:
    """The words of these sentences that the learner tries, read from the texts."""
    return sorted({w for x in texts for w in words_of(x)
                   if len(w) >= 3 and (not w[0].isdigit() if arabic else w[0].isupper())})


def test_name_words_from_tokens_equal_the_words_read_from_each_text(aren_articles):
    """Each sentence's words, and each span of sentences' words, as NameSide gives them,
    on real Arabic-English articles (numbers, harakat, capitalised and lower-case words)."""
    tried = 0
    for ar, en in (aren_articles[k] for k in sorted(aren_articles)):
        for texts, arabic in ((ar, True), (en, False)):
            side = NameSide(tokenize(texts), arabic)
            for x, text in enumerate(texts):
                got = [side.words[i] for i in side.at[side.ptr[x]:side.ptr[x + 1]].tolist()]
                assert got == _plain_words([text], arabic)
            n = len(texts)
            lo = np.asarray([i % n for i in range(0, 3 * n, 2)], dtype=np.int64)
            hi = np.minimum(n, lo + np.asarray([0, 1, 2, 3, 5])[np.arange(len(lo)) % 5])
            counts, flat = side.of_beads(lo, hi)
            ends = np.cumsum(counts)
            for b in range(len(lo)):
                got = [side.words[i] for i in flat[ends[b] - counts[b]:ends[b]].tolist()]
                assert got == _plain_words(texts[lo[b]:hi[b]], arabic)
                tried += len(got)
    assert tried > 1000


def _plain(ar: list[str], en: list[str], beads, src_is_arabic: bool) -> dict[str, list[str]]:
    """Each bead's pairs judged one by one (what learn_names did before its arrays)."""
    table: dict[str, list[str]] = {}
    for k, (s0, s1, t0, t1) in enumerate(beads):
        if k >= NAME_BEADS or s1 == s0 or t1 == t0:
            continue
        a_side = ar[s0:s1] if src_is_arabic else ar[t0:t1]
        l_side = en[t0:t1] if src_is_arabic else en[s0:s1]
        for a in _plain_words(a_side, True):
            for la in _plain_words(l_side, False):
                if could_match(a, la, NAME_SIMILARITY) and is_same_name(a, la, NAME_SIMILARITY):
                    s_word, t_word = (a, la) if src_is_arabic else (la, a)
                    got = table.setdefault(fold(s_word)[:KEY_PREFIX], [])
                    if form_key(t_word) not in got:
                        got.append(form_key(t_word))
    return table


def _ordered(lex: LearnedLexicon) -> dict[str, list[str]]:
    return {k: sorted(v) for k, v in lex.table.items()}


def test_learning_with_one_memo_over_many_calls_equals_the_plain_form(aren_articles):
    """One memo per article over its three calls (the whole, then each half, as the
    aligner makes them) and one over beads of two and three sentences, in both directions,
    then again in the other order: each call's table, keys in the order met, equals the
    plain form's, on real Arabic-English articles."""
    learned = 0
    for ar, en in (aren_articles[k] for k in sorted(aren_articles)):
        n = len(ar)
        beads = [(i, i + 1, i, i + 1) for i in range(n)]
        # beads of several sentences a side too (their words are the sentences' union)
        wide = [(i, min(n, i + 2), i, min(n, i + 3)) for i in range(0, n, 3)]
        half = len(beads) // 2
        calls = []
        for part in (beads, beads[half:], beads[:half], wide):
            calls.append((part, True))
            # the same beads with English as the source
            calls.append(([(t0, t1, s0, s1) for s0, s1, t0, t1 in part], False))
        for order in (calls, calls[::-1]):
            memo = NameMemo(tokenize(ar), tokenize(en))
            for beads_, src_is_arabic in order:
                src, tgt = (ar, en) if src_is_arabic else (en, ar)
                got = learn_names(src, tgt, beads_, src_is_arabic=src_is_arabic, memo=memo)
                want = _plain(ar, en, beads_, src_is_arabic)
                assert list(got.table) == list(want)
                assert _ordered(got) == {k: sorted(v) for k, v in want.items()}
                learned += len(got)
            assert len(memo.codes) == len(set(memo.codes.tolist()))  # each pair judged once
    assert learned > 100  # names were found, so the comparison had something to compare
