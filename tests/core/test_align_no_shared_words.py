"""A short translation with no word in common and no dictionary is not called "not
translations" (issue 11 point 1).

Why it happened: with no dictionary, an Arabic-English text with no names, numbers or
cognates shares no key at all, so every bead of the path and of its null has similarity 0.
Every path bead tied with the null, Storey counted all of them as chance (estimate 0.19,
the prior alone), and a six-to-eight-bead path's shape test stays short of its 1.645 bar,
so the two texts were taken for texts that are not translations on no evidence: warning,
comparable mode, and comparable mode, with nothing to pair, left every sentence unaligned
(estimate 0.0). With nothing lexical to weigh, the estimate gives no verdict
(parallel.Evidence.shape_unlike: the shape test decides alone, "unlike" only at or below
chance); the beads keep the low estimate as their factor.

The text is our own: a short tenancy procedure, repetitive as legal text is (the tenant,
the landlord, the rent, the notice in most sentences), no names and no numbers. With
FreeDict ara-eng / eng-ara pinned and passed as the CLI passes it, the same text aligns as
a confident translation.
"""
from __future__ import annotations

import pytest

from aligner.align.aligner import AlignStats, align_sentences

AR = [
    "يدفع المستأجر الإيجار إلى المالك في بداية كل شهر.",
    "وإذا تأخر المستأجر في دفع الإيجار أرسل إليه المالك إنذارا مكتوبا.",
    "ويمنح الإنذار المستأجر مهلة قصيرة لدفع ما عليه.",
    "فإن لم يدفع المستأجر خلال المهلة جاز للمالك أن يطلب فسخ العقد.",
    "ويقدم المالك طلب الفسخ إلى المحكمة مع نسخة من الإنذار.",
    "وتستمع المحكمة إلى المالك وإلى المستأجر قبل أن تحكم.",
    "وإذا حكمت المحكمة بالفسخ وجب على المستأجر أن يترك البيت.",
    "ويبقى المستأجر ملزما بدفع الإيجار المتأخر كله.",
]
EN = [
    "The tenant pays the rent to the landlord at the start of each month.",
    "If the tenant is late in paying the rent, the landlord sends him a written notice.",
    "The notice gives the tenant a short delay to pay what he owes.",
    "If the tenant does not pay within the delay, the landlord may ask for the lease to be ended.",
    "The landlord brings the request to the court with a copy of the notice.",
    "The court hears the landlord and the tenant before it decides.",
    "If the court ends the lease, the tenant must leave the house.",
    "The tenant still owes all of the late rent.",
]
DIAGONAL = [([i], [i]) for i in range(len(AR))]


def _beads(spans):
    return [(list(s.src), list(s.tgt)) for s in spans]


def test_no_shared_word_and_no_dictionary_is_no_verdict(monkeypatch, tmp_path):
    monkeypatch.setenv("DRAGOMAN_DICTD_DIR", str(tmp_path))  # no dictionary anywhere
    for src, tgt, sl, tl in ((AR, EN, "ar", "en"), (EN, AR, "en", "ar")):
        stats = AlignStats()
        spans = align_sentences(src, tgt, sl, tl, stats=stats)  # automatic mode
        assert not stats.comparable, (sl, tl)
        assert stats.looks_parallel, (sl, tl)
        assert _beads(spans) == DIAGONAL, (sl, tl)
        # nothing lexical says these are translations: no bead may claim it is sure
        assert all(s.score < 0.5 for s in spans), (sl, tl)


def test_with_freedict_the_same_text_is_a_confident_translation(dictionaries):
    from aligner.align.lexicon import Lexicon
    dictionaries("freedict-ara-eng", "freedict-eng-ara")
    for src, tgt, sl, tl in ((AR, EN, "ar", "en"), (EN, AR, "en", "ar")):
        lexicon = Lexicon.installed(sl, tl)
        if lexicon is None:
            pytest.skip("FreeDict ara-eng / eng-ara not found")
        stats = AlignStats()
        spans = align_sentences(src, tgt, sl, tl, lexicon=lexicon, stats=stats)
        assert not stats.comparable, (sl, tl)
        assert stats.looks_parallel, (sl, tl)
        assert _beads(spans) == DIAGONAL, (sl, tl)


# Our own: garden advice, nothing to do with the tenancy procedure, no name or number.
GARDEN = [
    "Water the young plants early in the morning before the sun is high.",
    "Cut away the dry leaves so that the new ones can grow.",
    "A little ash from the fire keeps the snails away from the beans.",
    "Tomatoes need a stick to lean on once they are tall.",
    "Pick the herbs before they flower, when their taste is strongest.",
    "Cover the beds with straw when the nights turn cold.",
    "Keep the seeds of the best fruit in a dry jar for next spring.",
    "Turn the soil over after the harvest and let it rest.",
]


def test_unrelated_texts_with_no_shared_word_are_still_told_apart(monkeypatch, tmp_path):
    """The other side of the rule: with no lexical evidence the shape test decides alone,
    and a path that fits no better than its null is still two texts that do not
    correspond (warned, comparable mode, no confident bead)."""
    monkeypatch.setenv("DRAGOMAN_DICTD_DIR", str(tmp_path))
    stats = AlignStats()
    spans = align_sentences(AR, GARDEN, "ar", "en", stats=stats)
    assert stats.comparable
    assert not stats.looks_parallel
    assert all(s.score < 0.5 for s in spans)
