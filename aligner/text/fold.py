"""Character classes and folding for Arabic and Latin text: the one place for these rules.

Everything that compares text imports from here: the segmenter and tokenizer, find and
duplicate detection, the aligner's features and lexicons, the name matcher, the entity
matcher, boilerplate detection. A fold is a key for comparing, never a rewrite of stored
text. Arabic letter tables come from `pyarabic.araby`; the folds are built once into
`str.translate` tables (one C-speed pass, where pyarabic's strip helpers do one
`str.replace` per mark).

The folds, each with its reason (applied by the keys below as listed there):

- Arabic diacritics (`ARABIC_DIACRITICS`: harakat, tanwin, shadda, sukun, superscript and
  small alef/waw/yeh, Quranic marks) and tatweel are removed: most text is unvowelled, so a
  vowelled word must meet its unvowelled spelling; tatweel only stretches a word.
- Alef and hamza variants: أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي, ى -> ي: web and news text writes
  the hamza seat and the final ya/alef maqsura inconsistently (القايم for القائم, مسئول and
  مسؤول, على written علي).
- Persian ی ک -> Arabic ي ك: the same letters under other code points, common in web text.
- Eastern Arabic (٠-٩) and Persian (۰-۹) digits -> ASCII digits: one number, many scripts.
- Invisible bidi controls, the Arabic letter mark, BOM/ZWNBSP and soft hyphen are removed:
  they change no word but would change every key they sit in.
- Ta marbuta ة -> ه: only in the *word* keys (`match_key`, the name keys). Web text writes
  مدرسه for مدرسة, and matching words across texts and dictionaries wants both; in running
  text (`text_key`, find) it stays, because folding it merges the feminine ending with the
  pronoun suffix (كتابة "writing" / كتابه "his book") in every search.
- The apostrophe class ' ’ ‘ ʼ ʻ ʾ ʿ: removed in word keys (al-Qā’im, al-Qaim, al-Qāʾim are
  one name; O’Brien, O'Brien one word); in text keys folded to ASCII ', and the other
  typographic quotes to ASCII ' and ", so what the user types finds what the text has.
- Latin case and accents (macrons, acutes...): word keys casefold and drop them (Élysée,
  elysee); the text key casefolds but keeps accents (a French search for "été" should not
  stop at every "ete" of an English sentence, and its offsets stay per character).
- Latin names (`latin_name_key`): also scholarly letters to digraphs (š -> sh, ḫ -> kh,
  ṯ -> th...), any article form (al-, Al-, el-, Al , ul-, assimilated ash-Sh, ad-D) -> "al",
  and hyphens, spaces and apostrophes gone: al-Qā’im, Al Qaim, el-Qaim -> "alqaim".
- Arabic proclitics (`arabic_forms`): a word may carry و or ف, then ب ل or ك, then the
  article ال; ل + ال is written لل (للعراق). Matching a name tries the word without them,
  whole forms only, so القائم matches والقائم and بالقائم but never القائمة.

Case of the offset map: `normalize_for_matching` keeps case (casefolding can change a
text's length, ß -> ss), so its callers match case-insensitively.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from pyarabic import araby

# ---------------------------------------------------------------------------------------
# Character classes

TATWEEL = araby.TATWEEL
SHADDA = araby.SHADDA
#: Harakat, tanwin, shadda, sukun, Quranic marks, superscript alef (all the combining marks
#: of the Arabic block) and the small waw/yeh.
ARABIC_DIACRITICS = frozenset(araby.DIACRITICS) | frozenset(araby.SMALL)
#: Invisible direction controls, the Arabic letter mark, BOM/ZWNBSP and soft hyphen.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad")
#: The apostrophe class: ' ’ ‘ ʼ ʻ ʾ ʿ (ASCII, curly, modifier letters for hamza and ain).
APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02be\u02bf"
#: Arabic Unicode blocks: Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms.
ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF))
#: Arabic-script letters (not marks, digits or punctuation), as a regex class body.
ARABIC_LETTER_CLASS = ("\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
                       "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc")
#: Latin letters (Basic Latin, Latin-1, Extended-A/B, Extended Additional), a class body.
LATIN_LETTER_CLASS = ("A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
                      "\u1e00-\u1eff")
ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTER_CLASS}]")
LATIN_LETTER_RE = re.compile(f"[{LATIN_LETTER_CLASS}]")
ARABIC_CHAR_RE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ARABIC_BLOCKS) + "]")


def _class_body(chars: Iterable[str]) -> str:
    """A regex character-class body for a set of characters (runs become ranges)."""
    codes = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(re.escape(chr(codes[i])) + ("" if i == j else "-" + re.escape(chr(codes[j]))))
        i = j + 1
    return "".join(parts)


#: Arabic diacritics and tatweel, as a regex class body: they sit inside words.
ARABIC_MARKS_CLASS = _class_body(ARABIC_DIACRITICS | {TATWEEL})
#: The same without shadda (for code that reads shadda as a doubled letter).
ARABIC_MARKS_NO_SHADDA_CLASS = _class_body((ARABIC_DIACRITICS - {SHADDA}) | {TATWEEL})

# Proclitics: the conjunctions و ف, then the prepositions ب ل ك, then the article ال.
CONJUNCTIONS = araby.WAW + araby.FEH
PREPOSITIONS = araby.BEH + araby.LAM + araby.KAF
PROCLITICS = CONJUNCTIONS + PREPOSITIONS
ARTICLE = araby.ALEF + araby.LAM
SUN_LETTERS = frozenset(araby.SUN)


def is_arabic_char(ch: str) -> bool:
    """Any character of the Arabic blocks (letters, marks, digits, punctuation)."""
    o = ord(ch)
    return any(a <= o <= b for a, b in ARABIC_BLOCKS)


def has_arabic(text: str) -> bool:
    return ARABIC_CHAR_RE.search(text) is not None


def is_arabic_letter(ch: str) -> bool:
    return ARABIC_LETTER_RE.fullmatch(ch) is not None


def is_latin_letter(ch: str) -> bool:
    return LATIN_LETTER_RE.fullmatch(ch) is not None


def is_arabic_diacritic(ch: str) -> bool:
    """Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks."""
    return ch in ARABIC_DIACRITICS


# ---------------------------------------------------------------------------------------
# Function words (written for this project): words that carry no content. One list per
# language; the lexicon drops them, the tokenizer knows they follow a proclitic (وفي),
# language detection counts the ones only one language has, the segmenter takes them as
# sentence openers after an abbreviation.

_FUNCTION_TEXT = {
    "en": """a an the and or but nor so yet if then than that this these those there here
        of in on at to from by with without for about as into onto over under between
        through during before after above below up down out off again further once
        is am are was were be been being have has had having do does did doing will would
        shall should can could may might must i me my mine we us our ours you your yours
        he him his she her hers it its they them their theirs what which who whom whose
        when where why how all any both each few more most other some such no not only
        own same too very just also s t don now it's one ones upon via per said says
        whether while because although though until unless since whereas however
        meanwhile""",
    "fr": """le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi
        dont où ce cet cette ces c ça cela ceci il ils elle elles on nous vous je j tu
        me m te t se s lui leur leurs eux moi toi soi mon ma mes ton ta tes son sa ses
        notre nos votre vos y en ne n pas plus moins très trop aussi ainsi alors dans sur
        sous avec sans pour par vers chez entre depuis pendant avant après contre selon
        est sont était étaient été être a ai as ont avait avaient avoir fait faire
        si comme tout tous toute toutes même autre autres quel quelle quels quelles
        lequel laquelle lesquels auquel duquel lors puis""",
    "ar": """في من إلى الى على عن مع هو هي هم هن هما نحن أنا انا أنت انت أنتم ما لا لم لن قد
        إن ان أن كان كانت كانوا يكون تكون ذلك هذا هذه هؤلاء تلك الذي التي الذين اللذين
        اللتين اللواتي بعد قبل حتى حيث كما كل غير بين أي اي منذ عند عندما أو او ثم إذ لو
        لقد قال قالت يقول إذا اذا لكن أيضا ايضا فقط بل ليس ليست أم إلا الا سوف له لها لهم
        به بها بهم فيه فيها منه منها عليه عليها إليه إليها يا و ف ب ل ك تم أكد اكد أضاف
        اضاف""",
}
#: Function words as written (lower case), per language.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split()) for lang, text in _FUNCTION_TEXT.items()
}

#: French elided article or pronoun at the start of a word: l’armée, d’Irak, qu’il.
FR_ELISION_RE = re.compile(
    rf"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)[{APOSTROPHES}]", re.IGNORECASE)

# ---------------------------------------------------------------------------------------
# Fold tables

_ARABIC_VARIANTS = {
    araby.ALEF_HAMZA_ABOVE: araby.ALEF, araby.ALEF_HAMZA_BELOW: araby.ALEF,
    araby.ALEF_MADDA: araby.ALEF, araby.ALEF_WASLA: araby.ALEF,
    araby.ALEF_MAKSURA: araby.YEH, araby.YEH_HAMZA: araby.YEH, araby.WAW_HAMZA: araby.WAW,
    "\u06cc": araby.YEH, "\u06a9": araby.KAF,  # Persian ی ک
}
_DIGITS = {ord(c): str(i) for i, c in enumerate(araby.NUMBERS_EAST)}
_DIGITS.update({ord(c): str(i) for i, c in enumerate(araby.NUMBERS_PERS)})
_QUOTES = {c: "'" for c in APOSTROPHES[1:] + "\u201a\u201b\u2032\u2039\u203a"}
_QUOTES.update({c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_DROP = ARABIC_DIACRITICS | BIDI_CONTROLS | {TATWEEL}

#: Characters -> replacement (or "" to drop) of the text key, per character.
_TEXT_FOLD: dict[str, str] = {c: "" for c in _DROP}
_TEXT_FOLD.update(_ARABIC_VARIANTS)
_TEXT_FOLD.update({chr(k): v for k, v in _DIGITS.items()})
_TEXT_FOLD.update(_QUOTES)
_TEXT_TABLE: dict[int, str | None] = {ord(k): (v or None) for k, v in _TEXT_FOLD.items()}

_WORD_TABLE: dict[int, str | None] = {ord(c): None for c in _DROP | set(APOSTROPHES)}
_WORD_TABLE.update({ord(k): v for k, v in _ARABIC_VARIANTS.items()})
_WORD_TABLE[ord(araby.TEH_MARBUTA)] = araby.HEH
_WORD_TABLE.update(_DIGITS)
# Characters the word table does not cover (Latin accents, ligatures, presentation forms).
_NEEDS_NFKD = re.compile(r"[^\x00-\x7F\u0600-\u06FF]")
# Latin letters NFKD does not decompose, and scholarly transliteration letters as the
# digraphs news spelling uses (names only).
_LATIN_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
                                "œ": "oe", "Œ": "oe", "ı": "i", "ł": "l", "Ł": "l",
                                "đ": "d", "Đ": "d", "þ": "th", "ð": "dh"})
_SCHOLARLY = str.maketrans({"š": "sh", "Š": "sh", "č": "ch", "Č": "ch", "ž": "zh",
                            "Ž": "zh", "ġ": "gh", "Ġ": "gh", "ḫ": "kh", "Ḫ": "kh",
                            "ẖ": "kh", "ṯ": "th", "Ṯ": "th", "ḏ": "dh", "Ḏ": "dh",
                            "ǧ": "j", "Ǧ": "j"})


# ---------------------------------------------------------------------------------------
# Simple folds


def strip_arabic_marks(text: str, *, keep_shadda: bool = False) -> str:
    """`text` without Arabic diacritics and tatweel (shadda kept if asked)."""
    # most text has no mark at all: a search is ten times faster than translate's lookup
    # of every character (a book's sentences: 2 ms against 25 ms)
    if not _ANY_MARK(text):
        return text
    return text.translate(_SHADDA_KEPT if keep_shadda else _MARKS_TABLE)


_MARKS_TABLE: dict[int, None] = {ord(c): None for c in ARABIC_DIACRITICS | {TATWEEL}}
_SHADDA_KEPT: dict[int, None] = {k: v for k, v in _MARKS_TABLE.items() if k != ord(SHADDA)}
_ANY_MARK = re.compile("[" + re.escape("".join(sorted(map(chr, _MARKS_TABLE)))) + "]").search


def ascii_digits(text: str) -> str:
    """Eastern Arabic and Persian digits as ASCII digits."""
    return text.translate(_DIGITS)


def strip_accents(text: str) -> str:
    """Latin accents and other combining marks removed, ß æ ø ł... spelled in ASCII."""
    s = unicodedata.normalize("NFKD", text.translate(_LATIN_LETTERS))
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


# ---------------------------------------------------------------------------------------
# Keys


class HasText(Protocol):
    text: str


def match_key(word: str | HasText, lang: str = "") -> str:
    """The word key: for matching words and names across texts, dictionaries and scripts.

    Lower case, no accents or diacritics, tatweel, bidi controls or apostrophes; Arabic
    alef/hamza/ya variants and ta marbuta folded; digits ASCII. "Irak" and "irak", "Élysée"
    and "elysee", "أحمد" and "احمد", "مدرسة" and "مدرسه", "al-Qā’im" and "al-Qaim" meet.
    `word` is a string or has a `.text` (a Token); `lang` is accepted for callers that have
    it, the fold is the same for all languages.
    """
    s = word if isinstance(word, str) else word.text
    if s.isascii():
        return s.replace("'", "").lower()
    if _NEEDS_NFKD.search(s):
        s = strip_accents(s)
    return s.translate(_WORD_TABLE).casefold()


def text_key(text: str) -> str:
    """The text key: for find and duplicate detection, at C speed (it runs on every
    paragraph imported and every row searched).

    NFC, the text folds (Arabic marks, variants, digits, quotes, bidi controls; ta marbuta
    and Latin accents kept), casefolded, white space collapsed: equal to the casefolded,
    space-collapsed `normalize_for_matching(text).text`.
    """
    key = unicodedata.normalize("NFC", text).translate(_TEXT_TABLE)
    return " ".join(key.casefold().split())


@dataclass(frozen=True)
class NormalizedText:
    """The key text and, for each of its characters, the original code-point offset.

    `to_original` has len(text) + 1 entries: the last maps the end of the key to the end of
    the original, so a key span [s, e) maps to the original [to_original[s],
    to_original[e]).
    """

    text: str
    to_original: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covered by key [start, end) (marks after the last
        character, e.g. its vowel signs, are included)."""
        if start >= end:
            return self.to_original[start], self.to_original[start]
        return self.to_original[start], self.to_original[end]


def _clusters(text: str) -> Iterable[tuple[int, str]]:
    """Yield (offset, chunk): a starter and the combining marks after it.

    NFC only composes within such a chunk (Hangul jamo aside), so normalising chunk by
    chunk keeps track of where every output character came from.
    """
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            yield start, text[start:i]
            start = i


def normalize_for_matching(text: str, lang: str | None = None, *,
                           fold_ta_marbuta: bool = False) -> NormalizedText:
    """The text folds of `text_key` (case kept, spaces as they are), with a map from each
    key character back to its offset in `text`, so a match found on the key can be shown
    or tagged on the original. `fold_ta_marbuta` also folds ة -> ه. `lang` is accepted
    for callers that have it; the folds are the same for all languages.
    """
    out: list[str] = []
    to_orig: list[int] = []
    for offset, chunk in _clusters(text):
        for ch in unicodedata.normalize("NFC", chunk):
            if fold_ta_marbuta and ch == araby.TEH_MARBUTA:
                ch = araby.HEH
            folded = _TEXT_FOLD.get(ch, ch)
            if folded:
                out.append(folded)
                to_orig.append(offset)
    to_orig.append(len(text))
    return NormalizedText("".join(out), to_orig)


# ---------------------------------------------------------------------------------------
# Names

# The article as Latin spellings write it: al-, el-, ul-, "al ", and assimilated to a sun
# letter (ad-D, ash-Sh, ar-R, an-N...), which needs the hyphen and the doubled consonant.
# Names are matched on strings here and on word lists in aligner.entities.words: both
# take their forms from these two sets.
LATIN_ARTICLES = frozenset({"al", "el", "ul"})
_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n", "ṣ", "ṭ", "ḍ", "ẓ")
SUN_ARTICLES = frozenset("a" + sun for sun in _SUN_LETTERS)
_LATIN_ARTICLE = re.compile(
    r"^(?:" + "|".join(sorted(LATIN_ARTICLES)) + r")[\s\-_\u2010]+(?=\w)"
    r"|^a(?P<sun>" + "|".join(_SUN_LETTERS) + r")[\-\u2010](?=(?P=sun))",
    re.IGNORECASE,
)


def split_latin_article(latin: str) -> tuple[bool, str]:
    """(has an article, the rest as lowercase ASCII letters) of a Latin name.

    al-Qā’im, Al Qaim, el-Qaim -> (True, "qaim"); ash-Shām -> (True, "sham");
    Dāʿiš -> (False, "daish"). Hyphens, spaces and apostrophes go with the accents.
    """
    s = unicodedata.normalize("NFC", latin.strip()).translate(_SCHOLARLY)
    m = _LATIN_ARTICLE.match(s)
    if m:
        s = s[m.end():]
    s = strip_accents(s)
    return bool(m), "".join(ch for ch in s.lower() if "a" <= ch <= "z")


def latin_name_key(latin: str) -> str:
    """A Latin name's key: lowercase ASCII letters, any article form written "al"
    (al-Qā’im, Al Qaim, el-Qaim, al-Qaim -> "alqaim")."""
    article, rest = split_latin_article(latin)
    return ("al" if article else "") + rest


def arabic_forms(word: str) -> list[str]:
    """The word keys an Arabic word may stand for, without its proclitics and article.

    و or ف, then ب ل or ك, then ال, each optional; ل + ال is written لل (للعراق -> العراق).
    Whole forms only, longest first, each at least two letters: والقائم -> [والقائم,
    القائم, قائم]; القائمة -> [القائمه, قائمه], so a name matches with its proclitics but
    never inside another word. Mechanical: it also offers وزير -> زير; match the forms
    against known names, not to split text (the tokenizer's `clitic_tokens` does that).
    """
    key = match_key(word)
    out = [key]

    def add(form: str) -> None:
        if len(form) >= 2 and form not in out:
            out.append(form)

    rests = [key]
    if key[:1] in CONJUNCTIONS:
        rests.append(key[1:])
    for rest in list(rests):
        if rest[:1] in PREPOSITIONS:
            after = rest[1:]
            if rest[0] == araby.LAM and after[:1] == araby.LAM and not after.startswith(ARTICLE):
                after = ARTICLE + after[1:]  # لل = ل + ال
            rests.append(after)
    for rest in rests:
        add(rest)
        if rest.startswith(ARTICLE) and len(rest) >= 4:
            add(rest[2:])
    return out
