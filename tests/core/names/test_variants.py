"""Spelling variants: what groups, what must stay apart (names written for these tests)."""
import pytest

from aligner.model import FormStatus, NameForm, RegisterEntry
from aligner.names.register import Observation, propose
from aligner.names.variants import arabic_variants, bare_arabic, latin_variants


@pytest.mark.parametrize("a,b", [
    ("al-Qā’im", "al-Qaim"), ("al-Qaim", "Al Qaim"), ("Al Qaim", "Qaem"), ("el-Kaim", "Qaim"),
    ("Muhammad", "Mohammed"), ("Dā‘iš", "Daesh"), ("Daech", "Daesh"), ("al-Khafaji", "Khafagi"),
    ("Shukri", "Choukri"), ("Yusuf", "Youssef"),
])
def test_latin_spellings_of_one_name(a: str, b: str) -> None:
    assert latin_variants(a, b)


@pytest.mark.parametrize("a,b", [
    ("Qaim", "Karim"), ("Hassan", "Hussein"), ("Nasser", "Nasir al-Din"), ("Basra", "Busaira"),
    ("Salim", "Salma"),
])
def test_latin_spellings_of_two_names(a: str, b: str) -> None:
    assert not latin_variants(a, b)


@pytest.mark.parametrize("a,b,same", [
    ("كاغينز", "كاغيتر", True),      # dots slipped
    ("القائم", "القايم", True),      # hamza seat
    ("الحمراوي", "الحمراوى", True),  # final yaa
    ("مصطفى", "مصطفي", True),
    ("حسن", "حسين", False),          # two names, too short to call a slip
    ("سعيد", "سعد", False),
    ("الفلوجة", "الفلوجه", True),
])
def test_arabic_forms(a: str, b: str, same: bool) -> None:
    assert arabic_variants(a, b) is same


def test_bare_arabic_takes_off_proclitics_and_puts_back_the_article() -> None:
    assert bare_arabic("وللقائم") == "القائم" and bare_arabic("بغداد") == "بغداد"


def test_proposals_group_across_documents_and_keep_apart_distinct_names() -> None:
    obs = [Observation("القائم", "al-Qaim", "en", "LOC", entity_ids=(1, 2)),
           Observation("والقائم", "Al Qaim", "en", source="matcher"),
           Observation("القايم", "al-Qaim", "en", source="matcher"),
           Observation("القائم", "Qaem", "fr", source="matcher"),
           Observation("كاغينز", "Caggins", "en", "PER"),
           Observation("كاغيتر", "Caggins", "en", "PER"),
           Observation("حامد", "Hamid", "en"), Observation("حمد", "Hamad", "en"),
           Observation("مصر", "Egypt", "en"), Observation("الجيش العراقي", "Iraqi Army", "en")]
    props = {p.entry.arabic: p for p in propose(obs, [])}
    assert set(props) == {"القائم", "كاغينز", "حامد", "حمد", "مصر", "الجيش العراقي"}
    q = props["القائم"].entry
    assert q.spelling("en") == "al-Qaim" and q.spelling("fr") == "Qaem"
    assert NameForm("en", "Al Qaim", FormStatus.DEPRECATED) in q.forms
    assert q.arabic_forms() == ["القائم", "القايم"]
    assert props["القائم"].entity_ids == [1, 2]
    assert props["كاغينز"].entry.arabic_forms() == ["كاغينز", "كاغيتر"]
    assert props["مصر"].entry.kind.value == "exonym"
    assert props["الجيش العراقي"].entry.kind.value == "translation"
    assert props["حامد"].entry.kind.value == "name"


def test_a_proposal_completes_an_existing_entry_instead_of_doubling_it() -> None:
    entry = RegisterEntry(7, "القائم", forms=[NameForm("en", "al-Qaim", FormStatus.PREFERRED)])
    (p,) = propose([Observation("القائم", "Al Qaim", "en", entity_ids=(4,)),
                    Observation("القائم", "al-Qaim", "en", name_id=7, entity_ids=(5,))], [entry])
    assert p.entry.id == 7 and p.new_forms == [NameForm("en", "Al Qaim", FormStatus.DEPRECATED)]
    assert p.entity_ids == [4]
    assert propose([Observation("القائم", "al-Qaim", "en", name_id=7, entity_ids=(5,))],
                   [entry]) == []
