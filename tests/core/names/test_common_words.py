"""The register's proposals leave out pairs the name matcher finds that are ordinary
words: month names and nationality adjectives (aligner/names/common_words.py). The text is
written for this test; the expected names are what a reader sees in it."""
from __future__ import annotations

from pathlib import Path

from aligner.corpus import Corpus
from aligner.model import BeadSpan
from aligner.names.common_words import CommonWords, is_month
from aligner.names.evidence import matcher_observations
from tests.core.names.register_corpus import add_doc

AR = [
    "التقت الوزيرة هيلين باركر في مايو بممثلين عن الحكومة العراقية.",
    "وقال المتحدث العراقي إن باركر ستعود إلى الموصل في أيلول.",
    "ورحب سمير التكريتي بالزيارة وبالشركات الفرنسية.",
]
EN = [
    "Minister Helen Parker met representatives of the Iraqi government in May.",
    "The Iraqi spokesman said Parker would return to Mosul in September.",
    "Samir al-Tikriti welcomed the visit and the French companies.",
]


def test_months_and_nationality_adjectives_are_not_proposed(tmp_path: Path) -> None:
    c = Corpus.create(tmp_path / "words.dragoman")
    ar = add_doc(c, "ar", "ar", AR)
    en = add_doc(c, "en", "en", EN)
    bitext = c.add_bitext(ar, en, "ar-en")
    c.replace_beads(bitext, [BeadSpan(i, i + 1, i, i + 1, 0.9) for i in range(len(AR))])
    found = {(o.arabic, o.latin) for o in matcher_observations(c)}
    c.close()
    latin = {lat for _, lat in found}
    assert "Parker" in latin and "Mosul" in latin
    assert any("Tikriti" in lat for lat in latin)  # a family name from a place stays
    assert not latin & {"May", "September", "Iraqi", "French"}


def test_the_rules_one_by_one() -> None:
    assert is_month("مايو", "May") and is_month("أيار", "mai") and is_month("وفي", "May") is False
    assert is_month("كانون الثاني", "January") and is_month("بأكتوبر", "October")
    assert not is_month("ماي", "Theresa")  # the Latin must be a month too
    words = CommonWords()
    assert words.is_nisba_adjective("العراقية", "Iraqi", "en")      # feminine: an adjective
    assert words.is_nisba_adjective("العراقي", "Iraqi", "en")       # the table's adjective
    assert not words.is_nisba_adjective("العراقي", "al-Iraqi", "en")  # a family name
    assert not words.is_nisba_adjective("القائم", "al-Qaim", "en")


def test_an_adjective_by_the_installed_dictionary_is_not_a_name(dictionaries) -> None:
    """Academic is in no place table row of ours, but the FreeDict French-English
    dictionary has académique <adj> ~ academic: the nisba الأكاديمية ~ Academic is an
    adjective; a family name with its article (الأكاديمي ~ al-Akadimi) and a name that is
    no nisba stay."""
    from aligner.names.common_words import dictionary_adjectives

    dictionaries("freedict-fra-eng")
    assert "academic" in dictionary_adjectives()
    words = CommonWords()
    assert words.is_nisba_adjective("الأكاديمية", "Academic", "en")
    assert words.is_nisba_adjective("الأكاديمي", "Academic", "en")
    assert not words.is_nisba_adjective("الأكاديمي", "al-Akadimi", "en")
    assert not words.is_nisba_adjective("فرانك", "Frank", "en")
    # without the dictionary, only the place table speaks (academic is not in it)
    dictionaries()
    assert not dictionary_adjectives()
    assert not CommonWords().is_nisba_adjective("الأكاديمية", "Academic", "en")
