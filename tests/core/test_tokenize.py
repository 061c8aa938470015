"""Word tokens, Arabic clitic splitting and match keys: offsets must be exact."""
from __future__ import annotations

import pytest

from aligner.text.fold import match_key
from aligner.text.tokenize import Token, clitic_tokens, stem_candidates, word_tokens


def texts(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


def assert_offsets(text: str, tokens: list[Token]) -> None:
    """Every token is its slice of the text; tokens are in order and do not overlap."""
    last = 0
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert t.start >= last and t.end > t.start
        last = t.end


def test_numbers_stay_whole_and_punctuation_is_separate():
    text = "On 2020.03.20 at 12:28, prices rose 3.5% (1,000 units)."
    toks = word_tokens(text, "en")
    assert_offsets(text, toks)
    assert texts(toks) == [
        "On", "2020.03.20", "at", "12:28", ",", "prices", "rose", "3.5", "%",
        "(", "1,000", "units", ")", ".",
    ]
    assert [t.kind for t in toks if t.text in ("2020.03.20", "12:28", "3.5")] == ["num"] * 3


def test_arabic_indic_digits_and_arabic_punctuation():
    text = "قتل ١٨ شخصا، وأصيب ٣٫٥ ألف؟"
    toks = word_tokens(text, "ar")
    assert_offsets(text, toks)
    assert texts(toks) == ["قتل", "١٨", "شخصا", "،", "وأصيب", "٣٫٥", "ألف", "؟"]


def test_french_elision_is_split_and_inner_apostrophes_kept():
    text = "Le chef d’état-major de l’armée d'Irak parle aujourd’hui."
    toks = word_tokens(text, "fr")
    assert_offsets(text, toks)
    assert texts(toks) == [
        "Le", "chef", "d’", "état-major", "de", "l’", "armée", "d'", "Irak", "parle",
        "aujourd’hui", ".",
    ]


def test_english_possessive_and_transliterated_names():
    text = "Iraq's army entered al-Qā’im, near Dā‘iš lines."
    toks = word_tokens(text, "en")
    assert_offsets(text, toks)
    assert texts(toks) == ["Iraq", "'s", "army", "entered", "al-Qā’im", ",", "near", "Dā‘iš", "lines", "."]


def test_conjunction_split_article_kept():
    text = "والقائم"
    toks = clitic_tokens(text)
    assert texts(toks) == ["و", "القائم"]
    assert (toks[0].start, toks[0].end, toks[1].start, toks[1].end) == (0, 1, 1, 7)
    assert toks[0].kind == "clitic"


def test_article_split_on_request():
    assert texts(clitic_tokens("والقائم", split_article=True)) == ["و", "ال", "قائم"]


def test_offsets_after_a_character_outside_the_bmp():
    # U+1D54F is one code point (two UTF-16 units): offsets must count it once.
    text = "𝕏 قال إن وزير الدفاع وصل بالعراق"
    toks = clitic_tokens(text)
    assert_offsets(text, toks)
    assert texts(toks) == ["𝕏", "قال", "إن", "وزير", "الدفاع", "وصل", "ب", "العراق"]
    b = toks[6]
    assert (b.start, b.end) == (text.index("بالعراق"), text.index("بالعراق") + 1)


@pytest.mark.parametrize(
    "word",
    ["وزير", "بغداد", "فرنسا", "لبنان", "كركوك", "وزيرة", "بيروت", "فلسطين", "كندا", "باركر",
     "واشنطن", "واحد", "وتيرة", "كأس", "بافاريا", "فقط", "كبير"],
)
def test_words_that_merely_start_with_a_proclitic_letter_stay_whole(word):
    assert texts(clitic_tokens(word)) == [word]


@pytest.mark.parametrize(
    "word, parts",
    [
        ("وبغداد", ["و", "بغداد"]),
        ("وبالتالي", ["و", "ب", "التالي"]),
        ("كالعادة", ["ك", "العادة"]),
        ("فالأمر", ["ف", "الأمر"]),
        ("للعراق", ["ل", "لعراق"]),  # ل + ال whose alef is not written
        ("وفي", ["و", "في"]),
        ("لفرنسا", ["ل", "فرنسا"]),
        ("بشكل", ["ب", "شكل"]),
        ("بأن", ["ب", "أن"]),
        ("كإجراء", ["ك", "إجراء"]),
        ("باستخدام", ["ب", "استخدام"]),
        ("وابقاء", ["و", "ابقاء"]),
        ("وتم", ["و", "تم"]),
    ],
)
def test_proclitics_split(word, parts):
    toks = clitic_tokens(word)
    assert texts(toks) == parts
    assert_offsets(word, toks)


def test_diacritics_stay_with_their_letter():
    text = "وَالْقَائِمِ"
    toks = clitic_tokens(text)
    assert texts(toks) == ["وَ", "الْقَائِمِ"]
    assert_offsets(text, toks)


def test_stem_candidates_restore_the_article():
    assert "العراق" in stem_candidates("للعراق")
    assert stem_candidates("والقائم")[:2] == ["والقائم", "القائم"]
    assert "قائم" in stem_candidates("والقائم")


def test_match_key_folds_case_accents_and_arabic_variants():
    assert match_key("Élysée", "fr") == match_key("elysee", "fr") == "elysee"
    assert match_key("أحمد", "ar") == match_key("احمد", "ar") == match_key("إحمد", "ar")
    assert match_key("مدرسة", "ar") == match_key("مدرسه", "ar")
    assert match_key("مستشفى", "ar") == match_key("مستشفي", "ar")
    assert match_key("وَالْقَائِمِ", "ar") == match_key("والقائم", "ar")
    assert match_key("al-Qā’im", "en") == match_key("al-Qaim", "en")
    assert match_key("١٨", "ar") == "18"
    assert match_key(Token(0, 4, "IRAK"), "fr") == "irak"


def test_seed_texts_tokenize_with_exact_offsets(seeds_dir):
    files = sorted(seeds_dir.glob("*.txt"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for toks in (word_tokens(text, "en"), clitic_tokens(text)):
            assert_offsets(text, toks)
            # Nothing but white space is left out between tokens.
            covered = set()
            for t in toks:
                covered.update(range(t.start, t.end))
            assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_hyphens_join_latin_words_but_separate_arabic_ones():
    text = "al-Qaim: القوات-الأمريكية-تنسحب"
    toks = word_tokens(text, "ar")
    assert_offsets(text, toks)
    assert texts(toks) == ["al-Qaim", ":", "القوات", "-", "الأمريكية", "-", "تنسحب"]
    assert texts(clitic_tokens("والقوات-الأمريكية")) == ["و", "القوات", "-", "الأمريكية"]
