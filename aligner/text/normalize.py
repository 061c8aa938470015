"""Normalisation for matching: a comparison key for text, never a rewrite of stored text.

The aligner, the name matcher and duplicate detection compare strings that differ in
ways a reader ignores: hamza seats (on alef, ya, waw), tatweel, vowel marks, Arabic-Indic digits,
curly quotes, invisible bidi controls. `normalize_for_matching` removes those differences
and returns, with the key, a map from each key character back to its code-point offset in
the original, so a match found on the key can be shown (or tagged) on the original text.

Choices: ta marbuta (ة) is kept by default, because folding it into ha (ه) also merges the
feminine ending with the pronoun suffix; pass `fold_ta_marbuta=True` to fold it. Case is
kept (callers casefold if they want). ZWNJ is kept (it is spelling in Persian).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

#: Invisible direction controls, the Arabic letter mark, BOM/ZWNBSP and soft hyphen.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad")
TATWEEL = "\u0640"

_FOLD: dict[str, str] = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # أ إ آ ٱ -> ا
    "\u0649": "\u064a",  # ى -> ي
    # hamza seats: web text writes القايم for القائم and مسؤول/مسئول both ways
    "\u0626": "\u064a", "\u0624": "\u0648",  # ئ -> ي, ؤ -> و
    "\u06cc": "\u064a", "\u06a9": "\u0643",  # Persian ی ک, common in Arabic web text
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2039": "'", "\u203a": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian (Extended Arabic-Indic) digits


def is_arabic_diacritic(ch: str) -> bool:
    """Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks."""
    o = ord(ch)
    return (0x064B <= o <= 0x065F or o == 0x0670 or 0x0610 <= o <= 0x061A
            or 0x06D6 <= o <= 0x06DC or 0x06DF <= o <= 0x06E8 or 0x06EA <= o <= 0x06ED)


@dataclass(frozen=True)
class NormalizedText:
    """The key text and, for each of its characters, the original code-point offset.

    `to_original` has len(text) + 1 entries: the last maps the end of the key to the end of
    the original, so a key span [s, e) maps to the original [to_original[s],
    to_original[e]).
    """

    text: str
    to_original: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covered by key [start, end) (marks after the last
        character, e.g. its vowel signs, are included)."""
        if start >= end:
            return self.to_original[start], self.to_original[start]
        return self.to_original[start], self.to_original[end]


def _clusters(text: str):
    """Yield (offset, chunk): a starter and the combining marks after it.

    NFC only composes within such a chunk (Hangul jamo aside), so normalising chunk by
    chunk keeps track of where every output character came from.
    """
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            yield start, text[start:i]
            start = i


def normalize_for_matching(text: str, lang: str | None = None, *,
                           fold_ta_marbuta: bool = False) -> NormalizedText:
    """NFC, drop bidi controls/tatweel/Arabic diacritics, fold alef and ya variants,
    digits to ASCII, typographic quotes to ASCII. `lang` is accepted for callers that have
    it; the folds are safe for any language (they only touch Arabic letters and
    punctuation), so they are applied to all.
    """
    out: list[str] = []
    to_orig: list[int] = []
    for offset, chunk in _clusters(text):
        for ch in unicodedata.normalize("NFC", chunk):
            if ch in BIDI_CONTROLS or ch == TATWEEL or is_arabic_diacritic(ch):
                continue
            if fold_ta_marbuta and ch == "\u0629":
                ch = "\u0647"
            out.append(_FOLD.get(ch, ch))
            to_orig.append(offset)
    to_orig.append(len(text))
    return NormalizedText("".join(out), to_orig)


def _key_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in BIDI_CONTROLS | {TATWEEL}}
    for o in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670] + list(
            range(0x06D6, 0x06EE)):
        if is_arabic_diacritic(chr(o)):
            table[o] = None
    table.update({ord(k): v for k, v in _FOLD.items()})
    return table


_KEY_TABLE = _key_table()


def match_key(text: str) -> str:
    """Normalised, casefolded, whitespace-collapsed key for duplicate detection.

    Same folds as normalize_for_matching but without the offset map, at C speed (it runs
    on every paragraph of every imported text).
    """
    key = unicodedata.normalize("NFC", text).translate(_KEY_TABLE)
    return " ".join(key.casefold().split())
