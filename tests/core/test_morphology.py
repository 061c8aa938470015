"""Morphology learned from a vowelled lexicon: suffix rules between relatives and word
patterns. The lexicons here are written by hand (labels as segments.py defines them), and
the expected readings are the words' ALA-LC spellings, not our output."""
from __future__ import annotations

from aligner.names.lexicon import LexEntry
from aligner.names.morphology import Morphology, pattern_of
from aligner.names.romanize import romanize
from aligner.names.vowelling import Voweller


def _lex(rows: dict[str, str]) -> dict[str, LexEntry]:
    return {form: LexEntry(tuple(labels.split()), True, 5) for form, labels in rows.items()}


# Active participles (fāʻil) with their feminine (-ah) and nisba (-ī) forms.
FAAIL = {
    "سالم": "1 0ā 1i 1", "سالمة": "1 0ā 1i 1a 0", "سالمي": "1 0ā 1i 1 0ī",
    "حامد": "1 0ā 1i 1", "حامدة": "1 0ā 1i 1a 0", "حامدي": "1 0ā 1i 1 0ī",
    "ناصر": "1 0ā 1i 1", "ناصرة": "1 0ā 1i 1a 0",
    "كامل": "1 0ā 1i 1", "عادل": "1 0ā 1i 1", "شاكر": "1 0ā 1i 1",
    "القادر": "0a 1- 1 0ā 1i 1",
}


def test_suffix_rules_read_an_unseen_ending_of_a_known_stem() -> None:
    morph = Morphology(_lex(FAAIL))
    # كاملة is not in the lexicon; كامل is, and -ة was seen after three other stems
    best = morph.from_relatives("كاملة")[0]
    assert best.labels == ("1", "0ā", "1i", "1a", "0")  # Kāmilah
    assert best.logp == 0.0 and best.support == 3
    # the nisba seen twice (سالمي, حامدي): a rule; a stem with no relative: nothing
    assert morph.from_relatives("ناصري")[0].labels == ("1", "0ā", "1i", "1", "0ī")  # Nāṣirī
    assert morph.from_relatives("مكتوب") == []


def test_patterns_read_an_unseen_stem_of_a_known_shape() -> None:
    morph = Morphology(_lex(FAAIL))
    assert pattern_of("طالب") == "CاCC"
    # عادل, شاكر and القادر (the article is not part of the pattern); م and ن stay
    # themselves (they are the m- and n- of derived forms), so سالم and ناصر do not count
    best = morph.from_pattern("طالب")[0]
    assert best.labels == ("1", "0ā", "1i", "1") and best.support == 3  # Ṭālib
    assert morph.from_pattern("مكتوب") == []  # a shape never seen


def test_the_voweller_uses_them_for_words_it_has_not_seen() -> None:
    voweller = Voweller(_lex(FAAIL | {"فاضلة": "1 0ā 1i 1a 0", "و": "1a-"}))
    for arabic, expected in (("عادلة", "ʻĀdilah"), ("الطالب", "al-Ṭālib"),
                             ("وشاكري", "wa-Shākirī")):
        assert romanize(arabic, "alalc", voweller=voweller) == expected
        assert voweller.readings(arabic)[0].source == "morphology", arabic
