"""The editor for a working day (issue 13): whole beads with their sentences told apart,
find highlights, the right-click menu, double-click to edit, the cursor after an edit,
and a window that says its state honestly."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from aligner.edits import MergeBeads, SetStatus
from aligner.model import BeadStatus
from aligner.review import Query

from .helpers import beads_in_file, press

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _height(window, row: int, column: int) -> int:
    option = QStyleOptionViewItem()
    window.view.initViewItemOption(option)
    return window.view.delegate.cell_height(option, window.model.index(row, column),
                                            window.view.columnWidth(column) - 1)


def test_a_merged_bead_shows_every_sentence_and_the_gap_between_them(qtbot, window):
    single = _height(window, 0, 2)
    window.apply_edit(MergeBeads(window.model.bitext_id, 0))
    window.apply_edit(MergeBeads(window.model.bitext_id, 0))
    window.view.fit_visible_rows()
    merged = _height(window, 0, 2)
    # three English sentences, each at least a line, plus two sentence gaps: never cut
    assert merged >= 3 * window.view.fontMetrics().height() + 2 * 3
    assert merged > 2 * single
    assert window.view.verticalHeader().sectionSize(0) >= merged


def test_find_highlights_matches_in_both_scripts(qtbot, window):
    pane = window.pane
    pane.find(Query("القاهرة"))
    segment = window.model.side_segments(0, 1)[0]
    spans = [(s, e) for s, e, _ in pane._find_matches(segment, 1)]
    assert [segment.text[s:e] for s, e in spans] == ["القاهرة"]
    assert pane._find_matches(window.model.side_segments(0, 2)[0], 2) == []  # not in English
    pane.find(Query("cairo"))
    english = window.model.side_segments(0, 2)[0]
    assert [english.text[s:e] for s, e, _ in pane._find_matches(english, 2)] == ["Cairo"]
    window.find_bar.close_bar()
    assert pane._find_matches(english, 2) == []


def test_the_highlight_is_painted(qtbot, window):
    """The cell with a match differs from the same cell painted without it."""
    window.go_to_position(4)
    rect = window.view.visualRect(window.model.index(0, 2))
    before = window.view.viewport().grab(rect).toImage()
    window.pane.find(Query("cairo"))
    qtbot.wait(50)
    window.go_to_position(4)
    qtbot.wait(50)
    after = window.view.viewport().grab(rect).toImage()
    assert before != after


def test_right_click_menu_offers_bead_and_sentence_actions_with_their_keys(qtbot, window):
    menu = window.view.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert any("Merge" in t for t in texts) and any("Edit" in t or "sentence" in t.lower()
                                                       for t in texts)
    keyed = [a for a in menu.actions() if not a.isSeparator() and not a.shortcut().isEmpty()]
    assert len(keyed) >= 8


def test_double_click_edits_the_sentence_under_the_mouse(qtbot, window):
    window.apply_edit(MergeBeads(window.model.bitext_id, 2))  # bead 3 is now 2-2
    window.view.fit_visible_rows()
    index = window.model.index(2, 2)
    rect = window.view.visualRect(index)
    point = QPoint(rect.center().x(), rect.bottom() - 6)  # the second English sentence
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.segment_editor.isVisible()
    assert window.segment_editor.text().startswith("The spokesman")


def test_insert_then_delete_removes_the_bead_just_inserted(qtbot, window, corpus_path):
    before = beads_in_file(corpus_path)
    window.go_to_position(2)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert len(beads_in_file(corpus_path)) == len(before) + 1
    assert window.current_position() == 2 and window.model.beads[2].kind == "0-0"
    press(qtbot, window, Qt.Key.Key_Delete, CTRL)
    assert beads_in_file(corpus_path) == before


def test_after_merge_and_split_the_cursor_is_on_the_new_bead(qtbot, window):
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)
    assert window.current_position() == 1 and window.model.beads[1].kind == "2-2"
    press(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)
    assert window.current_position() == 2 and window.model.beads[2].kind == "1-1"


def test_splitting_a_sentence_of_a_confirmed_bead_unconfirms_it_undoably(qtbot, window, corpus_path):
    window.apply_edit(SetStatus(window.model.bitext_id, [1], BeadStatus.CONFIRMED))
    segment = window.model.side_segments(1, 1)[0]
    window.controller.split_segment(segment.id, segment.text.index("اجتماع"), segment.text)
    assert beads_in_file(corpus_path)[1][4] == "auto"
    window.session.undo()
    assert beads_in_file(corpus_path)[1][4] == "confirmed"


def test_the_window_says_every_edit_is_saved_and_shows_language_pairs(qtbot, window):
    window.apply_edit(MergeBeads(window.model.bitext_id, 0))
    assert "*" not in window.windowTitle()
    assert window.saved_label.text() == "all changes saved"
    bitext_item = window.browser.topLevelItem(1).child(0)
    assert bitext_item.text(2) == "ar → en"
    assert window.browser.topLevelItem(0).child(0).text(2) == "ar"
    assert window.browser.topLevelItem(0).child(0).text(1) == ""  # no language under "Done"


def test_a_screenshot_is_scrolled_to_the_bead_asked_for(qtbot, shown, tmp_path):
    from tests.ui.conftest import build_corpus
    from ui.app import screenshot
    from ui.main_window import MainWindow

    many = [f"الجملة رقم {i} في النص." for i in range(60)]
    english = [f"Sentence number {i} of the text." for i in range(60)]
    path = build_corpus(tmp_path / "long.dragoman", many, english, [0.9] * 60)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_corpus(path, read_only=True)
    screenshot(win, tmp_path / "shot.png", size=(1000, 500), position=49)
    top, bottom = win.view.rowAt(0), win.view.rowAt(win.view.viewport().height() - 1)
    assert top <= 49 <= (bottom if bottom >= 0 else 59)
    assert win.current_position() == 49


def test_size_docks_and_splitter_come_back_in_a_new_window(qtbot, shown):
    from ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width() + 5, first.minimumSizeHint().height() + 23)
    size = (first.width(), first.height())
    first.pane.splitter.setSizes([300, 150])
    sizes = first.pane.splitter.sizes()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert second.pane.splitter.sizes() == sizes


def test_the_status_bar_stays_on_a_1366x768_screen(qtbot, shown, corpus_path):
    """The window fits a small laptop screen (panel and task bar take ~40 px): its
    smallest size leaves the status bar visible."""
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.open_corpus(corpus_path)
    win.show()
    hint = win.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    win.resize(1366, 728)
    qtbot.wait(20)
    bar = win.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() <= win.height()
    assert win.position_label.isVisible()


def test_the_type_leaves_out_excluded_sentences(qtbot, window, corpus_path):
    from aligner.edits import SetExcluded

    window.apply_edit(MergeBeads(window.model.bitext_id, 0))
    window.apply_edit(MergeBeads(window.model.bitext_id, 0))  # bead 1 is 3-3
    segment = window.model.side_segments(0, 1)[1]
    window.apply_edit(SetExcluded(segment.id, True))
    assert window.model.beads[0].kind == "3-3"  # the stored ranges
    assert window.model.data(window.model.index(0, 0)).split("\n")[0] == "2-3"
    window.go_to_position(0)
    assert "type 2-3" in window.details.toPlainText()


def test_an_outside_change_while_closed_drops_the_undo_history(qtbot, window, corpus_path, shown):
    from aligner.corpus import Corpus

    window.apply_edit(MergeBeads(window.model.bitext_id, 0))
    window.close_corpus()
    window.open_corpus(corpus_path)  # nothing changed meanwhile: the history stays
    assert window.actions["undo"].isEnabled() and shown.infos == []
    window.close_corpus()
    with Corpus.open(corpus_path) as corpus:  # another program confirms a bead
        bitext = corpus.bitexts()[0].id
        corpus.set_status([corpus.beads(bitext)[2].id], BeadStatus.CONFIRMED)
    window.open_corpus(corpus_path)
    assert not window.actions["undo"].isEnabled()
    assert len(shown.infos) == 1 and "changed by another program" in shown.infos[0][1]
