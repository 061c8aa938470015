"""Suggested spans of organisation names and of acronyms: the whole name on both sides,
never a pair made by a chance likeness (sentences written for these tests)."""
from __future__ import annotations

from aligner.entities.orgnames import org_agreement
from aligner.entities.project import Candidate
from aligner.entities.suggest import suggest_bead


def pairs(ar: str, en: str) -> dict[str, tuple[str, str]]:
    """English span -> (Arabic span, label) of the linked pairs suggested (any confidence)."""
    return {en[s.tgt.start:s.tgt.end]: (ar[s.src.start:s.src.end], s.label)
            for s in suggest_bead(ar, "ar", en, "en", min_confidence=0.0) if s.src and s.tgt}


def test_a_ministry_is_taken_with_its_whole_genitive_chain() -> None:
    got = pairs("وقالت وزارة الموارد المائية إن منسوب النهر انخفض",
                "The Ministry of Water Resources said the river had fallen")
    assert got == {"Ministry of Water Resources": ("وزارة الموارد المائية", "ORG")}
    got = pairs("وبحسب بيان لوزارة الموارد المائية فإن السد آمن",
                "According to a statement by the Ministry of Water Resources, the dam is safe")
    assert got["Ministry of Water Resources"] == ("وزارة الموارد المائية", "ORG")


def test_an_adjective_chain_and_a_head_at_the_end_of_the_english_name() -> None:
    got = pairs("وأصدرت هيئة الطاقة الذرية تقريرا جديدا",
                "The Atomic Energy Authority issued a new report")
    assert got["Atomic Energy Authority"] == ("هيئة الطاقة الذرية", "ORG")
    got = pairs("أعلنت وزارة التعليم العالي عن منح جديدة",
                "The Ministry of Higher Education announced new grants")
    assert got["Ministry of Higher Education"] == ("وزارة التعليم العالي", "ORG")


def test_the_chain_stops_where_the_two_sides_stop_agreeing() -> None:
    # العراقية translates nothing in the English name: the Arabic name ends before it
    got = pairs("وقالت وزارة الموارد المائية العراقية إن السد آمن",
                "Iraq's Ministry of Water Resources said the dam was safe")
    assert got["Ministry of Water Resources"] == ("وزارة الموارد المائية", "ORG")
    assert got["Iraq"][0] == "العراقية"
    # a bare word after the name (يوم) is the sentence going on, not the chain
    got = pairs("وقالت وزارة الري يوم الأحد إن السد آمن",
                "The Ministry of Irrigation said on Sunday the dam was safe")
    assert got["Ministry of Irrigation"] == ("وزارة الري", "ORG")


def test_a_known_word_left_unmatched_keeps_two_names_apart() -> None:
    # US translates nothing in the Arabic chain but is a name of its own (~ الأمريكية)
    got = pairs("قالت وزارة الخارجية الأمريكية إن المحادثات انتهت",
                "The US State Department said the talks had ended")
    assert got.get("US") == ("الأمريكية", "LOC")
    assert "US State Department" not in got


def test_a_head_noun_never_pairs_with_a_word_it_merely_resembles() -> None:
    # وزارة translates Ministry; it must not also count as a spelling of Water
    got = pairs("وقالت الوزارة إن مشروع المياه تأخر",
                "The Ministry of Water said the project was late")
    assert "Ministry of Water" not in got


def test_an_acronym_is_not_matched_by_a_chance_likeness() -> None:
    got = pairs("ودعا مجلس الأمن إلى وقف القتال",
                "The UN Security Council called for an end to the fighting")
    assert got == {"Security Council": ("مجلس الأمن", "ORG")}


def test_org_agreement_needs_the_heads_to_translate_each_other() -> None:
    ar = Candidate(0, 10, ("شركة", "النفط", "الوطنية"))
    # (tests run without a dictionary: النفط ~ Oil is a left-over pair, الوطنية ~ National
    # a table match)
    assert org_agreement(ar, "ar", Candidate(0, 20, ("National", "Oil", "Company")), "en")[0] > 0.8
    # the same chain under another head (Bank is not شركة)
    assert org_agreement(ar, "ar", Candidate(0, 20, ("National", "Oil", "Bank")), "en") == (0, 0)
    # chains of unequal length left over: not one name
    longer = Candidate(0, 20, ("Ministry", "Water", "Resources", "Planning"))
    assert org_agreement(Candidate(0, 10, ("وزارة", "الموارد", "المائية")), "ar",
                         longer, "en") == (0, 0)



def test_an_english_qualifier_before_the_name_is_the_arabic_adjective_after_it() -> None:
    from aligner.entities.project import Mention, project_bead

    ar = "حذرت وكالة اللاجئين الأممية من نقص في الغذاء"
    en = "The UN Refugee Agency warned of a shortage of food"
    assert pairs(ar, en)["UN Refugee Agency"] == ("وكالة اللاجئين الأممية", "ORG")
    ar = "حذرت وكالة الصحة الأممية من تفش جديد"
    en = "The UN Health Agency warned of a new outbreak"
    assert pairs(ar, en)["UN Health Agency"] == ("وكالة الصحة الأممية", "ORG")
    end = en.index(" warned")
    found = project_bead(en, "en", ar, "ar", [Mention(en.index("UN"), end, "ORG")])
    assert [ar[p.start:p.end] for p in found] == ["وكالة الصحة الأممية"]
    # without the qualifier on the English side, the Arabic span does not grow
    found = project_bead(en, "en", ar, "ar", [Mention(en.index("Health"), end, "ORG")])
    assert [ar[p.start:p.end] for p in found] == ["وكالة الصحة"]
    # an adjective that translates a word of the name is matched, not a qualifier
    ar = "حذرت وكالة الصحة العربية من تفش جديد"
    en = "The Arab Health Agency warned of a new outbreak"
    assert pairs(ar, en)["Arab Health Agency"] == ("وكالة الصحة العربية", "ORG")
