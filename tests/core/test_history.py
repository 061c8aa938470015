"""The one undo history (aligner.history): composite edits done and undone as one step,
all or nothing, with the changes views need in the order they happened."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.edits import (Change, EditError, EditSegmentText, MergeBeads, SetStatus,
                           SplitSegment)
from aligner.history import EditGroup, History
from aligner.model import BeadStatus

from .test_edits import AR, Sample, assert_valid, ranges, s, segs  # noqa: F401 - fixture


def test_a_group_is_one_step_undone_in_reverse(s: Sample) -> None:
    c = s.corpus
    before_segs, before_beads = segs(c, s.ar), ranges(c, s.en_b)
    seg = s.seg_id(s.ar, 1)
    typed = "كان السوق القديم مزدحما بالناس."
    h = History(c)
    change = h.do_group("Edit and split sentence",
                        [EditSegmentText(seg, typed), SplitSegment(seg, typed.index("مزدحما"))])
    assert [x.text for x in c.segments(s.ar)][1:3] == ["كان السوق القديم", "مزدحما بالناس."]
    assert len(h) == 1 and h.undo_label == "Edit and split sentence"
    assert [p.doc_ids for p in change.steps()] == [frozenset({s.ar})] * 2
    h.undo()
    assert segs(c, s.ar) == before_segs and ranges(c, s.en_b) == before_beads
    h.redo()
    assert [x.text for x in c.segments(s.ar)][1:3] == ["كان السوق القديم", "مزدحما بالناس."]
    assert_valid(c)


def test_a_refused_part_leaves_nothing_of_the_group(s: Sample) -> None:
    """The text is saved, then the split is refused: the saved text goes back too and the
    history records nothing (a half-done group would be a step the user never made)."""
    c = s.corpus
    before = segs(c, s.ar)
    seg = s.seg_id(s.ar, 1)
    h = History(c)
    with pytest.raises(EditError, match="both parts"):
        h.do_group("Edit and split sentence",
                   [EditSegmentText(seg, "كان السوق مزدحما."), SplitSegment(seg, 0)])
    assert segs(c, s.ar) == before
    assert len(h) == 0 and not h.can_undo and h.is_clean


def test_group_changes_name_each_bitext_in_order(s: Sample) -> None:
    c = s.corpus
    h = History(c)
    change = h.do(EditGroup("Merge and confirm",
                            [MergeBeads(s.en_b, 0), SetStatus(s.fr_b, [2], BeadStatus.CONFIRMED)]))
    assert change.steps() == (Change(s.en_b, 0, 2, 1), Change(s.fr_b, 2, 1, 1))
    undone = h.undo()
    assert undone is not None
    assert undone.steps() == (Change(s.fr_b, 2, 1, 1), Change(s.en_b, 0, 1, 2))
    assert ranges(c, s.en_b)[0] == (0, 1, 0, 1)


def test_a_failed_undo_leaves_history_and_file_as_they_were(s: Sample, tmp_path: Path) -> None:
    """Another program changed the file while it was closed: the undo fails, nothing of the
    group is undone, and the history still stands where it was (the GUI then clears it)."""
    c = s.corpus
    h = History(c)
    h.do(EditGroup("Merge twice", [MergeBeads(s.en_b, 0), MergeBeads(s.en_b, 2)]))
    c.close()
    with Corpus.open(s.path) as other:  # empties the file's bitext behind our back
        other.replace_beads(s.en_b, [])
    s.corpus = h.corpus = Corpus.open(s.path)
    with pytest.raises(EditError):
        h.undo()
    assert h.index == 1 and h.can_undo and ranges(s.corpus, s.en_b) == []


def test_history_without_a_corpus_refuses(s: Sample) -> None:
    h = History()
    with pytest.raises(EditError, match="no corpus"):
        h.do(MergeBeads(s.en_b, 0))
    assert len(h) == 0 and AR  # the sample texts are the ones test_edits writes
