"""Find highlights: every match in a sentence, as spans of the text as stored."""
from aligner.review import Query, match_spans


def test_arabic_match_covers_the_vowel_marks_it_skipped():
    text = "قرب القَائِم وفي القايم"
    spans = match_spans(Query("القائم"), text)
    assert [text[s:e] for s, e in spans] == ["القَائِم", "القايم"]


def test_latin_matches_fold_case_and_regex_works_on_the_same_fold():
    text = "near AL-QAIM and al-Qaim"
    assert [text[s:e] for s, e in match_spans(Query("al-qaim"), text)] == ["AL-QAIM", "al-Qaim"]
    assert [text[s:e] for s, e in match_spans(Query(r"q\w+m", regex=True), text)] == ["QAIM", "Qaim"]


def test_offsets_are_code_points_past_a_character_outside_the_bmp():
    text = "😀 Cairo, then Cairo"
    assert match_spans(Query("cairo"), text) == [(2, 7), (14, 19)]


def test_empty_pattern_and_bad_regex_highlight_nothing():
    assert match_spans(Query(""), "anything") == []
    assert match_spans(Query("(", regex=True), "a (b") == []
