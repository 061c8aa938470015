"""Find (plain/regex, either side; Arabic folded by aligner.text.fold) and filters."""
from __future__ import annotations

from PySide6.QtCore import Qt

from .helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier


def _find(qtbot, window, text: str, side: int = 0, regex: bool = False) -> int:
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible()
    bar.text.setText(text)
    bar.side.setCurrentIndex(side)
    bar.regex.setChecked(regex)
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    return window.current_position()


def test_find_arabic_ignores_diacritics_and_alef_forms(qtbot, window):
    window.go_to_position(4)
    # stored as اجتماعًا (with tanween) in bead 2; typed without the mark
    assert _find(qtbot, window, "اجتماعا") == 1
    # stored as وأعلن (alef with hamza) in bead 4; typed with a bare alef
    assert _find(qtbot, window, "واعلن", side=1) == 3
    assert window.find_bar.status.text() == ""


def test_find_plain_regex_and_sides(qtbot, window):
    window.go_to_position(0)
    assert _find(qtbot, window, "cooperation.*trade", side=2, regex=True) == 2
    window.go_to_position(0)
    assert _find(qtbot, window, "cairo", side=1) == 0  # only in the target: not found
    assert window.find_bar.status.text() == "not found"
    assert _find(qtbot, window, "CAIRO", side=2) == 0
    _find(qtbot, window, "([", regex=True)
    assert window.find_bar.status.text().startswith("bad pattern")


def test_find_next_wraps_around(qtbot, window):
    window.go_to_position(0)
    assert _find(qtbot, window, "delegation", side=2) == 4
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F3)
    assert window.current_position() == 0


def test_filter_by_status_type_and_score(qtbot, window):
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Space)  # confirm bead 2
    bar = window.filter_bar
    press(qtbot, window, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert bar.isVisible()
    bar.status.setCurrentIndex(2)  # confirmed
    bar.apply()
    assert window.proxy.rowCount() == 1
    assert window.proxy.mapToSource(window.proxy.index(0, 0)).row() == 1
    bar.status.setCurrentIndex(1)  # unconfirmed
    bar.score_min.setValue(0.5)
    bar.apply()
    rows = [window.proxy.mapToSource(window.proxy.index(r, 0)).row() for r in range(window.proxy.rowCount())]
    assert rows == [0, 3, 4]  # 0.9, 0.6, 0.95; 0.3 is too low, 0.8 is confirmed
    bar.clear()
    bar.kinds.setText("1-2, 2-1")
    bar.apply()
    assert window.proxy.rowCount() == 0
    bar.clear()
    assert window.view.model() is window.model  # no filter: no proxy in the way
    assert window.view.model().rowCount() == 5


def test_edit_through_a_filter_hits_the_right_bead(qtbot, window, corpus_path):
    window.set_filter({"score_max": 0.5})  # only bead 3 (score 0.3)
    assert window.proxy.rowCount() == 1
    window.view.setCurrentIndex(window.proxy.index(0, 1))
    press(qtbot, window, Qt.Key.Key_Space)
    from .helpers import beads_in_file

    assert [b[4] for b in beads_in_file(corpus_path)] == ["auto", "auto", "confirmed", "auto", "auto"]


def test_find_index_built_in_a_worker(qtbot, window, monkeypatch):
    """Large bitexts fold their texts for find in a worker first; the find then runs."""
    from ui.alignment import pane

    monkeypatch.setattr(pane, "FIND_INDEX_ABOVE", 0)
    window.go_to_position(0)
    window.find_bar.text.setText("واعلن")
    assert window.find(window.find_bar.query()) is None  # not yet: the worker is preparing
    qtbot.waitUntil(lambda: window.current_position() == 3, timeout=10000)
    assert window.model.find_index is not None
    assert len(window.model.find_index["src"]) == 5


def test_confirming_under_the_unconfirmed_filter_moves_on_down(qtbot, window, corpus_path):
    """The confirmed bead leaves the filtered list: the cursor goes to the bead that takes
    its place (the next one to review), not back up to one the user has not read yet."""
    from .helpers import beads_in_file

    window.set_filter({"status": "auto"})
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.current_position() == 2
    assert window.selected_positions() == [2]
    press(qtbot, window, Qt.Key.Key_Space)
    assert [b[4] for b in beads_in_file(corpus_path)] == ["auto", "confirmed", "confirmed", "auto", "auto"]
    assert window.current_position() == 3
    window.go_to_position(4)
    press(qtbot, window, Qt.Key.Key_Space)  # the last one shown: the cursor stays at the end
    assert window.current_position() == 3


def test_deleting_an_empty_bead_under_a_filter_moves_to_the_next_one(qtbot, window, corpus_path):
    from .helpers import beads_in_file

    window.go_to_position(3)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # an empty bead at 4 (score 0)
    window.set_filter({"score_max": 0.7})  # 0.3, the empty bead, 0.6
    assert [window.pane.source_row(r) for r in range(window.proxy.rowCount())] == [2, 3, 4]
    window.go_to_position(3)
    press(qtbot, window, Qt.Key.Key_Delete, CTRL)
    assert len(beads_in_file(corpus_path)) == 5
    assert window.current_position() == 3  # the 0.6 bead, which moved up into its place


def test_applying_a_filter_hands_the_keys_to_the_table(qtbot, window, corpus_path):
    """Bead keys work in the table only: after Apply (or Enter in the types field) the
    table has the focus, so Space confirms the bead at once."""
    from .helpers import beads_in_file

    press(qtbot, window, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    bar = window.filter_bar
    bar.kinds.setFocus()
    qtbot.keyClicks(bar.kinds, "1-1")
    qtbot.keyClick(bar.kinds, Qt.Key.Key_Return)
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert [b[4] for b in beads_in_file(corpus_path)][0] == "confirmed"


def test_find_index_follows_bead_edits_and_undo(qtbot, window, corpus_path, monkeypatch):
    """Bead edits (merge, split, shift, insert, delete, undo, at the ends too) keep the find
    index: it stays equal to one built afresh from the file, and find uses it at once."""
    from aligner.corpus import Corpus
    from aligner.review import build_find_index
    from ui.alignment import pane

    def fresh() -> dict[str, list[str]]:
        with Corpus.open(corpus_path, read_only=True) as corpus:
            bitext = corpus.bitext(window.model.bitext_id)
            return build_find_index(corpus.beads(bitext.id), corpus.segments(bitext.src_doc_id),
                                    corpus.segments(bitext.tgt_doc_id), window.model.show_excluded)

    def confirmed() -> int:
        with Corpus.open(corpus_path, read_only=True) as corpus:
            return sum(1 for b in corpus.beads(window.model.bitext_id) if b.status == "confirmed")

    monkeypatch.setattr(pane, "FIND_INDEX_ABOVE", 0)
    window.find_bar.text.setText("واعلن")
    window.find(window.find_bar.query())
    qtbot.waitUntil(lambda: window.model.find_index is not None, timeout=10000)
    index = window.model.find_index
    assert window.model.confirmed_count() == confirmed()
    steps = [(1, window.controller.toggle_confirm), (2, window.controller.toggle_confirm),
             (1, window.controller.merge_beads), (1, window.controller.split_bead),
             (0, window.controller.insert_bead), (0, window.controller.delete_bead),
             (3, lambda: window.controller.shift("tgt", "up")),
             (4, window.controller.insert_bead), (4, window.controller.merge_beads),
             (0, window.controller.merge_beads)]
    for row, step in steps:
        window.go_to_position(min(row, window.model.rowCount() - 1))
        step()
        assert window.model.find_index is index  # kept, not dropped
        assert index == fresh()
        assert window.model.confirmed_count() == confirmed()
    while window.session.history.can_undo:
        window.session.undo()
        assert index == fresh()
        assert window.model.confirmed_count() == confirmed()
    window.go_to_position(0)
    assert window.find(window.find_bar.query()) == 3  # at once: no worker this time
