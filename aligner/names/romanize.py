"""Romanize Arabic words and names in ALA-LC, DIN 31635, IJMES, BGN/PCGN, a plain news
style, or Buckwalter.

    romanize("القائم", "alalc")                      -> "al-Qāʼim"
    romanize("الخفاجي", "din", counterpart="Khafaji") -> "al-Ḫafāǧī"
    candidates("داعش", "news")                       -> [Candidate("Daʻish"...), ...]

Vowelled input is read from its marks; unvowelled input is vowelled by vowelling.py.
Each scheme is a table (schemes.py); this module only applies it: the article and its
assimilation, tāʼ marbūṭah in the construct state, capitals, the ALA-LC prime. Buckwalter
maps characters one to one and reverses exactly (from_buckwalter).
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING
import unicodedata
from dataclasses import dataclass

from aligner.names.schemes import (ARABIC_CONSONANT, BUCKWALTER, BUCKWALTER_REVERSE,
                                   SCHEMES, SUN_LETTERS, Scheme)
from aligner.text.fold import APOSTROPHES, ascii_digits, split_latin_article
from aligner.names.segments import ALIFS, Label, parse_label
from aligner.names.vowelling import (PROCLITIC_LABELS, Reading, Voweller,
                                      shipped_voweller, stem_of)

if TYPE_CHECKING:
    from aligner.model import RegisterEntry


# Name elements that stay lower case inside a name (ALA-LC: Muḥammad ibn ʻAlī) and
# particles that are not names; everything else in a name is capitalised.
_LOWER_IN_NAME = frozenset({"ابن", "بن", "بنت", "في", "من", "على", "عن", "إلى", "الى",
                            "و"})
_SON = frozenset({"ابن", "بن"})
PREPOSITION = PROCLITIC_LABELS["ب"]  # the label of bi- and li- (the same: 1i-)


@dataclass(frozen=True)
class Candidate:
    """A romanization with its confidence (0..1) and where its vowels came from."""

    text: str
    confidence: float
    source: str


def to_buckwalter(text: str) -> str:
    """Buckwalter transliteration: one ASCII character per Arabic character; others kept."""
    return "".join(BUCKWALTER.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def from_buckwalter(text: str) -> str:
    return "".join(BUCKWALTER_REVERSE.get(ch, ch) for ch in text)


# -- rendering one vowelled word ---------------------------------------------------------

def _article_at(letters: str, labels: list[Label], i: int) -> bool:
    """Is the letter at i the l of the article (al-, lil-)?"""
    lab = labels[i]
    if letters[i] != "ل" or lab.n != 1 or lab.vowel or not lab.hyphen or i == 0:
        return False
    prev, plab = letters[i - 1], labels[i - 1]
    return ((prev in ALIFS and plab.n == 0 and plab.vowel == "a")
            or (prev == "ل" and plab.vowel == "i" and not plab.hyphen))


def render_word(letters: str, raw_labels: tuple[str, ...], scheme: Scheme, *,
                cap: bool = True, construct: bool = False) -> str:
    """One vowelled word in `scheme`. `construct`: a final tāʼ marbūṭah reads -at."""
    labels = [parse_label(x) for x in raw_labels]
    if construct and letters.endswith("ة") and labels[-1].n == 0:
        labels[-1] = labels[-1]._replace(n=1)
    pieces: list[str] = []
    stem_start = 0
    word_start = True  # no letter written yet since the start or a hyphen
    prev_cons = ""
    for i, (letter, lab) in enumerate(zip(letters, labels)):
        phon = ARABIC_CONSONANT.get(letter)
        if phon is None:  # not an Arabic letter: keep it as it is
            pieces.append(ascii_digits(letter))
            prev_cons = ""
            continue
        article_l = _article_at(letters, labels, i)
        # elision: wa-al- -> wa-l-, li+al -> li-l-
        if (scheme.elide_after_clitic and letter in ALIFS and lab.n == 0 and lab.vowel == "a"
                and i + 1 < len(letters) and _article_at(letters, labels, i + 1)
                and i > 0 and labels[i - 1].hyphen):
            continue
        cons = ""
        n = lab.n
        if letter == "ة":
            cons = scheme.taa_construct if n else scheme.taa_pausal
            n = 1 if cons else 0
        elif n:
            cons = scheme.consonants.get(phon, "")
            if phon == "ء" and word_start and not scheme.initial_hamza:
                cons = ""
            if article_l and scheme.assimilate and i + 1 < len(letters):
                nxt = ARABIC_CONSONANT.get(letters[i + 1], "")
                if nxt in SUN_LETTERS and labels[i + 1].n:
                    cons = scheme.consonants.get(nxt, cons)
            if i > 0 and _article_at(letters, labels, i - 1):
                n = 1  # the sun letter's shaddah after the article is the article's
        out = ""
        if lab.pre:
            out += scheme.long_before.get(lab.pre, lab.pre)
            if scheme.double_after_long and n:
                n = 2
        written = cons * n if cons else ""
        if (scheme.digraph_separator and written and prev_cons
                and prev_cons[-1] + written[0] in scheme.digraphs and not lab.pre):
            out = scheme.digraph_separator + out
        out += written
        out += scheme.vowels.get(lab.vowel, lab.vowel)
        if lab.hyphen:
            out += "-"
        if article_l and scheme.elide_after_clitic and letters[i - 1] == "ل" and pieces:
            pieces[-1] += "-"  # lil- is li-l- where the article is elided
        pieces.append(out)
        prev_cons = "" if (lab.vowel or lab.pre or not written) else written
        if out.endswith("-"):
            stem_start = len(pieces)
            word_start = True
            prev_cons = ""
        elif out:
            word_start = False
    text = "".join(pieces)
    if cap and scheme.capitals:
        head = "".join(pieces[:stem_start])
        text = head + _capitalise("".join(pieces[stem_start:]))
    return text


def _capitalise(text: str) -> str:
    for i, ch in enumerate(text):
        if ch in APOSTROPHES or ch == "`":
            continue
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        break
    return text


# -- words, names, candidates -------------------------------------------------------------

def _words(arabic: str) -> list[str]:
    """The words of a name, with joined name elements split (عبدالله -> عبد الله)."""
    out: list[str] = []
    for word in unicodedata.normalize("NFC", arabic).split():
        if word.startswith("عبدال") and len(word) > 6:
            out.extend(("عبد", word[3:]))
        elif word.startswith(("أبوال", "ابوال")) and len(word) > 6:
            out.extend((word[:3], word[3:]))
        elif word == "بن" and out:
            out.append("ابن")  # ibn between two names, however it is spelled
        else:
            out.append(word)
    return out


def _word_candidates(word: str, voweller: Voweller, width: int
                     ) -> list[tuple[Reading, float]]:
    """Readings of one word with their share of the probability (softmax of scores)."""
    readings = voweller.readings(word, width)
    if not readings:
        return []
    top = readings[0].score
    weights = [math.exp(r.score - top) for r in readings]
    total = sum(weights)
    return [(r, w / total) for r, w in zip(readings, weights)]


def _folded_latin(text: str) -> str:
    """A Latin spelling as plain lower-case letters without its article (the one fold of
    Latin names, aligner.text.fold), for comparing with a counterpart."""
    return split_latin_article(text)[1]


def _similarity(a: str, b: str) -> float:
    """1 - normalised edit distance, with e~i~a and o~u cheap (Qaem ~ Qaim)."""
    cheap = {frozenset("ei"), frozenset("ea"), frozenset("ou"), frozenset("yi"),
             frozenset("wu")}
    if not a or not b:
        return 0.0
    prev = [float(j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        cur = [float(i)] + [0.0] * len(b)
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else (0.3 if frozenset((ca, cb)) in cheap else 1.0)
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub)
        prev = cur
    return 1.0 - prev[-1] / max(len(a), len(b))


_NEWS = SCHEMES["news"]
# How much a counterpart's spelling outweighs the model: one wrong vowel in a
# seven-letter name costs a factor of about e^28, more than the lexicon's word.
COUNTERPART_WEIGHT = 200.0


def _rerank(options: list[tuple[Reading, float]], counterpart: list[str], cap: bool
            ) -> list[tuple[Reading, float]]:
    """Re-weight readings by how well their plain spelling matches a word of the Latin
    counterpart (the best-matching word, so word counts need not agree)."""
    targets = [t for t in (_folded_latin(w) for w in counterpart) if t]
    if not targets:
        return options
    scored = []
    for reading, p in options:
        plain = _folded_latin(render_word(reading.letters, reading.labels, _NEWS, cap=cap))
        sim = max(_similarity(plain, t) for t in targets)
        scored.append((reading, p * math.exp(COUNTERPART_WEIGHT * sim)))
    total = sum(p for _, p in scored) or 1.0
    scored = [(r, p / total) for r, p in scored]
    scored.sort(key=lambda x: (-x[1], x[0].labels))
    return scored


def candidates(arabic: str, scheme: str = "alalc", *, counterpart: str = "",
               limit: int = 5, proper: bool | None = True,
               voweller: Voweller | None = None) -> list[Candidate]:
    """Ranked romanizations of an Arabic word or name, with confidences.

    `counterpart`: the Latin spelling the name is linked to (Khafaji), used to choose the
    vowels. `proper`: True writes a name (capitals), False lower case, None the lexicon's
    capitals for known words (and capitals for unknown ones)."""
    if scheme == "buckwalter":
        return [Candidate(to_buckwalter(arabic), 1.0, "characters")]
    sch = SCHEMES.get(scheme)
    if sch is None:
        raise ValueError(f"unknown scheme {scheme!r} (one of {', '.join(SCHEMES)}, buckwalter)")
    words = _words(arabic)
    if not words:
        return [Candidate("", 1.0, "empty")]
    voweller = voweller or shipped_voweller()
    parts = counterpart.split()
    per_word: list[list[tuple[str, float, str]]] = []
    for k, word in enumerate(words):
        options = _word_candidates(word, voweller, 40 if counterpart else max(limit, 8))
        if not options:  # no Arabic letter in it: keep it as it is
            per_word.append([(ascii_digits(word), 1.0, "copy")])
            continue
        bare = options[0][0].letters
        lower = bare in _LOWER_IN_NAME and (k > 0 or bare not in _SON)
        particle = options[0][0].labels  # the particle's own reading, lower case in a name
        if counterpart:
            options = _rerank(options, parts, not lower)
        construct = (k + 1 < len(words) and bare.endswith("ة") and not bare.startswith("ال")
                     and not words[k + 1][:1].isdigit())
        rendered: dict[str, tuple[float, str]] = {}
        for reading, p in options:
            if proper is None:
                cap = reading.cap
            else:  # a particle read otherwise is a name (على as ʻAlī, as Egypt spells it)
                cap = proper and not (lower and reading.labels == particle)
            text = render_word(reading.letters, reading.labels, sch, cap=cap,
                               construct=construct or after_preposition(reading.labels))
            old = rendered.get(text)
            rendered[text] = ((old[0] if old else 0.0) + p, old[1] if old else reading.source)
        ranked = sorted(rendered.items(), key=lambda kv: (-kv[1][0], kv[0]))
        per_word.append([(t, p, s) for t, (p, s) in ranked[:limit]])
    return _combine(per_word, limit)


def after_preposition(labels: tuple[str, ...]) -> bool:
    """Is the word bi- or li- + a noun without the article (بمدينة, لدراسة)? Such a
    noun is definite only by a genitive after it, so its tāʼ marbūṭah is in the
    construct state: -at (bi-Madīnat, li-Dirāsat), even when the word stands alone. On
    the tuning lexicon's capitalised words 100 of 125 read so; lil- (the article) and
    wa-/fa- alone do not."""
    start = stem_of(labels)
    return start > 0 and labels[start - 1] == PREPOSITION


def _combine(per_word: list[list[tuple[str, float, str]]], limit: int) -> list[Candidate]:
    """The best whole-name combinations: the best reading of each word, then the best
    single-word changes, by product of confidences."""
    best = [opts[0] for opts in per_word]
    combos: dict[str, tuple[float, str]] = {}

    def add(choice: list[tuple[str, float, str]]) -> None:
        text = " ".join(c[0] for c in choice)
        p = math.prod(c[1] for c in choice)
        source = min((c[2] for c in choice), key=_SOURCE_RANK.get)
        if text not in combos or combos[text][0] < p:
            combos[text] = (p, source)

    add(best)
    for k, opts in enumerate(per_word):
        for alt in opts[1:]:
            add(best[:k] + [alt] + best[k + 1:])
    ranked = sorted(combos.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    return [Candidate(text, round(p, 4), source) for text, (p, source) in ranked]


# the weakest source a name's words came from is the name's
_SOURCE_RANK = {"model": 0, "morphology": 1, "stem": 2, "marks": 3, "lexicon": 4, "copy": 5,
                "characters": 6, "empty": 7}


def romanize(arabic: str, scheme: str = "alalc", counterpart: str = "", *,
             proper: bool | None = True, voweller: Voweller | None = None) -> str:
    """The most likely romanization of an Arabic word or name in `scheme`."""
    found = candidates(arabic, scheme, counterpart=counterpart, limit=1, proper=proper,
                       voweller=voweller)
    return found[0].text if found else ""


__all__ = ["Candidate", "candidates", "from_buckwalter", "render_word", "romanize",
           "romanize_all", "to_buckwalter", "with_romanizations"]


# -- for the register: renderings in every scheme --------------------------------------------

SCHOLARLY = ("alalc", "din", "ijmes", "bgn")


def romanize_all(arabic: str, counterpart: str = "", schemes: tuple[str, ...] = SCHOLARLY,
                 voweller: Voweller | None = None) -> dict[str, str]:
    """The name in each of `schemes` (one vowelling, several spellings)."""
    return {key: romanize(arabic, key, counterpart, voweller=voweller) for key in schemes}


def with_romanizations(entry: "RegisterEntry", schemes: tuple[str, ...] = SCHOLARLY
                       ) -> "RegisterEntry":
    """A copy of a register entry with its romanization in each scheme added as
    ROMANIZED_LANG forms (admitted), where the entry has none in that scheme yet. Only
    names are romanized (not exonyms or translations); the chosen English spelling, else
    any chosen one, is the counterpart that picks the vowels."""
    from dataclasses import replace

    from aligner.model import ROMANIZED_LANG, FormStatus, NameForm

    if not entry.kind.romanized:
        return entry
    have = {f.scheme for f in entry.forms if f.lang == ROMANIZED_LANG}
    wanted = tuple(s for s in schemes if s not in have)
    if not wanted:
        return entry
    counterpart = entry.spelling("en") or next(
        (entry.spelling(lang) for lang in entry.languages() if entry.spelling(lang)), "")
    texts = {f.text for f in entry.forms if f.lang == ROMANIZED_LANG}
    added = []
    for key, text in romanize_all(entry.arabic, counterpart, wanted).items():
        if text and text not in texts:  # DIN and IJMES often agree: one form, first scheme
            texts.add(text)
            added.append(NameForm(ROMANIZED_LANG, text, FormStatus.ADMITTED, key))
    return replace(entry, forms=list(entry.forms) + added)
