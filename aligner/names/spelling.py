"""Spelling variants of an Arabic word, with how the labels of the changed letter carry
over: the lexicon's other spelling of the same word tells how to read it.

Why: print often leaves out dots and hamzahs. A final yāʼ loses its dots (ى for ي:
الجنزورى, شوقى, as Egyptian print has it), a final tāʼ marbūṭah is written as hāʼ (ه
for ة: القاهره), and the hamzah of a word-initial alif is left off (احياء for إحياء,
اسلام for إسلام). A word the lexicon has only in the other spelling is the same word,
read the same way; only the changed letter's label must be said in its own terms.
"""
from __future__ import annotations

import re

# final letter -> the letter the other spelling has there
_FINAL = {"ى": "ي", "ي": "ى", "ة": "ه", "ه": "ة"}
# the stem's first letter behind the article or wa-/fa- (not bi-/li-: بان is bān, not
# bi-anna): an alif whose hamzah may be missing
_STEM_ALIF = re.compile("^((?:[وف]?[بك]?ال|[وف])?)([اأإ])")
_SEAT_VOWELS = {"أ": ("a", "u"), "إ": ("i",)}
# a letter typed in its Persian or dotless shape inside a word: the Arabic letter
_INNER = {"ى": "ي", "ک": "ك"}


def variants(letters: str) -> list[tuple[str, int]]:
    """Other spellings of the word (each with the index of the letter changed)."""
    out: list[tuple[str, int]] = []
    if len(letters) >= 2 and letters[-1] in _FINAL:
        out.append((letters[:-1] + _FINAL[letters[-1]], len(letters) - 1))
    m = _STEM_ALIF.match(letters)
    if m and len(letters) - m.end() >= 2:
        i = m.start(2)
        seats = "أإ" if letters[i] == "ا" else "ا"
        out.extend((letters[:i] + seat + letters[i + 1:], i) for seat in seats)
    for i, ch in enumerate(letters[:-1]):
        if ch in _INNER:  # the first such letter (a word seldom has two)
            out.append((letters[:i] + _INNER[ch] + letters[i + 1:], i))
            break
    return out


def carry_label(old: str, new: str, label: str) -> str | None:
    """The label of `new`, the letter the variant has where the known spelling has `old`
    read by `label`; None when the two are not the same word read the same way (a
    pronoun -hu, a yāʼ read as a consonant with its vowel, a hamzah seat that does not
    write the known vowel)."""
    if old == "ة":  # -ah (pausal, 0) or -at (construct, 1): the hāʼ is written, -ah
        return "1"
    if old == "ه":
        return "0" if label == "1" else None  # -ah; -hu, -hi, -hā are the pronoun
    if old in "يى":
        # a yāʼ or alif maqṣūrah read the same whichever way it is dotted
        return label if label in ("0ī", "0á", "0ā", "1", "2", "ī1", "ī2") else None
    vowel = label[1:]
    if new in _SEAT_VOWELS:  # the known spelling has a bare alif: its vowel must fit
        return label if label[:1] == "0" and vowel in _SEAT_VOWELS[new] else None
    return label if label[:1] == "0" and vowel in ("a", "i", "u") else None


def carry(labels: tuple[str, ...], known: str, i: int, new: str) -> tuple[str, ...] | None:
    """The known spelling's labels made to read the variant, whose letter at `i` is
    `new` where the known spelling `known` has another."""
    if i < len(labels) - 1 and _INNER.get(new) == known[i]:
        return labels  # the same letter in another shape, inside the word: same reading
    if new in _SEAT_VOWELS and known[i:i + 2] == "ال" and labels[i + 1].endswith("-"):
        # the article's alif is never written with a hamzah: ألبرتو is Alberto, not
        # al-Birtu (tuning part of the ALA-LC gold: 36 of 2,990 word tokens that begin
        # أل or إل read the article there, misspellings mostly)
        return None
    label = carry_label(known[i], new, labels[i])
    return None if label is None else labels[:i] + (label,) + labels[i + 1:]
