"""Per-sentence features the aligner compares: lengths and matching keys.

Why a separate module: the dynamic programme evaluates millions of candidate beads, so
everything that depends on one sentence only (its length, its words reduced to matching
keys, its numbers) is computed once here, and the DP only does arithmetic and set
intersections.

Keys live in the *target* language's space: a target sentence's keys are its own word
forms; a source sentence's keys are its own forms (cognates, names, numbers are often
written alike) plus the target forms its words translate to (dictionary, learned lexicon),
plus cross-script name skeletons when one side is Arabic and the other Latin.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Callable, Iterable, Sequence

import numpy as np

from aligner.text.fold import (APOSTROPHES, ascii_digits, has_arabic, match_key,
                               split_latin_article, strip_arabic_marks)
from aligner.text.tokenize import stem_candidates

# Words and numbers; punctuation is counted separately. Numbers keep inner separators so
# 12:30 and 3.5 stay whole; Arabic-Indic digits are \d too. Words first (most tokens) and
# possessive runs: what follows a run of letters or digits is never one, so giving back
# none changes no match, and the engine stops trying (a fifth of tokenising a book).
_WORD_RE = re.compile(rf"[^\W\d_]++(?:[{APOSTROPHES}\-][^\W\d_]++)*+"
                      rf"|\d++(?:[.,:/\u066B\u066C]\d++)*+")
_SPLIT_NUM = re.compile(r"[.,:/\u066B\u066C]")

# Identical-form matches ("existence" = "existence", "Woodhouse") are only trusted on words
# this long: short forms are often false friends across languages (en "a", fr "a").
MIN_COGNATE = 4
# Forms are cut to this many letters so inflections meet (intelligent / intelligente).
KEY_PREFIX = 5

# Consonant skeletons for cross-script names: both scripts map onto the same classes and
# vowels / weak letters are dropped (محمد and Muhammad -> mhmd; أحمد and Ahmed -> hmd).
_AR_SKEL = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "ڤ": "f", "پ": "b", "چ": "j", "گ": "g",
}
_LAT_DIGRAPHS = (("sh", "s"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"),
                 ("ch", "s"), ("ph", "f"), ("ou", ""), ("x", "ks"))
_LAT_SKEL = {
    "b": "b", "p": "b", "c": "k", "d": "d", "f": "f", "v": "f", "g": "g", "h": "h",
    "j": "j", "k": "k", "q": "k", "l": "l", "m": "m", "n": "n", "r": "r", "s": "s",
    "t": "t", "z": "z",
}


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The word's match key (aligner.text.fold), cached: features fold every word."""
    return match_key(word)


def form_key(word: str) -> str:
    """The matching key of a word form: folded and cut to KEY_PREFIX letters."""
    return fold(word)[:KEY_PREFIX]


def number_keys(token: str) -> list[str]:
    """'١٨' -> ['#18']; '12:30' -> ['#12', '#30']; '3.5' -> ['#3', '#5'].

    Parts are compared one by one: translations write times, dates and decimals with
    different separators (12.30 / 12:30 / ١٢:٣٠), and leading zeros are dropped (02:19).
    """
    digits = ascii_digits(token)
    return ["#" + (p.lstrip("0") or "0") for p in _SPLIT_NUM.split(digits) if p]


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """Consonant skeleton of a name in Arabic or Latin script ('' when too short)."""
    if has_arabic(word):
        word = _lookup_forms(word, "ar")[-1]  # drop clitics and the article: والقائم -> قائم
        out = [_AR_SKEL.get(ch, "") for ch in word]
    else:
        _, w = split_latin_article(word)  # the article (al-, el-, ash-Sh...) goes too
        for a, b in _LAT_DIGRAPHS:
            w = w.replace(a, b)
        out = [_LAT_SKEL.get(ch, "") for ch in w]
    s: list[str] = []
    for c in out:
        if c and (not s or s[-1] != c):  # doubled consonants are written once in Arabic
            s.append(c)
    return "@" + "".join(s) if len(s) >= 3 else ""


class KeySet(tuple):
    """A sentence's matching keys: a sorted tuple of distinct keys with the set operators
    the aligner uses (`&`, `|` give sets). Why not a set: a set of 5-18 short strings
    takes 728 bytes (its hash table), the tuple 56 + 8 per key; a long book keeps four
    lists of key sets alive (passes, cross-fitted halves, the target), about 60 MB each
    at 100k sentences. Membership is a scan of a few keys; code that tests many keys
    against one sentence makes a set of it once."""

    __slots__ = ()

    def __new__(cls, keys: Iterable[str] = ()) -> KeySet:
        return super().__new__(cls, sorted(keys if isinstance(keys, set) else set(keys)))

    # equal to a set (frozenset) of the same keys, as a set would be; hashed as the tuple
    def __eq__(self, other):
        if isinstance(other, (set, frozenset)):
            return len(self) == len(other) and all(k in other for k in self)
        return tuple.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = tuple.__hash__

    def __and__(self, other):
        # each own key looked up in the other (a dict's keys, a set): as long as this one
        return {k for k in self if k in other}

    def __rand__(self, other):
        return (other if isinstance(other, (set, frozenset)) else set(other)).intersection(self)

    def __or__(self, other):
        return set(self).union(other)

    def __ror__(self, other):
        return (other if isinstance(other, (set, frozenset)) else set(other)).union(self)


_NO_KEYS = KeySet()


@dataclass(slots=True)
class Sentence:
    """What the aligner needs of one sentence (slots: a long book has four lists of them
    alive at once, and an instance dict was about 100 bytes each)."""

    length: int  # characters, spaces collapsed
    words: list[str]  # folded words (for lexicon look-ups and learning)
    keys: KeySet = _NO_KEYS  # matching keys (target-language space)
    own: KeySet = _NO_KEYS  # keys from the sentence's own forms


# Punctuation that survives translation: questions, exclamations, quotations, brackets,
# colons, dashes. Each class present in a sentence is one more key ("!?" etc.), weighted by
# rarity like the words, so a question rarely pairs with a statement.
_PUNCT_CLASSES = (
    ("?", "?\u061f\u00bf"),
    ("!", "!\u00a1"),
    ('"', "\"\u201c\u201d\u00ab\u00bb\u201e\u2039\u203a"),
    ("(", "()[]"),
    (":", ":"),
    ("-", "\u2014\u2013"),
    (";", ";\u061b"),
    ("\u2026", "\u2026"),
)


_PUNCT_RE = re.compile("[" + re.escape("".join(c for _, cs in _PUNCT_CLASSES for c in cs)) + "]")
# Punctuation keys start with this (no word or number key does).
PUNCT_PREFIX = "!"
_PUNCT_SETS = tuple((PUNCT_PREFIX + name, frozenset(chars)) for name, chars in _PUNCT_CLASSES)


def punct_keys(text: str) -> list[str]:
    found = _PUNCT_RE.findall(text)  # one scan of the text (most sentences have few)
    if not found:
        return []
    present = set(found)
    return [key for key, chars in _PUNCT_SETS if not chars.isdisjoint(present)]


@lru_cache(maxsize=200_000)
def base_form(word: str, lang: str) -> str:
    """The folded word, for Arabic without its proclitics and article (والقائم -> قائم), so
    that counts for the learned lexicon and the weights are not split across clitic forms."""
    return fold(_lookup_forms(word, lang)[-1])


def words_of(text: str) -> list[str]:
    # marks first: a haraka is not a word character, so كَتَبَ would be three "words"
    return _WORD_RE.findall(strip_arabic_marks(text))


@lru_cache(maxsize=200_000)
def _lookup_forms(word: str, lang: str) -> tuple[str, ...]:
    """Forms of a word worth looking up in a dictionary (Arabic: without clitics). Cached:
    the source's features are made with each lexicon (passes, cross-fitted halves)."""
    if lang == "ar" and has_arabic(word):
        return tuple(stem_candidates(word))
    return (word,)


Translate = Callable[[str], Iterable[str]]


@dataclass
class Tokens:
    """What the features take from the texts alone, the same whatever the lexicon: each
    sentence's words as ids into `types` (its word forms, marks stripped), its punctuation
    keys and its length. The aligner computes a side's features up to four times (passes,
    cross-fitted halves) with different lexicons; it tokenises each side once."""

    types: list[str]
    ptr: np.ndarray  # sentence x holds ids[ptr[x]:ptr[x + 1]]
    ids: np.ndarray
    punct: list[list[str]]
    lengths: list[int]
    # folded words of each sentence by language, made by the first features call (they do
    # not depend on the lexicon; never changed in place, so calls share them)
    words: dict[str, list[list[str]]] = field(default_factory=dict)
    # per word type, what does not depend on the lexicon either: base forms by language,
    # own keys by (language, other language, target side); filled by the first call
    bases: dict[str, list[str]] = field(default_factory=dict)
    own: dict[tuple[str, str, bool], list[tuple[str, ...]]] = field(default_factory=dict)
    # per word type, by language: the folded forms looked up in a lexicon (none for a
    # number or a word of marks only); filled by the first call with a lexicon
    forms: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.lengths)

    def part(self, lo: int, hi: int) -> Tokens:
        """Sentences lo..hi-1 (sharing the ids and the per-type caches)."""
        return Tokens(self.types, self.ptr[lo:hi + 1], self.ids, self.punct[lo:hi],
                      self.lengths[lo:hi],
                      {k: v[lo:hi] for k, v in self.words.items()}, self.bases, self.own,
                      self.forms)


def tokenize(texts: Sequence[str]) -> Tokens:
    index: dict[str, int] = {}
    put = index.setdefault
    flat: list[int] = []
    ptr = [0]
    punct: list[list[str]] = []
    lengths: list[int] = []
    for text in texts:
        # marks first: a haraka is not a word character, so كَتَبَ would be three "words"
        clean = strip_arabic_marks(text)
        flat.extend([put(w, len(index)) for w in _WORD_RE.findall(clean)])
        ptr.append(len(flat))
        punct.append(punct_keys(text))
        # length on letters: harakat and tatweel are not translated into anything, and a
        # fully vowelled passage would otherwise look half again as long as its translation
        lengths.append(len(" ".join(clean.split())))
    return Tokens(list(index), np.asarray(ptr, dtype=np.int64),
                  np.asarray(flat, dtype=np.int32), punct, lengths)


def sentence_features(texts: Sequence[str], lang: str, other_lang: str, *,
                      translate: Translate | None = None, target_side: bool,
                      tokens: Tokens | None = None) -> list[Sentence]:
    """Features of every sentence of one side.

    `translate(word)` gives target-language words for a source word (dictionary and learned
    lexicon); it is only used on the source side. Look-ups are made once per word type,
    which keeps this linear in the text and cheap for long books. `tokens`: tokenize(texts),
    when the caller has it already.
    """
    lang = (lang or "").lower()[:2]
    other = (other_lang or "").lower()[:2]
    tok = tokens if tokens is not None else tokenize(texts)
    look = None if target_side else translate
    types = tok.types
    bases = tok.bases.get(lang)
    if bases is None:
        bases = tok.bases[lang] = [base_form(w, lang) for w in types]
    own = tok.own.get((lang, other, target_side))
    if own is None:
        cross_script = (lang == "ar") != (other == "ar")
        # a word of marks or tatweel only (the dash of "بغداد ـ") has no base form and no
        # keys: there is no word to match
        own = tok.own[(lang, other, target_side)] = [
            _own_keys(w, b, lang, cross_script, target_side) if b else ()
            for w, b in zip(types, bases)]
    ptr, ids = tok.ptr, tok.ids
    flat = ids[ptr[0]:ptr[-1]] if len(ptr) > 1 else ids[:0]
    present = distinct(flat)  # the word types that occur
    keys_of = own
    if look is not None:
        forms = tok.forms.get(lang)
        if forms is None:
            forms = tok.forms[lang] = [
                tuple(map(fold, _lookup_forms(w, lang))) if b and not w[0].isdigit() else ()
                for w, b in zip(types, bases)]
        keys_of = _with_translations(own, forms, present.tolist(), look, other)
    words = tok.words.get(lang)
    if words is None:
        get_base = bases.__getitem__
        bounds = ptr.tolist()
        words = tok.words[lang] = [
            [b for b in map(get_base, ids[bounds[x]:bounds[x + 1]].tolist()) if b]
            for x in range(len(tok))]
    return [Sentence(length, ws, ks, ks)  # own is keys (immutable): no copy per sentence
            for length, ws, ks in zip(tok.lengths, words, _key_sets(tok, flat, present, keys_of))]


def _key_sets(tok: Tokens, flat: np.ndarray, present: np.ndarray,
              keys_of: list[tuple[str, ...]]) -> list[KeySet]:
    """Each sentence's keys (its words' keys and its punctuation keys) as a KeySet. Why
    arrays: a set and a sort per sentence was a fifth of a book's alignment; here every
    (sentence, key rank) pair is one integer and a single np.unique dedups and sorts them
    all (ranks follow the keys' string order, so each run is the sorted KeySet)."""
    n = len(tok)
    kt = [keys_of[t] for t in present.tolist()]
    names = sorted(set(chain.from_iterable(kt)).union(chain.from_iterable(tok.punct)))
    rank = dict(zip(names, range(len(names))))
    lens = np.fromiter(map(len, kt), dtype=np.int64, count=len(kt))
    ranks_by_type = np.fromiter([rank[k] for ks in kt for k in ks], dtype=np.int64)
    # per type: how many keys, and where its ranks start in ranks_by_type
    counts = np.zeros(len(tok.types), dtype=np.int64)
    counts[present] = lens
    offs = np.zeros(len(tok.types), dtype=np.int64)
    offs[present] = np.cumsum(lens) - lens
    tok_counts = counts[flat]
    sent_of_tok = np.repeat(np.arange(n, dtype=np.int64), np.diff(tok.ptr))
    sent = np.repeat(sent_of_tok, tok_counts)
    firsts = np.repeat(offs[flat], tok_counts)
    inner = np.arange(len(sent), dtype=np.int64) - np.repeat(np.cumsum(tok_counts) - tok_counts,
                                                              tok_counts)
    key = ranks_by_type[firsts + inner] if len(sent) else np.zeros(0, dtype=np.int64)
    p_sent = [x for x, ps in enumerate(tok.punct) for _ in ps]
    p_key = [rank[k] for k in chain.from_iterable(tok.punct)]
    width = max(1, len(names))
    codes = distinct(np.concatenate([sent * width + key,
                                     np.asarray(p_sent, dtype=np.int64) * width
                                     + np.asarray(p_key, dtype=np.int64)]), runs=True)
    bounds = np.searchsorted(codes // width, np.arange(n + 1, dtype=np.int64)).tolist()
    strs = np.asarray(names, dtype=object)[codes % width].tolist() if len(codes) else []
    new = tuple.__new__
    return [new(KeySet, strs[bounds[x]:bounds[x + 1]]) for x in range(n)]


def distinct(a: np.ndarray, runs: bool = False) -> np.ndarray:
    """The distinct values of an integer array, sorted (np.unique hashes integers first in
    numpy 2: several times slower on these arrays than a sort). `runs`: the values come
    in ascending blocks ((sentence, id) codes in sentence order), which a merge sort
    takes as they are (2.7 -> 1.0 ms on a book's codes; slower on ids in text order)."""
    a = np.sort(a, kind="stable" if runs else None)
    return a[np.concatenate(([True], a[1:] != a[:-1]))] if len(a) else a


def _own_keys(w: str, f: str, lang: str, cross_script: bool,
              target_side: bool) -> tuple[str, ...]:
    """A word type's keys from its own form (`f`: its base form): the same whatever the
    lexicon."""
    if w[0].isdigit():
        return tuple(number_keys(w))
    keys: list[str] = []
    # Target forms are what translations point to, so every word has its key there; on the
    # source side a form stands for itself only where it is likely a cognate or a name.
    if len(f) >= MIN_COGNATE or (len(f) >= 2 and (target_side or w[0].isupper())):
        keys.append(f[:KEY_PREFIX])
    if cross_script and (lang == "ar" or w[0].isupper()):
        sk = skeleton(w)
        if sk:
            keys.append(sk)
    return tuple(keys)


def _with_translations(own: list[tuple[str, ...]], forms: list[tuple[str, ...]],
                       present: list[int], translate: Translate, other: str
                       ) -> list[tuple[str, ...]]:
    """Each present word type's own keys and _translated_keys, from its looked-up forms
    (made once per side) and each translation's keys made once per call: per type, the
    plain form's calls were most of a features call with a learned lexicon."""
    out = list(own)
    of_translation: dict[str, tuple[str, ...]] = {}
    for t in present:
        extra: list[str] = []
        for form in forms[t]:
            for tr in translate(form):
                got = of_translation.get(tr)
                if got is None:
                    got = of_translation[tr] = tuple(
                        [base_form(part, other)[:KEY_PREFIX] for part in tr.split()
                         if len(part) >= 2])
                extra += got
        if extra:
            out[t] = own[t] + tuple(extra)
    return out


def _translated_keys(w: str, lang: str, translate: Translate, other: str) -> tuple[str, ...]:
    """A word type's keys from its translations (dictionary, learned lexicon); the plain
    form of _with_translations's per-type part."""
    keys: list[str] = []
    for form in _lookup_forms(w, lang):
        for t in translate(fold(form)):
            for part in t.split():
                if len(part) >= 2:
                    keys.append(base_form(part, other)[:KEY_PREFIX])
    return tuple(keys)
