"""Spelling variants of an Arabic word's last letter, with how the labels carry over.

Why: many printed names and titles write a final yāʼ without its dots (ى for ي: الجنزورى,
شوقى, as Egyptian print does) or a final tāʼ marbūṭah as hāʼ (ة as ه: القاهره, زياده).
A word the lexicon has only in the other spelling is the same word, read the same way;
only the changed letter's label must be said in the other letter's terms.
"""
from __future__ import annotations

from collections.abc import Iterator

# final letter -> the letter the other spelling has there
_OTHER = {"ى": "ي", "ي": "ى", "ة": "ه", "ه": "ة"}


def carry_label(old: str, label: str) -> str | None:
    """The label of the other letter in the variant spelling, from the label `label`
    that reads `old` in the known spelling; None when the known word is not the same word (a
    pronoun -hu, a yāʼ read as a consonant with its vowel)."""
    if old == "ة":  # -ah (pausal, 0) or -at (construct, 1): the hāʼ is written, -ah
        return "1"
    if old == "ه":
        return "0" if label == "1" else None  # -ah; -hu, -hi, -hā are the pronoun
    if label in ("0ī", "0á", "0ā", "1", "2", "ī1", "ī2"):
        return label  # a yāʼ or alif maqṣūrah read the same whichever way it is dotted
    return None


def final_variants(letters: str) -> Iterator[str]:
    """The word with its last letter spelled the other way (none when it has none)."""
    if len(letters) >= 2 and letters[-1] in _OTHER:
        yield letters[:-1] + _OTHER[letters[-1]]


def carry(labels: tuple[str, ...], old: str) -> tuple[str, ...] | None:
    """The known spelling's labels made to read the variant (its last letter, `old` in
    the known spelling, changed)."""
    last = carry_label(old, labels[-1])
    return None if last is None else labels[:-1] + (last,)
