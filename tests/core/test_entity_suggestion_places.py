"""Suggestions from the place table: the longest place name, and a country or people named
on one side only (sentences written for these tests)."""
from __future__ import annotations

from aligner.entities.suggest import KnownName, prepare_known, suggest_bead


def spans(ar: str, en: str, **kw) -> set[tuple[str, str, str, bool]]:
    """(side, text, label, linked) of every suggestion."""
    out = set()
    for s in suggest_bead(ar, "ar", en, "en", **kw):
        linked = s.src is not None and s.tgt is not None
        for side, text, m in (("ar", ar, s.src), ("en", en, s.tgt)):
            if m is not None:
                out.add((side, text[m.start:m.end], m.label, linked))
    return out


def test_a_country_named_on_one_side_only_is_suggested_there_alone() -> None:
    got = spans("تمتد الحدود بين كوريا الشمالية والصين مسافة طويلة",
                "The border between the North and China is long")
    assert ("ar", "كوريا الشمالية", "LOC", False) in got
    assert ("ar", "الصين", "LOC", True) in got and ("en", "China", "LOC", True) in got
    assert not any(t == "كوريا" for _, t, _, _ in got)  # never the shorter name inside


def test_the_longest_place_name_wins_over_a_pair_with_the_undivided_country() -> None:
    got = spans("زار الوفد كوريا الشمالية أمس", "The delegation visited Korea yesterday")
    assert ("ar", "كوريا الشمالية", "LOC", False) in got
    assert not any(t == "كوريا" for _, t, _, _ in got)


def test_an_adjective_the_other_side_writes_in_lower_case_is_no_name() -> None:
    got = spans("وانتقد بعض الدول الغربية بشدة", "He sharply criticised some western countries")
    assert got == set()


def test_a_known_name_inside_a_longer_place_name_gives_way_to_it() -> None:
    known = prepare_known([KnownName("الولايات المتحدة", "ar", "LOC", "corpus")])
    got = spans("وصل الوفد إلى الولايات المتحدة الأمريكية أمس",
                "The delegation arrived in the US yesterday", known=known)
    assert ("ar", "الولايات المتحدة الأمريكية", "LOC", True) in got
    assert ("en", "US", "LOC", True) in got


def test_shibh_jazira_is_one_word_for_peninsula_and_starts_the_name() -> None:
    got = spans("يريد الطرفان جعل شبه الجزيرة الكورية منطقة آمنة",
                "Both sides want to make the Korean peninsula a safe area")
    assert ("ar", "شبه الجزيرة الكورية", "LOC", True) in got
    got = spans("زار الوفد شبه القارة الهندية", "The delegation toured the Indian subcontinent")
    assert ("ar", "شبه القارة الهندية", "LOC", True) in got
    assert ("en", "Indian subcontinent", "LOC", True) in got


def test_a_place_inside_a_longer_name_not_found_is_not_suggested_alone() -> None:
    # after a bare head noun: the channel's name, not the country
    assert spans("نقلت قناة روسيا اليوم الخبر عن مصدر عسكري",
                 "RT quoted a military source") == set()
    # the government of Syria is no name: Syria stays a place of its own
    got = spans("رفضت حكومة سوريا الاقتراح", "The government rejected the proposal")
    assert ("ar", "سوريا", "LOC", False) in got
    # a Latin place in a longer capitalised run is part of that name
    assert spans("بثت القناة التقرير", "Russia Today broadcast the report") == set()
    got = spans("التقى الرئيس ترامب بالوفد", "US President Trump met the delegation")
    assert ("en", "US", "LOC", False) in got  # a title after it ends the run
    got = spans("رفضت الحكومة الاقتراح", "Yesterday Syria rejected the proposal")
    assert ("en", "Syria", "LOC", False) in got  # the sentence's first word does not count


def test_a_place_and_a_person_side_by_side_are_two_names() -> None:
    got = spans("قال السفير في دمشق ألكسندر يفيموف إن الوضع هادئ",
                "The ambassador in Damascus Alexander Yefimov said the situation was calm")
    assert ("en", "Damascus", "LOC", True) in got and ("ar", "دمشق", "LOC", True) in got
    assert ("en", "Alexander Yefimov", "PER", True) in got
    # a head noun after the place makes one name of them
    got = spans("درس في جامعة دمشق", "He studied at Damascus University")
    assert ("en", "Damascus University", "ORG", True) in got


def test_a_person_named_in_full_is_found_by_title_and_name_where_the_other_side_says_he() -> None:
    from aligner.entities.suggest import person_parts

    ar, en = "وقال إن الحدود مغلقة منذ شهر", "Mr Park said the border had been closed for a month"
    assert spans(ar, en) == set()
    persons = person_parts([("Park Byeong-seug", "PER")])
    assert spans(ar, en, persons=persons) == {("en", "Park", "PER", False)}
    # a given name followed by the rest of the name is left to the pair that grows over it
    persons = person_parts([("Donald Trump", "PER")])
    got = spans("التقى ترامب بالوفد أمس", "President Donald Trump met the delegation yesterday",
                persons=persons)
    assert ("en", "Donald Trump", "PER", True) in got
    assert not any(t == "Donald" for _, t, _, _ in got)


def test_an_acronym_in_brackets_after_a_name_is_that_name_again() -> None:
    ar = "سيطرت قوات سوريا الديمقراطية على المدينة"
    got = spans(ar, "The Syrian Democratic Forces (SDF) took the city")
    assert ("en", "SDF", "ORG", False) in got
    assert ("en", "Syrian Democratic Forces", "ORG", True) in got
    got = spans(ar, "The Syrian Democratic Forces (YPG) took the city")  # not its letters
    assert not any(t == "YPG" for _, t, _, _ in got)
