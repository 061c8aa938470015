"""How well a word on one side of a bead translates or spells a word on the other side.

One number in [0, 1] per word pair, from the strongest of: equal numbers, a dictionary or
table translation (resources.lexicon), the cross-script spelling matcher
(aligner.names.translit), or equal folded spelling between two Latin-script languages.
"""
from __future__ import annotations

from functools import lru_cache

from aligner.align.lexicon import is_stop_word
from aligner.entities import resources
from aligner.names import translit
from aligner.text.fold import match_key
from aligner.text.tokenize import stem_candidates

# Below this the spelling matcher's score says nothing (unrelated names score up to ~0.4).
SPELLING_FLOOR = 0.35
# Arabic adjective and plural endings tried off a word before a dictionary lookup
# (الشمالية -> شمالي, السوريين -> سوري): tables list the masculine singular.
_ENDINGS = (("يين", "ي"), ("يون", "ي"), ("ية", "ي"), ("ين", ""), ("ون", ""), ("ة", ""))


def is_content(key: str, lang: str) -> bool:
    """A word that can carry a name: not a function word, not a Latin article."""
    if lang != "ar" and key in ("al", "el", "the", "l", "d"):
        return False
    return not is_stop_word(key, lang)


@lru_cache(maxsize=65536)
def _arabic_keys(word: str) -> frozenset[str]:
    """Match keys of the word, without its clitics and endings."""
    out = set()
    for f in stem_candidates(word):
        k = match_key(f)
        out.add(k)
        for end, repl in _ENDINGS:
            end_k = match_key(end)
            if k.endswith(end_k) and len(k) - len(end_k) >= 3:
                out.add(k[: -len(end_k)] + repl)
    return frozenset(out)


def arabic_keys(word: str) -> frozenset[str]:
    """Match keys of an Arabic word without its clitics and endings (for lookups)."""
    return _arabic_keys(word)


def in_tables(word: str, lang: str) -> bool:
    """Do the shipped name tables (places, nationalities, words of names) know this word?"""
    if resources.places().kind(word, lang):
        return True
    if lang == "ar":
        return any(resources.places().kind(k, "ar")
                   or resources.lexicon("ar", "en", False).translations(k)
                   for k in _arabic_keys(word))
    return bool(resources.lexicon(lang, "ar", False).translations(match_key(word)))


def group_forms(a: str, b: str) -> tuple[list[str], str] | None:
    """For an Arabic plural or feminine nisba (-يون -يين -ية) and a Latin plural in -s:
    the Arabic singular forms (-ي) and the Latin without its -s."""
    if not (b.endswith("s") and len(b) > 4):
        return None
    forms = []
    for f in stem_candidates(a):
        for end in ("يون", "يين", "ية"):
            if f.endswith(end) and len(f) - len(end) >= 2:
                forms.append(f[: -len(end)] + "ي")
    return (forms, b[:-1]) if forms else None


def _translates(a: str, a_lang: str, b: str, b_lang: str, dictionary: bool) -> bool:
    """Is Arabic `a` a table (or dictionary) translation of Latin `b`, either direction?"""
    kb = match_key(b)
    forward = resources.lexicon(a_lang, b_lang, dictionary)
    for k in _arabic_keys(a):
        if kb in forward.translation_words(k):
            return True
    back = resources.lexicon(b_lang, a_lang, dictionary)
    return bool(_arabic_keys(a) & back.translation_words(b))


@lru_cache(maxsize=262144)
def word_similarity(a: str, a_lang: str, b: str, b_lang: str, dictionary: bool = True) -> float:
    """Similarity of word `a` (in a_lang) and word `b` (in b_lang), original spellings;
    without `dictionary` only the shipped name tables count as translations."""
    ka, kb = match_key(a), match_key(b)
    if ka.isdigit() or kb.isdigit():
        return 1.0 if ka == kb else 0.0
    if a_lang != "ar" and b_lang == "ar":
        return word_similarity(b, b_lang, a, a_lang, dictionary)
    if a_lang == "ar" and b_lang != "ar":
        if _translates(a, a_lang, b, b_lang, dictionary):
            return 1.0
        if not b[:1].isupper() and not b[:1].isdigit():
            return 0.0  # a lower-case Latin word is not a spelling of a name
        best = max((translit.name_similarity(f, b) for f in stem_candidates(a) if len(f) >= 2),
                   default=0.0)
        plural = group_forms(a, b)
        if plural:  # العباسيون ~ Abbasids: a people named by its nisba, in the plural
            best = max(best, max(translit.name_similarity(f, plural[1]) for f in plural[0]))
        return best if best >= SPELLING_FLOOR else 0.0
    if a_lang == "ar" and b_lang == "ar":
        return 1.0 if _arabic_keys(a) & _arabic_keys(b) else 0.0
    if ka == kb:
        return 1.0
    if kb in resources.lexicon(a_lang, b_lang, dictionary).translation_words(a):
        return 1.0
    return 0.0
