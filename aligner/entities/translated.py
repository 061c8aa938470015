"""Names translated word for word rather than spelled: a capitalised Latin run whose every
word a dictionary translates by one word of an Arabic run, and back.

Many names of institutions, sites and places are common words put together and capitalised
in English (a house that is white, a cross that is red); Arabic translates them word by
word and writes no capitals (a noun and its adjective, or a construct, with the article).
Neither the spelling matcher nor the name tables see them when no head noun (Ministry,
Council) says that a name is there. Capitals do: the Latin run must be two words or more,
all capitalised, none a title, a date word, an acronym or a word of the place table, and not a run that only a
sentence's first word makes; the Arabic run must have as many content words, one of them
definite, and each word of either run must translate exactly one word of the other.

Such a name is no person (persons are spelled, not translated): its label comes from its
head nouns when it has one, else from the place table's compass words, else organisation.
"""
from __future__ import annotations

from itertools import permutations

from aligner.entities import cues, resources
from aligner.entities.project import Candidate
from aligner.entities.similarity import arabic_keys, word_similarity
from aligner.text.fold import match_key

# Longer runs are seldom one translated name and cost permutations to check.
MAX_WORDS = 4
# Words capitalised in English that are dates, not names (Last Friday ~ الجمعة الماضية).
DATE_WORDS = frozenset(match_key(w) for w in """monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier février
    mars avril mai juin juillet août septembre octobre novembre décembre""".split())
# Words of a place's direction: a translated name built on one is a region (Middle East).
COMPASS_WORDS = frozenset(match_key(w) for w in """north south east west middle far near
    northern southern eastern western central upper lower nord sud est ouest moyen
    proche extrême""".split())


def latin_shape(words: tuple[str, ...], sentence_first: bool) -> bool:
    """Could this Latin run be a translated name (see the module docstring)?
    `sentence_first`: the run starts a sentence, where the first word is capitalised
    whatever it is (and a headline in title case capitalises every word): not taken."""
    if not 2 <= len(words) <= MAX_WORDS:
        return False
    if sentence_first:
        return False  # a sentence's or a title-case headline's first word: no evidence
    for w in words:
        key = match_key(w)
        if not w[:1].isupper() or w.replace(".", "").isupper() or any(c.isdigit() for c in w):
            return False
        if cues.is_latin_title(w) or key in DATE_WORDS:
            return False
        if resources.places().kind(w, "en") or resources.places().kind(w, "fr"):
            return False  # Syrian Arabs, Russian-Turkish: names side by side (the table's)
    return True


def arabic_shape(words: tuple[str, ...]) -> bool:
    """Could this Arabic run be a translated name: 2..MAX_WORDS content words, one of them
    definite, no title before the rest (وزير الخارجية is an office)?"""
    if not 2 <= len(words) <= MAX_WORDS or any(len(match_key(w)) <= 2 for w in words):
        return False
    keys = [match_key(w) for w in words]
    if cues.arabic_bare(keys[0]) in cues.ARABIC_TITLES:
        return False
    return any(k.startswith("ال") for k in keys)


def translated_agreement(ar: Candidate, lat: Candidate, lat_lang: str) -> tuple[float, float]:
    """(score, matched mass) of a word-for-word translated pair: 1.0 when each Arabic word
    translates exactly one Latin word and no Latin word is left (in any order: Arabic puts
    the adjective after its noun); (0, 0) otherwise. The caller checks the shapes."""
    n = len(lat.words)
    if len(ar.words) != n:
        return 0.0, 0.0
    m = [[word_similarity(x, "ar", y, lat_lang, True) >= 1.0 for y in lat.words]
         for x in ar.words]
    if any(not any(row) for row in m) or any(not any(m[i][j] for i in range(n))
                                             for j in range(n)):
        return 0.0, 0.0
    if not any(all(m[i][p[i]] for i in range(n)) for p in permutations(range(n))):
        return 0.0, 0.0
    return 1.0, 2.0 * n


def label_of(lat_words: tuple[str, ...]) -> tuple[str, float]:
    """(label, confidence) of a translated name from its words alone: a head noun of an
    organisation, place or event; a compass word (a region); else an organisation, less
    sure (names of bodies are the ones most often translated)."""
    keys = {match_key(w) for w in lat_words}
    if keys & cues.ORG_HEADS:
        return "ORG", 0.9
    if keys & cues.EVENT_HEADS:
        return "MISC", 0.8
    if keys & cues.LOC_HEADS or keys & COMPASS_WORDS:
        return "LOC", 0.8
    return "ORG", 0.6


# Acronyms read against an Arabic expansion: shorter ones match too many words by chance.
MIN_ACRONYM = 3
MAX_ACRONYM = 6


def acronym_letters(word: str) -> str | None:
    """The letters of an acronym (WHO, I.A.E.A.), lower case; None for anything else,
    and for the place table's (US, UAE: those are matched as places)."""
    letters = word.replace(".", "")
    if not (MIN_ACRONYM <= len(letters) <= MAX_ACRONYM and letters.isalpha()
            and letters.isupper()):
        return None
    if resources.places().kind(word, "en") or resources.places().kind(word, "fr"):
        return None
    return letters.lower()


def _initials(word: str, lat_lang: str) -> frozenset[str]:
    """First letters of the dictionary and table translations of an Arabic word."""
    lex = resources.lexicon("ar", lat_lang, True)
    return frozenset(t[0] for k in arabic_keys(word) for t in lex.translation_words(k) if t)


def acronym_agreement(ar: Candidate, lat: Candidate, lat_lang: str) -> tuple[float, float]:
    """(score, matched mass) of an English acronym and the Arabic name it abbreviates
    (WHO ~ منظمة الصحة العالمية, IMF ~ صندوق النقد الدولي): the Arabic run starts with a
    head noun of an organisation, has one word per letter, and each word translates into
    a word starting with a different letter of the acronym (in any order: Arabic puts
    the noun first). (0, 0) otherwise."""
    if len(lat.words) != 1:
        return 0.0, 0.0
    letters = acronym_letters(lat.words[0])
    if letters is None or len(ar.words) != len(letters):
        return 0.0, 0.0
    if cues.arabic_bare(match_key(ar.words[0])) not in cues.ARABIC_ORG_HEADS:
        return 0.0, 0.0
    firsts = [_initials(w, lat_lang) for w in ar.words]
    n = len(letters)
    if not any(all(letters[p[i]] in firsts[i] for i in range(n)) for p in permutations(range(n))):
        return 0.0, 0.0
    # ranked under any pair that spells or translates out the same Arabic name (Syrian
    # Democratic Forces (SDF) ~ قوات سوريا الديمقراطية: the name pairs, the acronym follows)
    return 1.0, 1.0
