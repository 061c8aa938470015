"""Moving through a bitext under review (aligner.review): find, the next bead to check, the
stretch to re-align, and the sentences a row shows. No Qt."""
from __future__ import annotations

import re

import pytest

from aligner.model import Bead, BeadStatus, Segment
from aligner.review import (Query, build_find_index, find_next, next_to_review, realign_range,
                            search_order, shown_range)

C, A = BeadStatus.CONFIRMED, BeadStatus.AUTO


def beads(*rows: tuple[int, int, int, int, float, BeadStatus]) -> list[Bead]:
    return [Bead(i + 1, 1, i, s0, s1, t0, t1, score, status, "")
            for i, (s0, s1, t0, t1, score, status) in enumerate(rows)]


def seg(position: int, text: str, excluded: bool = False) -> Segment:
    return Segment(position + 1, 1, position, 0, 0, len(text), text, excluded=excluded)


# Texts written for these tests: vowelled Arabic, a hamza on the alef, mixed case.
SRC = ["وَصَلَ الوفد إلى القاهرة.", "أعلن المتحدث النتائج.", "ناقش الطرفان التعاون."]
TGT = ["The delegation reached Cairo.", "The spokesman announced the results.",
       "Both sides discussed COOPERATION."]
ONE_TO_ONE = beads((0, 1, 0, 1, .9, A), (1, 2, 1, 2, .3, A), (2, 3, 2, 3, .5, C))


def folded_of(index: dict[str, list[str]]):
    return lambda position, side: index[side][position]


def test_find_ignores_marks_hamza_and_case_and_wraps_around() -> None:
    index = build_find_index(ONE_TO_ONE, [seg(i, t) for i, t in enumerate(SRC)],
                             [seg(i, t) for i, t in enumerate(TGT)], True)
    folded = folded_of(index)
    everywhere = range(3)
    assert find_next(Query("وصل"), folded, everywhere, -1) == 0       # text has the vowels
    assert find_next(Query("اعلن"), folded, everywhere, 0) == 1      # text has أ
    assert find_next(Query("cooperation"), folded, everywhere, 0) == 2
    assert find_next(Query("the"), folded, everywhere, 2) == 0       # wraps to the top
    assert find_next(Query("the"), folded, everywhere, 0, backwards=True) == 1  # 2 has none
    assert find_next(Query("cairo", sides=("src",)), folded, everywhere, -1) is None
    assert find_next(Query("the"), folded, [1, 2], 2) == 1           # only the rows shown
    assert find_next(Query(""), folded, everywhere, 0) is None


def test_find_by_regex_is_case_blind_and_reports_bad_patterns() -> None:
    index = build_find_index(ONE_TO_ONE, [seg(i, t) for i, t in enumerate(SRC)],
                             [seg(i, t) for i, t in enumerate(TGT)], True)
    folded = folded_of(index)
    assert find_next(Query(r"SPOKES\w+", regex=True), folded, range(3), -1) == 1
    with pytest.raises(re.error):
        find_next(Query("(", regex=True), folded, range(3), 0)


def test_search_order_starts_after_the_current_bead() -> None:
    assert search_order(range(5), 2) == [3, 4, 0, 1, 2]
    assert search_order(range(5), 2, backwards=True) == [1, 0, 4, 3, 2]
    assert search_order([1, 3], -1) == [1, 3]


def test_next_to_review_skips_confirmed_high_and_hidden_beads() -> None:
    rows = beads((0, 1, 0, 1, .9, C), (1, 2, 1, 2, .9, A), (2, 3, 2, 3, .2, C),
                 (3, 4, 3, 4, .3, A), (4, 5, 4, 5, .1, A))
    assert next_to_review(rows, -1) == 1
    assert next_to_review(rows, 1) == 3
    assert next_to_review(rows, -1, low_below=0.5) == 3
    assert next_to_review(rows, -1, low_below=0.5, shown=lambda p: p != 3) == 4
    assert next_to_review(rows, 4) is None


def test_realign_range_is_the_selection_or_the_unconfirmed_stretch() -> None:
    rows = beads((0, 1, 0, 1, .9, C), (1, 2, 1, 2, .4, A), (2, 3, 2, 3, .4, A),
                 (3, 4, 3, 4, .9, C), (4, 5, 4, 5, .4, A))
    assert realign_range(rows, [2]) == (1, 3)
    assert realign_range(rows, [4]) == (4, 5)
    assert realign_range(rows, [0]) is None          # a confirmed bead alone
    assert realign_range(rows, [3, 0]) == (0, 4)     # a selection is taken as it is
    assert realign_range(rows, []) is None


def test_rows_show_the_excluded_sentences_left_between_beads() -> None:
    # source sentence 1 is boilerplate no bead covers, as are 4 and 5 after the last bead
    rows = beads((0, 1, 0, 1, .9, A), (2, 4, 1, 2, .9, A))
    assert shown_range(rows, 0, "src") == (0, 1)
    assert shown_range(rows, 1, "src", 6) == (1, 6)
    assert shown_range(rows, 1, "tgt", 2) == (1, 2)
    src = [seg(0, "أ"), seg(1, "حقوق النشر", True), seg(2, "ب"), seg(3, "ج")]
    index = build_find_index(rows, src, [seg(0, "a"), seg(1, "b")], show_excluded=False)
    assert index["src"] == ["ا", "ب ج"]  # spaces and line breaks fold to one space


@pytest.mark.parametrize("show_excluded", [True, False])
def test_find_index_equals_folding_each_row_as_shown(tmp_path, show_excluded) -> None:
    """The index folds each sentence once and joins the keys; it must equal folding each
    row's text as the table shows it (shown_range + side_text), read from a real corpus:
    multi-sentence and empty sides, excluded sentences inside, between and after beads,
    marks and a sentence that folds to nothing."""
    from aligner.corpus import Corpus
    from aligner.model import BeadSpan, Document
    from aligner.review import fold, fold_index, side_text

    src_texts = ["وَصَلَ الوفد", "ـــ", "أعلن  المتحدث", "[إعلان]", "ناقش الطرفان", "النهاية"]
    tgt_texts = ["The delegation", "Spokesman SAID", "ad", "Both sides", "END"]
    src_excluded, tgt_excluded = {1, 3, 5}, {2}

    def doc(lang: str, texts: list[str], excluded: set[int]):
        segs, start = [], 0
        for i, text in enumerate(texts):
            segs.append(Segment(None, 0, i, 0, start, start + len(text), text, i in excluded))
            start += len(text) + 1
        return Document(None, lang, f"t-{lang}", " ".join(texts)), segs

    with Corpus.create(tmp_path / "find.dragoman") as corpus:
        src = corpus.add_document(*doc("ar", src_texts, src_excluded))
        tgt = corpus.add_document(*doc("en", tgt_texts, tgt_excluded))
        bitext = corpus.add_bitext(src, tgt, "t")
        corpus.replace_beads(bitext, [BeadSpan(0, 1, 0, 2, .5), BeadSpan(2, 3, 3, 3, .5),
                                      BeadSpan(4, 5, 3, 5, .5)])
        index = fold_index(corpus.bead_ranges(bitext), corpus.segment_texts(src),
                           corpus.segment_texts(tgt), show_excluded)
        rows, segs = corpus.beads(bitext), {"src": corpus.segments(src), "tgt": corpus.segments(tgt)}
    for side in ("src", "tgt"):
        expected = []
        for position in range(len(rows)):
            lo, hi = shown_range(rows, position, side, len(segs[side]))
            expected.append(fold(side_text(segs[side][lo:hi], show_excluded)))
        assert index[side] == expected
    assert ("ناقش الطرفان النهاية" in index["src"][2]) == show_excluded  # the tail shows


def test_find_in_index_visits_rows_as_find_next_does() -> None:
    """The fast scan over the index gives what find_next gives: every start, both
    directions, all rows or a filter's rows, plain or regex, one side or both."""
    from aligner.review import find_in_index

    texts = ["the delegation", "وَصَلَ الوفد", "the end", "", "أعلن الوفد", "The Delegation"]
    index = {"src": [_fold(t) for t in texts],
             "tgt": [_fold(t) for t in reversed(texts)]}
    queries = [Query("delegation"), Query("الوفد", sides=("src",)), Query("the", sides=("tgt",)),
               Query(r"^the\b", regex=True), Query("absent"), Query("")]
    for positions in (range(6), [0, 2, 3, 5], range(0)):
        for query in queries:
            for start in range(-1, 7):
                for backwards in (False, True):
                    assert find_in_index(query, index, positions, start, backwards=backwards) \
                        == find_next(query, folded_of(index), positions, start,
                                     backwards=backwards), (positions, query, start, backwards)


def _fold(text: str) -> str:
    from aligner.review import fold

    return fold(text)
