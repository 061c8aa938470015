"""Pairs the name matcher finds that are ordinary words, not names to register.

The matcher pairs an Arabic word with a Latin one that spells it (مايو ~ May, العراقية ~
Iraqi); the English capital makes a month or a nationality look like a name. Two kinds
are common words by general facts, whatever the text:
  - month names: the Gregorian months as Arabic writes them in the East (يناير...), in
    the Maghreb (جانفي, ماي, غشت...) and the Syriac months of the Levant and Iraq
    (كانون الثاني, شباط... أيلول), against the months in English or French;
  - nisba adjectives of a place (عراقية, العراقيون; الحديثية from حديثة): of a country
    in the project's place table, or of a place in the register. A feminine or plural
    nisba is an adjective; a masculine one is a family name as often (الحديثي ~
    al-Hadithi), so it is dropped only when the Latin is the place's adjective in the
    table or has no article (العراقي ~ Iraqi, not al-Iraqi).
Tagged entities are the annotator's choice and are never filtered.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from aligner.model import RegisterEntry
from aligner.text.fold import match_key, split_latin_article

_MONTHS_AR = (
    # Gregorian months as the Arab East writes them
    "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس "
    "سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر "
    # the Maghreb (Morocco; Algeria and Tunisia from the French)
    "ماي يوليوز غشت شتنبر نونبر دجنبر جانفي فيفري أفريل افريل جوان جويلية أوت "
    # the Syriac months of the Levant and Iraq (one word; the two-word ones below)
    "شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول")
_MONTHS_AR_TWO = ("كانون الثاني", "كانون الأول", "تشرين الأول", "تشرين الثاني")
_MONTHS_LATIN = (
    "january february march april may june july august september october november "
    "december janvier fevrier mars avril mai juin juillet aout septembre octobre novembre "
    "decembre")
MONTHS_AR = frozenset(match_key(w) for w in _MONTHS_AR.split()) | frozenset(
    " ".join(match_key(w) for w in m.split()) for m in _MONTHS_AR_TWO)
MONTHS_LATIN = frozenset(_MONTHS_LATIN.split())

_FEMININE_PLURAL = ("ية", "يه", "يون", "يين", "يات", "يتين", "يتان")
_CLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


def _arabic_key(arabic: str) -> str:
    return " ".join(match_key(w) for w in arabic.split())


def is_month(arabic: str, latin: str) -> bool:
    """A month name on both sides (مايو ~ May, أيلول ~ septembre)."""
    key = _arabic_key(arabic)
    for clitic in ("", *_CLITICS):
        if key.startswith(clitic) and key[len(clitic):] in MONTHS_AR:
            return match_key(latin) in MONTHS_LATIN
    return False


def _nisba_base(word: str) -> tuple[str, bool] | None:
    """(the stem the nisba is made from, feminine or plural?) of an Arabic word ending in
    a nisba suffix, without the article or a proclitic; None otherwise."""
    for ending in _FEMININE_PLURAL + ("ي",):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[:-len(ending)]
            for clitic in _CLITICS:
                if stem.startswith(clitic) and len(stem) - len(clitic) >= 2:
                    stem = stem[len(clitic):]
                    break
            return stem, ending != "ي"
    return None


def _place_stem(name: str) -> str:
    """The stem a place's nisba is built on: حديثة -> حديث, العراق -> عراق, سوريا -> سور."""
    key = match_key(name)
    if key.startswith("ال") and len(key) > 4:
        key = key[2:]
    if key.endswith(("ه", "ا")) and len(key) > 3:
        key = key[:-1]
    return key


class CommonWords:
    """Tells the matcher's ordinary-word pairs, given the register's places."""

    def __init__(self, register: Sequence[RegisterEntry] = ()):
        from aligner.entities.resources import places

        self.places = places()
        stems: set[str] = set()
        for entry in register:
            if entry.label in ("LOC", "GPE", "") or entry.kind.value == "exonym":
                for form in entry.arabic_forms():
                    if len(form.split()) == 1:
                        stems.add(_place_stem(form))
        for name in self.places.country.get("ar", {}):
            if " " not in name:
                stems.add(_place_stem(name))
        self.place_stems = frozenset(s for s in stems if len(s) >= 2)

    def is_nisba_adjective(self, arabic: str, latin: str, lang: str) -> bool:
        words = arabic.split()
        if len(words) != 1:
            return False
        found = _nisba_base(match_key(words[0]))
        if found is None:
            return False
        known = self.places.kind(arabic, "ar")
        latin_kind = self.places.kind(latin, lang)
        adjective = ((latin_kind is not None and latin_kind[0] == "MISC")
                     or match_key(latin) in dictionary_adjectives())
        if (found[0] not in self.place_stems and (known is None or known[0] != "MISC")
                and not adjective):
            return False
        has_article, _ = split_latin_article(latin)
        return found[1] or adjective or not has_article

    def ordinary(self, arabic: str, latin: str, lang: str) -> bool:
        """Is the pair a month or a place's nisba adjective rather than a name?"""
        return is_month(arabic, latin) or self.is_nisba_adjective(arabic, latin, lang)



def dictionary_adjectives() -> frozenset[str]:
    """Adjectives by the installed FreeDict French-English dictionary (empty when it is not
    installed): its headwords marked <adj> and their one-word English glosses, as match
    keys (irakien, iraqi; kurde, kurdish)."""
    from aligner.align.lexicon import _find

    base = _find("freedict-fra-eng")
    return frozenset() if base is None else _adjectives_at(base)


@lru_cache(maxsize=4)
def _adjectives_at(base: Path) -> frozenset[str]:
    from aligner.align.lexicon import _iter_index, _read_dict_data
    from aligner.errors import InputError

    out: set[str] = set()
    try:
        data = _read_dict_data(base)
        for _n, _word, offset, length in _iter_index(base.with_name(base.name + ".index")):
            lines = data[offset:offset + length].decode("utf-8", "replace").splitlines()
            if not lines or "<adj" not in lines[0]:
                continue
            head = lines[0].split(" /")[0].split("<")[0].strip()
            glosses = [g.strip() for line in lines[1:]
                       for g in line.split(".", 1)[-1].split(",")]
            out.update(match_key(w) for w in [head, *glosses] if w and " " not in w)
    except InputError:
        return frozenset()
    return frozenset(out)
