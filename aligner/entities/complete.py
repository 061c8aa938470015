"""Completing a projected span to the whole name the guidelines tag ("the longest name").

Projection matches words; a counterpart often has more of the name than its source:
- a person named by one part on one side is named in full on the other (ترامب ~ Donald
  Trump, الأسد ~ Bashar al-Assad), and a hyphenated given name is one word (Ri Yong-ho);
- a name written as one Latin word is often two Arabic words (بيونغ يانج ~ Pyongyang,
  كوالا لمبور ~ Kualalumpur), of which a dictionary may know only one.
The span grows only over words that cannot be anything else: no title, no country or
nationality word, nothing another entity holds.
"""
from __future__ import annotations

from collections.abc import Sequence

from aligner.entities import cues, resources
from aligner.entities.similarity import is_content
from aligner.entities.words import Word, adjacent, latin_article_at, text_words
from aligner.names import translit
from aligner.text.fold import match_key

Span = tuple[int, int]
# English words written after a hyphen to make an adjective of a name (Paris-born,
# Moscow-led); participles in -ed and -ing are recognised by their ending.
_COMBINING = frozenset("born led run made style like type based wide era".split())


def _free(span: Span, blocked: Sequence[Span]) -> bool:
    return not any(span[0] < e and s < span[1] for s, e in blocked)


def _name_word(text: str, w: Word) -> bool:
    """A capitalised word that can be part of a person's name (not a title, not a
    country or nationality, not a function word)."""
    word = text[w.start:w.end]
    return (word[:1].isupper() and not word.isupper() and is_content(w.key, "en")
            and not cues.is_latin_title(word)
            and resources.places().kind(word, "en") is None
            and resources.places().kind(word, "fr") is None)


# What joins an office to its domain in a title (Secretary of State, Minister for Trade).
_TITLE_LINKS = frozenset("of for".split())


def in_title(text: str, words: Sequence[Word], k: int) -> bool:
    """Is the capitalised words[k] part of a title written "office of domain" (Secretary
    of State, Minister of Foreign Affairs, Governor of the Central Bank)? Those words name
    the office, not the person after it; up to three capitalised words may stand between
    the link and words[k], each a word of the language (the name tables or the dictionary
    translate it by something that does not spell it: State, Trade; not Tarek). A given
    name that is also an English word (Rose, Victor) right after such a title is read as
    part of it."""
    if not _domain_word(words[k].key):
        return False
    j = k
    while j > 0 and k - j < 3 and text[words[j - 1].start].isupper() \
            and not cues.is_latin_title(text[words[j - 1].start:words[j - 1].end]) \
            and _domain_word(words[j - 1].key) and adjacent(text, words[j - 1], words[j]):
        j -= 1
    if j > 0 and words[j - 1].key == "the":
        j -= 1
    return (j >= 2 and words[j - 1].key in _TITLE_LINKS
            and all(adjacent(text, words[x], words[x + 1]) for x in range(j - 2, k))
            and text[words[j - 2].start].isupper()
            and cues.is_latin_title(text[words[j - 2].start:words[j - 2].end]))


def complete_latin_person(text: str, start: int, end: int, blocked: Sequence[Span]) -> Span:
    """The whole person name around [start, end) of a Latin text: the hyphenated rest of
    its last word, and capitalised name words (with al-, bin, ibn between them) on both
    sides. `blocked` are spans of other entities."""
    words = text_words(text, "en")
    idx = [k for k, w in enumerate(words) if start <= w.start and w.end <= end]
    if not idx:
        return start, end
    first, last = idx[0], idx[-1]
    # Right: hyphenated parts (Yong-ho), then name words (with connectors between).
    while last + 1 < len(words):
        nxt = words[last + 1]
        if nxt.joined and _free((nxt.start, nxt.end), blocked) and not _word_part(
                text[nxt.start:nxt.end]):
            last += 1
            continue
        k = last + 1
        while k < len(words) and (words[k].key in cues.LATIN_NAME_PARTS
                                  or latin_article_at(words, k)) and k - last < 3:
            k += 1  # bin, ibn, al- between two words of the name
        if (k < len(words) and adjacent(text, words[k - 1], words[k])
                and all(adjacent(text, words[x - 1], words[x]) for x in range(last + 1, k + 1))
                and _name_word(text, words[k])
                and _free((words[last].end, words[k].end), blocked)):
            last = k
            continue
        break
    # Left: name words, not the first word of a sentence (capitalised anyway).
    while first > 0:
        k = first - 1
        while k > 0 and (words[k].key in cues.LATIN_NAME_PARTS or latin_article_at(words, k)) \
                and first - k < 3:
            k -= 1
        if (all(adjacent(text, words[x], words[x + 1]) for x in range(k, first))
                and _name_word(text, words[k])
                and not (_sentence_start(text, words[k]) and _common_word(words[k].key))
                and not in_title(text, words, k)
                and _free((words[k].start, words[first].start), blocked)):
            first = k
            continue
        break
    return words[first].start, words[last].end


def _word_part(part: str) -> bool:
    """Is a lower-case hyphenated part an English word (Al-Qaeda-linked, Russian-backed)
    rather than part of the name (Jong-un, Yong-ho)?"""
    if part[:1].isupper():
        return False
    key = match_key(part)
    return key.endswith(("ed", "ing")) or key in _COMBINING


def _common_word(key: str) -> bool:
    """Does the dictionary translate this word by something that does not spell it
    (yesterday -> أمس, not Donald -> دونالد)? Only asked of a sentence's first word,
    which is capitalised whatever it is; without a dictionary, no."""
    found = resources.lexicon("en", "ar").translations(key)
    return bool(found) and not any(translit.name_similarity(t.replace(" ", ""), key) >= 0.5
                                   for t in found)


def _domain_word(key: str) -> bool:
    """Is this Latin word (a match key) a common word, not a name (see in_title)?"""
    return bool(resources.lexicon("en", "ar", False).translations(key)) or _common_word(key)


def _sentence_start(text: str, w: Word) -> bool:
    before = text[:w.start].rstrip()
    return not before or before[-1] in ".!?:;\"“«"


def complete_arabic_spelling(text: str, start: int, end: int, latin: str,
                             blocked: Sequence[Span]) -> Span:
    """[start, end) of an Arabic text grown by one neighbouring word when the two words
    together spell the Latin name much better than the span alone (بيونغ يانج ~
    Pyongyang, where a dictionary knew يانج)."""
    latin_words = [w for w in text_words(latin, "en") if is_content(w.key, "en")]
    words = text_words(text, "ar")
    idx = [k for k, w in enumerate(words) if start <= w.start and w.end <= end]
    if not idx or len(latin_words) >= len(idx) + 1:
        return start, end
    lat = "".join(latin[w.start:w.end] for w in latin_words)
    here = translit.name_similarity(text[start:end].replace(" ", ""), lat)
    best, span = here, (start, end)
    for k, grown in ((idx[0] - 1, "left"), (idx[-1] + 1, "right")):
        if not 0 <= k < len(words):
            continue
        w = words[k]
        if grown == "left" and not adjacent(text, w, words[idx[0]]):
            continue
        if grown == "right" and (not adjacent(text, words[idx[-1]], w)
                                 or w.key.startswith("وال")):
            continue
        if not is_content(w.key, "ar"):
            continue
        new = (w.start, end) if grown == "left" else (start, w.end)
        if not _free(new, blocked):
            continue
        sim = translit.name_similarity(text[new[0]:new[1]].replace(" ", ""), lat)
        if sim >= translit.THRESHOLD and sim > best + 0.25:
            best, span = sim, new
    return span
