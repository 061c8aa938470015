"""The consistency check and its fixes, on the test corpus of register_corpus."""
from __future__ import annotations

from pathlib import Path

from aligner.history import History
from aligner.model import FormStatus, NameForm
from aligner.names.consistency import check, occurrences, rewrite
from aligner.names.edits import AddEntry, ChangeEntry, FixSpellings
from tests.core.names.register_corpus import EN, FR, baghdad, build, caggins, qaim


def _registered(tmp_path: Path):
    c, ids = build(tmp_path / "c.dragoman")
    h = History(c)
    for entry in (qaim(), baghdad(), caggins()):
        h.do(AddEntry(entry))
    return c, ids, h


def _rows(found):
    return [(i.occurrence.bitext_id, i.occurrence.bead + 1, i.found, i.replacement) for i in found]


def test_check_lists_each_misspelling_once_with_its_bead(tmp_path: Path) -> None:
    c, ids, _ = _registered(tmp_path)
    en, fr = ids["trip ar-en"], ids["trip ar-fr"]
    assert _rows(check(c, c.register_entries())) == [
        (en, 2, "Al Qaim", "al-Qaim"),
        (en, 4, "Bagdad", "Baghdad"),
        (fr, 2, "al-Qaïm", "Qaem"),
    ]
    c.close()


def test_sentence_start_capital_and_admitted_spellings_are_consistent(tmp_path: Path) -> None:
    c, ids, h = _registered(tmp_path)
    entry = next(e for e in c.register_entries() if e.arabic == "القائم")
    entry.forms.append(NameForm("en", "Al Qaim", FormStatus.ADMITTED))
    h.do(ChangeEntry(entry))
    assert [i.found for i in check(c, c.register_entries(), [ids["trip ar-en"]])] == ["Bagdad"]
    c.close()


def test_the_list_is_not_the_town(tmp_path: Path) -> None:
    """القائمة (the list) in bead 5 is not القائم: nothing is looked for in its translation."""
    c, _, _ = _registered(tmp_path)
    beads = {(o.lang, o.bead) for o in occurrences(c, c.register_entries())}
    assert ("ar", 4) not in beads and ("en", 4) not in beads
    c.close()


def test_occurrences_count_the_variants_on_both_sides(tmp_path: Path) -> None:
    c, ids, _ = _registered(tmp_path)
    cag = next(e for e in c.register_entries() if e.arabic == "كاغينز")
    found = [(o.lang, o.text) for o in occurrences(c, [cag], [ids["trip ar-en"]])]
    assert found == [("ar", "كاغينز"), ("en", "Caggins"), ("ar", "كاغيتر"), ("en", "Caggins")]
    c.close()


def test_fix_all_is_one_undoable_edit_and_moves_entities(tmp_path: Path) -> None:
    c, ids, h = _registered(tmp_path)
    found = check(c, c.register_entries())
    h.do(FixSpellings(found))
    en = c.segments(ids["en"])
    assert en[1].text == "Al-Hamrawi said the road to al-Qaim is open."
    assert en[3].text == "Then Caggins flew to Baghdad with Nour al-Din."
    assert c.segments(ids["fr"])[1].text == "El-Hamraoui a dit que la route vers Qaem est ouverte."
    ents = {e.id: en[3].text[e.start:e.end] for e in c.entities([en[3].id])}
    assert ents == {ids["ent_bagdad"]: "Baghdad", ids["ent_nour"]: "Nour al-Din"}
    assert check(c, c.register_entries()) == []
    h.undo()
    assert [s.text for s in c.segments(ids["en"])] == EN
    assert [s.text for s in c.segments(ids["fr"])] == FR
    ents = {e.id: EN[3][e.start:e.end] for e in c.entities([en[3].id])}
    assert ents == {ids["ent_bagdad"]: "Bagdad", ids["ent_nour"]: "Nour al-Din"}
    h.redo()
    assert c.segments(ids["en"])[3].text.endswith("Baghdad with Nour al-Din.")
    assert c.check() == []
    c.close()


def test_a_fix_is_refused_when_the_sentence_changed_since_the_check(tmp_path: Path) -> None:
    from aligner.edits import EditError, EditSegmentText

    c, ids, h = _registered(tmp_path)
    stale = check(c, c.register_entries())[0]
    seg = c.segments(ids["en"])[1]
    h.do(EditSegmentText(seg.id, "Al-Hamrawi said the way to Al Qaim is open."))
    try:
        h.do(FixSpellings([stale]))
        raise AssertionError("a stale fix was applied")
    except EditError as exc:
        assert "run the check again" in str(exc)
    c.close()


def test_rewrite_moves_spans_around_and_inside_replacements() -> None:
    text = "Al Qaim and Qaem met Nour."
    new, spans = rewrite(text, [(0, 7, "al-Qaim"), (12, 16, "al-Qaim")],
                         [(0, 7), (12, 16), (21, 25), (8, 11), (3, 7)])
    assert new == "al-Qaim and al-Qaim met Nour."
    assert [new[s:e] for s, e in spans] == ["al-Qaim", "al-Qaim", "Nour", "and", "al-Qaim"]


def test_candidates_rank_the_chosen_then_the_corpus_then_the_schemes(tmp_path: Path) -> None:
    from aligner.names.overview import RegisterOverview

    c, ids, _ = _registered(tmp_path)
    ov = RegisterOverview(c, [ids["trip ar-en"]])
    by_arabic = {e.arabic: e.id for e in ov.entries}
    got = ov.candidates(by_arabic["القائم"], "en")
    assert [(x.text, x.source, x.count) for x in got[:2]] == [("al-Qaim", "chosen", 1),
                                                             ("Al Qaim", "corpus", 1)]
    sources = [x.source for x in got]
    assert "alalc" in sources and "din" in sources  # the other schemes' renderings
    assert any(x.text == "al-Qāʾim" and x.source == "din" for x in got)
    # an exonym is never romanized: only its own and the other languages' spellings
    assert {x.source for x in ov.candidates(by_arabic["بغداد"], "en")} <= {
        "chosen", "corpus", "preferred", "admitted", "deprecated", "other language"}
    c.close()
