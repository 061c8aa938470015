"""A word-final ى: alif maqṣūrah (-á in ALA-LC and BGN, -ā in DIN and IJMES: Muṣṭafá,
Yaḥyá, al-Shūrá) or a yāʼ written without its dots (-ī: ʻAlī, Shawqī, al-Janzūrī, as
Egyptian print spells them).

Why a rule of its own: the letter alone does not tell. Standard spelling keeps ى for
the alif, but the catalogue data the lexicon comes from is mostly Egyptian-spelled, where
ى also ends the nisba and the names in -ī. What tells them apart is general evidence
that the lexicon itself gives, counted over its ى-final words:
  - is the same word with a dotted ي known (a nisba or name spelled the other way)?
  - is the word without its last letter known (مصرى from مصر: a nisba)?
  - the word's shape: its stem with root consonants as C and the letters of patterns
    kept (يتCCى is a verb, -اوى a plural or a nisba in -āwī, CCCى fuʻlá or faʻlī).
The counts give P(á) with backing off from the most specific evidence to the least;
vowelling.py adds MAQSURA_WEIGHT times half the log odds to the two readings.
"""
from __future__ import annotations

import math
from collections import Counter

from aligner.names.lexicon import LexEntry, group_key

MAQSURA = "0á"
DOTLESS = "0ī"
# letters kept in the shape (vowel letters, hamzah seats, affix letters); others are C
_KEPT = frozenset("اأإآءؤئويىةتمنل")
_PRIOR = 4.0  # how many observations the parent level's estimate is worth


def _shape(stem: str) -> str:
    return "".join(ch if ch in _KEPT else "C" for ch in stem)


class FinalYa:
    """P(alif maqṣūrah) for a word ending in ى, learned from a lexicon's ى-final words."""

    def __init__(self, lexicon: dict[str, LexEntry], stems: dict[str, LexEntry]):
        self.lexicon = lexicon
        self.stems = stems
        self.counts: dict[tuple[str, ...], Counter[str]] = {}
        for form, entry in sorted(lexicon.items()):
            if len(form) > 2 and form.endswith("ى") and entry.labels[-1] in (MAQSURA, DOTLESS):
                for key in self._keys(form):
                    self.counts.setdefault(key, Counter())[entry.labels[-1]] += 1

    def _known(self, letters: str) -> bool:
        return letters in self.lexicon or group_key(letters) in self.stems

    def _keys(self, letters: str) -> list[tuple[str, ...]]:
        """The evidence, from the least to the most specific."""
        dotted = "y" if self._known(letters[:-1] + "ي") else "-"
        base = "b" if len(letters) > 3 and self._known(letters[:-1]) else "-"
        shape = _shape(group_key(letters))
        return [(), (dotted, base), (dotted, base, shape[-3:]), (dotted, base, shape)]

    def p_maqsura(self, letters: str) -> float:
        p = 0.5
        for key in self._keys(letters):
            c = self.counts.get(key)
            if c is None:
                break
            p = (c[MAQSURA] + _PRIOR * p) / (c[MAQSURA] + c[DOTLESS] + _PRIOR)
        return p

    def log_odds(self, letters: str, label: str) -> float:
        """Half the log odds of `label` (á or ī) on the last ى against the other one; 0
        for other readings of the letter and for words that do not end in ى."""
        if len(letters) <= 2 or not letters.endswith("ى") or label not in (MAQSURA, DOTLESS):
            return 0.0
        p = self.p_maqsura(letters)
        half = 0.5 * math.log(p / (1.0 - p))
        return half if label == MAQSURA else -half
