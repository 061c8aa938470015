"""Cross-script name matching (Arabic script <-> Latin letters), offline and table-driven.

Why: the aligner scores a sentence pair higher when the names on both sides correspond
(باركر ~ Parker), and the entity workflow proposes Latin spellings for Arabic names. No
romanizer on PyPI or in ICU turns unvowelled Arabic into the spellings news uses, and a
round trip through one scheme would not match the many Latin spellings of one name anyway
(al-Qā’im, al-Qaim, Qaem, Al Qaim). So instead of romanizing and comparing strings, we
align the Arabic letters with the Latin string directly: each Arabic letter (or a few
letter pairs such as تش, كس) may produce one of several Latin spellings at a cost, Latin
vowels that unvowelled Arabic does not write cost little, and the cheapest alignment (a
small dynamic programme) gives the similarity. The costs are a hand-written table of
plausible spellings, for Arabic names (Baghdad, Mohammed) as much as for foreign names
written in Arabic (باركر Parker). Costs learned from a list of foreign names
(bench/learn_translit_costs.py) were tried and did worse, on native names most of all.
"""
from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from aligner.text.fold import (
    SHADDA,
    SUN_LETTERS,
    latin_name_key,
    match_key,
    split_latin_article,
    strip_arabic_marks,
)

# ---------------------------------------------------------------------------------------
# Romanization (a readable key; matching uses the letter-by-letter alignment below)

_SHADDA = SHADDA
_SUN = SUN_LETTERS

_ROMAN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ئ": "i", "ؤ": "u",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "پ": "p", "چ": "ch", "ڤ": "v",
    "گ": "g", "ک": "k", "ی": "y",
}


def _arabic_letters(text: str) -> str:
    """Arabic letters only: diacritics, tatweel and non-letters removed; shadda doubles."""
    text = strip_arabic_marks(unicodedata.normalize("NFC", text), keep_shadda=True)
    out: list[str] = []
    for ch in text:
        if ch == _SHADDA:
            if out:
                out.append(out[-1])
        elif ch in _ROMAN:
            out.append(ch)
    return "".join(out)


def romanize(arabic: str, *, assimilate: bool = False) -> str:
    """A consonant-skeleton-plus-long-vowels romanization, for keys and display hints.

    القائم -> "alqaim", داعش -> "daish", باركر -> "barkr". و and ي are read as vowels
    (u, i) between consonants and as w/y next to a vowel or at the start; ة is "a",
    ى is "a". With `assimilate`, the article takes the sun letter (الشمس -> "ashshms").
    Not a scholarly transliteration: short vowels are not written in Arabic, so none
    are invented here.
    """
    letters = _arabic_letters(arabic)
    out: list[str] = []
    start = 0
    if letters.startswith("ال") and len(letters) >= 4:
        if assimilate and letters[2] in _SUN:
            out.append("a" + _ROMAN[letters[2]])
        else:
            out.append("al")
        start = 2
    vowels = set("اأإآىة")
    for i in range(start, len(letters)):
        ch = letters[i]
        prev = letters[i - 1] if i > start else ""
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if ch in "وي":
            at_edge = i == start or prev in vowels or nxt in vowels
            if at_edge and not (i == len(letters) - 1 and ch == "ي" and prev not in vowels):
                out.append("w" if ch == "و" else "y")
            else:
                out.append("u" if ch == "و" else "i")
        else:
            out.append(_ROMAN[ch])
    return "".join(out)


# ---------------------------------------------------------------------------------------
# Latin keys


def latin_key(latin: str) -> str:
    """Normalized Latin spelling: lowercase ASCII letters, accents and ʿ ʾ ’ removed,
    any article form written "al" (al-Qā’im, Al Qaim, el-Qaim, aq-... -> "alqaim").

    The digraph and vowel equivalences (kh/x, sh/ch, q/k/c, ou/u, dj/j, e/i/a...) are
    not flattened here: they are costs in `name_similarity`, which can weigh them.
    """
    return latin_name_key(latin)


# ---------------------------------------------------------------------------------------
# The cost model

# Each Arabic unit (a letter, or a letter pair read as one sound) -> {latin spelling: cost}.
# "" means the letter is not written in Latin. Cost 0 = the usual spelling, 1 = a mismatch.
_HAND: dict[str, dict[str, float]] = {
    "ا": {"a": 0, "aa": 0, "e": 0.2, "o": 0.3, "i": 0.35, "u": 0.35, "": 0.25, "ah": 0.2},
    "أ": {"a": 0, "e": 0.1, "o": 0.2, "u": 0.2, "i": 0.3, "": 0.2, "au": 0.2},
    "إ": {"i": 0, "e": 0, "a": 0.3, "": 0.2, "y": 0.3},
    "آ": {"a": 0, "aa": 0, "e": 0.3, "": 0.3, "o": 0.4},
    "ء": {"": 0.1, "a": 0.3, "e": 0.3, "i": 0.4},
    "ئ": {"i": 0.1, "": 0.2, "y": 0.2, "e": 0.15, "a": 0.4},
    "ؤ": {"u": 0.1, "o": 0.2, "": 0.3, "w": 0.3, "ou": 0.2},
    "ب": {"b": 0, "bb": 0, "p": 0.2, "pp": 0.2, "v": 0.5},
    "ت": {"t": 0, "tt": 0, "th": 0.3, "d": 0.6, "te": 0.3},
    "ث": {"th": 0, "t": 0.2, "s": 0.3, "z": 0.6},
    "ج": {"j": 0, "g": 0.2, "dj": 0, "dg": 0.1, "ge": 0.2, "gg": 0.3, "zh": 0.4, "y": 0.6, "h": 0.7},
    "ح": {"h": 0, "": 0.4, "kh": 0.5, "ch": 0.6},
    "خ": {"kh": 0, "x": 0.2, "h": 0.3, "ch": 0.2, "k": 0.4, "j": 0.6},
    "د": {"d": 0, "dd": 0, "t": 0.5, "dh": 0.3, "de": 0.3},
    "ذ": {"dh": 0, "th": 0.2, "z": 0.2, "d": 0.3},
    "ر": {"r": 0, "rr": 0, "rh": 0.1, "re": 0.3, "": 0.7},
    "ز": {"z": 0, "zz": 0, "s": 0.3, "ss": 0.4, "tz": 0.3, "x": 0.6},
    "س": {"s": 0, "ss": 0, "c": 0.2, "z": 0.4, "sc": 0.3, "se": 0.3, "ce": 0.3, "x": 0.6},
    "ش": {"sh": 0, "ch": 0.1, "sch": 0.1, "s": 0.3, "sz": 0.3, "j": 0.6, "g": 0.7},
    "ص": {"s": 0, "ss": 0, "c": 0.3, "z": 0.5},
    "ض": {"d": 0, "dh": 0.2, "z": 0.4, "th": 0.5},
    "ط": {"t": 0, "tt": 0, "d": 0.5, "th": 0.4},
    "ظ": {"z": 0, "dh": 0.2, "th": 0.3, "d": 0.5},
    "ع": {"": 0.1, "a": 0.2, "e": 0.3, "i": 0.3, "o": 0.3, "u": 0.3, "aa": 0.3},
    "غ": {"gh": 0, "g": 0.1, "gg": 0.1, "gu": 0.1, "r": 0.5, "kh": 0.5, "h": 0.5, "q": 0.6},
    "ف": {"f": 0, "ff": 0, "ph": 0, "v": 0.2, "w": 0.6},
    "ق": {"q": 0, "k": 0.1, "c": 0.15, "ck": 0.1, "qu": 0.05, "g": 0.3, "kk": 0.1, "": 0.8},
    "ك": {"k": 0, "c": 0.1, "ck": 0, "cc": 0.1, "ch": 0.2, "q": 0.2, "qu": 0.2, "kk": 0, "g": 0.4, "kh": 0.4},
    "ل": {"l": 0, "ll": 0, "le": 0.3},
    "م": {"m": 0, "mm": 0, "n": 0.5, "me": 0.3},
    "ن": {"n": 0, "nn": 0, "m": 0.5, "ne": 0.3},
    "ه": {"h": 0, "": 0.2, "a": 0.3, "e": 0.3, "ah": 0.1, "eh": 0.1},
    "ة": {"a": 0, "ah": 0, "": 0.2, "at": 0.2, "e": 0.2, "t": 0.3, "eh": 0.1},
    "و": {"w": 0, "u": 0, "o": 0, "v": 0.2, "ou": 0, "oo": 0, "": 0.3, "au": 0.2, "ow": 0.1, "aw": 0.1, "wo": 0.1, "ue": 0.2, "ew": 0.3},
    "ي": {"y": 0, "i": 0, "e": 0, "ee": 0, "ie": 0.1, "ey": 0.1, "ai": 0.1, "ay": 0.1, "ei": 0.1, "j": 0.3, "": 0.3, "ia": 0.3},
    "ى": {"a": 0, "y": 0.2, "i": 0.2, "e": 0.2, "": 0.3},
    "پ": {"p": 0}, "چ": {"ch": 0, "j": 0.3, "tch": 0}, "ڤ": {"v": 0, "f": 0.3},
    "گ": {"g": 0, "k": 0.3}, "ک": {"k": 0, "c": 0.1}, "ی": {"y": 0, "i": 0, "e": 0, "": 0.3},
    # Letter pairs that write one foreign sound.
    "تش": {"ch": 0, "tch": 0, "tsh": 0, "c": 0.2, "cc": 0.2, "cz": 0.3, "ts": 0.3},
    "كس": {"x": 0, "ks": 0, "cks": 0, "cs": 0, "xs": 0.1},
    "دج": {"j": 0, "dg": 0, "dj": 0, "g": 0.2},
    "كو": {"qu": 0.1, "q": 0.2},
    "تز": {"tz": 0, "z": 0.2, "ts": 0.1},
    "ال": {"al": 0, "el": 0.1, "l": 0.4},
}
_VOWELS = set("aeiouy")
# Latin letters with no Arabic letter: vowels are cheap (Arabic does not write short
# vowels), h is often silent, a doubled letter is one sound.
_INS_VOWEL = 0.3
_INS_H = 0.5
_INS_DOUBLE = 0.1
_INS_OTHER = 1.0
_SUBST_OTHER = 1.0  # any Arabic letter for any one Latin letter, when nothing fits
_DEL_OTHER = 1.0    # an Arabic consonant with no Latin counterpart
_ARTICLE_DROP = 0.1  # العراق ~ Iraq: the Latin spelling may leave the article out

_TABLE: dict[str, dict[str, float]] = {k: dict(v) for k, v in _HAND.items()}
# Per-letter insertion costs overriding the defaults above (none shipped: costs learned
# from the training names did worse on the eval names, see bench/learn_translit_costs.py).
_INS: dict[str, float] = {}
_MAX_UNIT = max(len(u) for u in _TABLE)


def _ins_cost(latin: str, j: int) -> float:
    ch = latin[j]
    if j > 0 and latin[j - 1] == ch:
        return _INS_DOUBLE
    if ch in _INS:
        return _INS[ch]
    if ch in _VOWELS:
        return _INS_VOWEL
    if ch == "h":
        return _INS_H
    return _INS_OTHER


@lru_cache(maxsize=65536)
def _units(letters: str) -> tuple[tuple[tuple[int, dict[str, float]], ...], ...]:
    """For each position in `letters`: the units (length, options) that start there."""
    out = []
    for i in range(len(letters)):
        here = []
        for n in range(1, _MAX_UNIT + 1):
            unit = letters[i : i + n]
            if len(unit) == n and unit in _TABLE:
                here.append((n, _TABLE[unit]))
        out.append(tuple(here))
    return tuple(out)


def _align_cost(letters: str, latin: str, limit: float = math.inf) -> float:
    """Cheapest cost of writing the Arabic `letters` as the Latin string `latin`; inf as
    soon as it is sure to be over `limit` (most pairs a caller tries are not one name)."""
    n, m = len(letters), len(latin)
    inf = math.inf
    units = _units(letters)
    ins = [_ins_cost(latin, j) for j in range(m)]
    # d[i][j]: cost of producing latin[:j] from letters[:i].
    d = [[inf] * (m + 1) for _ in range(n + 1)]
    d[0][0] = 0.0
    for i in range(n + 1):
        # every path to d[n][m] enters rows i.. i + _MAX_UNIT - 1 from a row above, and
        # costs only grow: the least value there bounds the answer from below
        if limit < inf and min(min(d[x]) for x in range(i, min(n, i + _MAX_UNIT - 1) + 1)) > limit:
            return inf
        row = d[i]
        for j in range(m + 1):
            c = row[j]
            if c == inf:
                continue
            if j < m and c + ins[j] < row[j + 1]:
                row[j + 1] = c + ins[j]
            if i == n:
                continue
            opts_here = units[i]
            if not opts_here:  # a letter we have no table for: substitute or drop it
                if j < m and c + _SUBST_OTHER < d[i + 1][j + 1]:
                    d[i + 1][j + 1] = c + _SUBST_OTHER
                if c + _DEL_OTHER < d[i + 1][j]:
                    d[i + 1][j] = c + _DEL_OTHER
                continue
            single = True
            for length, opts in opts_here:
                target = d[i + length]
                for spelling, cost in opts.items():
                    k = len(spelling)
                    if j + k <= m and latin.startswith(spelling, j):
                        if c + cost < target[j + k]:
                            target[j + k] = c + cost
                if length == 1 and single:
                    single = False
                    if "" not in opts and c + _DEL_OTHER < target[j]:
                        target[j] = c + _DEL_OTHER
                    if j < m and c + _SUBST_OTHER < target[j + 1]:
                        target[j + 1] = c + _SUBST_OTHER
    return d[n][m]


@lru_cache(maxsize=65536)
def _arabic_forms(arabic: str) -> tuple[str, str]:
    """(letters, letters without the article) of an Arabic name; both equal if no article."""
    letters = _arabic_letters(arabic)
    if letters.startswith("ال") and len(letters) >= 4:
        return letters, letters[2:]
    return letters, letters


@lru_cache(maxsize=65536)
def _latin_forms(latin: str) -> tuple[bool, str]:
    return split_latin_article(latin)


# Exonyms: places whose English or French name is not a spelling of the Arabic one
# (مصر ~ Egypt, الجزائر ~ Algeria), written for this project. Arabic side as match keys
# without spaces; Latin side as latin_key forms.
_EXONYM_TEXT = """
مصر: egypt egypte | الجزائر: algeria algerie alger algiers | الأردن: jordan jordanie |
القاهرة: cairo caire | دمشق: damascus damas | حلب: aleppo alep | الإمارات: emirates emirats |
السعودية: saudi saoudite arabia arabie | المغرب: morocco maroc | تونس: tunisia tunisie |
ليبيا: libya libye | سوريا: syria syrie | سورية: syria syrie | العراق: iraq irak |
فلسطين: palestine | إسرائيل: israel | تركيا: turkey turquie | روسيا: russia russie |
الصين: china chine | اليابان: japan japon | ألمانيا: germany allemagne |
بريطانيا: britain bretagne | إنجلترا: england angleterre | إنكلترا: england angleterre |
إسبانيا: spain espagne | إيطاليا: italy italie | اليونان: greece grece | الهند: india inde |
النمسا: austria autriche | سويسرا: switzerland suisse | هولندا: netherlands holland hollande |
بلجيكا: belgium belgique | أمريكا: america amerique | أميركا: america amerique |
موسكو: moscow moscou | القدس: jerusalem | الخليج: gulf golfe | مكة: mecca mekka mecque |
المدينة: medina | النيل: nile nil | أوروبا: europe | أفريقيا: africa afrique |
إفريقيا: africa afrique | آسيا: asia asie | لبنان: lebanon liban | السودان: sudan soudan |
الصومال: somalia somalie | أثينا: athens athenes | لندن: london londres | جنيف: geneva geneve |
البحرين: bahrain | عمان: oman amman | اليمن: yemen | الكويت: kuwait koweit |
الولاياتالمتحدة: us usa states | الأممالمتحدة: un nations onu
"""


@lru_cache(maxsize=65536)  # asked once per pair by _similarity
def _exonym_key(arabic: str) -> str:
    return "".join(match_key(arabic, "ar").split())


_EXONYMS: dict[str, frozenset[str]] = {}
for _item in _EXONYM_TEXT.replace("\n", " ").split("|"):
    if ":" in _item:
        _ar, _lat = _item.split(":")
        _EXONYMS[_exonym_key(_ar.strip())] = frozenset(_lat.split())


def is_known_exonym(arabic: str, latin: str) -> bool:
    """Is `latin` an established English/French name of this Arabic place (مصر Egypt),
    rather than a spelling of its letters? (The register never romanizes those.)"""
    exo = _EXONYMS.get(_exonym_key(arabic))
    return exo is not None and _latin_forms(latin)[1] in exo


# Similarity = exp(-cost / scale), with the cost per Arabic letter: a perfect spelling is
# 1.0, one unexpected consonant in a five-letter name about 0.6.
_SCALE = 0.35
THRESHOLD = 0.5  # name_similarity above this: treat as the same name (see bench figures)


@lru_cache(maxsize=262144)
def name_similarity(arabic: str, latin: str) -> float:
    """How likely the Latin spelling `latin` writes the Arabic name `arabic`, in [0, 1].

    Symmetric in the article: al-Qā’im, al-Qaim, Qaem and Al Qaim all match القائم.
    A few places known by another name in English or French (مصر ~ Egypt) score 1.0.
    """
    return _similarity(arabic, latin, math.inf)


def is_same_name(arabic: str, latin: str, threshold: float,
                 align: Callable[[str, str, float], float] | None = None) -> bool:
    """name_similarity(arabic, latin) >= threshold, the same answer, with the letter
    alignment given up as soon as its cost is past what the threshold allows (a little
    slack, so that rounding can never turn a match away). `align`: _align_cost or a
    compiled copy of it (translit_fast.align_cost)."""
    size = max(len(_arabic_forms(arabic)[1]), 1)
    limit = -math.log(threshold) * size * _SCALE + 1e-6 if threshold > 0 else math.inf
    return _similarity(arabic, latin, limit, align or _align_cost) >= threshold


def _similarity(arabic: str, latin: str, limit: float,
                align: Callable[[str, str, float], float] | None = None) -> float:
    """name_similarity; 0.0 when the cost is found to be over `limit`."""
    align = align or _align_cost
    letters, bare = _arabic_forms(arabic)
    article, rest = _latin_forms(latin)
    if not letters or not rest:
        return 0.0
    exo = _EXONYMS.get(_exonym_key(arabic))
    if exo and rest in exo:
        return 1.0
    if bare != letters:  # Arabic has the article
        if article:
            cost = align(bare, rest, limit)
        else:
            # The Latin may drop it (Iraq), or write it joined (Alqaim, Elbaradei).
            cost = min(align(bare, rest, limit - _ARTICLE_DROP) + _ARTICLE_DROP,
                       align(letters, rest, limit))
    else:
        drop = _ARTICLE_DROP if article else 0.0
        cost = align(letters, rest, limit - drop) + drop
    size = max(len(bare), 1)
    return math.exp(-cost / (size * _SCALE))


@lru_cache(maxsize=65536)
def _floor_parts(letters: str) -> tuple[frozenset[str], tuple[tuple[tuple[str, ...], float], ...]]:
    """For _cost_floor: every Latin letter some unit of `letters` can be spelled with, and
    for each Arabic letter the spellings that could write it (alone or in a letter pair
    such as تش) with what it costs when none of them occurs (dropped or substituted)."""
    units = _units(letters)
    spellable = frozenset().union(*[_UNIT_CHARS[letters[i:i + n]]
                                    for i, here in enumerate(units) for n, _ in here])
    # letters no letter pair covers (most) need what the letter alone gives (_ALONE)
    paired = {i + q for i, here in enumerate(units) for n, _ in here if n > 1
              for q in range(n)}
    return spellable, tuple([_paired_need(letters, units, i) if i in paired
                             else _ALONE.get(ch, _NO_UNIT) for i, ch in enumerate(letters)])


def _paired_need(letters: str, units, i: int) -> tuple[tuple[str, ...], float]:
    """_floor_parts' entry for letter i, which a letter pair unit covers."""
    opts = _TABLE.get(letters[i])
    if opts is None:
        return _NO_UNIT
    spellings = [sp for sp in opts if sp]
    for k in range(min(i, _MAX_UNIT - 1) + 1):  # letter pair units starting k back
        spellings += [sp for length, o in units[i - k] if length > max(k, 1) for sp in o]
    return tuple(dict.fromkeys(spellings)), min(_SUBST_OTHER, opts.get("", _DEL_OTHER))


# per unit of the table, the Latin letters its spellings use; per letter, its entry of
# _floor_parts where no letter pair covers it; a letter with no unit at all
_UNIT_CHARS = {u: frozenset("".join(o)) for u, o in _TABLE.items()}
_NO_UNIT: tuple[tuple[str, ...], float] = ((), min(_SUBST_OTHER, _DEL_OTHER))
_ALONE = {ch: (tuple(dict.fromkeys(sp for sp in o if sp)), min(_SUBST_OTHER, o.get("", _DEL_OTHER)))
          for ch, o in _TABLE.items() if len(ch) == 1}


def _cost_floor(parts: tuple[frozenset[str], tuple[tuple[tuple[str, ...], float], ...]],
                latin: str) -> float:
    """A lower bound of _align_cost(letters, latin), cheap to compute (`parts`:
    _floor_parts(letters)).

    Two bounds, the larger is kept (a substitution counts in both, so they are not
    added): each Latin consonant no unit of `letters` can spell, and that is neither a
    doubled letter nor an h, costs an insertion or a substitution (1.0); each Arabic
    letter none of whose spellings (alone or in a letter pair) occurs anywhere in
    `latin` is dropped or substituted (its "" cost, or 1.0).
    """
    spellable, needs = parts
    lat = 0.0
    for ch in _latin_charged(latin):
        if ch not in spellable:
            lat += min(_INS_OTHER, _SUBST_OTHER)
    ara = 0.0
    for spellings, cost in needs:
        for sp in spellings:
            if sp in latin:
                break
        else:
            ara += cost
    return max(lat, ara)


@lru_cache(maxsize=65536)
def _arabic_side(arabic: str):
    """What could_match needs of an Arabic name: its exonyms, the floor parts of its
    letters (with and without the article) and its size."""
    letters, bare = _arabic_forms(arabic)
    exo = _EXONYMS.get(_exonym_key(arabic)) if letters else None
    forms = (_floor_parts(bare),) + ((_floor_parts(letters),) if bare != letters else ())
    return letters, exo, forms, max(len(bare), 1)


def could_match(arabic: str, latin: str, threshold: float) -> bool:
    """False only when name_similarity(arabic, latin) < threshold for certain: a quick
    test that lets a caller skip the letter alignment on most pairs that are not the
    same name (the answer of name_similarity itself never changes)."""
    letters, exo, forms, size = _arabic_side(arabic)
    rest = _latin_forms(latin)[1]
    if not letters or not rest or threshold <= 0.0 or (exo and rest in exo):
        return True
    # similarity = exp(-cost / (size * _SCALE)) <= exp(-floor / (size * _SCALE));
    # a little slack so that rounding can never turn a match away
    budget = -math.log(threshold) * size * _SCALE + 1e-9
    hard = _latin_hard(rest)
    for parts in forms:
        # one Latin consonant no unit can spell already costs more than a short name's
        # budget: a set test, before the letter-by-letter floor
        if budget < min(_INS_OTHER, _SUBST_OTHER) and not hard <= parts[0]:
            continue
        if _cost_floor(parts, rest) <= budget:
            return True
    return False


@lru_cache(maxsize=65536)
def _latin_charged(latin: str) -> tuple[str, ...]:
    """The letters of `latin`, with repeats, that _cost_floor charges when no unit spells
    them (not a vowel, not h, not a doubled letter)."""
    return tuple(ch for j, ch in enumerate(latin)
                 if ch not in _VOWELS and ch != "h" and ch not in _INS
                 and not (j and latin[j - 1] == ch))


@lru_cache(maxsize=65536)
def _latin_hard(latin: str) -> frozenset[str]:
    """The distinct letters of _latin_charged(latin)."""
    return frozenset(_latin_charged(latin))


def _is_arabic_name(tok: str) -> bool:
    letters = _arabic_letters(tok)
    return len(letters) >= 2


def _is_latin_name(tok: str) -> bool:
    # A name in Latin text is capitalised (al-Qaim: the part after the article is).
    article, rest = _latin_forms(tok)
    return len(rest) >= 2 and any(ch.isupper() for ch in tok)


def best_matches(
    arabic_tokens: Sequence[object],
    latin_tokens: Sequence[object],
    *,
    threshold: float = THRESHOLD,
) -> list[tuple[int, int, float]]:
    """Which Arabic tokens have a Latin counterpart: (i, j, score), one-to-one, best first.

    Tokens may be strings or objects with a `.text` (aligner.text.tokenize.Token). Latin tokens
    that are not capitalised are skipped (they are not names); Arabic tokens are tried
    whole and without proclitics (وباركر -> باركر). Results are cached per token pair, so
    calling this on thousands of sentence pairs is cheap after the first sight of a name.
    """
    def text(t: object) -> str:
        return t if isinstance(t, str) else str(getattr(t, "text"))  # noqa: B009

    lat = [(j, text(t)) for j, t in enumerate(latin_tokens)]
    lat = [(j, s) for j, s in lat if _is_latin_name(s)]
    if not lat:
        return []
    scored: list[tuple[float, int, int]] = []
    for i, t in enumerate(arabic_tokens):
        s = text(t)
        if not _is_arabic_name(s):
            continue
        for j, l in lat:
            best = _pair_score(s, l)
            if best >= threshold:
                scored.append((best, i, j))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_i: set[int] = set()
    used_j: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for score, i, j in scored:
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        out.append((i, j, score))
    return out


@lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[str, ...]:
    """The word and its forms without proclitics, as name candidates."""
    from aligner.text.tokenize import stem_candidates

    forms = [f for f in stem_candidates(word) if len(f) >= 2]
    return tuple(dict.fromkeys(forms)) or (word,)


@lru_cache(maxsize=262144)
def _pair_score(arabic_word: str, latin_word: str) -> float:
    """Best similarity of any clitic-free form of an Arabic token with a Latin token."""
    return max(_quick(f, latin_word) for f in _stems(arabic_word))


def _quick(arabic: str, latin: str) -> float:
    """name_similarity with a length pre-check that skips hopeless pairs cheaply."""
    letters, bare = _arabic_forms(arabic)
    _, rest = _latin_forms(latin)
    # A Latin name is rarely more than three times or less than a third as long.
    if len(rest) > 3 * len(letters) + 3 or 3 * len(rest) + 3 < len(bare):
        return 0.0
    return name_similarity(arabic, latin)
