"""What projection and suggestion know besides spelling: the shipped tables of places,
nationality adjectives and the words names are made of, plus any installed dictionary.

Tables (data/places.tsv, data/words.tsv) are the project's own, written from general
knowledge of the languages, not from any corpus. Built once per language pair and cached.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from aligner.align.lexicon import Lexicon
from aligner.text.fold import match_key

DATA = Path(__file__).with_name("data")
_COLS = {"ar": 0, "en": 1, "fr": 2}
# Arabic nisba endings: -ي (masc.), -ية (fem.), -يون/-يين (plural), -ة after the -ي.
_NISBA = ("", "ة", "ون", "ين")


def _rows(name: str) -> list[list[list[str]]]:
    rows = []
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip() or line.startswith("#") or line.startswith("ar\t"):
            continue
        rows.append([[a.strip() for a in col.split("|") if a.strip() and a.strip() != "-"]
                     for col in line.split("\t")])
    return rows


def nisba_forms(adj: str) -> list[str]:
    """أمريكي -> أمريكي أمريكية أمريكيون أمريكيين (and the article is tried on lookup)."""
    if not adj.endswith("ي"):
        return [adj]
    return [adj + s for s in _NISBA]


@dataclass
class Places:
    """Match keys of place names and of nationality adjectives, per language, with the
    row each belongs to, so a country and its adjective can be recognised as one thing."""

    country: dict[str, dict[str, int]] = field(default_factory=dict)
    adjective: dict[str, dict[str, int]] = field(default_factory=dict)

    def kind(self, text: str, lang: str) -> tuple[str, int] | None:
        """("LOC", place) for a country or region, ("MISC", place) for an adjective or
        people. `place` identifies the place: its row, and the compass point of a divided
        one (South Korea, كوريا الجنوبية, South Korean and الكوريين الجنوبيين are one place;
        North Korea another), so both sides of a bead can be compared by it."""
        key = _phrase_key(text, lang)
        found = self._plain(key, lang)
        if found:
            return found
        base, point = _compass_split(key, lang)
        if point:
            found = self._plain(base, lang)
            if found:
                return found[0], found[1] * _POINTS + point
        return None

    def _plain(self, key: str, lang: str) -> tuple[str, int] | None:
        if key in self.country.get(lang, {}):
            return "LOC", self.country[lang][key] * _POINTS
        if key in self.adjective.get(lang, {}):
            return "MISC", self.adjective[lang][key] * _POINTS
        return None


# Compass points that divide a country or a people (North Korea, South Sudan, East Timor):
# 1..4; the place identifier is row * _POINTS + point (0 for the undivided place).
_POINTS = 5
_LATIN_POINTS = {"north": 1, "northern": 1, "south": 2, "southern": 2, "east": 3,
                 "eastern": 3, "west": 4, "western": 4,
                 "nord": 1, "sud": 2, "est": 3, "ouest": 4}
_FR_POINT_LINKS = ("du", "de l", "de", "d")
# Arabic writes the point as an adjective after the name (كوريا الجنوبية, الكوري الشمالي,
# كوريون جنوبيون) or as a noun before it (جنوب السودان).
_AR_POINTS = (("شمال", 1), ("جنوب", 2), ("شرق", 3), ("غرب", 4))


@lru_cache(maxsize=1)
def _arabic_point_words() -> tuple[dict[str, int], dict[str, int]]:
    after: dict[str, int] = {}
    before: dict[str, int] = {}
    for noun, point in _AR_POINTS:
        before[match_key(noun)] = point
        for form in nisba_forms(noun + "ي"):
            after[match_key(form)] = point
            after[match_key("ال" + form)] = point
    return after, before


def _compass_split(key: str, lang: str) -> tuple[str, int]:
    """(the name without its compass point, the point) or (key, 0) when there is none."""
    words = key.split()
    if len(words) < 2:
        return key, 0
    if lang == "ar":
        after, before = _arabic_point_words()
        if words[-1] in after:
            return " ".join(words[:-1]), after[words[-1]]
        if words[0] in before:
            return " ".join(words[1:]), before[words[0]]
        return key, 0
    if words[0] in _LATIN_POINTS:  # South Korea, nord-coréen (hyphen read as a space)
        return " ".join(words[1:]), _LATIN_POINTS[words[0]]
    if lang == "fr" and words[-1] in _LATIN_POINTS:  # Corée du Nord, Timor oriental aside
        rest = " ".join(words[:-1])
        for link in _FR_POINT_LINKS:
            if rest.endswith(" " + link):
                return rest[: -len(link) - 1], _LATIN_POINTS[words[-1]]
    return key, 0


def _phrase_key(text: str, lang: str) -> str:
    words = match_key(text).replace("-", " ").split()
    if lang != "ar" and words and words[0] == "the":
        words = words[1:]
    return " ".join(w.replace(".", "") for w in words)


@lru_cache(maxsize=1)
def places() -> Places:
    p = Places()
    for n, row in enumerate(_rows("places.tsv")):
        for lang, col in _COLS.items():
            for name in row[col] if col < len(row) else []:
                key = _phrase_key(name, lang)
                p.country.setdefault(lang, {})[key] = n
                if lang == "ar" and key.startswith("ال") and len(key) > 4:
                    p.country[lang].setdefault(key[2:], n)  # عراق, as in لعراق -> العراق
            adj_col = col + 3
            for adj in row[adj_col] if adj_col < len(row) else []:
                forms = nisba_forms(adj) if lang == "ar" else [adj]
                for form in forms:
                    key = _phrase_key(form, lang)
                    p.adjective.setdefault(lang, {})[key] = n
                    if lang == "ar":  # the adjective takes the article: السوري، السورية
                        p.adjective[lang].setdefault(_phrase_key("ال" + form, lang), n)
    return p


@lru_cache(maxsize=16)
def lexicon(src: str, tgt: str, dictionary: bool = True) -> Lexicon:
    """Words and phrases of names from `src` to `tgt`: the tables, and with `dictionary`
    an installed dictionary for the pair if there is one (it also translates common words
    such as titles, which suggestions must not take for names)."""
    lex = Lexicon(src, tgt)
    s, t = _COLS.get(src), _COLS.get(tgt)
    if s is None or t is None:
        return lex
    for table, extra in (("words.tsv", 0), ("places.tsv", 0), ("places.tsv", 3)):
        for row in _rows(table):
            if max(s, t) + extra >= len(row):
                continue
            for a in row[s + extra]:
                for b in row[t + extra]:
                    for fa in (nisba_forms(a) if src == "ar" and extra else [a]):
                        for fb in (nisba_forms(b) if tgt == "ar" and extra else [b]):
                            lex.add(fa, fb)
    installed = Lexicon.installed(src, tgt) if dictionary else None
    if installed is not None:
        lex.merge(installed)
    return lex


@lru_cache(maxsize=65536)
def known_arabic(word: str) -> bool:
    """Is this Arabic word (a match key) a place, an adjective or a word of the tables?"""
    if places().kind(word, "ar"):
        return True
    return any(bool(lexicon("ar", t).translations(word)) for t in ("en", "fr"))
