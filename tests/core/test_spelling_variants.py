"""Spelling variants (final ى for ي, ه for ة, a stem-initial alif without its hamzah)
read like the lexicon's own spelling, a stem known only with other clitics read the same
without them, and a noun after bi-/li- without the article in the construct state (-at). The lexicons
are written by hand (labels as segments.py defines them); the expected spellings are the
words' ALA-LC forms by the scheme's rules, not our output."""
from __future__ import annotations

from aligner.names.lexicon import LexEntry, known_stems
from aligner.names.romanize import after_preposition, romanize
from aligner.names.spelling import carry, variants
from aligner.names.vowelling import Voweller


def _lex(rows: dict[str, str]) -> dict[str, LexEntry]:
    return {form: LexEntry(tuple(labels.split()), True, 5) for form, labels in rows.items()}


LEXICON = _lex({
    "البغدادي": "0a 1- 1a 1 1 0ā 1 0ī",      # al-Baghdādī
    "نعمى": "1u 1 1 0á",                     # Nuʻmá
    "عطية": "1a 1 ī1a 0",                   # ʻAṭīyah
    "سمير": "1a 1 0ī 1",                     # Samīr
    "مدرسة": "1a 1 1a 1a 0",                 # madrasah
    "كتاب": "1i 1 0ā 1",                     # kitāb
    "و": "1a-",
    "بكتاب": "1i- 1i 1 0ā 1",               # bi-kitāb
    "لكتاب": "1i- 1i 1 0ā 1",               # li-kitāb
    "للكتاب": "1i 1- 1i 1 0ā 1",            # lil-kitāb
    "إنشاد": "0i 1 1 0ā 1",                  # inshād
    "أحلام": "0a 1 1 0ā 1",                  # aḥlām
    "اكرام": "0i 1 1 0ā 1",                  # ikrām (bare alif in the lexicon)
    "والهاشمي": "1a- 0a 1- 1 0ā 1i 1 0ī",     # wa-al-Hāshimī
})


def test_variants_and_how_labels_carry() -> None:
    assert variants("بغدادى") == [("بغدادي", 5)]
    assert variants("عطيه") == [("عطية", 3)]
    assert variants("سمير") == []
    assert variants("انشاد") == [("أنشاد", 0), ("إنشاد", 0)]
    assert variants("والانشاد") == [("والأنشاد", 3), ("والإنشاد", 3)]
    assert variants("أحلام") == [("احلام", 0)]
    assert variants("بان") == []  # bi- is not taken off: بان is a word of its own
    # a dotless yāʼ or a Persian kāf inside the word: the Arabic letter, same reading
    assert variants("سمىر") == [("سمير", 2)]
    assert variants("کتاب") == [("كتاب", 0)]
    assert carry(("1a", "1", "0ī", "1"), "سمير", 2, "ى") == ("1a", "1", "0ī", "1")
    # tāʼ marbūṭah -ah becomes a written hāʼ; hāʼ read h (pausal -ah) becomes the tāʼ
    assert carry(("1a", "1", "ī1a", "0"), "عطية", 3, "ه") == ("1a", "1", "ī1a", "1")
    assert carry(("1i", "1", "1a", "1"), "نعمه", 3, "ة") == ("1i", "1", "1a", "0")
    # a pronoun -hu is not a tāʼ marbūṭah: no variant
    assert carry(("1i", "1", "0ā", "1", "1u"), "كتابه", 4, "ة") is None
    assert carry(("1u", "1", "1", "0á"), "نعمى", 3, "ي") == ("1u", "1", "1", "0á")
    # a hamzah seat must write the vowel the bare alif had: أ a or u, إ i
    assert carry(("0i", "1", "1", "0ā", "1"), "اكرام", 0, "إ") == ("0i", "1", "1", "0ā", "1")
    assert carry(("0i", "1", "1", "0ā", "1"), "اكرام", 0, "أ") is None


def test_a_word_known_in_the_other_spelling_is_read_as_that() -> None:
    voweller = Voweller(LEXICON)
    assert romanize("البغدادى", "alalc", voweller=voweller) == "al-Baghdādī"
    assert romanize("نعمي", "alalc", voweller=voweller) == "Nuʻmá"
    assert romanize("عطيه", "alalc", voweller=voweller) == "ʻAṭīyah"
    assert voweller.readings("عطيه")[0].source == "stem"
    # behind a proclitic too
    assert romanize("والبغدادى", "alalc", voweller=voweller) == "wa-al-Baghdādī"
    # the hamzah left off a stem-initial alif, or written where the lexicon has none
    assert romanize("انشاد", "alalc", voweller=voweller) == "Inshād"
    assert romanize("الاحلام", "alalc", voweller=voweller) == "al-Aḥlām"
    assert romanize("إكرام", "alalc", voweller=voweller) == "Ikrām"
    assert romanize("سمىر", "alalc", voweller=voweller) == "Samīr"
    assert romanize("کتاب", "alalc", proper=False, voweller=voweller) == "kitāb"


def test_a_stem_known_only_with_clitics_is_read_without_them() -> None:
    stems = known_stems(LEXICON)
    assert stems["هاشمي"].labels == ("1", "0ā", "1i", "1", "0ī")
    assert "كتاب" in stems and "و" not in stems
    voweller = Voweller(LEXICON)
    assert romanize("هاشمي", "alalc", voweller=voweller) == "Hāshimī"
    assert romanize("وهاشمي", "alalc", voweller=voweller) == "wa-Hāshimī"
    assert romanize("الهاشمي", "alalc", voweller=voweller) == "al-Hāshimī"
    assert voweller.readings("هاشمي")[0].source == "stem"


def test_bi_and_li_before_a_noun_without_the_article_make_it_construct() -> None:
    voweller = Voweller(LEXICON)
    assert after_preposition(("1i-", "1a", "1", "1a", "1a", "0"))     # bi-madrasah
    assert not after_preposition(("1i", "1-", "1a", "1", "1a", "1a", "0"))  # lil-
    assert not after_preposition(("1a-", "1a", "1", "1a", "1a", "0"))  # wa-
    assert not after_preposition(("1a", "1", "1a", "1a", "0"))
    assert romanize("بمدرسة", "alalc", voweller=voweller) == "bi-Madrasat"
    assert romanize("لمدرسة", "alalc", proper=False, voweller=voweller) == "li-madrasat"
    assert romanize("ومدرسة", "alalc", voweller=voweller) == "wa-Madrasah"
    assert romanize("مدرسة", "alalc", voweller=voweller) == "Madrasah"
    assert romanize("للمدرسة", "alalc", voweller=voweller) == "lil-Madrasah"
