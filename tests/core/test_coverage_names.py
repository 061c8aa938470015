"""Comparable mode across scripts: names shared by two reports of one event are evidence
of topic, not of translation (coverage.content_coverage). Our own made-up sentences."""
from __future__ import annotations

import pytest

from aligner.align import coverage
from aligner.align.lexicon import Lexicon

MAYOR_EN = "Mayor Karim Mansour said the river at Kafr Nadim rose by two metres in six hours."
# its translation, and a retold sentence that shares the mayor's name and "said" only
MAYOR_AR = "وقال رئيس البلدية كريم منصور إن النهر في كفر نديم ارتفع مترين في ست ساعات."
RETOLD_AR = "وقال كريم منصور إن كفر نديم تحتاج إلى مساعدة."
WORDS = ("قال said, رئيس mayor, بلدية town, نهر river, ارتفع rose, متر metres, في in, "
         "ست six, ساعات hours, بيت house, تحتاج need, إلى to, مساعدة help, إن that")


def _lexicon() -> Lexicon:
    lex = Lexicon("ar", "en")
    for pair in WORDS.split(", "):
        ar, en = pair.split(" ")
        lex.add(ar, en)
    return lex


def _sides(src: list[str], tgt: list[str]):
    look = _lexicon().translations
    return (coverage.split_words(src, "ar", "en", translate=look, target_side=False),
            coverage.split_words(tgt, "en", "ar", translate=None, target_side=True),
            coverage.sentence_words(src, "ar", "en", translate=look, target_side=False),
            coverage.sentence_words(tgt, "en", "ar", translate=None, target_side=True))


def test_names_carry_a_retold_sentence_only_without_the_names_rule():
    s_split, t_split, s_words, t_words = _sides([RETOLD_AR, MAYOR_AR], [MAYOR_EN])
    # the names (and "said") match enough of the retold sentence's words to pass the
    # coverage bar; of the words that are not names it matches almost nothing
    assert coverage.bead_coverage(s_words, t_words, 0, 0, 1, 1) >= coverage.COVER_MIN
    retold = coverage.content_coverage(s_split, t_split, 0, 0, 1, 1)
    translated = coverage.content_coverage(s_split, t_split, 1, 0, 1, 1)
    assert retold < coverage.CONTENT_MIN <= translated
    # split_words holds sentence_words' words, each split in two
    assert [[o | lx for o, lx, _ in s] for s in s_split] == s_words
    assert [[o | lx for o, lx, _ in s] for s in t_split] == t_words


def test_names_alone_are_no_support():
    # a line of names and a number against the same names: nothing but names matched
    s_split, t_split, _, _ = _sides(["كريم منصور 2020"], ["Karim Mansour 2020"])
    assert coverage.content_coverage(s_split, t_split, 0, 0, 1, 1) == 0.0


def test_judged_scales_by_the_names_rule_only_across_scripts():
    src, tgt = [RETOLD_AR, MAYOR_AR], [MAYOR_EN, MAYOR_EN]
    look = _lexicon().translations
    path = [(0, 1, 0, 1), (1, 2, 1, 2)]
    _, _, plain = coverage.judged(src, tgt, "ar", "en", look, path, [1.0, 1.0], [0.8, 0.8])
    _, _, named = coverage.judged(src, tgt, "ar", "en", look, path, [1.0, 1.0], [0.8, 0.8],
                                  names_apart=True)
    assert plain == [0.8, 0.8]
    s_split, t_split, _, _ = _sides(src, tgt)
    retold = coverage.content_coverage(s_split, t_split, 0, 0, 1, 1)
    assert named == [pytest.approx(0.8 * retold / coverage.CONTENT_MIN), 0.8]
    assert named[0] < 0.5
