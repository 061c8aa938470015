"""Names suggested on one side of a bead alone: countries and peoples of the place table
that found no counterpart (the other side left them out, or said "the South"), and a
person the text has named in full, called by title and one part of the name (Mr Park,
after Park Byeong-seug) where the other side says "he"; and the acronym written in
brackets after a suggested Latin name, which is that name again (Syrian Democratic Forces
(SDF)).

The table is sure of the kind; whether the word is a name here is what the guards decide:
- an Arabic adjective that the Latin side translates by a lower-case word is a common
  adjective there (الدول الغربية ~ western countries; a nationality would be capitalised);
- an Arabic place right after a bare head noun is inside a longer name not found (قناة
  روسيا اليوم, قوات سوريا الديمقراطية, مطار بيروت), not a name of its own; "government
  of" is no name, so حكومة سوريا keeps سوريا;
- a Latin place inside a longer capitalised run is part of that name (Russia Today, Korean
  War); a title after it (US President) or a sentence's first word before it do not count.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from aligner.entities import cues, resources
from aligner.entities.project import Candidate
from aligner.entities.similarity import is_content, word_similarity
from aligner.entities.words import Word, adjacent, text_words
from aligner.text.fold import match_key

Span = tuple[int, int]
# An acronym in brackets right after a name: ( then 2-6 capitals ).
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z.&]{1,7})\)")
# Head nouns before a country that do not make a name with it (the government of Syria).
_NOT_NAME_HEADS = frozenset(match_key(w) for w in "حكومة".split())
_HEADS = (cues.ARABIC_ORG_HEADS | cues.ARABIC_ORG_INTROS | cues.ARABIC_LOC_HEADS) \
    - _NOT_NAME_HEADS
_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")


def _after_bare_head(text: str, span: Span) -> bool:
    """Is an Arabic span right after an indefinite head noun (the first word of a
    construct: قناة روسيا)?"""
    ws = text_words(text[:span[0]], "ar")
    if not ws or text[ws[-1].end:span[0]].strip():
        return False
    key = ws[-1].key
    forms = {key} | {key[len(p):] for p in _PROCLITICS
                     if key.startswith(p) and len(key) - len(p) >= 3}
    return any(f in _HEADS and not f.startswith("ال") for f in forms)


def _in_latin_run(text: str, span: Span) -> bool:
    """Is a Latin span next to another capitalised name word (no punctuation between)?"""
    words = text_words(text, "en")
    idx = [k for k, w in enumerate(words) if span[0] <= w.start and w.end <= span[1]]
    if not idx:
        return False

    def name_word(w: Word) -> bool:
        word = text[w.start:w.end]
        return word[:1].isupper() and is_content(w.key, "en") and not cues.is_latin_title(word)

    first, last = idx[0], idx[-1]
    if first > 0:
        w = words[first - 1]
        before = text[:w.start].rstrip()
        start_of_sentence = not before or before[-1] in ".!?:;\"“«"
        if adjacent(text, w, words[first]) and name_word(w) and not start_of_sentence:
            return True
    if last + 1 < len(words):
        w = words[last + 1]
        if adjacent(text, words[last], w) and name_word(w):
            return True
    return False


def places_alone(spans: Mapping[Span, Candidate], text: str, lang: str, taken: list[Span],
                 other: tuple[str, str]) -> list[tuple[Span, str]]:
    """(span, label) of the table's places to suggest on this side alone, longest first,
    over nothing in `taken` (extended with them); see the module docstring."""
    p = resources.places()
    lower: list[str] = []
    if lang == "ar" and other[1] != "ar":
        lower = [other[0][w.start:w.end] for w in text_words(other[0], other[1])
                 if other[0][w.start:w.end][:1].islower()]
    out: list[tuple[Span, str]] = []
    for k in sorted(spans, key=lambda k: (k[0] - k[1], k)):
        kind = p.kind(text[k[0]:k[1]], lang)
        if kind is None or any(k[0] < e and s < k[1] for s, e in taken):
            continue
        if any(word_similarity(a, lang, b, other[1], False) >= 1.0
               for a in spans[k].words for b in lower):
            continue
        if _after_bare_head(text, k) if lang == "ar" else _in_latin_run(text, k):
            continue
        taken.append(k)
        out.append((k, kind[0]))
    return out


def persons_alone(spans: Mapping[Span, Candidate], text: str, taken: list[Span],
                  persons: frozenset[str]) -> list[Span]:
    """Latin one-word spans that are part of a person named in full in the text
    (suggest.person_parts) and follow a title (Mr Park, President Assad), over nothing
    in `taken` (extended with them)."""
    out: list[Span] = []
    words = text_words(text, "en")
    for k in sorted(spans):
        c = spans[k]
        if len(c.words) != 1 or match_key(c.words[0]) not in persons \
                or any(k[0] < e and s < k[1] for s, e in taken):
            continue
        before = [w for w in words if w.end <= k[0]]
        here = [w for w in words if w.start == k[0]]
        last = [w for w in words if w.end == k[1]]
        after = [w for w in words if w.start >= k[1]]
        if after and last and adjacent(text, last[0], after[0]) \
                and text[after[0].start:after[0].start + 1].isupper():
            continue  # President Donald Trump: the run goes on (the pair grows over it)
        if before and here and adjacent(text, before[-1], here[0]) \
                and cues.is_latin_title(text[before[-1].start:before[-1].end]):
            taken.append(k)
            out.append(k)
    return out


def _abbreviates(acronym: str, name: str) -> bool:
    """Do the acronym's letters occur in the name in order, the first one starting the
    name's first word (the rule of Schwartz and Hearst, 2003: SDF, DMZ)?"""
    letters = [ch.lower() for ch in acronym if ch.isalpha()]
    low = name.lower()
    if not letters or not low or letters[0] != low[0]:
        return False
    i = 0
    for ch in letters:
        i = low.find(ch, i)
        if i < 0:
            return False
        i += 1
    return True


def bracketed_acronym(text: str, span: Span, taken: list[Span]) -> Span | None:
    """The span of an acronym written in brackets right after the Latin name at `span`
    that abbreviates it, unless something in `taken` holds it (then extended with it)."""
    m = _BRACKETED.match(text, span[1])
    if m is None or not _abbreviates(m.group(1), text[span[0]:span[1]]):
        return None
    k = (m.start(1), m.end(1))
    if any(k[0] < e and s < k[1] for s, e in taken):
        return None
    taken.append(k)
    return k
