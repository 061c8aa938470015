"""The register in the corpus file, and its edits: each one undone and redone exactly."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from aligner.corpus import Corpus, CorpusChangeError
from aligner.edits import EditError
from aligner.history import History
from aligner.model import FormStatus, NameForm, NameKind
from aligner.names.edits import (AddEntry, ChangeEntry, DeleteEntry, SetScheme, TieEntities,
                                 merge_entries)
from tests.core.names.register_corpus import baghdad, build, caggins, qaim


def test_entries_round_trip_with_forms_in_order(tmp_path: Path) -> None:
    c, _ = build(tmp_path / "c.dragoman")
    first = c.add_register_entry(qaim())
    c.add_register_entry(caggins())
    c.close()
    with Corpus.open(tmp_path / "c.dragoman", read_only=True) as c:
        got = c.register_entries()
        assert [e.arabic for e in got] == ["القائم", "كاغينز"]
        assert got[0] == dataclasses.replace(qaim(), id=first)
        assert got[1].arabic_forms() == ["كاغينز", "كاغيتر"]
        assert c.register_entry(first).spelling("fr") == "Qaem"


def test_an_entry_with_two_chosen_spellings_in_one_language_is_refused(tmp_path: Path) -> None:
    c, _ = build(tmp_path / "c.dragoman")
    bad = qaim()
    bad.forms.append(NameForm("en", "Qaim", FormStatus.PREFERRED))
    with pytest.raises(CorpusChangeError, match="two chosen spellings in en"):
        c.add_register_entry(bad)
    assert c.register_entries() == []
    c.close()


def test_add_change_delete_undo_redo(tmp_path: Path) -> None:
    c, ids = build(tmp_path / "c.dragoman")
    h = History(c)
    add = AddEntry(baghdad(), [ids["ent_bagdad"]])
    change = h.do(add)
    assert change.register
    name_id = add.name_id
    assert c.entity_name_ids([ids["ent_bagdad"]]) == {ids["ent_bagdad"]: name_id}
    edited = c.register_entry(name_id)
    edited.forms[0] = NameForm("en", "Baghdād", FormStatus.PREFERRED, "din")
    edited.kind = NameKind.NAME
    h.do(ChangeEntry(edited))
    h.do(DeleteEntry(name_id))
    assert c.register_entries() == []
    assert c.entity_name_ids([ids["ent_bagdad"]]) == {ids["ent_bagdad"]: None}
    h.undo()
    assert c.register_entry(name_id).spelling("en") == "Baghdād"
    assert c.entity_name_ids([ids["ent_bagdad"]]) == {ids["ent_bagdad"]: name_id}
    h.undo()
    assert c.register_entry(name_id) == dataclasses.replace(baghdad(), id=name_id)
    h.undo()
    assert c.register_entries() == [] and c.entity_name_ids([ids["ent_bagdad"]])[ids["ent_bagdad"]] is None
    for _ in range(3):
        h.redo()
    assert c.register_entries() == []  # deleted again, same ids all the way
    h.undo()
    assert c.register_entry(name_id).kind is NameKind.NAME
    assert c.check() == []
    c.close()


def test_merge_is_one_step_and_ties_the_entities(tmp_path: Path) -> None:
    c, ids = build(tmp_path / "c.dragoman")
    h = History(c)
    keep = c.register_entry(c.add_register_entry(qaim()))
    other_entry = qaim()
    other_entry.arabic = "القايم"
    other_entry.forms = [NameForm("en", "Al Qaim", FormStatus.PREFERRED)]
    other = c.register_entry(c.add_register_entry(other_entry))
    h.do(TieEntities([ids["ent_bagdad"]], other.id))
    h.do(merge_entries(keep, [other], c))
    (merged,) = c.register_entries()
    assert merged.arabic_forms() == ["القائم", "القايم"]
    assert merged.spelling("en") == "al-Qaim"
    assert NameForm("en", "Al Qaim", FormStatus.DEPRECATED) in merged.forms
    assert c.entity_name_ids([ids["ent_bagdad"]])[ids["ent_bagdad"]] == keep.id
    h.undo()
    assert [e.arabic for e in c.register_entries()] == ["القائم", "القايم"]
    assert c.entity_name_ids([ids["ent_bagdad"]])[ids["ent_bagdad"]] == other.id
    c.close()


def test_scheme_per_language_is_undoable(tmp_path: Path) -> None:
    c, _ = build(tmp_path / "c.dragoman")
    h = History(c)
    h.do(SetScheme("en", "news"))
    h.do(SetScheme("en", "alalc"))
    h.do(SetScheme("fr", "news"))
    assert c.name_schemes() == {"en": "alalc", "fr": "news"}
    h.undo()
    h.undo()
    assert c.name_schemes() == {"en": "news"}
    h.undo()
    assert c.name_schemes() == {}
    c.close()


def test_tying_to_a_missing_entry_is_refused(tmp_path: Path) -> None:
    c, ids = build(tmp_path / "c.dragoman")
    with pytest.raises(EditError):
        History(c).do(TieEntities([ids["ent_bagdad"]], 999))
    c.close()


def test_tagging_an_entity_offers_to_join_or_add(tmp_path: Path) -> None:
    from aligner.model import Entity
    from aligner.names.evidence import register_offer
    from tests.core.names.register_corpus import AR, EN

    c, ids = build(tmp_path / "c.dragoman")
    h = History(c)
    ar = c.segments(ids["ar"])[3]
    at = AR[3].index("كاغيتر")
    ar_ent = c.add_entity(Entity(None, ar.id, at, at + 6, "PER"))
    en = c.segments(ids["en"])[3]
    at = EN[3].index("Caggins")
    en_ent = c.add_entity(Entity(None, en.id, at, at + 7, "PER", counterpart_id=ar_ent))
    c.set_entity_counterpart(ar_ent, en_ent)
    offer = register_offer(c, en_ent)  # from the English side too
    assert offer.is_new and offer.entry.arabic == "كاغيتر" and offer.entry.spelling("en") == "Caggins"
    h.do(AddEntry(caggins()))  # the register knows the name under its other form
    offer = register_offer(c, ar_ent)
    assert not offer.is_new and offer.entry.arabic == "كاغينز"
    assert sorted(offer.entity_ids) == sorted([ar_ent, en_ent])
    h.do(offer.edit())
    assert set(c.entity_name_ids([ar_ent, en_ent]).values()) == {offer.entry.id}
    assert register_offer(c, ar_ent) is None  # tied, nothing new
    c.close()
