"""Spelling variants of one name: keys that make them meet, and the tests that group them.

Why keys and not one similarity: the register looks up thousands of spellings, so each
spelling gets a few keys once (a dictionary look-up finds its group) and only spellings
that share a loose key are compared closely.

Latin spellings of one Arabic name differ in the article (al-/Al /el-/none), hyphens,
case, macrons and the apostrophe class (al-Qā’im, Al Qaim), and then in how the sounds
are written: vowels (Qaim / Qaem, Muhammad / Mohammed), digraphs (kh / x, sh / ch, ou /
u, dj / j) and doubled letters. `latin_name_key` (exact up to typography) comes from the one
folding module; `sound_key` flattens the sound spellings too, and `skeleton` keeps the
consonants only, for the loose first look.

Arabic forms of one name differ in hamza seats, alef and yaa variants, taa marbuta and
diacritics (the matching key folds those) and in typing slips: a letter missing or
doubled, or a dot misplaced (كاغينز / كاغيتر: the same letter shapes, dots apart).
`rasm` writes a form as its dotless letter shapes so dot slips meet.
"""
from __future__ import annotations

import re
from functools import lru_cache

from aligner.names.translit import THRESHOLD, name_similarity
from aligner.text.fold import latin_name_key, match_key, split_latin_article
from aligner.text.tokenize import clitic_tokens

# --- Latin -------------------------------------------------------------------------------

# Spellings of one sound, longest first (ordered replacement, applied left to right).
_SOUNDS = [
    ("tch", "c"), ("sch", "c"), ("kh", "x"), ("sh", "c"), ("ch", "c"), ("dj", "j"),
    ("gh", "g"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("qu", "k"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "i"), ("ai", "ai"),
    ("q", "k"), ("c", "k"), ("o", "u"), ("e", "i"), ("y", "i"), ("w", "u"), ("v", "f"),
]
_SOUND_RE = re.compile("|".join(re.escape(a) for a, _ in _SOUNDS))
_SOUND_MAP = dict(_SOUNDS)
_VOWELS = set("aiu")


@lru_cache(maxsize=65536)
def sound_key(latin: str) -> str:
    """A key that Qaim, Qaem, al-Qā’im, Al Qaim and El-Kaim share: article dropped,
    one letter per sound, doubled letters single, h after a consonant dropped."""
    _, key = split_latin_article(latin)
    key = _SOUND_RE.sub(lambda m: _SOUND_MAP[m.group()], key)
    out: list[str] = []
    for ch in key:
        if out and out[-1] == ch:
            continue  # doubled letters and long vowels: Mohammed ~ Mohamed, Qaa ~ Qa
        if ch == "h" and out and out[-1] not in _VOWELS:
            continue
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def skeleton(latin: str) -> str:
    """Consonants of the sound key (vowels dropped; j and g one class, as Egyptian
    spellings write ج with g: Khafagi, Gamal): the loosest Latin key."""
    return "".join(ch for ch in sound_key(latin) if ch not in _VOWELS).replace("j", "g")


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def latin_similarity(a: str, b: str) -> float:
    """1.0 for the same name up to typography and sound spelling; less as sounds differ."""
    ka, kb = sound_key(a), sound_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    return 1.0 - _levenshtein(ka, kb) / max(len(ka), len(kb))


# Two spellings are variants of one name when their sound keys are this close and their
# consonants agree (so Hamid ~ Hamed, but Hamid !~ Hamad only with Arabic evidence).
LATIN_VARIANT = 0.75


def latin_variants(a: str, b: str) -> bool:
    """Do these two Latin spellings write the same name? (al-Qaim ~ Qaem ~ Al Qā’im)"""
    if latin_name_key(a) == latin_name_key(b):
        return True
    if skeleton(a) != skeleton(b) or len(skeleton(a)) < 2:
        return False
    return latin_similarity(a, b) >= LATIN_VARIANT


# --- Arabic ------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def arabic_key(arabic: str) -> str:
    """The matching key of an Arabic name as written (a register form or an entity span,
    which leave proclitics out: see bare_arabic), hamza/alef/yaa/taa marbuta and
    diacritics folded. Proclitics are not split off here: a name may begin with the
    letters of one (بيونغ يانج is not ب + يونغ)."""
    return " ".join(match_key(w) for w in arabic.split())


def _nisba(word: str) -> str:
    """A nisba adjective's inflections to its base: السورية, السوريين, السوريون ->
    السوري (keys fold ة to ه). Short words are left alone."""
    for ending, keep in (("يين", 1), ("يون", 1), ("يه", 1)):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:len(word) - len(ending) + keep]
    return word


def bare_arabic(arabic: str) -> str:
    """The name without proclitics on its first word, as a register form: والقائم ->
    القائم, للقائم -> القائم (the article's unwritten alef put back)."""
    words = arabic.split()
    if not words:
        return ""
    pieces = clitic_tokens(words[0])
    if len(pieces) > 1 and pieces[-1].kind == "word":
        rest = pieces[-1].text
        if pieces[-2].text == "ل" and rest.startswith("ل") and not rest.startswith("ال"):
            rest = "ا" + rest
        words[0] = rest
    return " ".join(words)


# Dotless letter shapes (rasm): letters that differ only in their dots share a shape.
_RASM = str.maketrans({
    "ب": "ٮ", "ت": "ٮ", "ث": "ٮ", "ن": "ٮ", "ي": "ٮ", "ى": "ٮ", "ئ": "ٮ",
    "ج": "ح", "خ": "ح", "ذ": "د", "ز": "ر", "ش": "س", "ض": "ص", "ظ": "ط", "غ": "ع",
    "ق": "ف", "ة": "ه",
})


def rasm(arabic: str) -> str:
    """The letter shapes of an Arabic key without their dots (كاغينز, كاغيتر -> كاعٮٮر)."""
    return arabic_key(arabic).translate(_RASM)


def arabic_variants(a: str, b: str) -> bool:
    """Are these two Arabic forms one name written twice, a typing slip apart?

    Equal keys (hamza, alef, diacritics aside) or the same nisba adjective inflected
    (السورية / السوريين); or, for names of five letters or more,
    the same letter shapes (a dot slip) or one letter added, dropped or changed. Shorter
    names are left alone: حسن and حسين are two names, not a slip.
    """
    ka, kb = arabic_key(a), arabic_key(b)
    if ka == kb:
        return True
    if ka.count(" ") == kb.count(" ") and \
            [_nisba(w) for w in ka.split()] == [_nisba(w) for w in kb.split()]:
        return True  # one adjective inflected (the Syrian ... / the Syrians)
    if min(len(ka.replace(" ", "")), len(kb.replace(" ", ""))) < 5:
        return False
    if ka.count(" ") != kb.count(" "):
        return False
    return rasm(a) == rasm(b) or _levenshtein(ka, kb) <= 1


def spells(arabic: str, latin: str) -> bool:
    """Does the Latin spelling write this Arabic name (the name matcher's verdict)?"""
    a_words, l_words = arabic.split(), latin.split()
    if len(a_words) == 1 or len(a_words) != len(l_words):
        return name_similarity(arabic, latin) >= THRESHOLD
    return all(name_similarity(x, y) >= THRESHOLD for x, y in zip(a_words, l_words))
