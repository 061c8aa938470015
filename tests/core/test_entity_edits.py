"""Entity edits on a real corpus file: each change one undoable step (also after reopening),
links kept symmetric, and sentence edits that move or cut entities."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus, CorpusChangeError
from aligner.edits import EditSegmentText, EntitiesCutError
from aligner.entities import edits as ee
from aligner.entities.labels import DEFAULT_LABELS, Label
from aligner.history import History
from aligner.model import BeadSpan, Document, Segment

AR = ["زار الوفد القائم صباح الأحد.", "ثم عاد إلى بغداد."]
EN = ["The delegation visited al-Qaim on Sunday morning.", "Then it went back to Baghdad."]


def build(path: Path) -> tuple[Corpus, list[int], list[int], int]:
    c = Corpus.create(path)
    ids = []
    for lang, sents in (("ar", AR), ("en", EN)):
        text = " ".join(sents)
        segs, pos = [], 0
        for i, s in enumerate(sents):
            start = text.index(s, pos)
            segs.append(Segment(None, 0, i, i, start, start + len(s), s))
            pos = start + len(s)
        doc = Document(None, lang, f"t-{lang}", text)
        c.add_document(doc, segs)
        ids.append([s.id for s in segs])
    bitext = c.add_bitext(c.documents()[0].id, c.documents()[1].id)
    c.replace_beads(bitext, [BeadSpan(0, 1, 0, 1), BeadSpan(1, 2, 1, 2)])
    return c, ids[0], ids[1], bitext


def rows(c: Corpus) -> list[tuple]:
    return [(e.id, e.segment_id, e.start, e.end, e.label, e.counterpart_id, e.status)
            for e in c.entities()]


def test_tag_link_relabel_accept_unlink_delete_each_undoable(tmp_path: Path) -> None:
    path = tmp_path / "c.dragoman"
    c, ar, en, _ = build(path)
    h = History(c)
    a0 = AR[0].index("القائم")
    e0 = EN[0].index("al-Qaim")
    tag_ar = ee.tag(c, ar[0], a0, a0 + 6, "LOC")
    h.do(tag_ar)
    (ar_id,) = tag_ar.added_ids
    tag_en = ee.tag(c, en[0], e0, e0 + 7, "LOC", counterpart_id=ar_id, status="suggested",
                    source="projection")
    h.do(tag_en)
    (en_id,) = tag_en.added_ids
    assert c.entity(ar_id).counterpart_id == en_id and c.entity(en_id).counterpart_id == ar_id
    snapshots = [rows(c)]
    for edit in (ee.relabel([ar_id, en_id], "ORG"), ee.accept([en_id]), ee.unlink([ar_id]),
                 ee.link(en_id, ar_id), ee.reshape(en_id, e0 + 3, e0 + 7), ee.delete([ar_id])):
        h.do(edit)
        snapshots.append(rows(c))
    assert c.entity(en_id).counterpart_id is None  # its partner was deleted
    assert c.entity(en_id).status == "accepted" and c.entity(en_id).label == "ORG"
    # undo everything step by step, across a reopen of the file half way
    for k in range(len(snapshots) - 1, 0, -1):
        if k == 3:
            c.close()
            c = Corpus.open(path)
            h.corpus = c
        h.undo()
        assert rows(c) == snapshots[k - 1]
    for k in range(1, len(snapshots)):
        h.redo()
        assert rows(c) == snapshots[k]
    c.close()


def test_linking_to_a_linked_entity_unlinks_its_former_partner(tmp_path: Path) -> None:
    c, ar, en, _ = build(tmp_path / "c.dragoman")
    h = History(c)
    b = AR[1].index("بغداد")
    first = ee.tag(c, ar[1], b, b + 5, "LOC")
    h.do(first)
    other = ee.tag(c, ar[0], 0, 3, "MISC")
    h.do(other)
    en_tag = ee.tag(c, en[1], EN[1].index("Baghdad"), EN[1].index("Baghdad") + 7, "LOC",
                    counterpart_id=first.added_ids[0])
    h.do(en_tag)
    h.do(ee.link(en_tag.added_ids[0], other.added_ids[0]))
    assert c.entity(first.added_ids[0]).counterpart_id is None
    assert c.entity(other.added_ids[0]).counterpart_id == en_tag.added_ids[0]
    h.undo()
    assert c.entity(first.added_ids[0]).counterpart_id == en_tag.added_ids[0]
    assert c.entity(other.added_ids[0]).counterpart_id is None


def test_typing_before_an_entity_moves_it_with_the_text(tmp_path: Path) -> None:
    """Editing a sentence left the entity at its old offsets: a prefix typed before القائم
    put the entity on the letters now there."""
    c, ar, en, _ = build(tmp_path / "c.dragoman")
    h = History(c)
    a0 = AR[0].index("القائم")
    h.do(ee.tag(c, ar[0], a0, a0 + 6, "LOC"))
    h.do(EditSegmentText(ar[0], "حب من " + AR[0]))
    (e,) = c.entities([ar[0]])
    assert c.segment(ar[0]).text[e.start:e.end] == "القائم"
    h.undo()
    (e,) = c.entities([ar[0]])
    assert AR[0][e.start:e.end] == "القائم"


def test_an_edit_cutting_through_an_entity_asks_then_shrinks_or_removes(tmp_path: Path) -> None:
    c, ar, en, _ = build(tmp_path / "c.dragoman")
    h = History(c)
    s = EN[0].index("al-Qaim on Sunday")
    tag = ee.tag(c, en[0], s, s + len("al-Qaim on Sunday"), "LOC")
    h.do(tag)
    a0 = AR[0].index("القائم")
    h.do(ee.tag(c, ar[0], a0, a0 + 6, "LOC", counterpart_id=tag.added_ids[0]))
    new = "The delegation visited al-Qaim last week."
    with pytest.raises(EntitiesCutError) as info:
        EditSegmentText(en[0], new).do(c)
    assert [new[x.shrunk[0]:x.shrunk[1]] for x in info.value.cuts] == ["al-Qaim"]
    assert c.segment(en[0]).text == EN[0]  # refused: nothing changed
    h.do(EditSegmentText(en[0], new, on_cut="shrink"))
    (e,) = c.entities([en[0]])
    assert new[e.start:e.end] == "al-Qaim" and e.counterpart_id is not None
    h.undo()
    h.do(EditSegmentText(en[0], new, on_cut="remove"))
    assert c.entities([en[0]]) == [] and c.entities([ar[0]])[0].counterpart_id is None
    h.undo()  # one step brings back the text, the entity and its link
    (e,) = c.entities([en[0]])
    assert EN[0][e.start:e.end] == "al-Qaim on Sunday"
    assert c.entities([ar[0]])[0].counterpart_id == e.id


def test_label_set_is_per_corpus_and_refuses_to_drop_a_used_label(tmp_path: Path) -> None:
    c, ar, _, _ = build(tmp_path / "c.dragoman")
    assert c.labels() == list(DEFAULT_LABELS)
    History(c).do(ee.tag(c, ar[1], AR[1].index("بغداد"), AR[1].index("بغداد") + 5, "LOC"))
    with pytest.raises(CorpusChangeError, match="label LOC is used by 1 entities"):
        c.set_labels([lab for lab in DEFAULT_LABELS if lab.name != "LOC"])
    c.set_labels([*DEFAULT_LABELS, Label("DATE", "#d7b4f0", "5")])
    c.rename_label("LOC", "GPE")
    assert [lab.name for lab in c.labels()] == ["PER", "GPE", "ORG", "MISC", "DATE"]
    assert c.entities()[0].label == "GPE"


def test_a_new_entity_gets_its_counterpart_proposed_at_once(tmp_path: Path) -> None:
    from aligner.entities.service import propose_counterpart

    c, ar, en, bitext = build(tmp_path / "c.dragoman")
    h = History(c)
    b = AR[1].index("بغداد")
    tag = ee.tag(c, ar[1], b, b + 5, "LOC")
    h.do(tag)
    p = propose_counterpart(c, bitext, tag.added_ids[0])
    assert p is not None and p.segment_id == en[1] and p.existing_id is None
    assert EN[1][p.start:p.end] == "Baghdad" and p.label == "LOC"
    # Enter: store it linked, one step
    h.do(ee.tag(c, p.segment_id, p.start, p.end, p.label, counterpart_id=tag.added_ids[0]))
    assert c.entity(tag.added_ids[0]).counterpart_id is not None
    # an entity whose bead side has nothing that fits gets no proposal
    h.do(ee.tag(c, ar[0], 0, 3, "MISC"))
    assert propose_counterpart(c, bitext, c.entities([ar[0]])[0].id) is None
