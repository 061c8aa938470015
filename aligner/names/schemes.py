"""Romanization schemes for Arabic: one readable table per scheme, with its reference.

Why tables and not code: once a word is vowelled (see vowelling.py), every scheme is a
character mapping plus a few conventions (the article, tāʼ marbūṭah, the nisba, hamza at
the start of a word). A scheme is therefore data: the Latin for each consonant, for each
vowel, and a handful of switches. The engine (romanize.py) applies one of them to a
vowelled word; nothing else differs between schemes.

A vowelled word is a list of segments, one per Arabic letter (see vowelling.Seg): the
letter, how many times its consonant is written (0, 1 or 2 for shaddah), the vowel after
it, a long vowel written before it (the ī of -īyah) and whether a hyphen follows (the
proclitics wa-, bi-, li- and the article al-).

Buckwalter is not in this file's sense a romanization: it maps characters one to one
(letters, vowel marks and all) so that it can be reversed; see BUCKWALTER below.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from aligner.text import fold

# The Arabic consonants by their phoneme; hamzah seats all map to "ء", and the Persian
# and Maghrebi letters that turn up in names to their nearest value.
ARABIC_CONSONANT = {
    "ء": "ء", "أ": "ء", "إ": "ء", "آ": "ء", "ؤ": "ء", "ئ": "ء", "ا": "ء", "ٱ": "ء", "ٳ": "ء",
    "ب": "ب", "ت": "ت", "ة": "ت", "ث": "ث", "ج": "ج", "ح": "ح", "خ": "خ", "د": "د", "ذ": "ذ",
    "ر": "ر", "ز": "ز", "س": "س", "ش": "ش", "ص": "ص", "ض": "ض", "ط": "ط", "ظ": "ظ", "ع": "ع",
    "غ": "غ", "ف": "ف", "ق": "ق", "ك": "ك", "ک": "ك", "ل": "ل", "م": "م", "ن": "ن", "ه": "ه",
    "ھ": "ه", "ۀ": "ه", "و": "و", "ي": "ي", "ی": "ي", "ى": "ي", "ې": "ي", "ے": "ي", "ۓ": "ي",
    "پ": "پ", "چ": "چ", "ڤ": "ڤ", "ڢ": "ڤ", "گ": "گ", "ڭ": "گ", "ڨ": "گ", "ڰ": "گ", "ژ": "ژ",
    "ڄ": "ج", "ڑ": "ر", "ێ": "ي",
}

# Letters the article assimilates to (al-shams -> ash-shams) in schemes that do so.
SUN_LETTERS = fold.SUN_LETTERS

# Vowel keys used by segments: short, long, alif maqṣūrah, and nunation.
VOWELS = ("a", "i", "u", "ā", "ī", "ū", "á", "an", "in", "un")


@dataclass(frozen=True)
class Scheme:
    """One romanization scheme: its tables and its conventions."""

    key: str
    title: str
    reference: str
    consonants: dict[str, str]
    vowels: dict[str, str]
    taa_pausal: str            # tāʼ marbūṭah at the end of a phrase (after its -a)
    taa_construct: str         # in the construct state (Madīnat al-...)
    long_before: dict[str, str]  # ī / ū written before a doubled y / w (-īyah, -ūw-)
    double_after_long: bool    # IJMES: -iyya (the y doubled after the short i)
    assimilate: bool           # al-shams -> ash-shams
    elide_after_clitic: bool   # wa-al- -> wa-l-
    initial_hamza: bool        # write ʼ for a hamzah that starts a word
    capitals: bool = True      # proper names capitalised (ʻAbd, al-Qāʼim)
    digraph_separator: str = ""  # ALA-LC: Adʹham (d + h is not dh)
    digraphs: frozenset[str] = field(default_factory=frozenset)


_BASE_CONSONANTS = {
    "ب": "b", "ت": "t", "د": "d", "ر": "r", "ز": "z", "س": "s", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y",
    "پ": "p", "ڤ": "v", "گ": "g",
}

# ALA-LC Romanization Tables, Arabic (Library of Congress, 2012 revision): ʻ U+02BB and
# ʼ U+02BC, digraphs th kh dh sh gh with a prime where two letters would read as one,
# -ah / -at, á for alif maqṣūrah, -īyah, al- never assimilated, wa-al-, bi-al-, lil-.
ALALC = Scheme(
    key="alalc", title="ALA-LC",
    reference="ALA-LC Romanization Tables: Arabic (Library of Congress, 2012)",
    consonants=_BASE_CONSONANTS | {
        "ء": "ʼ", "ث": "th", "ج": "j", "ح": "ḥ", "خ": "kh", "ذ": "dh", "ش": "sh",
        "ص": "ṣ", "ض": "ḍ", "ط": "ṭ", "ظ": "ẓ", "ع": "ʻ", "غ": "gh", "چ": "ch", "ژ": "zh"},
    vowels={"a": "a", "i": "i", "u": "u", "ā": "ā", "ī": "ī", "ū": "ū", "á": "á",
            "an": "an", "in": "in", "un": "un"},
    taa_pausal="h", taa_construct="t",
    long_before={"ī": "ī", "ū": "ū"}, double_after_long=False,
    assimilate=False, elide_after_clitic=False, initial_hamza=False,
    digraph_separator="ʹ", digraphs=frozenset({"th", "kh", "dh", "sh", "gh", "zh", "ch"}),
)

# DIN 31635 (2011), the German (DMG) standard: one sign per letter (ṯ ǧ ḥ ḫ ḏ š ṣ ḍ ṭ ẓ
# ġ), ʿ U+02BF and ʾ U+02BE, alif maqṣūrah ā, tāʾ marbūṭa -a / -at, nisba -īya, the
# article assimilated (aš-Šams) and elided after a proclitic (wa-l-), nunation dropped
# except -an.
DIN = Scheme(
    key="din", title="DIN 31635",
    reference="DIN 31635:2011-07, Umschrift des arabischen Alphabets",
    consonants=_BASE_CONSONANTS | {
        "ء": "ʾ", "ث": "ṯ", "ج": "ǧ", "ح": "ḥ", "خ": "ḫ", "ذ": "ḏ", "ش": "š",
        "ص": "ṣ", "ض": "ḍ", "ط": "ṭ", "ظ": "ẓ", "ع": "ʿ", "غ": "ġ", "چ": "č", "ژ": "ž"},
    vowels={"a": "a", "i": "i", "u": "u", "ā": "ā", "ī": "ī", "ū": "ū", "á": "ā",
            "an": "an", "in": "", "un": ""},
    taa_pausal="", taa_construct="t",
    long_before={"ī": "ī", "ū": "ū"}, double_after_long=False,
    assimilate=True, elide_after_clitic=True, initial_hamza=False,
)

# IJMES transliteration (International Journal of Middle East Studies): ʿ ʾ, digraphs
# without a separator, ā for alif maqṣūrah, -a / -at, -iyya and -uwwa, al- never
# assimilated, elided after a proclitic (wa-l-).
IJMES = Scheme(
    key="ijmes", title="IJMES",
    reference="IJMES Translation and Transliteration Guide (Cambridge University Press)",
    consonants=_BASE_CONSONANTS | {
        "ء": "ʾ", "ث": "th", "ج": "j", "ح": "ḥ", "خ": "kh", "ذ": "dh", "ش": "sh",
        "ص": "ṣ", "ض": "ḍ", "ط": "ṭ", "ظ": "ẓ", "ع": "ʿ", "غ": "gh", "چ": "ch", "ژ": "zh"},
    vowels={"a": "a", "i": "i", "u": "u", "ā": "ā", "ī": "ī", "ū": "ū", "á": "ā",
            "an": "an", "in": "", "un": ""},
    taa_pausal="", taa_construct="t",
    long_before={"ī": "i", "ū": "u"}, double_after_long=True,
    assimilate=False, elide_after_clitic=True, initial_hamza=False,
)

# BGN/PCGN 1956 (revised presentation 2019), for geographical names: cedillas ḩ ş ḑ ţ z̧,
# ʻ ʼ, á for alif maqṣūrah, -ah / -at, -īyah, the article hyphenated and assimilated.
BGN = Scheme(
    key="bgn", title="BGN/PCGN 1956",
    reference="Romanization of Arabic, BGN/PCGN 1956 System (revised presentation 2019)",
    consonants=_BASE_CONSONANTS | {
        "ء": "ʼ", "ث": "th", "ج": "j", "ح": "ḩ", "خ": "kh", "ذ": "dh", "ش": "sh",
        "ص": "ş", "ض": "ḑ", "ط": "ţ", "ظ": "z̧", "ع": "ʻ", "غ": "gh", "چ": "ch", "ژ": "zh"},
    vowels={"a": "a", "i": "i", "u": "u", "ā": "ā", "ī": "ī", "ū": "ū", "á": "á",
            "an": "an", "in": "in", "un": "un"},
    taa_pausal="h", taa_construct="t",
    long_before={"ī": "ī", "ū": "ū"}, double_after_long=False,
    assimilate=True, elide_after_clitic=False, initial_hamza=False,
)

# A plain news style: ALA-LC's consonant digraphs, no diacritics at all, ʻayn and hamzah
# dropped, -a for tāʼ marbūṭah, -iya (al-Qaim, al-Khafaji, Fatima, al-Islamiya).
NEWS = Scheme(
    key="news", title="news (plain)",
    reference="English-language press usage: ALA-LC letters without diacritics",
    consonants=_BASE_CONSONANTS | {
        "ء": "", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "ذ": "dh", "ش": "sh",
        "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "چ": "ch", "ژ": "zh"},
    vowels={"a": "a", "i": "i", "u": "u", "ā": "a", "ī": "i", "ū": "u", "á": "a",
            "an": "an", "in": "", "un": ""},
    taa_pausal="", taa_construct="t",
    long_before={"ī": "i", "ū": "u"}, double_after_long=False,
    assimilate=False, elide_after_clitic=False, initial_hamza=False,
)

SCHEMES: dict[str, Scheme] = {s.key: s for s in (ALALC, DIN, IJMES, BGN, NEWS)}

# Tim Buckwalter's transliteration (as used by the Penn Arabic Treebank): one ASCII
# character per Arabic character, marks included, so it reverses exactly.
BUCKWALTER = {
    "ء": "'", "آ": "|", "أ": ">", "ؤ": "&", "إ": "<", "ئ": "}", "ا": "A", "ب": "b",
    "ة": "p", "ت": "t", "ث": "v", "ج": "j", "ح": "H", "خ": "x", "د": "d", "ذ": "*",
    "ر": "r", "ز": "z", "س": "s", "ش": "$", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z",
    "ع": "E", "غ": "g", "ـ": "_", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ى": "Y", "ي": "y", "ً": "F", "ٌ": "N", "ٍ": "K",
    "َ": "a", "ُ": "u", "ِ": "i", "ّ": "~", "ْ": "o", "ٰ": "`", "ٱ": "{",
    "پ": "P", "چ": "J", "ڤ": "V", "گ": "G",
}
BUCKWALTER_REVERSE = {v: k for k, v in BUCKWALTER.items()}

SCHEME_KEYS = tuple(SCHEMES) + ("buckwalter",)

# Each scheme's own signs for hamzah and ʿayn are modifier letters (DIN ʾ ʿ, ALA-LC and
# BGN ʼ ʻ); print often sets them as typographic quotes instead (al-Qā’im, Dā‘iš), the
# fonts of newspapers and many publishers lacking the modifier letters. `dragoman
# romanize --apostrophes typographic` writes them so, in any scheme.
TYPOGRAPHIC_MARKS = str.maketrans({"ʾ": "’", "ʼ": "’", "ʿ": "‘", "ʻ": "‘"})
