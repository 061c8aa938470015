"""Every edit command on a real corpus file: do, undo, redo, the beads and segments they
leave, the bead invariants, refusals that change nothing, and undo after reopening."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus, ReadOnlyError
from aligner.edits import (Change, ConfirmThrough, DeleteEmptyBead, EditError,
                           EditSegmentText, InsertEmptyBead, MergeBeads,
                           MergeSegments, ReplaceBeads, SetExcluded, SetStatus, ShiftSentence,
                           SplitBead, SplitSegment)
from aligner.history import History
from aligner.model import BeadSpan, BeadStatus, Document, Entity, Segment

# Sample sentences written for these tests (one holds U+1F319, outside the BMP).
AR = ["وصل المسافر إلى المدينة في الصباح.", "كان السوق مزدحما بالناس.", "اشترى خبزا وتمرا.",
      "ثم جلس في المقهى.", "كتب رسالة إلى أخيه 🌙 في المساء.", "نام مبكرا."]
EN = ["The traveller reached the city in the morning.", "The market was crowded.",
      "He bought bread and dates.", "Then he sat in the café.",
      "He wrote his brother a letter 🌙 in the evening.", "He slept early."]
FR = ["Le voyageur arriva en ville le matin.", "Le marché était plein.",
      "Il acheta du pain et des dattes.",
      "Puis il s'assit au café et écrivit à son frère le soir.", "Il se coucha tôt."]


def make_doc(lang: str, sentences: list[str]) -> tuple[Document, list[Segment]]:
    text = " ".join(sentences)
    segs, at = [], 0
    for s in sentences:
        segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
        at += len(s) + 1
    return Document(None, lang, f"sample {lang}", text), segs


class Sample:
    """ar-en bitext of six 1-1 beads; ar-fr bitext whose bead 3 is 2-1 (AR 3,4 -> FR 3)."""

    def __init__(self, path: Path):
        self.path = path
        c = self.corpus = Corpus.create(path)
        self.ar = c.add_document(*make_doc("ar", AR))
        self.en = c.add_document(*make_doc("en", EN))
        self.fr = c.add_document(*make_doc("fr", FR))
        self.en_b = c.add_bitext(self.ar, self.en)
        self.fr_b = c.add_bitext(self.ar, self.fr)
        c.replace_beads(self.en_b, [BeadSpan(i, i + 1, i, i + 1, 0.9) for i in range(6)])
        c.replace_beads(self.fr_b, [BeadSpan(0, 1, 0, 1), BeadSpan(1, 2, 1, 2),
                                    BeadSpan(2, 3, 2, 3), BeadSpan(3, 5, 3, 4),
                                    BeadSpan(5, 6, 4, 5)])

    def seg_id(self, doc: int, position: int) -> int:
        return self.corpus.segments(doc)[position].id


@pytest.fixture
def s(tmp_path: Path) -> Sample:
    sample = Sample(tmp_path / "edits.dragoman")
    yield sample
    sample.corpus.close()


def ranges(c: Corpus, bitext_id: int) -> list[tuple[int, int, int, int]]:
    return [(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in c.beads(bitext_id)]


def statuses(c: Corpus, bitext_id: int) -> list[str]:
    return [b.status.value for b in c.beads(bitext_id)]


def segs(c: Corpus, doc_id: int) -> list[tuple]:
    return [(x.id, x.position, x.text, x.start, x.end, x.excluded, x.exclude_reason)
            for x in c.segments(doc_id)]


def assert_valid(c: Corpus) -> None:
    assert c.check() == []
    for doc in c.documents():
        positions = [x.position for x in c.segments(doc.id)]
        assert positions == list(range(len(positions)))


ONE_TO_ONE = [(i, i + 1, i, i + 1) for i in range(6)]


# --- bead edits ------------------------------------------------------------------------

def test_merge_beads_do_undo_redo(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    c.set_status([c.bead(b, 1).id], BeadStatus.CONFIRMED)
    before = c.beads(b)
    edit = MergeBeads(b, 1)
    assert edit.label == "Merge beads 2-3"
    change = edit.do(c)
    assert change == Change(b, 1, 2, 1)
    assert ranges(c, b) == [(0, 1, 0, 1), (1, 3, 1, 3), (3, 4, 3, 4), (4, 5, 4, 5), (5, 6, 5, 6)]
    assert statuses(c, b)[1] == "auto"  # a new pairing is not confirmed
    assert c.bead_texts(b)[1] == (AR[1] + " " + AR[2], EN[1] + " " + EN[2])
    assert_valid(c)
    after = c.beads(b)
    assert edit.undo(c) == Change(b, 1, 1, 2)
    assert c.beads(b) == before  # ids, status and time stamps restored
    edit.do(c)
    assert c.beads(b) == after  # redo gives the very same rows
    assert_valid(c)


def test_merge_past_last_bead_is_refused(s: Sample) -> None:
    before = s.corpus.beads(s.en_b)
    with pytest.raises(EditError, match="6 beads"):
        MergeBeads(s.en_b, 5).do(s.corpus)
    with pytest.raises(EditError):
        MergeBeads(s.en_b, -1).do(s.corpus)
    assert s.corpus.beads(s.en_b) == before


def test_shift_source_sentence_down(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    edit = ShiftSentence(b, 1, "src", "down")
    assert edit.do(c) == Change(b, 1, 2, 2)
    assert ranges(c, b)[1:3] == [(1, 1, 1, 2), (1, 3, 2, 3)]
    texts = c.bead_texts(b)
    assert texts[1] == ("", EN[1])
    assert texts[2] == (AR[1] + " " + AR[2], EN[2])
    assert_valid(c)
    edit.undo(c)
    assert ranges(c, b) == ONE_TO_ONE
    edit.do(c)
    assert ranges(c, b)[1:3] == [(1, 1, 1, 2), (1, 3, 2, 3)]


def test_shift_target_sentence_up(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    edit = ShiftSentence(b, 2, "tgt", "up")
    assert edit.do(c) == Change(b, 1, 2, 2)
    assert ranges(c, b)[1:3] == [(1, 2, 1, 3), (2, 3, 3, 3)]
    assert c.bead_texts(b)[1] == (AR[1], EN[1] + " " + EN[2])
    assert_valid(c)
    edit.undo(c)
    assert ranges(c, b) == ONE_TO_ONE


def test_shift_refusals_change_nothing(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    ShiftSentence(b, 1, "src", "down").do(c)  # bead 1 is now 0-1
    before = c.beads(b)
    with pytest.raises(EditError, match="no source sentence"):
        ShiftSentence(b, 1, "src", "up").do(c)
    with pytest.raises(EditError, match="last bead"):
        ShiftSentence(b, 5, "tgt", "down").do(c)
    with pytest.raises(EditError, match="first bead"):
        ShiftSentence(b, 0, "src", "up").do(c)
    with pytest.raises(EditError, match="no bead 9"):
        ShiftSentence(b, 8, "src", "up").do(c)
    with pytest.raises(EditError):
        ShiftSentence(b, 2, "left", "up")
    with pytest.raises(EditError):
        ShiftSentence(b, 2, "src", "sideways")
    assert c.beads(b) == before


def test_insert_and_delete_empty_bead(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    insert = InsertEmptyBead(b, 2)
    assert insert.do(c) == Change(b, 2, 0, 1)
    assert ranges(c, b)[1:4] == [(1, 2, 1, 2), (2, 2, 2, 2), (2, 3, 2, 3)]
    assert c.bead(b, 2).kind == "0-0"
    assert_valid(c)
    # shifting a sentence into the empty bead, then back, then deleting it
    shift = ShiftSentence(b, 3, "tgt", "up")
    shift.do(c)
    assert ranges(c, b)[2:4] == [(2, 2, 2, 3), (2, 3, 3, 3)]
    shift.undo(c)
    with pytest.raises(EditError, match="not empty"):
        DeleteEmptyBead(b, 1).do(c)
    delete = DeleteEmptyBead(b, 2)
    assert delete.do(c) == Change(b, 2, 1, 0)
    assert ranges(c, b) == ONE_TO_ONE
    delete.undo(c)
    assert c.bead(b, 2).kind == "0-0"
    insert_end = InsertEmptyBead(b, 7)
    insert_end.do(c)
    assert ranges(c, b)[-1] == (6, 6, 6, 6)
    assert_valid(c)
    with pytest.raises(EditError):
        InsertEmptyBead(b, 10).do(c)


def test_split_bead(s: Sample) -> None:
    c, b = s.corpus, s.fr_b
    before = c.beads(b)
    edit = SplitBead(b, 3, 1, 1)
    assert edit.do(c) == Change(b, 3, 1, 2)
    assert ranges(c, b)[3:5] == [(3, 4, 3, 4), (4, 5, 4, 4)]
    assert c.bead_texts(b)[3] == (AR[3], FR[3])
    assert c.bead_texts(b)[4] == (AR[4], "")
    assert_valid(c)
    edit.undo(c)
    assert c.beads(b) == before
    for counts in [(0, 0), (2, 1), (3, 0), (1, 2)]:
        with pytest.raises(EditError):
            SplitBead(b, 3, *counts).do(c)
    assert c.beads(b) == before


def test_set_status_and_confirm_through(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    before = c.beads(b)
    edit = SetStatus(b, [4, 0, 2], BeadStatus.CONFIRMED)
    assert edit.do(c) == Change(b, 0, 5, 5)
    assert statuses(c, b) == ["confirmed", "auto", "confirmed", "auto", "confirmed", "auto"]
    assert ranges(c, b) == ONE_TO_ONE
    edit.undo(c)
    assert c.beads(b) == before
    edit.do(c)
    confirm = ConfirmThrough(b, 3)
    assert confirm.label == "Confirm beads 1-4"
    assert confirm.do(c) == Change(b, 0, 4, 4)
    assert statuses(c, b) == ["confirmed"] * 5 + ["auto"]
    confirm.undo(c)
    assert statuses(c, b) == ["confirmed", "auto", "confirmed", "auto", "confirmed", "auto"]
    unconfirm = SetStatus(b, [0], "auto")
    unconfirm.do(c)
    assert statuses(c, b)[0] == "auto"
    with pytest.raises(EditError):
        SetStatus(b, [], "confirmed").do(c)
    with pytest.raises(EditError):
        SetStatus(b, [6], "confirmed").do(c)
    with pytest.raises(EditError):
        SetStatus(b, [1], "maybe")


def test_replace_beads_and_undo_restores_ids_and_status(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    c.set_status([c.bead(b, 1).id], BeadStatus.CONFIRMED)
    before = c.beads(b)
    edit = ReplaceBeads(b, 1, 3, [BeadSpan(0, 2, 0, 1, 0.4), BeadSpan(2, 2, 1, 2, 0.1)],
                        src_offset=1, tgt_offset=1, label="Re-align 2-3")
    assert edit.do(c) == Change(b, 1, 2, 2)
    assert ranges(c, b)[1:3] == [(1, 3, 1, 2), (3, 3, 2, 3)]
    assert [x.score for x in c.beads(b)[1:3]] == [0.4, 0.1]
    assert statuses(c, b)[1:3] == ["auto", "auto"]
    assert_valid(c)
    edit.undo(c)
    assert c.beads(b) == before
    # whole-bitext replacement (last=None)
    whole = ReplaceBeads(b, 0, None, [BeadSpan(0, 3, 0, 2), BeadSpan(3, 6, 2, 6)])
    assert whole.do(c) == Change(b, 0, 6, 2)
    assert_valid(c)
    whole.undo(c)
    assert c.beads(b) == before


def test_replace_beads_refusals(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    before = c.beads(b)
    overlapping = ReplaceBeads(b, 1, 3, [BeadSpan(1, 2, 1, 2), BeadSpan(1, 3, 2, 3)])
    with pytest.raises(EditError, match="overlap"):
        overlapping.do(c)
    leaves_one_out = ReplaceBeads(b, 1, 3, [BeadSpan(1, 2, 1, 3)])
    with pytest.raises(EditError, match="source sentence 3 would not be in any bead"):
        leaves_one_out.do(c)
    past_neighbour = ReplaceBeads(b, 1, 3, [BeadSpan(1, 4, 1, 3)])
    with pytest.raises(EditError):
        past_neighbour.do(c)
    assert c.beads(b) == before


# --- segment edits ---------------------------------------------------------------------

def test_split_segment_keeps_every_bitext_consistent(s: Sample) -> None:
    c = s.corpus
    seg_id = s.seg_id(s.ar, 0)
    first_word = AR[0].index("المسافر")
    late_word = AR[0].index("الصباح")
    kept = c.add_entity(Entity(None, seg_id, first_word, first_word + len("المسافر"), "PER"))
    moved = c.add_entity(Entity(None, seg_id, late_word, late_word + len("الصباح"), "TIME"))
    before_segs, before_ents = segs(c, s.ar), c.entities()
    before_fr = c.beads(s.fr_b)
    cut = AR[0].index(" في")
    edit = SplitSegment(seg_id, cut)
    assert edit.do(c) == Change(None, doc_ids=frozenset({s.ar}))
    parts = c.segments(s.ar)
    assert len(parts) == 7
    assert parts[0].text == "وصل المسافر إلى المدينة"
    assert parts[1].text == "في الصباح."
    text = c.document(s.ar).text
    assert [text[p.start:p.end] for p in parts[:2]] == [parts[0].text, parts[1].text]
    assert ranges(c, s.en_b)[:2] == [(0, 2, 0, 1), (2, 3, 1, 2)]
    assert ranges(c, s.fr_b)[3] == (4, 6, 3, 4)
    assert c.bead_texts(s.en_b)[0] == (parts[0].text + " " + parts[1].text, EN[0])
    ents = {e.id: e for e in c.entities()}
    assert ents[kept].segment_id == seg_id
    assert parts[1].text[ents[moved].start:ents[moved].end] == "الصباح"
    assert ents[moved].segment_id == parts[1].id
    assert_valid(c)
    new_id = parts[1].id
    edit.undo(c)
    assert segs(c, s.ar) == before_segs
    assert c.entities() == before_ents
    assert ranges(c, s.en_b) == ONE_TO_ONE
    assert [(x.id, x.src_start, x.src_end, x.status) for x in c.beads(s.fr_b)] == \
        [(x.id, x.src_start, x.src_end, x.status) for x in before_fr]
    edit.do(c)
    assert c.segments(s.ar)[1].id == new_id  # redo keeps the id later edits may name
    assert_valid(c)


def test_split_segment_refusals(s: Sample) -> None:
    c = s.corpus
    seg_id = s.seg_id(s.ar, 0)
    at = AR[0].index("المدينة")
    c.add_entity(Entity(None, seg_id, at, at + len("المدينة"), "LOC"))
    before = segs(c, s.ar)
    with pytest.raises(EditError, match="entity"):
        SplitSegment(seg_id, at + 2).do(c)
    for offset in (0, len(AR[0]), -1, 500):
        with pytest.raises(EditError):
            SplitSegment(seg_id, offset).do(c)
    with pytest.raises(EditError):
        SplitSegment(99999, 3).do(c)
    assert segs(c, s.ar) == before


def test_merge_segments_needs_the_same_bead_everywhere(s: Sample) -> None:
    c = s.corpus
    third = s.seg_id(s.ar, 3)
    # AR 3 and 4 share a bead in ar-fr but not in ar-en
    with pytest.raises(EditError, match="different beads"):
        MergeSegments(third).do(c)
    with pytest.raises(EditError, match="last"):
        MergeSegments(s.seg_id(s.ar, 5)).do(c)
    history = History(c)
    history.do(MergeBeads(s.en_b, 3))
    fourth = s.seg_id(s.ar, 4)
    moon = AR[4].index("🌙")
    ent = c.add_entity(Entity(None, fourth, moon, moon + 1, "MISC"))
    before_segs, before_ents = segs(c, s.ar), c.entities()
    edit = MergeSegments(third)
    assert history.do(edit) == Change(None, doc_ids=frozenset({s.ar}))
    merged = c.segments(s.ar)
    assert len(merged) == 5
    assert merged[3].text == AR[3] + " " + AR[4]
    e = c.entities()[0]
    assert (e.id, e.segment_id) == (ent, third)
    assert merged[3].text[e.start:e.end] == "🌙"
    assert ranges(c, s.en_b)[3:] == [(3, 4, 3, 5), (4, 5, 5, 6)]
    assert ranges(c, s.fr_b)[3:] == [(3, 4, 3, 4), (4, 5, 4, 5)]
    assert_valid(c)
    history.undo()
    assert segs(c, s.ar) == before_segs
    assert c.entities() == before_ents
    assert_valid(c)
    history.undo()
    assert ranges(c, s.en_b) == ONE_TO_ONE
    history.redo()
    history.redo()
    assert c.segments(s.ar)[3].text == AR[3] + " " + AR[4]
    assert_valid(c)


def test_edit_segment_text(s: Sample) -> None:
    c = s.corpus
    seg_id = s.seg_id(s.en, 2)
    edit = EditSegmentText(seg_id, "He bought bread 🍞 and dates.")
    edit.do(c)
    assert c.segment(seg_id).text == "He bought bread 🍞 and dates."
    assert c.bead_texts(s.en_b)[2] == (AR[2], "He bought bread 🍞 and dates.")
    assert c.document(s.en).text == " ".join(EN)  # the original is never rewritten
    edit.undo(c)
    assert c.segment(seg_id).text == EN[2]
    edit.do(c)
    assert c.segment(seg_id).text == "He bought bread 🍞 and dates."
    c.add_entity(Entity(None, seg_id, 10, 15, "FOOD"))
    with pytest.raises(EditError, match="cuts through the entity 'bread'"):
        EditSegmentText(seg_id, "Short").do(c)


def test_edit_segment_text_refuses_an_empty_sentence(s: Sample) -> None:
    """Deleting a sentence's text in the editor and saving left an empty sentence in the
    bead (and empty segments in every export); merging or excluding is the way."""
    c = s.corpus
    seg_id = s.seg_id(s.ar, 1)
    for text in ("", " \n\u00a0"):
        with pytest.raises(EditError, match="empty"):
            EditSegmentText(seg_id, text).do(c)
    assert c.segment(seg_id).text == AR[1]


def test_set_excluded(s: Sample) -> None:
    c = s.corpus
    seg_id = s.seg_id(s.ar, 2)
    edit = SetExcluded(seg_id, True, "boilerplate")
    edit.do(c)
    assert (c.segment(seg_id).excluded, c.segment(seg_id).exclude_reason) == (True, "boilerplate")
    assert c.bead_texts(s.en_b)[2] == ("", EN[2])
    assert_valid(c)
    edit.undo(c)
    assert (c.segment(seg_id).excluded, c.segment(seg_id).exclude_reason) == (False, "")
    assert c.bead_texts(s.en_b)[2] == (AR[2], EN[2])


def test_including_a_sentence_no_bead_covers_goes_into_the_bead_drawing_it(s: Sample) -> None:
    # issue 12 item 13: this was refused ("not in any bead; re-align")
    c, b = s.corpus, s.en_b
    last = s.seg_id(s.ar, 5)
    SetExcluded(last, True, "footer").do(c)
    # re-align the end so the excluded sentence is left out of every bead of ar-en
    ReplaceBeads(b, 5, 6, [BeadSpan(0, 0, 0, 1)], src_offset=5, tgt_offset=5).do(c)
    SetStatus(b, [5], BeadStatus.CONFIRMED).do(c)
    assert ranges(c, b)[5] == (5, 5, 5, 6)
    before_en, before_fr = c.beads(b), c.beads(s.fr_b)
    h = History(c)
    h.do(SetExcluded(last, False))
    assert not c.segment(last).excluded
    assert ranges(c, b)[5] == (5, 6, 5, 6)  # the last bead, whose row draws it, takes it
    assert statuses(c, b)[5] == "auto"  # it pairs more text now: unconfirmed
    assert c.beads(s.fr_b) == before_fr  # ar-fr covered it already
    assert_valid(c)
    assert h.undo_label == "Include sentence"
    h.undo()
    assert c.segment(last).excluded and c.beads(b) == before_en
    assert_valid(c)
    h.redo()
    assert ranges(c, b)[5] == (5, 6, 5, 6) and not c.segment(last).excluded
    assert_valid(c)


def test_including_a_sentence_between_beads_goes_into_the_next_bead(s: Sample) -> None:
    c, b = s.corpus, s.en_b
    middle = s.seg_id(s.ar, 2)
    SetExcluded(middle, True, "repeated").do(c)
    # bead 3 re-aligned as 0-1, leaving Arabic sentence 3 in no bead: row 4 draws it
    ReplaceBeads(b, 2, 3, [BeadSpan(0, 0, 0, 1)], src_offset=2, tgt_offset=2).do(c)
    assert ranges(c, b)[2:4] == [(2, 2, 2, 3), (3, 4, 3, 4)]
    SetExcluded(middle, False).do(c)
    assert ranges(c, b)[2:4] == [(2, 2, 2, 3), (2, 4, 3, 4)]
    assert_valid(c)


# --- history, reopening, read-only ------------------------------------------------------

def test_history_labels_and_redo_branch(s: Sample) -> None:
    h = History(s.corpus)
    assert (h.can_undo, h.can_redo, h.undo_label, h.is_clean) == (False, False, "", True)
    h.do(MergeBeads(s.en_b, 0))
    h.do(ConfirmThrough(s.en_b, 1))
    assert h.undo_label == "Confirm beads 1-2" and not h.is_clean
    h.undo()
    assert h.redo_label == "Confirm beads 1-2" and h.can_redo
    h.undo()
    assert h.is_clean and h.undo() is None
    h.redo()
    h.do(InsertEmptyBead(s.en_b, 0))  # drops the redo branch
    assert not h.can_redo and h.redo() is None
    with pytest.raises(EditError):
        h.do(MergeBeads(s.en_b, 50))
    assert h.undo_label == "Insert empty bead at 1"  # a refused edit is not recorded


def test_undo_after_close_and_reopen(s: Sample) -> None:
    c = s.corpus
    start_beads = {b: ranges(c, b) for b in (s.en_b, s.fr_b)}
    start_segs = segs(c, s.ar)
    h = History(c)
    h.do(MergeBeads(s.en_b, 0))
    h.do(SplitSegment(s.seg_id(s.ar, 1), AR[1].index("مزدحما")))
    h.do(ShiftSentence(s.fr_b, 3, "src", "up"))
    h.do(SetExcluded(s.seg_id(s.ar, 0), True))
    end_beads = {b: ranges(c, b) for b in (s.en_b, s.fr_b)}
    end_segs = segs(c, s.ar)
    c.close()
    s.corpus = h.corpus = Corpus.open(s.path)
    while h.can_undo:
        h.undo()
    assert {b: ranges(s.corpus, b) for b in (s.en_b, s.fr_b)} == start_beads
    assert segs(s.corpus, s.ar) == start_segs
    s.corpus.close()
    s.corpus = h.corpus = Corpus.open(s.path)
    while h.can_redo:
        h.redo()
    assert {b: ranges(s.corpus, b) for b in (s.en_b, s.fr_b)} == end_beads
    assert segs(s.corpus, s.ar) == end_segs
    assert_valid(s.corpus)


def test_refused_edit_leaves_the_file_untouched(s: Sample) -> None:
    c = s.corpus
    before = (c.beads(s.en_b), c.beads(s.fr_b), segs(c, s.ar))
    for edit in [MergeBeads(s.en_b, 5), ShiftSentence(s.en_b, 0, "src", "up"),
                 DeleteEmptyBead(s.en_b, 0), MergeSegments(s.seg_id(s.ar, 3)),
                 SplitBead(s.fr_b, 0, 1, 1)]:
        with pytest.raises(EditError):
            edit.do(c)
    c.close()
    s.corpus = Corpus.open(s.path)
    assert (s.corpus.beads(s.en_b), s.corpus.beads(s.fr_b), segs(s.corpus, s.ar)) == before


def test_edits_on_a_read_only_corpus_raise_read_only(s: Sample) -> None:
    s.corpus.close()
    s.corpus = Corpus.open(s.path, read_only=True)
    with pytest.raises(ReadOnlyError):
        MergeBeads(s.en_b, 0).do(s.corpus)
    with pytest.raises(ReadOnlyError):
        EditSegmentText(s.seg_id(s.ar, 0), "x").do(s.corpus)
