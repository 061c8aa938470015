"""Snapping a tagging selection (aligner.entities.selection): whole words, Arabic
proclitics off the first word only where certain, the article kept."""
from __future__ import annotations

from aligner.entities.selection import snap_selection

# Sentences written for these tests.
AR = "قال والقائم إن بالقائم وللقائم أعداء، ووليد في القائمة."
EN = "Then al-Qaim met Walid in Baghdad."


def snapped(text: str, part: str, lang: str, inner: slice = slice(None)) -> str:
    at = text.index(part)
    chosen = part[inner]
    start = at + part.index(chosen)
    s, e = snap_selection(text, start, start + len(chosen), lang)
    return text[s:e]


def test_arabic_proclitics_before_the_article_are_cut() -> None:
    assert snapped(AR, "والقائم", "ar") == "القائم"
    assert snapped(AR, "بالقائم", "ar") == "القائم"
    assert snapped(AR, "وللقائم", "ar") == "لقائم"   # و + ل + (ا)لقائم: from the lam
    assert snapped(AR, "القائمة", "ar") == "القائمة"  # no proclitic: the word stays whole


def test_a_name_that_starts_like_a_proclitic_is_left_whole() -> None:
    assert snapped(AR, "ووليد", "ar") == "ووليد"


def test_partial_selections_grow_to_whole_words() -> None:
    assert snapped(AR, "والقائم", "ar", slice(3, 5)) == "القائم"
    assert snapped(EN, "Baghdad", "en", slice(2, 4)) == "Baghdad"
    at = EN.index("met Walid")
    s, e = snap_selection(EN, at + 2, at + 6, "en")
    assert EN[s:e] == "met Walid"


def test_a_caret_inside_a_word_takes_the_word_and_spaces_give_nothing() -> None:
    at = EN.index("Walid") + 2
    s, e = snap_selection(EN, at, at, "en")
    assert EN[s:e] == "Walid"
    gap = EN.index(" met")
    assert snap_selection(EN, gap, gap + 1, "en") == (gap + 1, gap + 1)


def test_offsets_are_code_points_beyond_the_bmp() -> None:
    text = "𝔸 والقائم"
    s, e = snap_selection(text, 2, len(text), "ar")
    assert (s, e) == (3, len(text)) and text[s:e] == "القائم"  # 𝔸 counts one
