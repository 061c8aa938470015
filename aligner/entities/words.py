"""Words of a sentence as match keys with exact offsets, for entity matching.

Why: matching a name again (propagation) or across the bead (projection) compares words
with diacritics, alef/hamza/yaa/taa-marbuta variants, case, accents and apostrophes folded,
but the result must be a span of the original text. Each `Word` keeps its offsets and, per
key character, where it came from, so a proclitic can be cut off exactly (والقائم -> القائم).
The fold itself is `aligner.text.fold.match_key`, the project's one matching key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from aligner.text.fold import LATIN_ARTICLES, SUN_ARTICLES, has_arabic, match_key
from aligner.text.tokenize import word_tokens

_HYPHENS = "-\u2010\u2011"
# Latin articles written before a name (al-Qaim, el-Baradei, Al Qaim; ash-Sham only with a
# hyphen and the doubled consonant): the forms are aligner.text.fold's


def is_arabic(text: str) -> bool:
    return has_arabic(text)


@lru_cache(maxsize=4096)
def char_key(ch: str) -> str:
    """The fold of one character ('' for a diacritic, tatweel or apostrophe)."""
    return match_key(ch)


@dataclass(frozen=True)
class Word:
    """A word: [start, end) in the text, its key, and the text offset of each key char."""

    start: int
    end: int
    key: str
    offsets: tuple[int, ...]
    joined: bool = False  # Latin: joined to the previous word by a hyphen (al-Qaim)

    def offset_of(self, i: int) -> int:
        """Text offset where key character i starts (the end of the word for i == len)."""
        return self.offsets[i] if i < len(self.offsets) else self.end


def _keyed(text: str, start: int, end: int) -> tuple[str, tuple[int, ...]]:
    key: list[str] = []
    offs: list[int] = []
    for i in range(start, end):
        k = char_key(text[i])
        for c in k:
            key.append(c)
            offs.append(i)
    return "".join(key), tuple(offs)


def text_words(text: str, lang: str) -> list[Word]:
    """The words of `text` (numbers included, punctuation left out), keyed.

    Latin words are also cut at hyphens (al-Qā’im -> al + qaim, the second `joined`), and
    an English possessive or French elision is not part of the word (Qaim's, l’Irak).
    """
    lang = "ar" if lang == "ar" else ("fr" if lang == "fr" else "en")
    out: list[Word] = []
    for tok in word_tokens(text, lang):
        if tok.kind == "punct":
            continue
        if lang == "ar" or tok.kind == "num":
            key, offs = _keyed(text, tok.start, tok.end)
            if key:
                out.append(Word(tok.start, tok.end, key, offs))
            continue
        if tok.text[-1:] in "'’ʼ" or (len(tok.text) == 2 and tok.text[0] in "'’" and
                                      tok.text[1] in "sS"):
            continue  # l’ d’ qu’ and 's: not part of a name
        pos = tok.start
        joined = False
        for part in re.split(f"([{_HYPHENS}])", tok.text):
            if part and part not in _HYPHENS:
                key, offs = _keyed(text, pos, pos + len(part))
                if key:
                    out.append(Word(pos, pos + len(part), key, offs, joined))
                joined = True
            pos += len(part)
    return out


def latin_article_at(words: list[Word], i: int) -> bool:
    """Is words[i] an article in front of words[i + 1] (al-Qaim, Al Qaim, ash-Sham)?"""
    if i + 1 >= len(words):
        return False
    w, nxt = words[i], words[i + 1]
    if w.key in LATIN_ARTICLES:
        return True
    if w.key in SUN_ARTICLES and nxt.joined:
        return nxt.key.startswith(w.key[1:])
    return False


def adjacent(text: str, a: Word, b: Word) -> bool:
    """Nothing but spaces or a hyphen between two words (no punctuation)."""
    gap = text[a.end:b.start]
    return all(ch.isspace() or ch in _HYPHENS for ch in gap)
