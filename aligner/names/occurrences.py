"""Where the register's names occur: in Arabic sentences, and as spelled in translations.

Why here and not stored: occurrences follow the text, which the user edits all the time;
computing them from the sentences (fast: one dictionary look-up per Arabic word, a few
window comparisons per capitalised Latin word) means the counts and places can never be
stale.

Arabic: a name is found when the words of one of its Arabic forms occur in a row, the
first one possibly with proclitics (والقائم, للقائم where the article's alef is not
written) and never inside another word (القائم does not match القائمة).

Latin: in the target sentences of a bead whose Arabic side holds the name, any window of
words that writes the name (its chosen or known spellings, and spellings that are variants
of those: Al Qaim, Qaem) is a place the name is spelled; a known spelling of the entry
other than the chosen one is looked for in every target sentence, Arabic or not.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from aligner.model import FormStatus, ROMANIZED_LANG, RegisterEntry
from aligner.names.variants import latin_variants
from aligner.text.fold import match_key
from aligner.text.tokenize import Token, clitic_tokens, stem_candidates, word_tokens


@dataclass(frozen=True)
class Spot:
    """A span of one sentence's text that writes a register entry."""

    name_id: int
    start: int
    end: int
    text: str


# --- Arabic ------------------------------------------------------------------------------

CACHE_WORDS = 200_000  # distinct words whose keys a reading keeps (a few tens of MB)

def _word_keys(word: str) -> list[str]:
    """Keys a written Arabic word may stand for: itself, and without its proclitics."""
    forms = stem_candidates(word)
    # stem_candidates ends with the form without the article; a name with the article
    # must not match a word without it, so only forms that keep the article (or had
    # none) count, plus the word itself.
    keep = [forms[0]] + [f for f in forms[1:] if f.startswith("ال") or not forms[0].count("ال")]
    return list(dict.fromkeys(match_key(f) for f in keep))


def _after_proclitics(tok: Token) -> int:
    """Where the name starts in a word that may carry proclitics: after و ف ب ل ك (the
    annotation convention: وللقائم -> لقائم, the article's lam that is left)."""
    pieces = clitic_tokens(tok.text)
    return tok.start + (pieces[-1].start if pieces else 0)


class ArabicIndex:
    """The entries' Arabic forms, looked up by their first word's key."""

    def __init__(self, entries: Iterable[RegisterEntry]):
        self._first: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        for entry in entries:
            assert entry.id is not None
            for form in entry.arabic_forms():
                words = tuple(match_key(w) for w in form.split())
                if words:
                    self._first[words[0]].append((words, entry.id))
        # a word's keys, once per distinct word: text repeats its words, and working out
        # the proclitics is most of the time of a reading (10^6 beads: minutes)
        self._keys: dict[str, list[str]] = {}

    def __bool__(self) -> bool:
        return bool(self._first)

    def _keys_of(self, word: str) -> list[str]:
        keys = self._keys.get(word)
        if keys is None:
            if len(self._keys) >= CACHE_WORDS:
                self._keys.clear()
            keys = self._keys[word] = _word_keys(word)
        return keys

    def spots(self, text: str) -> list[Spot]:
        """Every occurrence of an entry's Arabic form in `text` (longest first where two
        overlap: قاعدة القائم before القائم)."""
        words = [t for t in word_tokens(text, "ar") if t.kind == "word"]
        found: list[Spot] = []
        for i, tok in enumerate(words):
            for key in self._keys_of(tok.text):
                for form_words, name_id in self._first.get(key, ()):
                    end = i + len(form_words)
                    if end > len(words):
                        continue
                    if all(match_key(words[i + k].text) == form_words[k]
                           for k in range(1, len(form_words))):
                        start = _after_proclitics(tok)
                        last = words[end - 1]
                        found.append(Spot(name_id, start, last.end, text[start:last.end]))
        return _longest_first(found)


def _longest_first(spots: Sequence[Spot]) -> list[Spot]:
    """Drop spots that overlap a longer (or earlier equal) one; keep text order."""
    kept: list[Spot] = []
    for s in sorted(spots, key=lambda s: (-(s.end - s.start), s.start, s.name_id)):
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.name_id))


# --- Latin -------------------------------------------------------------------------------

_ARTICLES = {"al", "el", "ul", "an", "ar", "as", "ash", "ad", "at", "az", "ath", "adh", "ed"}


def _namelike(tok: Token) -> bool:
    return tok.kind == "word" and any(ch.isupper() for ch in tok.text[:1] + tok.text[3:4])


def _starts(tok: Token) -> bool:
    """May a name start at this word? (capitalised, or a lower-case article: al Qaim)"""
    return tok.kind == "word" and (tok.text[:1].isupper() or tok.text.lower() in _ARTICLES
                                   or tok.text[:3].lower() in ("al-", "el-"))


def _references(entry: RegisterEntry, lang: str) -> list[tuple[str, FormStatus | None]]:
    """Spellings that identify the entry in `lang`: its own forms there (with status),
    then its spellings in other Latin languages and romanizations (no status: only a
    variant of them is found, never a form of this language)."""
    own = [(f.text, f.status) for f in entry.spellings(lang)]
    other = [(f.text, None) for f in entry.forms
             if f.lang not in ("ar", lang) and (f.lang == ROMANIZED_LANG or f.text)]
    return own + other


class LatinSpotter:
    """Finds, in a sentence of one language, the windows of words that write an entry."""

    def __init__(self, entries: Iterable[RegisterEntry], lang: str):
        self.lang = lang
        self._refs: dict[int, list[tuple[str, FormStatus | None]]] = {}
        self._width: dict[int, int] = {}
        # known non-preferred spellings, for the look-up in every sentence
        self._known: list[tuple[re.Pattern[str], int]] = []
        for entry in entries:
            assert entry.id is not None
            refs = _references(entry, lang)
            if not entry.spelling(lang) or not refs:
                continue
            self._refs[entry.id] = refs
            self._width[entry.id] = max(len(t.split()) for t, _ in refs) + 1
            for f in entry.spellings(lang):
                if f.status is not FormStatus.PREFERRED:
                    self._known.append((re.compile(rf"(?<![\w\-’']){re.escape(f.text)}(?![\w\-])"),
                                        entry.id))

    def entry_ids(self) -> set[int]:
        return set(self._refs)

    def spots(self, text: str, name_ids: Iterable[int]) -> list[Spot]:
        """Windows of `text` writing one of `name_ids` (the names the Arabic side holds),
        and exact known spellings of every entry."""
        ids = [i for i in name_ids if i in self._refs]
        found: list[Spot] = []
        if ids:
            tokens = word_tokens(text, self.lang)
            for i, tok in enumerate(tokens):
                if not _starts(tok):
                    continue
                for name_id in ids:
                    found += self._windows(text, tokens, i, name_id)
        for pattern, name_id in self._known:
            for m in pattern.finditer(text):
                found.append(Spot(name_id, m.start(), m.end(), m.group()))
        return _longest_first(_dedupe(found))

    def _windows(self, text: str, tokens: list[Token], i: int, name_id: int) -> list[Spot]:
        out: list[Spot] = []
        for j in range(i, min(len(tokens), i + self._width[name_id])):
            if tokens[j].kind != "word":
                break
            if not _namelike(tokens[j]):
                continue
            window = text[tokens[i].start:tokens[j].end]
            if any(window == ref or (latin_variants(window, ref)
                                     and not _adjective_of(window, ref, self.lang))
                   for ref, _ in self._refs[name_id]):
                out.append(Spot(name_id, tokens[i].start, tokens[j].end, window))
        return out


def _adjective_of(window: str, ref: str, lang: str) -> bool:
    """Is `window` the nationality adjective of the place `ref` names (Iraqi, Iraqis of
    Iraq; irakien of Irak)? It spells nearly the same but is another word, not a
    misspelling of the name (the project's place table, aligner/entities/data/places.tsv)."""
    from aligner.entities.resources import places

    table = places()
    adjective, place = table.kind(window, lang), table.kind(ref, lang)
    return (adjective is not None and place is not None and adjective[0] == "MISC"
            and place[0] == "LOC" and adjective[1] == place[1])


def _dedupe(spots: list[Spot]) -> list[Spot]:
    return list(dict.fromkeys(spots))
