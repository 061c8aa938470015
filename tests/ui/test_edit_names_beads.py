"""Undo/redo texts of bead and sentence edits in the Arabic interface: each core edit gives
a kind and its parameters (aligner.edits), the interface words them (ui.edit_names). The
expected texts are read from the shipped .qm, not from the code."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTranslator

from aligner import edits
from aligner.align.service import RealignBeads
from aligner.corpus import Corpus
from aligner.history import EditGroup
from tests.ui.conftest import ARABIC
from ui import i18n
from ui.edit_names import EditNames

from .conftest import open_window
from .helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture
def qm() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path("ar")))
    return translator


def _shipped(qm: QTranslator, source: str, **params) -> str:
    text = qm.translate("EditNames", source)
    assert text and ARABIC.search(text), source  # translated in the .qm
    return text.format(**params)


def test_every_bead_and_sentence_edit_has_an_arabic_text(arabic):
    bid = 1
    every = [edits.MergeBeads(bid, 0), edits.InsertEmptyBead(bid, 2), edits.SplitBead(bid, 1, 1, 1),
             edits.DeleteEmptyBead(bid, 3), edits.SetStatus(bid, [4], "confirmed"),
             edits.SetStatus(bid, [1, 2], "confirmed"), edits.SetStatus(bid, [0], "auto"),
             edits.SetStatus(bid, [0, 3], "auto"), edits.ConfirmThrough(bid, 6),
             RealignBeads(bid, 0, None, []), edits.SplitSegment(7, 3),
             edits.MergeSegments(7), edits.EditSegmentText(7, "x"), edits.SetExcluded(7, True),
             edits.SetExcluded(7, False),
             EditGroup("Edit and split sentence", [], kind="edit_split_sentence")]
    every += [edits.ShiftSentence(bid, 2, side, way) for side in edits.SIDES
              for way in edits.DIRECTIONS]
    names = EditNames()
    texts = [names.text(edit) for edit in every]
    for edit, text in zip(every, texts):
        assert edit.kind and ARABIC.search(text) and not LATIN.search(text), (edit, text)
        assert "{" not in text
    assert len(set(texts)) == len(texts)  # no two edits read alike (four shifts included)


def test_an_edit_with_no_kind_keeps_its_label(arabic):
    """History made before kinds existed, or a caller's own words, read as they were."""
    names = EditNames()
    assert names.text(edits.ReplaceBeads(1, 0, None, [], label="Apply hunalign")) == \
        "Apply hunalign"
    legacy = EditGroup("Accept 3 register proposals", [])
    assert names.text(legacy) == "Accept 3 register proposals"
    legacy.kind = "a-kind-from-a-later-version"
    assert names.text(legacy) == "Accept 3 register proposals"


def test_undo_after_merge_and_split_reads_in_arabic(arabic, qm, qtbot, shown, corpus_path):
    window = open_window(qtbot, corpus_path)
    undo, redo = window.actions["undo"], window.actions["redo"]
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)  # merge beads 2 and 3
    assert window.model.beads[1].kind == "2-2"
    merged = _shipped(qm, "Merge beads {first}-{second}", first=2, second=3)
    assert undo.text().endswith(merged) and not LATIN.search(undo.text())
    press(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)  # split bead 2 after 1-1
    assert window.model.beads[1].kind == "1-1"
    assert undo.text().endswith(_shipped(qm, "Split bead {bead}", bead=2))
    assert not LATIN.search(undo.text())
    window.session.undo()
    assert redo.text().endswith(_shipped(qm, "Split bead {bead}", bead=2))
    assert undo.text().endswith(merged)
    # a sentence split from the editor, then one with unsaved typing (a group)
    with Corpus.open(corpus_path, read_only=True) as c:
        seg = c.segments(c.documents()[0].id)[0]
    window.controller.split_segment(seg.id, seg.text.index("إلى"), seg.text)
    assert undo.text().endswith(_shipped(qm, "Split sentence"))
    first = window.session.corpus.segment(seg.id)
    window.controller.split_segment(seg.id, 3, "قال " + first.text)
    assert undo.text().endswith(_shipped(qm, "Edit and split sentence"))
    for action in (undo, redo):
        assert ARABIC.search(action.text()) and not LATIN.search(action.text())
    assert shown.errors == []


def test_english_interface_keeps_the_core_label(qtbot, shown, window):
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)
    assert window.actions["undo"].text().endswith("Merge beads 2-3")
