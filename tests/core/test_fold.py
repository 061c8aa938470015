"""aligner.text.fold: the text key folds what readers ignore and maps every key character
back to the original text, including past characters outside the BMP; the word and name
keys fold more (ta marbuta, accents, apostrophes, articles, proclitics)."""
from __future__ import annotations

from aligner.text import fold
from aligner.text.fold import normalize_for_matching
from aligner.text.fold import text_key as match_key


def key(text: str, **kw) -> str:
    return normalize_for_matching(text, **kw).text


def test_alef_hamza_and_ya_variants():
    assert key("أحمد إبراهيم آمنة ٱلله") == "احمد ابراهيم امنة الله"
    assert key("على مستشفى") == "علي مستشفي"
    assert key("کتاب یوم") == "كتاب يوم"  # Persian kaf and ya


def test_ta_marbuta_kept_unless_asked():
    assert key("مدينة") == "مدينة"
    assert key("مدينة", fold_ta_marbuta=True) == "مدينه"


def test_diacritics_tatweel_and_bidi_controls_removed():
    assert key("مُحَمَّدٌ") == "محمد"
    assert key("كـــل الأخبـار") == "كل الاخبار"
    assert key("\u200fالقائم\u200e (\u202bal-Qaim\u202c)") == "القايم (al-Qaim)"  # ئ folds to ي
    assert key("\ufeffword\u00adbreak") == "wordbreak"


def test_digits_and_quotes():
    assert key("٢٠٢٠ ۱۹ 12") == "2020 19 12"
    assert key("“قاعدة” ‘x’ «y» „z“") == "\"قاعدة\" 'x' \"y\" \"z\""


def test_nfc_composition_maps_to_the_first_character():
    text = "cafe\u0301 ok"  # e + combining acute
    n = normalize_for_matching(text)
    assert n.text == "café ok"
    assert n.to_original[3] == 3 and n.to_original[4] == 5  # é <- "e\u0301" at 3
    assert len(n.to_original) == len(n.text) + 1 and n.to_original[-1] == len(text)


def test_offset_map_past_a_character_outside_the_bmp():
    text = "\U0001F30A أَحْمَد \U0001D400 قال"  # water wave emoji, bold A
    n = normalize_for_matching(text)
    assert n.text == "\U0001F30A احمد \U0001D400 قال"
    i = n.text.index("احمد")
    s, e = n.original_span(i, i + len("احمد"))
    assert text[s:e] == "أَحْمَد"
    j = n.text.index("\U0001D400")
    assert text[slice(*n.original_span(j, j + 1))] == "\U0001D400"
    k = n.text.index("قال")
    assert text[slice(*n.original_span(k, len(n.text)))] == "قال"


def test_every_key_character_comes_from_its_original():
    text = "وقالت “غرفة العمليات” إنَّ ٣٠٪ من القوات انسحبت — Gen. Parker"
    n = normalize_for_matching(text)
    for i, ch in enumerate(n.text):
        orig = text[n.to_original[i]]
        assert key(orig) == ch or (orig == "إ" and ch == "ا")
    assert n.to_original == sorted(n.to_original)


def test_original_text_is_not_changed_and_empty_is_fine():
    text = "أحمد"
    normalize_for_matching(text)
    assert text == "أحمد"
    empty = normalize_for_matching("")
    assert empty.text == "" and empty.to_original == [0]
    assert empty.original_span(0, 0) == (0, 0)


def test_match_key_casefolds_and_collapses_space():
    assert match_key("  كـل   الأخبار ") == match_key("كل الاخبار")
    assert match_key("All  NEWS") == "all news"


def test_match_key_equals_the_casefolded_matching_key():
    for text in ("أَحْمَدُ  قالَ: «٢٠٢٠»", "\u200fكـــل الأخبـار\u200e", "Cafe\u0301 “Ok”", "ى ی ک ٱ"):
        assert match_key(text) == " ".join(normalize_for_matching(text).text.casefold().split())


def test_hamza_on_ya_and_waw_fold_like_web_spellings() -> None:
    # القايم and مسئول are common web spellings of القائم and مسؤول
    assert normalize_for_matching("القائم").text == normalize_for_matching("القايم").text
    assert match_key("مسؤول") == match_key("مسوول")
    assert normalize_for_matching("مسؤول").to_original == [0, 1, 2, 3, 4, 5]


# --- the word key, the name keys, character classes ------------------------------------


def test_the_apostrophe_class_is_one_character_in_every_key():
    spellings = ["al-Qa'im", "al-Qa’im", "al-Qa‘im", "al-Qaʼim", "al-Qaʻim", "al-Qaʾim", "al-Qaʿim"]
    assert {fold.match_key(s) for s in spellings} == {"al-qaim"}
    assert {fold.text_key(s) for s in spellings} == {"al-qa'im"}
    assert {fold.latin_name_key(s) for s in spellings} == {"alqaim"}


def test_word_key_folds_more_than_the_text_key():
    # ta marbuta and Latin accents: folded for words, kept in running text (see fold.py)
    assert fold.match_key("مدرسة") == fold.match_key("مدرسه") == "مدرسه"
    assert fold.text_key("مدرسة") != fold.text_key("مدرسه")
    assert fold.match_key("Élysée") == "elysee" and fold.text_key("Élysée") == "élysée"
    assert fold.match_key("Søren Łódź") == "soren lodz"
    # invisible controls never change a word's key
    assert fold.match_key("\u200fالقائم\u200e") == fold.match_key("القائم")


def test_latin_name_key_folds_articles_hyphens_and_macrons():
    same = ["al-Qā’im", "Al-Qaim", "al Qaim", "Al Qāʾim", "el-Qaim", "AL-QAIM"]
    assert {fold.latin_name_key(s) for s in same} == {"alqaim"}
    assert fold.split_latin_article("Qaem") == (False, "qaem")
    # the assimilated article before a sun letter: ash-Shām, ad-Dawla
    assert fold.split_latin_article("ash-Shām") == (True, "sham")
    assert fold.split_latin_article("ad-Dawla") == (True, "dawla")
    # scholarly letters become the digraphs news writes: Dāʿiš -> daish
    assert fold.latin_name_key("Dāʿiš") == "daish"
    # a name that merely starts with the letters of an article keeps them
    assert fold.split_latin_article("Alexandria") == (False, "alexandria")


def test_arabic_forms_know_the_proclitics_and_never_reach_into_another_word():
    assert "القايم" in fold.arabic_forms("والقائم")
    assert "القايم" in fold.arabic_forms("بالقائم")
    assert "القايم" in fold.arabic_forms("وبالقائم")
    assert "العراق" in fold.arabic_forms("للعراق")  # ل + ال is written لل
    assert "العراق" in fold.arabic_forms("وللعراق")
    # القائمة ("the list") is another word: none of its forms is القائم
    assert fold.match_key("القائم") not in fold.arabic_forms("القائمة")
    assert fold.arabic_forms("القائم")[0] == fold.match_key("القائم")
    assert all(len(f) >= 2 for f in fold.arabic_forms("وب"))


def test_character_classes():
    assert fold.strip_arabic_marks("مُحَمَّدٌ") == "محمد"
    assert fold.strip_arabic_marks("مُحَمَّدٌ", keep_shadda=True) == "محمّد"
    assert fold.strip_arabic_marks("بغـــداد") == "بغداد"
    assert fold.is_arabic_diacritic("\u0670") and not fold.is_arabic_diacritic("ا")
    assert fold.has_arabic("x ب") and not fold.has_arabic("abc 123")
    assert fold.is_arabic_char("،") and not fold.is_arabic_letter("،")  # the Arabic comma
    assert fold.is_arabic_letter("پ") and fold.is_latin_letter("ā") and not fold.is_latin_letter("ب")
    assert fold.ascii_digits("٠١٢٣ ۴۵") == "0123 45"


def test_one_function_word_list_per_language():
    assert {"the", "of"} <= fold.FUNCTION_WORDS["en"] and {"le", "des"} <= fold.FUNCTION_WORDS["fr"]
    assert {"في", "من"} <= fold.FUNCTION_WORDS["ar"]
    assert fold.FR_ELISION_RE.match("l’armée") and fold.FR_ELISION_RE.match("Qu'il")
    assert not fold.FR_ELISION_RE.match("lorsque")
