"""A long random run of what a translator does with the keyboard (shift, merge, split and
insert beads, confirm, edit/split/merge/exclude sentences in Arabic text holding a
character outside the BMP, filter, close and reopen), with undo and redo in bursts. After
every step the table must show exactly the corpus' beads and texts and the corpus must
pass its own check; at the end undoing everything gives back the file as it was, and
redoing gives back the last state."""
from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aligner.corpus import Corpus

from .conftest import AR, EN, SCORES, build_corpus
from .helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
KEYS = [("merge", Qt.Key.Key_Backspace, CTRL), ("src down", Qt.Key.Key_Down, CTRL),
        ("src up", Qt.Key.Key_Up, CTRL), ("tgt down", Qt.Key.Key_Down, CTRL | SHIFT),
        ("tgt up", Qt.Key.Key_Up, CTRL | SHIFT), ("insert", Qt.Key.Key_Return, CTRL),
        ("split bead", Qt.Key.Key_Return, CTRL | SHIFT), ("delete", Qt.Key.Key_Delete, CTRL),
        ("confirm", Qt.Key.Key_Space, NONE), ("through", Qt.Key.Key_Space, SHIFT),
        ("undo", Qt.Key.Key_Z, CTRL), ("undo", Qt.Key.Key_Z, CTRL),
        ("redo", Qt.Key.Key_Z, CTRL | SHIFT)]
SENTENCE_OPS = ["split", "merge", "edit", "edit and split", "exclude"]


def _snapshot(path):
    with Corpus.open(path, read_only=True) as corpus:
        bitext = corpus.bitexts()[0]
        return ([(b.id, b.src_start, b.src_end, b.tgt_start, b.tgt_end, b.status.value)
                 for b in corpus.beads(bitext.id)],
                [(s.id, s.text, s.excluded) for s in corpus.segments(bitext.src_doc_id)],
                [(s.id, s.text, s.excluded) for s in corpus.segments(bitext.tgt_doc_id)])


def _check_view(window):
    corpus, model = window.session.require(), window.model
    beads = corpus.beads(model.bitext_id)
    assert [(b.id, b.src_start, b.src_end, b.tgt_start, b.tgt_end, b.status) for b in model.beads] \
        == [(b.id, b.src_start, b.src_end, b.tgt_start, b.tgt_end, b.status) for b in beads]
    assert corpus.check() == []
    bitext = corpus.bitext(model.bitext_id)
    for column, doc_id, side in ((1, bitext.src_doc_id, "src"), (2, bitext.tgt_doc_id, "tgt")):
        segments = corpus.segments(doc_id)
        for row, bead in enumerate(beads):
            lo = 0 if row == 0 else getattr(beads[row - 1], f"{side}_end")
            hi = len(segments) if row == len(beads) - 1 else getattr(bead, f"{side}_end")
            assert model.side_text(row, column) == "\n".join(s.text for s in segments[lo:hi])
    assert window.overview._beads is model.beads


def _sentence_op(qtbot, window, rng, op):
    press(qtbot, window, Qt.Key.Key_F2)
    editor = window.segment_editor
    if editor.segments:
        editor.picker.setCurrentIndex(rng.randrange(len(editor.segments)))
        text = editor.text()
        if op in ("edit", "edit and split"):
            editor.editor.setPlainText(text + " و")
        if op in ("split", "edit and split"):
            editor.set_cursor_codepoint(rng.randrange(len(editor.text()) + 1))
        button = {"split": editor.split_button, "edit and split": editor.split_button,
                  "merge": editor.merge_button, "edit": editor.save_button}.get(op)
        if button is not None:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            editor.excluded.click()
    editor.hide()
    window.activateWindow()
    QApplication.processEvents()


@pytest.mark.parametrize("seed", [7, 14])
def test_random_edits_undo_and_redo_keep_view_and_corpus_in_step(qtbot, shown, tmp_path, seed):
    from ui.main_window import MainWindow

    ar = [s.replace("الوفد", "الوفد 𞸀") for s in AR]  # U+1EE00, outside the BMP
    path = build_corpus(tmp_path / "random.dragoman", ar, EN, SCORES)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.open_corpus(path)
    start = _snapshot(path)
    rng = random.Random(seed)
    for step in range(160):
        rows = window.model.rowCount()
        window.go_to_position(rng.randrange(rows), rng.choice([1, 2]))
        if rng.random() < 0.25:
            _sentence_op(qtbot, window, rng, rng.choice(SENTENCE_OPS))
        elif rng.random() < 0.05:
            window.set_filter(rng.choice([{}, {"status": "auto"}, {"score_max": 0.7}]))
        else:
            _, key, modifiers = rng.choice(KEYS)
            press(qtbot, window, key, modifiers)
        assert QApplication.activeWindow() is window
        _check_view(window)
        if step % 50 == 49:
            window.close_corpus()
            assert window.open_corpus(path)
            _check_view(window)
    end, history = _snapshot(path), window.session.history
    done = history.index
    assert done > 20  # the run did edit
    while history.can_undo:
        before = history.index
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
        assert history.index == before - 1
        _check_view(window)
    assert _snapshot(path) == start
    while history.index < done:
        before = history.index
        press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
        assert history.index == before + 1
        _check_view(window)
    assert _snapshot(path) == end
    assert not [e for e in shown.errors if e[0] == "Undo/redo failed"]
