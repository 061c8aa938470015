"""Finding a name again in other sentences (propagation: "tag all occurrences").

Arabic: the name may carry the proclitics و ف ب ل ك in front (والقائم, بالقائم), and ل
before the article drops its alef (للقائم = ل + القائم, tagged from the second lam, as the
span convention says); diacritics and alef/hamza/yaa/taa-marbuta variants are ignored; the
match always covers whole words, so القائم never matches inside القائمة. Latin: case,
accents and macrons, the apostrophe class and hyphens are folded, and the article may be
al-, Al-, el-, Al␣ or left out (al-Qā’im ~ Al Qaim ~ Qaim).
"""
from __future__ import annotations

from dataclasses import dataclass

from aligner.entities.words import Word, adjacent, latin_article_at, text_words

# Proclitic sequences that may stand before a word: one conjunction, then one preposition.
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_ARTICLE = "ال"


@dataclass(frozen=True)
class NameKey:
    """A name as matchable words: Arabic keys with the article restored (لجيش -> الجيش
    when cut from للجيش), or Latin keys without the article."""

    lang: str
    words: tuple[str, ...]
    article: bool = False  # Latin: the name was written with an article


def name_key(text: str, lang: str, before: str = "") -> NameKey | None:
    """The key of a name `text`; `before` is the text just before it in its sentence, so a
    name cut from ل + ال (للجيش العراقي -> لجيش العراقي) gets its article back."""
    ws = text_words(text, lang)
    if not ws:
        return None
    if lang == "ar":
        keys = [w.key for w in ws]
        if (before.endswith("ل") and keys[0].startswith("ل") and not keys[0].startswith(_ARTICLE)
                and len(keys[0]) >= 3):
            keys[0] = "ا" + keys[0]
        return NameKey("ar", tuple(keys))
    article = latin_article_at(ws, 0) and len(ws) > 1
    keys = [w.key for w in ws[1:]] if article else [w.key for w in ws]
    return NameKey(lang, tuple(keys), article)


def _arabic_start(word: Word, first: str) -> int | None:
    """Where the name starting with `first` begins in `word` (key index), or None."""
    key = word.key
    for p in _PROCLITICS:
        if key == p + first:
            if p and not first.startswith(_ARTICLE) and len(first) < (4 if "ك" in p else 3):
                continue  # كمال is not ك + مال: a short bare word is only matched whole
            return len(p)
    if first.startswith(_ARTICLE):
        for p in ("", "و", "ف"):
            if key == p + "لل" + first[2:] and len(first) >= 4:
                return len(p) + 1  # للقائم: the span starts at the remaining lam
    return None


def find_in_words(text: str, words: list[Word], name: NameKey) -> list[tuple[int, int]]:
    """Spans [start, end) of `name` in a text already split into `words`."""
    n = len(name.words)
    out: list[tuple[int, int]] = []
    if name.lang == "ar":
        for i in range(len(words) - n + 1):
            cut = _arabic_start(words[i], name.words[0])
            if cut is None:
                continue
            if all(words[i + k].key == name.words[k] and adjacent(text, words[i + k - 1],
                                                                   words[i + k])
                   for k in range(1, n)):
                out.append((words[i].offset_of(cut), words[i + n - 1].end))
        return out
    i = 0
    while i + n <= len(words):
        if [w.key for w in words[i:i + n]] == list(name.words) and all(
                adjacent(text, words[i + k - 1], words[i + k]) for k in range(1, n)):
            start = i
            if i > 0 and latin_article_at(words, i - 1) and adjacent(text, words[i - 1], words[i]):
                start = i - 1  # the article belongs to the name (al-Qaim)
            out.append((words[start].start, words[i + n - 1].end))
            i += n
        else:
            i += 1
    return out


def find_occurrences(text: str, lang: str, name: NameKey) -> list[tuple[int, int]]:
    """Every occurrence of `name` in `text`, as code-point spans of whole words."""
    if (lang == "ar") != (name.lang == "ar"):
        return []
    return find_in_words(text, text_words(text, lang), name)
