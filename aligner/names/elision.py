"""French elision in front of a name that a fix rewrites.

Why: a fix replaces the name only, but in French the word before it depends on the name's
first sound: "la route de Qaem" becomes "la route d’al-Qaïm" when al-Qaïm is chosen, and
"d’al-Qaïm" becomes "de Qaem" the other way; writing the name alone would leave
"d’Qaem" or "de al-Qaïm". The words that elide before a vowel are de, que and the
conjunctions ending in que; le and la elide too, but l’ before a consonant cannot tell
le from la, so that direction is left alone. Names starting with h are left as they are
(French writes both "de Hassan" and "d’Hassan").
"""
from __future__ import annotations

import re

from aligner.text.fold import APOSTROPHES

# full form -> elided form (without its apostrophe)
_ELIDING = {"de": "d", "que": "qu", "jusque": "jusqu", "lorsque": "lorsqu",
            "puisque": "puisqu", "quoique": "quoiqu", "le": "l", "la": "l"}
_RESTORE = {short: full for full, short in _ELIDING.items() if short != "l"}
# The apostrophes French text writes elision with (typographic and typewriter).
_ELISION_APOSTROPHES = "’'"
_FULL_BEFORE = re.compile(r"(?<!\w)(" + "|".join(_ELIDING) + r")(\s+)$", re.IGNORECASE)
_ELIDED_BEFORE = re.compile(r"(?<!\w)(" + "|".join(sorted(_RESTORE, key=len, reverse=True))
                            + r")([" + _ELISION_APOSTROPHES + r"])$", re.IGNORECASE)
_ANY_ELISION = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_RESTORE) + ["l"]) + r")(["
                          + _ELISION_APOSTROPHES + r"])(?=\w)", re.IGNORECASE)
_VOWELS = frozenset("aeiouyàâäéèêëîïôöûüùœæ")
ELIDING_LANGS = frozenset({"fr"})


def _first_letter(name: str) -> str:
    for ch in name:
        if ch in APOSTROPHES:  # ʻ and ʼ are letters to Unicode, not sounds to French
            continue
        return ch.lower() if ch.isalpha() else ""
    return ""


def starts_with_vowel(name: str) -> bool | None:
    """True for a vowel, False for a consonant, None for h (either way is French)."""
    first = _first_letter(name)
    if not first or first == "h":
        return None
    return first in _VOWELS


def _apostrophe_of(text: str) -> str:
    """The apostrophe the sentence already elides with, else the typographic one."""
    m = _ANY_ELISION.search(text)
    return m.group(1) if m else "’"


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def elision_fix(text: str, start: int, new_name: str, lang: str
                ) -> tuple[int, int, str] | None:
    """The change to the word before `start` that writing `new_name` there calls for, as
    (start, end, new text) in `text`, or None when the word before is right as it is."""
    if lang not in ELIDING_LANGS:
        return None
    vowel = starts_with_vowel(new_name)
    if vowel is None:
        return None
    before = text[:start]
    if vowel:
        m = _FULL_BEFORE.search(before)
        if m is None:
            return None
        word = m.group(1)
        short = _same_case(_ELIDING[word.lower()], word)
        return m.start(), start, short + _apostrophe_of(text)
    m = _ELIDED_BEFORE.search(before)
    if m is None:
        return None
    word = m.group(1)
    return m.start(), start, _same_case(_RESTORE[word.lower()], word) + " "
