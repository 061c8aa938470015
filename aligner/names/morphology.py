"""Morphology learned from the vowelled lexicon: reading an unseen word from its relatives.

Why: most words the lexicon has not seen are a known stem with another ending (مصرية
beside مصري, الفراتية beside الفرات, مدرسون beside مدرس) or follow a known word pattern
(مفعول, فعالة). Both are learned here from the lexicon itself, never written by hand:

- Suffix rules: for every two lexicon forms P+s1 and P+s2 that differ only in their
  ending (the nisba ي / ية, tāʼ marbūṭah ة, the plurals ات ون ين, the dual ان, pronoun
  suffixes...), how the labels of the last stem letter and the ending change, and how
  often the rest of the stem keeps its vowels. An unseen P+s2 is then read as the known
  P+s1 with the rule applied; the rule's observed reliability is the candidate's weight.
- Patterns (wazn): a stem's letters with its root consonants replaced by one symbol
  (مكتوب -> مCCوC) and its labels; an unseen stem of a known pattern gets that pattern's
  most frequent vowellings (mafʻūl), weighted by how often the pattern reads that way.

Proclitics and the article are taken off first (vowelling._splits), so والمصرية is
wa- + al- + مصرية.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

# Endings whose exchange the rules learn (longest first when stripping). Nouns and names
# take these; verb endings are left to the n-gram models.
SUFFIXES: tuple[str, ...] = ("", "ة", "ي", "ى", "ا", "ه", "ية", "يه", "ات", "ون", "ين", "ان",
                             "يون", "يين", "يات", "ها", "هم", "نا", "اء", "اني", "اوي")
MIN_STEM = 2          # letters the shared stem keeps at least
MIN_RULE_COUNT = 2    # a rule seen once is chance
# Letters that stay themselves in a pattern: vowel letters and hamzah seats, the
# tāʼ marbūṭah, and the letters of derivational prefixes and infixes (m-, t-, n-, s-t-).
PATTERN_KEEP = frozenset("اأإآءؤئويىةتمن")
MIN_PATTERN_COUNT = 3


@dataclass(frozen=True)
class Derived:
    """Labels for a word read from a relative or a pattern, with log of their weight."""

    labels: tuple[str, ...]
    logp: float
    cap: bool
    support: int = 0  # how many lexicon pairs or words the rule or pattern rests on


def pattern_of(stem: str) -> str:
    """The stem with its root consonants as C: مكتوب -> مCCوC. (Telling the gutturals
    apart, which draw an a, did no better on the validation part.)"""
    return "".join(ch if ch in PATTERN_KEEP else "C" for ch in stem)


class Morphology:
    """Suffix rules and patterns learned from a lexicon {form: LexEntry}."""

    def __init__(self, lexicon: dict) -> None:
        self.lexicon = lexicon
        # stem -> [(ending, form)] for every way a lexicon form ends in a known ending
        self.by_stem: dict[str, list[tuple[str, str]]] = {}
        for form in sorted(lexicon):
            for suf in SUFFIXES:
                if form.endswith(suf) and len(form) - len(suf) >= MIN_STEM:
                    self.by_stem.setdefault(form[:len(form) - len(suf)], []).append((suf, form))
        self.rules: dict[tuple[str, str, tuple[str, ...]], Counter[tuple[str, ...]]] = {}
        self.rule_total: Counter[tuple[str, str, tuple[str, ...]]] = Counter()
        self._learn_rules()
        self.patterns: dict[str, Counter[tuple[str, ...]]] = {}
        self.pattern_caps: Counter[tuple[str, tuple[str, ...]]] = Counter()  # capitalised
        self._learn_patterns()

    # -- learning -----------------------------------------------------------------------

    def _learn_rules(self) -> None:
        for stem, pairs in self.by_stem.items():
            k = len(stem) - 1  # the last stem letter's label changes with the ending
            for s1, f1 in pairs:
                l1 = self.lexicon[f1].labels
                for s2, f2 in pairs:
                    if s1 == s2:
                        continue
                    l2 = self.lexicon[f2].labels
                    key = (s1, s2, l1[k:])
                    self.rule_total[key] += 1
                    if l1[:k] == l2[:k]:
                        self.rules.setdefault(key, Counter())[l2[k:]] += 1

    def _learn_patterns(self) -> None:
        from aligner.names.vowelling import stem_of

        for form, entry in sorted(self.lexicon.items()):
            start = stem_of(entry.labels)
            stem = form[start:]
            if len(stem) >= 3:
                key = pattern_of(stem)
                self.patterns.setdefault(key, Counter())[entry.labels[start:]] += 1
                self.pattern_caps[(key, entry.labels[start:])] += entry.cap

    # -- reading ------------------------------------------------------------------------

    def from_relatives(self, stem: str) -> list[Derived]:
        """Readings of `stem` from lexicon forms that share all but its ending."""
        best: dict[tuple[str, ...], Derived] = {}
        for s2 in SUFFIXES:
            if not stem.endswith(s2) or len(stem) - len(s2) < MIN_STEM:
                continue
            base = stem[:len(stem) - len(s2)]
            k = len(base) - 1
            for s1, f1 in self.by_stem.get(base, ()):
                if s1 == s2:
                    continue
                entry = self.lexicon[f1]
                key = (s1, s2, entry.labels[k:])
                total = self.rule_total.get(key, 0)
                for tail, count in sorted(self.rules.get(key, {}).items()):
                    if count < MIN_RULE_COUNT:
                        continue
                    labels = entry.labels[:k] + tail
                    logp = math.log(count / total)
                    old = best.get(labels)
                    if old is None or old.logp < logp:
                        best[labels] = Derived(labels, logp, entry.cap, total)
        return sorted(best.values(), key=lambda d: (-d.logp, d.labels))

    def from_pattern(self, stem: str, limit: int = 3) -> list[Derived]:
        """The most frequent readings of `stem`'s pattern."""
        if len(stem) < 3:
            return []
        counts = self.patterns.get(pattern_of(stem))
        if not counts:
            return []
        total = sum(counts.values())
        if total < MIN_PATTERN_COUNT:
            return []
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        key = pattern_of(stem)
        # capitalised (a name) when most words of this pattern and reading are
        return [Derived(labels, math.log(c / total), 2 * self.pattern_caps[(key, labels)] >= c,
                        total) for labels, c in ranked]
