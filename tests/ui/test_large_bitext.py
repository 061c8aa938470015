"""A bitext read lazily (as a large one is: the first screen's rows at open, the rest while
idle): edits, sentence edits and undo made while most rows are still unread leave the
table equal to a fresh read of the file, and the overview and counts follow once every
row is read. Small sizes stand in for 10^6 beads (chunk and threshold are lowered)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aligner.corpus import Corpus

from .conftest import AR, EN, build_corpus
from .helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier
N = 200  # beads


def _fresh(path):
    with Corpus.open(path, read_only=True) as corpus:
        bitext = corpus.bitexts()[0]
        return [(b.id, b.src_start, b.src_end, b.tgt_start, b.tgt_end, b.score, b.status,
                 b.changed_at) for b in corpus.beads(bitext.id)]


def _row(bead):
    return (bead.id, bead.src_start, bead.src_end, bead.tgt_start, bead.tgt_end, bead.score,
            bead.status, bead.changed_at)


@pytest.fixture
def lazy(monkeypatch):
    from aligner import bead_rows
    from ui.alignment import model

    monkeypatch.setattr(model, "READ_WHOLE_BELOW", 0)
    monkeypatch.setattr(model, "IDLE_AFTER_MS", 60_000)  # no idle reading unless asked
    monkeypatch.setattr(bead_rows, "CHUNK", 4)


def test_edits_while_rows_are_unread_match_a_fresh_read(qtbot, tmp_path, lazy):
    from ui.main_window import MainWindow

    path = build_corpus(tmp_path / "big.dragoman", AR * (N // 5), EN * (N // 5),
                        [round(0.1 + 0.02 * i, 2) for i in range(N)])
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 500)
    window.show()
    assert window.open_corpus(path)
    model = window.model
    assert model.rowCount() == N
    assert not model.beads.complete and model.confirmed_count() is None
    steps = [(20, lambda: press(qtbot, window, Qt.Key.Key_Backspace, CTRL)),   # merge
             (30, lambda: press(qtbot, window, Qt.Key.Key_Return, CTRL)),      # insert
             (30, lambda: press(qtbot, window, Qt.Key.Key_Delete, CTRL)),      # delete it
             (12, lambda: press(qtbot, window, Qt.Key.Key_Space)),             # confirm
             (25, lambda: window.controller.split_segment(
                 model.side_segments(25, 1)[0].id, 5, model.side_segments(25, 1)[0].text)),
             (33, lambda: press(qtbot, window, Qt.Key.Key_Down, CTRL)),        # shift a sentence
             (0, lambda: press(qtbot, window, Qt.Key.Key_Z, CTRL)),            # undo
             (0, lambda: press(qtbot, window, Qt.Key.Key_Z, CTRL))]
    for row, step in steps:
        window.go_to_position(row)
        step()
        fresh = _fresh(path)
        assert model.rowCount() == len(fresh)
        read = [r for r in range(len(fresh)) if model.beads.loaded[r]]
        assert 0 < len(read) < len(fresh)  # some rows read, some not: the lazy path is used
        assert [_row(model.beads.bead(r)) for r in read] == [fresh[r] for r in read]
    assert [_row(b) for b in model.beads] == _fresh(path)  # reading the rest agrees too
    assert model.confirmed_count() == sum(1 for b in _fresh(path) if b[6] == "confirmed")


def test_idle_reading_completes_and_the_overview_follows(qtbot, tmp_path, monkeypatch):
    from aligner import bead_rows
    from ui.alignment import model as model_module
    from ui.main_window import MainWindow

    monkeypatch.setattr(model_module, "READ_WHOLE_BELOW", 0)
    monkeypatch.setattr(model_module, "IDLE_AFTER_MS", 0)
    monkeypatch.setattr(bead_rows, "CHUNK", 4)
    path = build_corpus(tmp_path / "big.dragoman", AR * (N // 5), EN * (N // 5),
                        [0.5] * N)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_corpus(path)
    qtbot.waitUntil(lambda: window.model.beads.complete, timeout=10000)
    assert window.model.confirmed_count() == 0
    assert window.overview._beads is window.model.beads
    assert window.position_label.text().endswith("0 confirmed")
    # the overview's click finds the bead by its source position, over the columns
    assert window.overview.row_at(window.overview.width() - 1) == N - 1


def test_sentence_edits_refresh_their_rows_and_keep_the_find_index(qtbot, window, corpus_path,
                                                                     monkeypatch):
    """Split, edit, merge and exclude sentences (and undo them) with the find index built:
    the rows are refreshed where the sentence is (no row is read again elsewhere: every row
    stays read), the index is kept and equals one built afresh from the file."""
    from aligner.review import build_find_index
    from ui.alignment import pane

    def fresh_index():
        with Corpus.open(corpus_path, read_only=True) as corpus:
            bitext = corpus.bitext(window.model.bitext_id)
            return build_find_index(corpus.beads(bitext.id), corpus.segments(bitext.src_doc_id),
                                    corpus.segments(bitext.tgt_doc_id), window.model.show_excluded)

    monkeypatch.setattr(pane, "FIND_INDEX_ABOVE", 0)
    model = window.model
    window.find_bar.text.setText("واعلن")
    window.find(window.find_bar.query())
    qtbot.waitUntil(lambda: model.find_index is not None, timeout=10000)
    index = model.find_index
    controller = window.controller

    def first_id(row, column=1):
        return model.side_segments(row, column)[0].id

    steps = [lambda: controller.split_segment(first_id(1), 6, model.side_segments(1, 1)[0].text),
             lambda: controller.save_text(first_id(3, 2), "The spokesman said the talks went well."),
             lambda: controller.merge_segments(first_id(1)),
             lambda: controller.split_segment(first_id(2, 2), 9, model.side_segments(2, 2)[0].text),
             lambda: controller.set_excluded(first_id(4), True)]
    for step in steps:
        step()
        assert model.find_index is index and model.beads.complete
        assert index == fresh_index()
        assert [_row(b) for b in model.beads] == _fresh(corpus_path)
    while window.session.history.can_undo:
        window.session.undo()
        assert model.find_index is index and model.beads.complete
        assert index == fresh_index()
        assert [_row(b) for b in model.beads] == _fresh(corpus_path)
