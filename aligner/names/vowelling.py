"""Vowelling an Arabic word: which labels (segments.py) read its letters, ranked.

Sources, strongest first:
1. the vowel marks written in the text (a marked letter only takes readings that agree);
2. the vowelled lexicon (lexicon.py), for the form itself or for its stem once the
   proclitics (و ف ب ك ل) and the article are taken off: والقائم is wa- + القائم;
3. a joint n-gram model over (letter, label) pairs learned from the same lexicon (the
   grapheme-to-phoneme method of Bisani & Ney's Sequitur, Witten-Bell smoothing), which
   reads unseen words by analogy: it knows that -ية after a consonant is usually -īyah,
   that فاعل-shaped words take ā-i, that و- in front is usually wa-. Its beam gives the
   ranked candidates and their confidences;
4. morphology learned from the same lexicon (morphology.py): an unseen word read from a
   relative with another ending (مصرية from مصري) or by its pattern (مفعول -> mafʻūl),
   which outranks the n-gram guesses by how reliable the rule or pattern proved.
A Latin counterpart (Khafaji for الخفاجي) re-ranks the candidates (romanize.py).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

from aligner.names.lexicon import LexEntry, known_stems, shipped_lexicon
from aligner.names.maqsura import FinalYa
from aligner.names.morphology import Morphology
from aligner.names.schemes import ARABIC_CONSONANT, SUN_LETTERS
from aligner.names.spelling import carry, variants
from aligner.names.segments import (SHADDA, Label, allowed, label_from_marks, make_label,
                                    parse_label, split_marks)

ORDER = 4
# Letters kept as themselves in the pattern model: vowel letters, hamzah seats and the
# letters of affixes (the article, m- of participles, t- and n- of verb forms); the
# others, root consonants mostly, become one symbol, so vowel patterns (faʻīl, mafʻūl)
# carry over to roots the lexicon has not seen.
PATTERN_LETTERS = frozenset("اأإآءؤئويىةتمنل")
# Coarser still: only the letters that can write a vowel (the shape of the word).
SHAPE_LETTERS = frozenset("اأإآءؤئويىة")
# The models whose weighted log probabilities add up: (order, look ahead, letters kept or
# None for all, weight). Chosen on a validation part of the tuning data (names right:
# letters alone 0.50, + patterns 0.56, + shapes 0.57; looking ahead and other weights
# did no better).
MODELS: tuple[tuple[int, bool, frozenset[str] | None, float], ...] = (
    (ORDER, False, None, 1.0),
    (5, False, PATTERN_LETTERS, 1.0),
    (6, False, SHAPE_LETTERS, 1.0),
)
BEAM = 12
LEX_EXACT_BONUS = 9.0   # a form the lexicon knows outranks the model's guesses
LEX_STEM_BONUS = 3.0    # a known stem behind known proclitics
LEX_VARIANT_BONUS = LEX_EXACT_BONUS  # a known form, one letter spelled another way
# A reading derived from a relative (another ending of a known stem) or from the word's
# pattern: bonus + weight * log(how often the rule or pattern reads so). Chosen on a
# validation part of the tuning data (bench/tune_romanize.py; the held-out part is never
# read there): names right 0.575 without them, 0.586 with relatives, 0.596 with both;
# chosen again once the spelling variants and known stems were read (0.585 without them,
# 0.605 with these values, the old 6, 1, 3, 2 outside the ten best rows, <= 0.603).
RELATIVE_BONUS, RELATIVE_WEIGHT = 6.0, 2.0
PATTERN_BONUS, PATTERN_WEIGHT = 1.0, 1.0
# A final ى read -á or -ī (maqsura.py): this times half the log odds the lexicon's
# evidence gives, added to readings other than the form's own lexicon entry.
MAQSURA_WEIGHT = 2.0
BOS, EOS = "<", ">"
SEATS = frozenset("اأإآ")  # an alif, bare or with its hamzah
Known = tuple[str, tuple[str, ...]]  # another spelling of a word and its known reading

# Proclitics and the article as labels (ALA-LC: wa-, fa-, bi-, ka-, li-, al-, lil-).
PROCLITIC_LABELS = {"و": "1a-", "ف": "1a-", "ب": "1i-", "ك": "1a-", "ل": "1i-"}
ARTICLE = ("0a", "1-")           # ال
LIL = ("1i", "1-")               # لل = li + al


@dataclass(frozen=True)
class Reading:
    """One way to read a word: its letters with their labels, a score and where it came
    from ("marks", "lexicon", "stem", "morphology", "model")."""

    letters: str
    labels: tuple[str, ...]
    score: float
    source: str
    cap: bool = True


class JointModel:
    """Witten-Bell smoothed n-gram model over letter+label tokens."""

    def __init__(self, words: list[tuple[str, tuple[str, ...]]], order: int = ORDER,
                 lookahead: bool = False, kept: frozenset[str] | None = None,
                 weight: float = 1.0):
        self.order = order
        self.weight = weight
        self.lookahead = lookahead
        self.kept = kept  # None: every letter itself; else others become "C"
        vocab: dict[str, int] = {BOS: 0, EOS: 1}
        self.options: dict[str, list[str]] = {}
        counts: dict[tuple[int, ...], int] = {}
        for letters, labels in words:
            seq = [0] * (order - 1)
            for i, (_letter, label) in enumerate(zip(letters, labels)):
                key = self._key(letters, i)
                tok = key + label
                if tok not in vocab:
                    vocab[tok] = len(vocab)
                    self.options.setdefault(key, []).append(label)
                seq.append(vocab[tok])
            seq.append(1)
            for i in range(order - 1, len(seq)):
                for k in range(order):
                    key = tuple(seq[i - k:i + 1])
                    counts[key] = counts.get(key, 0) + 1
        self.vocab = vocab
        # history -> (total, distinct followers)
        hist: dict[tuple[int, ...], list[int]] = {}
        for key, c in counts.items():
            h = key[:-1]
            entry = hist.setdefault(h, [0, 0])
            entry[0] += c
            entry[1] += 1
        self.counts = counts
        self.hist = hist
        self.unigram_total = hist[()][0]
        for letter in self.options:
            self.options[letter].sort()

    @lru_cache(maxsize=200_000)
    def prob(self, hist: tuple[int, ...], tok: int) -> float:
        if not hist:
            return (self.counts.get((tok,), 0) + 1) / (self.unigram_total + len(self.vocab))
        lower = self.prob(hist[1:], tok)
        h = self.hist.get(hist)
        if h is None:
            return lower
        total, types = h
        return (self.counts.get(hist + (tok,), 0) + types * lower) / (total + types)

    def _key(self, letters: str, i: int) -> str:
        """What a token is keyed on: the letter, and the next one when looking ahead (the
        vowel after a consonant depends on whether an alif follows)."""
        letter = letters[i]
        if self.kept is not None and letter not in self.kept:
            letter = "C"
        if not self.lookahead:
            return letter
        return letter + (letters[i + 1] if i + 1 < len(letters) else "$")

    def options_at(self, letters: str, i: int) -> list[str]:
        return self.options.get(self._key(letters, i)) or \
            sorted({lab for k, labs in self.options.items() if k[:1] == letters[i] for lab in labs})

    def token(self, letters: str, i: int, label: str) -> int:
        return self.vocab.get(self._key(letters, i) + label, -1)

    def logprob(self, letters: str, labels: tuple[str, ...]) -> float:
        hist: tuple[int, ...] = (0,) * (self.order - 1)
        total = 0.0
        for i, label in enumerate(labels):
            tok = self.token(letters, i, label)
            total += math.log(self.prob(hist, tok) if tok >= 0 else 1e-9)
            hist = hist[1:] + (max(tok, 0),)
        return total + math.log(self.prob(hist, 1))


def beam(models: list[JointModel], letters: str, choices: list[list[str]],
         width: int = BEAM) -> list[tuple[float, tuple[str, ...]]]:
    """The `width` best label sequences under the sum of the models' log probabilities,
    each label taken from `choices[i]`."""
    Beam = tuple[float, tuple[str, ...], tuple[tuple[int, ...], ...]]
    start = tuple((0,) * (m.order - 1) for m in models)
    beams: list[Beam] = [(0.0, (), start)]
    hyphens = clitic_hyphens(letters)
    for i, opts in enumerate(choices):
        if i not in hyphens:  # ها + ل is not a clitic + the article (هالفورسن)
            opts = [o for o in opts if not o.endswith("-")] or opts
        grown: list[Beam] = []
        for score, labels, hists in beams:
            for label in opts:
                total = score
                new_hists = []
                for m, hist in zip(models, hists):
                    tok = m.token(letters, i, label)
                    total += m.weight * math.log(m.prob(hist, tok) if tok >= 0 else 1e-9)
                    new_hists.append(hist[1:] + (max(tok, 0),))
                grown.append((total, labels + (label,), tuple(new_hists)))
        grown.sort(key=lambda b: (-b[0], b[1]))
        beams = grown[:width]
    done = [(score + sum(m.weight * math.log(m.prob(h, 1)) for m, h in zip(models, hists)),
             labels)
            for score, labels, hists in beams]
    done.sort(key=lambda b: (-b[0], b[1]))
    return done


class Voweller:
    """Reads words with the lexicon and the model built from it."""

    def __init__(self, lexicon: dict[str, LexEntry],
                 models: tuple[tuple[int, bool, frozenset[str] | None, float], ...] = MODELS):
        self.lexicon = lexicon
        words = sorted((form, e.labels) for form, e in lexicon.items())
        self.models = [JointModel(words, *spec) for spec in models]
        self.model = self.models[0]  # letters as they are: its options are the readings
        self.morphology = Morphology(lexicon)
        self.stems = known_stems(lexicon)
        self.final_ya = FinalYa(lexicon, self.stems)

    def logprob(self, letters: str, labels: tuple[str, ...]) -> float:
        return sum(m.weight * m.logprob(letters, labels) for m in self.models)

    # -- candidates ---------------------------------------------------------------------

    def readings(self, word: str, width: int = BEAM) -> list[Reading]:
        """Ranked readings of one Arabic word (letters and marks), best first."""
        letters, marks = split_marks(word)
        if not letters:
            return []
        choices = self._choices(letters, marks)
        found: dict[tuple[str, ...], Reading] = {}

        def offer(labels: tuple[str, ...], bonus: float, source: str, cap: bool,
                  changed: int = -1, known: Known | None = None) -> None:
            """`known`: the word is read as this other spelling (letters, labels) is, so
            it is scored as that, and the letter spelled otherwise (at `changed`) need
            only agree with the marks."""
            if len(labels) != len(letters):
                return
            if any(lab not in opts for k, (lab, opts) in enumerate(zip(labels, choices))
                   if k != changed or known is None):
                return  # disagrees with the written marks
            if known is not None and not allowed(
                    letters[changed], parse_label(labels[changed]), marks[changed],
                    letters[changed + 1] if changed + 1 < len(letters) else ""):
                return
            score = self.logprob(*(known or (letters, labels))) + bonus
            old = found.get(labels)
            if old is None or old.score < score:
                if old is not None and old.source in ("lexicon", "stem"):
                    cap = old.cap  # the lexicon knows whether the word is a name
                found[labels] = Reading(letters, labels, score, source, cap)

        entry = self.lexicon.get(letters)
        if entry is not None:
            offer(entry.labels, LEX_EXACT_BONUS, "lexicon", entry.cap)
        for labels, cap in self._stem_readings(letters):
            offer(labels, LEX_STEM_BONUS, "stem", cap)
        for labels, bonus, cap, changed, known in self._variant_readings(letters):
            offer(labels, bonus, "stem", cap, changed, known)
        for labels, bonus, cap in self._derived_readings(letters):
            offer(labels, bonus, "morphology", cap)
        marked = any(marks)
        for _score, labels in beam(self.models, letters, choices, width):
            offer(labels, 0.0, "marks" if marked and all(marks) else "model", True)
        if MAQSURA_WEIGHT and letters.endswith("ى") and not marks[-1]:
            for labels, r in list(found.items()):
                if r.source != "lexicon":
                    odds = self.final_ya.log_odds(letters, labels[-1])
                    found[labels] = replace(r, score=r.score + MAQSURA_WEIGHT * odds)
        return sorted(found.values(), key=lambda r: (-r.score, r.labels))

    def _choices(self, letters: str, marks: list[frozenset[str]]) -> list[list[str]]:
        out: list[list[str]] = []
        for i, letter in enumerate(letters):
            nxt = letters[i + 1] if i + 1 < len(letters) else ""
            if SHADDA in marks[i] and letters[max(i - 2, 0):i] == "ال" and \
                    ARABIC_CONSONANT.get(letter, "") in SUN_LETTERS:
                marks = marks[:i] + [marks[i] - {SHADDA}] + marks[i + 1:]  # al-shams
            opts = list(self.model.options_at(letters, i))
            own = label_from_marks(letter, marks[i], nxt)
            if own is not None and own not in opts:
                opts.append(own)
            if not opts:
                opts = [make_label("", 1, "", False)]
            kept = [o for o in opts if allowed(letter, parse_label(o), marks[i], nxt)]
            if not marks[i]:
                kept = [o for o in kept if _pausal(letter, parse_label(o), nxt)] or kept
            out.append(kept or opts)
        return out

    def _derived_readings(self, letters: str) -> list[tuple[tuple[str, ...], float, bool]]:
        """Readings from the stem's relatives and pattern (morphology.py), behind each way
        of taking proclitics and the article off, with their bonus and capital (the
        relative's; a pattern's when most of its words have one)."""
        out: list[tuple[tuple[str, ...], float, bool]] = []
        morph = self.morphology
        for prefix, prefix_labels, rest in [("", (), letters)] + _splits(letters):
            if len(rest) < 2:
                continue
            for d in morph.from_relatives(rest):
                out.append((prefix_labels + d.labels, RELATIVE_BONUS + RELATIVE_WEIGHT * d.logp,
                            d.cap))
            if prefix.endswith(("ال", "لل")):  # the relative may be known with its article
                for d in morph.from_relatives("ال" + rest):
                    if d.labels[:2] == ARTICLE:
                        out.append((prefix_labels + d.labels[2:],
                                    RELATIVE_BONUS + RELATIVE_WEIGHT * d.logp, d.cap))
            for d in morph.from_pattern(rest):
                out.append((prefix_labels + d.labels, PATTERN_BONUS + PATTERN_WEIGHT * d.logp,
                            d.cap))
        return out

    def _variant_readings(self, letters: str
                          ) -> list[tuple[tuple[str, ...], float, bool, int, Known]]:
        """Readings of the word from the lexicon's other spelling of it (spelling.py:
        الجنزورى as الجنزوري, القاهره as القاهرة, احياء as إحياء), as a form or behind
        proclitics, each with the index of the letter spelled otherwise and the known
        spelling's own reading (what it is scored as)."""
        out = []
        for other, i in variants(letters):
            entry = self.lexicon.get(other)
            found = [(entry.labels, LEX_VARIANT_BONUS, entry.cap)] if entry else []
            found += [(labels, LEX_STEM_BONUS, cap)
                      for labels, cap in self._stem_readings(other)]
            for labels, bonus, cap in found:
                carried = carry(labels, other, i, letters[i])
                if carried is not None:
                    out.append((carried, bonus, cap, i, (other, labels)))
        return out

    def _stem_readings(self, letters: str) -> list[tuple[tuple[str, ...], bool]]:
        """Readings built from a known stem behind proclitics and the article."""
        out: list[tuple[tuple[str, ...], bool]] = []
        for prefix, prefix_labels, rest in [("", (), letters)] + _splits(letters):
            if len(rest) < 2:
                continue
            entry = self.lexicon.get(rest) if prefix else None
            if entry is not None:
                out.append((prefix_labels + entry.labels, entry.cap))
                continue
            # the stem may be known only with other proclitics or the article
            # (الخفاجي for خفاجي or بخفاجي): its reading behind them
            stem = self.stems.get(rest)
            if stem is not None and not (prefix and rest.startswith("ال")):
                out.append((prefix_labels + stem.labels, stem.cap))
        return out


def stem_of(labels: tuple[str, ...]) -> int:
    """Where the stem starts: after the last proclitic or article label (a hyphen)."""
    for i in range(len(labels) - 1, -1, -1):
        if labels[i].endswith("-"):
            return i + 1
    return 0


def _pausal(letter: str, label: Label, nxt: str) -> bool:
    """Unvowelled words are read in pause, as names are cited: no case vowel on the last
    letter (but the pronoun -hu/-hi), tāʼ marbūṭah -ah (the construct -at is for the
    phrase to decide, see romanize.py), and -ah needs its a."""
    if letter == "ة" and not nxt:
        return label.n == 0 and not label.vowel
    if nxt == "ة":
        return label.vowel in ("a", "ā") or letter in "اى"
    if not nxt and letter != "ه":
        return label.vowel not in ("a", "i", "u", "in", "un")
    return True


def _splits(letters: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Ways to take proclitics and the article off the front of a word."""
    out: list[tuple[str, tuple[str, ...], str]] = []
    heads: list[tuple[str, tuple[str, ...]]] = [("", ())]
    if letters[:1] in "وف":
        heads.append((letters[0], (PROCLITIC_LABELS[letters[0]],)))
    for head, labels in list(heads):
        rest = letters[len(head):]
        if rest[:1] in "بكل":
            heads.append((head + rest[0], labels + (PROCLITIC_LABELS[rest[0]],)))
    for head, labels in heads:
        rest = letters[len(head):]
        if head:
            out.append((head, labels, rest))
        if rest.startswith("ال") and not head.endswith("ل"):
            out.append((head + "ال", labels + ARTICLE, rest[2:]))
        if rest.startswith("لل") and not head.endswith(("ب", "ك", "ل")):
            out.append((head + "لل", labels + LIL, rest[2:]))
    return out


def clitic_hyphens(letters: str) -> frozenset[int]:
    """Where a proclitic or the article may end in hyphen: only the letters _splits takes
    off, or the alif or hamzah seat right after them (the gold writes wa-Īrān as و "1",
    إ "0a-": the stem's long first vowel takes the seat). Why: in the ALA-LC gold's tuning
    part every hyphen before a stem but 0.5% (noise, compounds like عبدال) follows that
    closed class; the n-gram model alone let any letter before ال read as a clitic
    (ha-al-, ral-, sa-)."""
    ends = {i for _head, labels, _rest in _splits(letters)
            for i, lab in enumerate(labels) if lab.endswith("-")}
    return frozenset(ends | {i + 1 for i in ends if letters[i + 1:i + 2] in SEATS})


@lru_cache(maxsize=1)
def shipped_voweller() -> Voweller:
    """The voweller over the shipped lexicon (built once per process, ~2 s)."""
    return Voweller(shipped_lexicon())
