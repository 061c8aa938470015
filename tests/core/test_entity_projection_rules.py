"""Projection rules, one small bilingual example each (sentences written for these tests).

Each example works with or without an installed dictionary: the rules under test are the
place table's compass points, leftover words of two names, geographic tails, person-name
completion and names spelled across two Arabic words.
"""
from __future__ import annotations

from aligner.entities.project import Mention, project_bead
from aligner.entities.resources import places


def project(src: str, src_lang: str, tgt: str, tgt_lang: str,
            names: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    mentions = [Mention(src.index(n), src.index(n) + len(n), label) for n, label in names]
    return [(src[mentions[p.source].start:mentions[p.source].end], tgt[p.start:p.end], p.label)
            for p in project_bead(src, src_lang, tgt, tgt_lang, mentions)]


def test_divided_country_and_its_adjective_are_one_place_and_the_halves_two() -> None:
    p = places()
    assert p.kind("South Korea", "en")[1] == p.kind("كوريا الجنوبية", "ar")[1]
    assert p.kind("North Koreans", "en")[1] == p.kind("الكوريين الشماليين", "ar")[1]
    assert p.kind("Corée du Nord", "fr")[1] == p.kind("North Korea", "en")[1]
    assert p.kind("North Korea", "en")[1] != p.kind("South Korea", "en")[1]
    assert p.kind("Korea", "en")[1] != p.kind("North Korea", "en")[1]
    assert p.kind("الشمالية", "ar") is None  # a compass word alone is no place
    ar = "أرسلت كوريا الشمالية وفدا إلى جنوب السودان"
    en = "A North Korean delegation was sent to South Sudan"
    assert project(ar, "ar", en, "en", [("كوريا الشمالية", "LOC"), ("جنوب السودان", "LOC")]) \
        == [("كوريا الشمالية", "North Korean", "MISC"), ("جنوب السودان", "South Sudan", "LOC")]


def test_words_no_table_knows_on_both_sides_make_the_longer_name_likelier() -> None:
    ar = "عبرت الدورية المنطقة المحايدة ليلا"
    en = "The patrol crossed the Neutral Zone at night"
    assert project(ar, "ar", en, "en", [("المنطقة المحايدة", "LOC")]) == [
        ("المنطقة المحايدة", "Neutral Zone", "LOC")]


def test_a_title_or_a_number_is_never_taken_for_the_rest_of_a_name() -> None:
    ar = "قال الوزير وليد الحلبي إن 300 جندي وصلوا"
    en = "Minister Walid said 300 soldiers had arrived"
    assert project(ar, "ar", en, "en", [("وليد الحلبي", "PER")]) == [
        ("وليد الحلبي", "Walid", "PER")]


def test_a_lower_case_geographic_noun_ends_a_place_only_when_translated() -> None:
    en = "The troops withdrew from the Sinai peninsula"
    assert project("انسحبت القوات من شبه جزيرة سيناء", "ar", en, "en",
                   [("شبه جزيرة سيناء", "LOC")]) == [("شبه جزيرة سيناء", "Sinai peninsula", "LOC")]
    assert project("انسحبت القوات من سيناء", "ar", en, "en", [("سيناء", "LOC")]) == [
        ("سيناء", "Sinai", "LOC")]


def test_a_person_named_by_one_part_gets_the_whole_name_but_no_title_or_country() -> None:
    assert project("قال أوباما إن الاتفاق صامد", "ar",
                   "Former US President Barack Obama said the deal holds", "en",
                   [("أوباما", "PER")]) == [("أوباما", "Barack Obama", "PER")]
    assert project("كتب سارتر مقالا عن الحرية", "ar", "Jean-Paul Sartre wrote an essay on freedom",
                   "en", [("سارتر", "PER")]) == [("سارتر", "Jean-Paul Sartre", "PER")]
    # a place is not grown: the dam is not in the Arabic mention
    assert project("زار الوفد سد الموصل", "ar", "The delegation visited Mosul Dam", "en",
                   [("الموصل", "LOC")]) == [("الموصل", "Mosul", "LOC")]


def test_one_latin_word_written_as_two_arabic_words() -> None:
    assert project("He flew to Islamabad on Monday", "en", "سافر إلى إسلام آباد يوم الاثنين",
                   "ar", [("Islamabad", "LOC")]) == [("Islamabad", "إسلام آباد", "LOC")]


def test_two_nationalities_joined_by_a_hyphen_are_two_names() -> None:
    ar = "أغلقت الحدود الإيرانية العراقية"
    en = "The Iranian-Iraqi border was closed"
    assert project(ar, "ar", en, "en", [("الإيرانية", "MISC"), ("العراقية", "MISC")]) == [
        ("الإيرانية", "Iranian", "MISC"), ("العراقية", "Iraqi", "MISC")]
