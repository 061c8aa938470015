"""A vowelled Arabic word as segments: one per letter, each with a small label.

Why: the schemes differ only in how they write a vowelled word, and unvowelled text differs
from vowelled text only in what is missing. So vowelling produces, for each Arabic letter, a
label saying how it is read, and every scheme renders labelled letters (romanize.py). The
same labels are what the lexicon stores and what the statistical model predicts.

A label is written `[pre]n[vowel][-]`:
  pre    "ī" or "ū" written before a doubled y / w (ʻArabīyah: ي is "ī1a")
  n      how many times the consonant is written: 0 (a vowel letter, an unwritten hamzah,
         the pausal tāʼ marbūṭah), 1, or 2 (shaddah)
  vowel  one of schemes.VOWELS, or nothing
  -      a hyphen follows (wa-, bi-, li-, al-)
Examples: محمد -> م "1u", ح "1a", م "2a", د "1"; القائم -> ا "0a", ل "1-", ق "1", ا "0ā",
ئ "1i", م "1".
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from aligner.names.schemes import ALALC, ARABIC_CONSONANT, VOWELS
from aligner.text.fold import ARABIC_DIACRITICS, TATWEEL

_LABEL = re.compile(r"^([īū]?)([012])(an|in|un|[aiuāīūá]?)(-?)$")

# Letters that can stand for a vowel (or be silent), so n may be 0.
VOWEL_LETTERS = frozenset("اٱٳأإآءؤئويیىة")
HAMZA_SEATS = frozenset("أإآٳءؤئ")
ALIFS = frozenset("اٱ")

# The vowel marks and what they say about the letter that carries them.
FATHA, DAMMA, KASRA = "\u064e", "\u064f", "\u0650"
FATHATAN, DAMMATAN, KASRATAN = "\u064b", "\u064c", "\u064d"
SHADDA, SUKUN, DAGGER_ALIF = "\u0651", "\u0652", "\u0670"
MARKS = frozenset((FATHA, DAMMA, KASRA, FATHATAN, DAMMATAN, KASRATAN, SHADDA, SUKUN,
                   DAGGER_ALIF))
_HARAKAT = frozenset((FATHA, DAMMA, KASRA, SUKUN))
# Every other diacritic the folding module knows (Quranic signs...) says nothing about
# vowels here and is dropped, with tatweel.
_DROPPED = {ord(c): None for c in (ARABIC_DIACRITICS - MARKS) | {TATWEEL}}


class Label(NamedTuple):
    pre: str
    n: int
    vowel: str
    hyphen: bool


def parse_label(text: str) -> Label:
    m = _LABEL.match(text)
    if not m:
        raise ValueError(f"not a segment label: {text!r}")
    return Label(m.group(1), int(m.group(2)), m.group(3), bool(m.group(4)))


def make_label(pre: str, n: int, vowel: str, hyphen: bool) -> str:
    return f"{pre}{n}{vowel}{'-' if hyphen else ''}"


def is_arabic_letter(ch: str) -> bool:
    return ch in ARABIC_CONSONANT


def split_marks(word: str) -> tuple[str, list[frozenset[str]]]:
    """The word's letters and, for each letter, the vowel marks written on it.

    NFC first; tatweel and marks that say nothing about vowels are dropped."""
    word = unicodedata.normalize("NFC", word).translate(_DROPPED)
    letters: list[str] = []
    marks: list[set[str]] = []
    for ch in word:
        if ch in MARKS:
            if marks:
                marks[-1].add(ch)
        else:
            letters.append(ch)
            marks.append(set())
    return "".join(letters), [frozenset(m) for m in marks]


def allowed(letter: str, label: Label, marks: frozenset[str], next_letter: str) -> bool:
    """Does this reading of `letter` agree with the marks written on it?"""
    if not marks:
        return True
    if SHADDA in marks and label.n < 2 and not label.pre:
        return False
    if SHADDA not in marks and label.n == 2 and marks & _HARAKAT:
        return False  # a vowelled letter without shaddah is written once
    if SUKUN in marks and label.vowel:
        return False
    long_next = {"a": "اىٱ", "i": "يی", "u": "و"}
    for mark, short in ((FATHA, "a"), (KASRA, "i"), (DAMMA, "u")):
        if mark in marks:
            if label.vowel == short:
                continue
            # a fatḥah before ا is the ā that the alif writes
            if label.vowel == "" and next_letter and next_letter in long_next[short]:
                continue
            return False
    for mark, nun in ((FATHATAN, "an"), (KASRATAN, "in"), (DAMMATAN, "un")):
        if mark in marks and label.vowel != nun:
            return False
    if DAGGER_ALIF in marks and label.vowel != "ā":
        return False
    return True


def label_from_marks(letter: str, marks: frozenset[str], next_letter: str) -> str | None:
    """The reading the marks alone spell out (for a fully vowelled letter), else None."""
    if letter in ALIFS or letter == "ى" or letter == "ة":
        return None
    n = 2 if SHADDA in marks else 1
    vowel = ""
    for mark, v in ((FATHA, "a"), (KASRA, "i"), (DAMMA, "u"), (FATHATAN, "an"),
                    (KASRATAN, "in"), (DAMMATAN, "un"), (DAGGER_ALIF, "ā")):
        if mark in marks:
            vowel = v
    if vowel in ("a", "i", "u") and next_letter:
        long_letter = {"a": "اى", "i": "يی", "u": "و"}[vowel]
        if next_letter in long_letter:
            vowel = ""  # the next letter writes it long
    if not marks or (vowel == "" and SUKUN not in marks and SHADDA not in marks):
        return None
    return make_label("", n, vowel, False)


def alalc_surface(letter: str, label: Label) -> str:
    """The lower-case ALA-LC letters one labelled letter writes (training alignment only:
    no article rules, no capitals, no prime)."""
    cons = ""
    if label.n:
        if letter == "ة":
            cons = ALALC.taa_construct
        else:
            cons = ALALC.consonants.get(ARABIC_CONSONANT.get(letter, ""), "")
            if not cons:
                return "\0"  # cannot be written
    elif letter == "ة":
        cons = ALALC.taa_pausal
    body = cons * max(label.n, 1) if letter != "ة" else cons
    if label.n == 0 and letter != "ة":
        body = ""
    return label.pre + body + ALALC.vowels.get(label.vowel, "") + ("-" if label.hyphen else "")


def _label_costs() -> dict[str, list[tuple[str, float]]]:
    """For each letter, the readings the training alignment may give it, with a cost that
    prefers the usual reading when two explain the same Latin (ū is و's, not the
    consonant's before it)."""
    shorts = ["", "a", "i", "u"]
    out: dict[str, list[tuple[str, float]]] = {}
    for letter in ARABIC_CONSONANT:
        opts: list[tuple[str, float]] = []

        def add(pre: str, n: int, vowel: str, cost: float) -> None:
            for hy in (False, True):
                opts.append((make_label(pre, n, vowel, hy), cost + (0.05 if hy else 0)))

        if letter == "ة":
            add("", 0, "", 0)
            add("", 1, "", 0)
            for v in ("a", "i", "u", "an", "in", "un"):
                add("", 1, v, 1)
        elif letter in ALIFS or letter == "ٳ":
            add("", 0, "ā", 0)
            for v in ("a", "i", "u"):
                add("", 0, v, 0.3)
            add("", 0, "", 1)
            for v in shorts + ["ā"]:
                add("", 1, v, 1)
        elif letter in HAMZA_SEATS:
            for v in shorts + ["ā", "ī", "ū"]:
                add("", 1, v, 0 if v in shorts else 0.5)
                add("", 0, v, 0.2 if v else 2)
        elif letter == "ى":
            add("", 0, "á", 0)
            add("", 0, "ā", 0.5)
            add("", 0, "ī", 0.5)
            add("", 0, "an", 1)
            for v in shorts:
                add("", 1, v, 1)
        else:
            long_self = {"و": "ū", "ي": "ī", "ی": "ī"}.get(letter)
            for n in (1, 2):
                for v in shorts:
                    add("", n, v, 0.1 if n == 2 else 0)
                for v in ("ā", "ī", "ū", "an", "in", "un"):
                    add("", n, v, 2 if n == 1 else 2.1)
            if long_self:
                add("", 0, long_self, 0)
                add("", 0, {"ū": "u", "ī": "i"}[long_self], 0.5)
                add("", 0, "", 1)
                for v in shorts:
                    add(long_self, 1, v, 0.3)
        out[letter] = opts
    return out


LABEL_COSTS = _label_costs()


def align_alalc(letters: str, latin: str) -> list[str] | None:
    """Labels for `letters` whose ALA-LC rendering is `latin` (lower case, no prime), the
    cheapest such reading; None when no reading fits (misaligned catalogue rows)."""
    n, m = len(letters), len(latin)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, str] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n):
        letter = letters[i]
        opts = LABEL_COSTS.get(letter)
        if not opts:
            return None
        surfaces = [(label, alalc_surface(letter, parse_label(label)), cost)
                    for label, cost in opts]
        for j in range(m + 1):
            here = best[i][j]
            if here == inf:
                continue
            for label, surface, cost in surfaces:
                if latin.startswith(surface, j):
                    k = j + len(surface)
                    if here + cost < best[i + 1][k]:
                        best[i + 1][k] = here + cost
                        back[i + 1][k] = (j, label)
    if best[n][m] == inf:
        return None
    labels: list[str] = []
    j = m
    for i in range(n, 0, -1):
        step = back[i][j]
        assert step is not None
        j, label = step
        labels.append(label)
    return labels[::-1]


assert set(VOWELS) >= {"a", "ā", "á"}
