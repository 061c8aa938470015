"""Sentence length is counted on letters: harakat (and tatweel) add nothing, so a fully
vowelled Arabic text aligns like the same text unvowelled."""
from __future__ import annotations

from aligner.align.aligner import align_sentences
from aligner.align.features import sentence_features

# Written for this test: a short story, its English translation, and the Arabic fully
# vowelled (every letter carries its haraka) in one sentence only.
AR = ["كَتَبَ الوَلَدُ رِسَالَةً طَوِيلَةً إِلَى جَدِّهِ فِي القَرْيَةِ البَعِيدَةِ وَذَكَرَ فِيهَا المَدْرَسَةَ وَالأَصْدِقَاءَ وَالمُعَلِّمِينَ.",
      "ثم نام.",
      "وفي الصباح حمل الرسالة إلى البريد.",
      "قال الموظف إنها ستصل بعد أسبوع."]
EN = ["The boy wrote a long letter to his grandfather in the distant village and spoke in it "
      "of the school, his friends and his teachers.",
      "Then he slept.",
      "In the morning he took the letter to the post office.",
      "The clerk said it would arrive in a week."]


def test_harakat_do_not_count_as_length():
    plain = AR[0].translate({c: None for c in range(0x064B, 0x0653)})
    vowelled, unvowelled = sentence_features([AR[0], plain], "ar", "en", target_side=False)
    assert vowelled.length == unvowelled.length
    assert vowelled.length < len(AR[0]) * 0.7  # the marks were about a third of it


def test_harakat_do_not_cut_words():
    """A haraka is no word character: without care, a vowelled word fell apart into
    letters, and its sentence lost every key (names, dictionary look-ups) it had."""
    plain = AR[0].translate({c: None for c in range(0x064B, 0x0653)})
    vowelled, unvowelled = sentence_features([AR[0], plain], "ar", "en", target_side=False)
    assert vowelled.words == unvowelled.words
    assert vowelled.keys == unvowelled.keys


def test_a_vowelled_sentence_aligns_like_an_unvowelled_one():
    spans = align_sentences(AR, EN, "ar", "en")
    assert [(list(s.src), list(s.tgt)) for s in spans] == [([i], [i]) for i in range(4)]
