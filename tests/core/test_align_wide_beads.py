"""Beads up to 1-8 / 8-1: one long Arabic sentence that chains clauses with wa- against
the English that writes each clause as a sentence (and the other way round), for every
width k = 1..8, and wide beads kept rare where the texts do not call for them.

The texts are our own: a short travel story written for this test in English and Arabic.
No dictionary is installed for these tests (conftest): names, numbers and lengths decide.
"""
from __future__ import annotations

import pytest

from aligner.align.aligner import align_sentences
from aligner.align.scoring import DEFAULT_PRIORS, WIDEST

BEFORE = [
    ("حكت لي جدتي مريم هذه القصة عام 1980.",
     "My grandmother Maryam told me this story in 1980."),
    ("وكانت قد سمعتها من أبيها الذي ولد في الزبير.",
     "She had heard it from her father, who was born in Zubair."),
    ("وهي قصة الرحلة الأولى لجدها.",
     "It is the story of her grandfather's first journey."),
]
CLAUSES = [
    ("في ربيع عام 1907 غادر يوسف البصرة على مركب محمل بالتمر.",
     "In the spring of 1907 Yusuf left Basra on a boat loaded with dates."),
    ("وتوقف 3 أيام في الكويت حيث كان لعمه خليل دكان قرب الميناء.",
     "He stopped for 3 days in Kuwait, where his uncle Khalil kept a shop near the harbour."),
    ("ومن هناك أبحر إلى البحرين مع 12 غواصا للؤلؤ ظلوا يغنون طوال الليل.",
     "From there he sailed to Bahrain with 12 pearl divers who sang all night."),
    ("وفي البحرين عرض عليه تاجر اسمه راشد عملا في عد أكياس الأرز.",
     "In Bahrain a merchant named Rashid offered him work counting sacks of rice."),
    ("فعد 400 كيس في صباح واحد وقبض أجره روبيات هندية.",
     "He counted 400 sacks in a single morning and was paid in Indian rupees."),
    ("واشترى بالمال تذكرة إلى بومباي على باخرة اسمها أمينة.",
     "With the money he bought a ticket to Bombay on a steamer called the Amina."),
    ("ودامت الرحلة 9 أيام وكان البحر هادئا إلا من عاصفة واحدة قرب مسقط.",
     "The voyage took 9 days and the sea was calm except for one storm near Muscat."),
    ("ولما بلغ بومباي في شهر مايو كتب رسالة إلى أمه في البصرة.",
     "When he reached Bombay in May he wrote a letter to his mother in Basra."),
]
AFTER = [
    ("ووصلت الرسالة إلى البصرة بعد 60 يوما.",
     "The letter arrived in Basra 60 days later."),
    ("واحتفظت بها أمه في صندوق خشبي حتى ماتت.",
     "His mother kept it in a wooden box until she died."),
    ("وما زال الصندوق عند مريم في بيتها في بغداد.",
     "Maryam still has the box in her house in Baghdad."),
]


def _story(k: int) -> tuple[list[str], list[str], tuple[int, int]]:
    """Arabic with the first k clauses chained into one sentence, English with every
    clause a sentence; the index of the chained sentence and of its first English one."""
    ar = [a for a, _ in BEFORE]
    en = [e for _, e in BEFORE]
    where = (len(ar), len(en))
    ar.append("، ".join(a.rstrip(".") for a, _ in CLAUSES[:k]) + ".")
    ar += [a for a, _ in CLAUSES[k:]] + [a for a, _ in AFTER]
    en += [e for _, e in CLAUSES] + [e for _, e in AFTER]
    return ar, en, where


def _expected(k: int, where: tuple[int, int], n_after: int) -> list[tuple[list[int], list[int]]]:
    s, t = where
    beads = [([x], [x]) for x in range(s)]
    beads.append(([s], list(range(t, t + k))))
    beads += [([s + 1 + x], [t + k + x]) for x in range(n_after)]
    return beads


def test_wide_bead_types_have_priors_that_fall_with_width():
    for k in range(2, WIDEST + 1):
        assert DEFAULT_PRIORS[(1, k)] == DEFAULT_PRIORS[(k, 1)]
        assert DEFAULT_PRIORS[(1, k)] < DEFAULT_PRIORS[(1, k - 1)]
    assert (1, WIDEST + 1) not in DEFAULT_PRIORS


@pytest.mark.parametrize("k", range(1, WIDEST + 1))
def test_one_long_arabic_sentence_against_k_english_ones(k):
    ar, en, where = _story(k)
    spans = align_sentences(ar, en, "ar", "en")
    got = [(list(sp.src), list(sp.tgt)) for sp in spans]
    assert got == _expected(k, where, len(ar) - where[0] - 1)


@pytest.mark.parametrize("k", range(1, WIDEST + 1))
def test_k_english_sentences_against_one_long_arabic_one(k):
    ar, en, where = _story(k)
    spans = align_sentences(en, ar, "en", "ar")
    got = [(list(sp.tgt), list(sp.src)) for sp in spans]
    assert got == _expected(k, where, len(ar) - where[0] - 1)


def test_the_same_story_unchained_gets_no_wide_bead():
    """Sentence for sentence, the wide bead types are there but not taken."""
    ar, en, _ = _story(1)
    spans = align_sentences(ar, en, "ar", "en")
    assert all(len(sp.src) == 1 and len(sp.tgt) == 1 for sp in spans)


def test_a_two_sided_gap_becomes_one_bead_and_a_one_sided_one_stays():
    from aligner.align.dp import close_gaps
    shapes = {(1, 1), (1, 2), (2, 1)}
    path = [(0, 1, 0, 1),
            (1, 2, 1, 1), (2, 2, 1, 2), (2, 2, 2, 3),  # 1-0, 0-1, 0-1: one sentence for two
            (2, 3, 3, 4),
            (3, 4, 4, 4),  # a sentence left out by the translator: stays unaligned
            (4, 5, 4, 5),
            (5, 6, 5, 5), (6, 7, 5, 5), (7, 8, 5, 5), (8, 8, 5, 6),  # 3-1: not a shape here
            (8, 9, 6, 7)]
    assert close_gaps(path, shapes) == [(0, 1, 0, 1), (1, 2, 1, 3), (2, 3, 3, 4),
                                        (3, 4, 4, 4), (4, 5, 4, 5),
                                        (5, 6, 5, 5), (6, 7, 5, 5), (7, 8, 5, 5),
                                        (8, 8, 5, 6), (8, 9, 6, 7)]
    # at the texts' edges too
    assert close_gaps([(0, 1, 0, 0), (1, 1, 0, 1), (1, 2, 1, 2)], shapes) == \
        [(0, 1, 0, 1), (1, 2, 1, 2)]
