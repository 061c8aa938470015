"""Undo/redo texts of entity edits in the Arabic interface: the core gives each entity
edit a kind and its parameters, the interface words them through tr() (ui.edit_names)."""
from __future__ import annotations

import re

from aligner.corpus import Corpus
from aligner.entities import edits as ee
from aligner.entities.labels import DEFAULT_LABELS
from aligner.entities.service import propagate
from tests.ui.conftest import ARABIC
from ui.edit_names import EditNames

from .conftest import open_window

ENGLISH = re.compile(r"\b(Tag|Relabel|Link|Unlink|Delete|Accept|Reject|Resize|Project|"
                     r"Suggest|Add|Change|entit|occurrences|suggestions?|labels?)\b")


def _edits(path) -> list:
    """One edit of each kind (never applied: only their texts are read)."""
    with Corpus.open(path, read_only=True) as c:
        text = c.segments(c.documents()[0].id)[0].text
    return [
        ee.EntityEdit("x", kind="tag", params={"text": text[:6], "label": "LOC"}),
        ee.relabel([1], "PER"), ee.relabel([1, 2], "ORG"), ee.link(1, 2), ee.unlink([1]),
        ee.unlink([1, 2]), ee.delete([1]), ee.delete([1, 2, 3]), ee.accept([1]),
        ee.accept([1, 2]), ee.reject([1]), ee.reject([4, 5]), ee.reshape(1, 0, 2),
        ee.SetLabels(DEFAULT_LABELS),
        ee.EntityEdit("x", kind="project", params={"n": 3, "lang": "ar"}),
        ee.EntityEdit("x", kind="suggest", params={"n": 3}),
        ee.EntityEdit("x", kind="add", params={"n": 3}),
        ee.EntityEdit("x", kind="propagate", params={"n": 3, "kept": 2, "total": 3})]


def test_every_entity_edit_kind_has_an_arabic_text(arabic, corpus_path):
    names = EditNames()
    for edit in _edits(corpus_path):
        text = names.text(edit)
        assert ARABIC.search(text) and not ENGLISH.search(text), (edit.kind, text)
        assert "{" not in text  # every parameter filled


def test_the_undo_entry_of_a_tag_reads_in_arabic(arabic, qtbot, shown, corpus_path):
    window = open_window(qtbot, corpus_path)
    with Corpus.open(corpus_path, read_only=True) as c:
        seg = c.segments(c.documents()[0].id)[0]
    assert window.apply_edit(ee.tag(window.session.corpus, seg.id, 0, 3, "LOC"))
    undo = window.actions["undo"].text()
    assert ARABIC.search(undo) and not ENGLISH.search(undo) and "LOC" in undo
    assert window.apply_edit(propagate(window.session.corpus).edit or ee.relabel(
        [window.session.corpus.entities()[0].id], "PER"))
    undo = window.actions["undo"].text()
    assert ARABIC.search(undo) and not ENGLISH.search(undo)
    window.session.undo()
    redo = window.actions["redo"].text()
    assert ARABIC.search(redo) and not ENGLISH.search(redo)


def test_english_interface_keeps_the_core_label(qtbot, shown, corpus_path):
    window = open_window(qtbot, corpus_path)
    with Corpus.open(corpus_path, read_only=True) as c:
        seg = c.segments(c.documents()[0].id)[0]
    edit = ee.tag(window.session.corpus, seg.id, 0, 3, "LOC")
    assert window.apply_edit(edit)
    assert window.actions["undo"].text().endswith(edit.label)
