"""Every editing action driven through the real window (key presses on the view), then
undo and redo, each checked in the corpus file opened separately."""
from __future__ import annotations

from PySide6.QtCore import Qt

from .helpers import beads_in_file, press, segment_texts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ONE_TO_ONE = [(i, i + 1, i, i + 1, "auto") for i in range(5)]


def test_merge_with_next_then_undo_and_redo(qtbot, window, corpus_path, shown):
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)
    merged = [ONE_TO_ONE[0], (1, 3, 1, 3, "auto"), *ONE_TO_ONE[3:]]
    assert beads_in_file(corpus_path) == merged
    assert window.model.rowCount() == 4
    assert window.model.beads[1].kind == "2-2"
    assert not window.session.history.is_clean
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert beads_in_file(corpus_path) == ONE_TO_ONE
    assert window.model.rowCount() == 5
    assert window.session.history.is_clean
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert beads_in_file(corpus_path) == merged
    assert shown.errors == []


def test_shift_source_down_and_target_up(qtbot, window, corpus_path, shown):
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Down, CTRL)  # last source sentence of bead 2 goes down
    beads = beads_in_file(corpus_path)
    assert beads[1][:4] == (1, 1, 1, 2)  # source side now empty: a 0-1 bead
    assert beads[2][:4] == (1, 3, 2, 3)
    assert window.model.data(window.model.index(1, 0)).split("\n")[0].endswith("0-1")
    assert window.model.side_text(1, 1) == ""
    window.go_to_position(2)
    press(qtbot, window, Qt.Key.Key_Up, CTRL | SHIFT)  # first target sentence of bead 3 up
    beads = beads_in_file(corpus_path)
    assert beads[1][:4] == (1, 1, 1, 3)
    assert beads[2][:4] == (1, 3, 3, 3)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert beads_in_file(corpus_path) == ONE_TO_ONE
    assert shown.errors == []


def test_shift_refused_at_the_end_is_explained(qtbot, window, corpus_path, shown):
    window.go_to_position(4)
    press(qtbot, window, Qt.Key.Key_Down, CTRL)  # nothing below the last bead
    assert beads_in_file(corpus_path) == ONE_TO_ONE
    assert len(shown.errors) == 1
    assert not window.actions["undo"].isEnabled()


def test_insert_and_delete_empty_bead(qtbot, window, corpus_path):
    window.go_to_position(2)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    beads = beads_in_file(corpus_path)
    assert len(beads) == 6 and beads[2][:4] == (2, 2, 2, 2)
    assert window.model.rowCount() == 6
    window.go_to_position(2)
    press(qtbot, window, Qt.Key.Key_Delete, CTRL)
    assert beads_in_file(corpus_path) == ONE_TO_ONE
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(beads_in_file(corpus_path)) == 6


def test_confirm_toggle_and_confirm_through(qtbot, window, corpus_path):
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Space)
    assert [b[4] for b in beads_in_file(corpus_path)] == ["auto", "confirmed", "auto", "auto", "auto"]
    assert window.model.data(window.model.index(1, 0)).startswith("✓")
    press(qtbot, window, Qt.Key.Key_Space)
    assert [b[4] for b in beads_in_file(corpus_path)] == ["auto"] * 5
    window.go_to_position(3)
    press(qtbot, window, Qt.Key.Key_Space, SHIFT)
    assert [b[4] for b in beads_in_file(corpus_path)] == ["confirmed"] * 4 + ["auto"]
    assert window.browser.topLevelItem(1).child(0).text(1) == "4/5"
    assert window.position_label.text().endswith("4 confirmed")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [b[4] for b in beads_in_file(corpus_path)] == ["auto"] * 5
    assert window.position_label.text().endswith("0 confirmed")
    assert window.browser.topLevelItem(1).child(0).text(1) == "0/5"


def test_undo_survives_closing_and_reopening(qtbot, window, corpus_path):
    window.go_to_position(0)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)
    assert len(beads_in_file(corpus_path)) == 4
    window.close_corpus()
    assert not window.actions["undo"].isEnabled()
    assert window.open_corpus(corpus_path)
    assert window.actions["undo"].isEnabled()
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert beads_in_file(corpus_path) == ONE_TO_ONE
    assert window.model.rowCount() == 5


def _open_editor(qtbot, window, row: int, column: int):
    window.go_to_position(row, column)
    press(qtbot, window, Qt.Key.Key_F2)
    editor = window.segment_editor
    assert editor.isVisible()
    return editor


def test_split_at_cursor_counts_code_points_not_utf16(qtbot, window, corpus_path):
    editor = _open_editor(qtbot, window, 2, 2)  # target side of bead 3 holds 😀 (non-BMP)
    text = editor.editor.toPlainText()
    assert text == "The two sides discussed economic cooperation 😀 and trade."
    cursor = editor.editor.textCursor()
    qt_position = len(text[:text.index("and trade")].encode("utf-16-le")) // 2
    cursor.setPosition(qt_position)  # Qt counts the emoji as two units
    editor.editor.setTextCursor(cursor)
    qtbot.mouseClick(editor.split_button, Qt.MouseButton.LeftButton)
    texts = segment_texts(corpus_path, "tgt")
    assert texts[2] == "The two sides discussed economic cooperation 😀"
    assert texts[3] == "and trade."
    assert beads_in_file(corpus_path)[2][:4] == (2, 3, 2, 4)  # both halves stay in bead 3
    assert window.model.side_text(2, 2) == "The two sides discussed economic cooperation 😀\nand trade."
    # merge them back from the editor, then undo the merge and the split
    editor.picker.setCurrentIndex(0)
    qtbot.mouseClick(editor.merge_button, Qt.MouseButton.LeftButton)
    assert segment_texts(corpus_path, "tgt")[2] == "The two sides discussed economic cooperation 😀 and trade."
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(segment_texts(corpus_path, "tgt")) == 6
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert segment_texts(corpus_path, "tgt")[2] == "The two sides discussed economic cooperation 😀 and trade."
    assert beads_in_file(corpus_path) == ONE_TO_ONE


def test_edit_arabic_text_and_undo(qtbot, window, corpus_path):
    editor = _open_editor(qtbot, window, 0, 1)
    assert editor.editor.toPlainText() == "وصل الوفد إلى القاهرة صباح الاثنين."
    editor.editor.setPlainText("وصل الوفد إلى القاهرة مساء الاثنين.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert segment_texts(corpus_path, "src")[0] == "وصل الوفد إلى القاهرة مساء الاثنين."
    assert window.model.side_text(0, 1) == "وصل الوفد إلى القاهرة مساء الاثنين."
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert segment_texts(corpus_path, "src")[0] == "وصل الوفد إلى القاهرة صباح الاثنين."


def test_exclude_sentence_and_hide_excluded(qtbot, window, corpus_path):
    editor = _open_editor(qtbot, window, 4, 2)
    editor.excluded.setChecked(True)
    from aligner.corpus import Corpus

    with Corpus.open(corpus_path, read_only=True) as corpus:
        tgt = corpus.segments(corpus.bitexts()[0].tgt_doc_id)
        assert tgt[4].excluded and not tgt[3].excluded
    assert window.model.side_text(4, 2) == "The delegation is scheduled to return on Thursday."
    window.actions["toggle_excluded"].trigger()  # hide excluded sentences
    assert window.model.side_text(4, 2) == ""
    window.actions["toggle_excluded"].trigger()
    assert window.model.side_text(4, 2) != ""


def test_split_bead_after_first_sentences(qtbot, window, corpus_path):
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)  # a 2-2 bead
    press(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)  # split it back into 1-1 + 1-1
    assert [b[:4] for b in beads_in_file(corpus_path)] == [b[:4] for b in ONE_TO_ONE]
    assert window.model.rowCount() == 5


def test_edits_update_only_the_rows_they_touch(qtbot, window):
    model = window.model
    window.go_to_position(1)
    with qtbot.assertNotEmitted(model.modelReset), \
            qtbot.waitSignal(model.rowsRemoved, timeout=1000) as removed:
        press(qtbot, window, Qt.Key.Key_Backspace, CTRL)
    assert removed.args[1:] == [2, 2]  # merge 2+3: one row goes, at 2
    with qtbot.assertNotEmitted(model.modelReset), \
            qtbot.waitSignal(model.rowsInserted, timeout=1000) as inserted:
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert inserted.args[1:] == [2, 2]
    with qtbot.assertNotEmitted(model.modelReset), \
            qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        press(qtbot, window, Qt.Key.Key_Space)
    assert (changed.args[0].row(), changed.args[1].row()) == (1, 1)


def test_undo_is_off_while_the_corpus_is_read_only(qtbot, window, corpus_path, shown):
    """Reopened read-only (another writer holds the lock), the history cannot be replayed:
    undo is disabled instead of failing and leaving the stack out of step with the file."""
    from aligner.corpus import Corpus

    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)
    merged = beads_in_file(corpus_path)
    window.close_corpus()
    with Corpus.open(corpus_path):  # another Dragoman is writing it
        shown.answer = True  # "open it read-only?"
        assert window.open_corpus(corpus_path) and window.session.read_only
        assert not window.actions["undo"].isEnabled()
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
        assert shown.errors == [] and beads_in_file(corpus_path) == merged
        window.close_corpus()
    assert window.open_corpus(corpus_path) and not window.session.read_only
    assert window.actions["undo"].isEnabled() and not window.actions["redo"].isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert beads_in_file(corpus_path) == ONE_TO_ONE and window.model.rowCount() == 5
    assert shown.errors == []


def test_no_undo_or_edit_while_a_job_holds_the_corpus(qtbot, window, corpus_path, shown):
    """An import borrows the writer lock; keys pressed before its progress dialog shows
    must not run (or half-run) an undo against the closed corpus."""
    from pathlib import Path

    from ui.dialogs.import_dialog import ImportRequest

    samples = Path(__file__).resolve().parents[2] / "samples"
    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)
    merged = beads_in_file(corpus_path)
    task = window.start_import(ImportRequest(
        paths=[str(samples / "briefing_ar.txt"), str(samples / "briefing_fr.txt")]))
    assert not window.actions["undo"].isEnabled()
    assert not window.actions["merge_beads"].isEnabled()
    window.actions["undo"].trigger()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["done"] and shown.errors == []
    window.open_bitext(window.session.require().bitexts()[0].id)
    assert beads_in_file(corpus_path) == merged
    assert window.actions["undo"].isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert beads_in_file(corpus_path) == ONE_TO_ONE and shown.errors == []


def test_include_puts_the_sentence_into_the_bead_drawing_it(qtbot, shown, tmp_path):
    """Including boilerplate that no bead covers (issue 12 item 13: it was refused, "not
    in any bead"): it joins the bead whose row shows it, as one undoable edit."""
    from aligner.corpus import Corpus
    from aligner.model import BeadSpan
    from ui.main_window import MainWindow

    from .conftest import AR, EN, make_document

    path = tmp_path / "boiler.dragoman"
    with Corpus.create(path) as corpus:
        src_doc, src_segs = make_document("ar", AR[:2], "ar")
        tgt_doc, tgt_segs = make_document("en", [EN[0], "Share this article", EN[1]], "en")
        tgt_segs[1].excluded = True
        s, t = corpus.add_document(src_doc, src_segs), corpus.add_document(tgt_doc, tgt_segs)
        corpus.replace_beads(corpus.add_bitext(s, t), [BeadSpan(0, 1, 0, 1, 0.9),
                                                       BeadSpan(1, 2, 2, 3, 0.9)])
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_corpus(path)
    before = beads_in_file(path)
    window.go_to_position(1, 2)
    window.edit_segment()
    editor = window.segment_editor
    assert editor.current_segment().text == "Share this article"
    assert editor.excluded.isChecked()
    editor.excluded.click()  # include it
    assert shown.errors == []
    assert [b[:4] for b in beads_in_file(path)] == [(0, 1, 0, 1), (1, 2, 1, 3)]
    assert not editor.excluded.isChecked()
    assert window.actions["undo"].isEnabled()
    window.actions["undo"].trigger()
    assert beads_in_file(path) == before and shown.errors == []


def test_undo_of_an_edit_in_another_bitext_shows_that_bitext(qtbot, shown, tmp_path):
    """ar-en and ar-fr share one undo history: undoing an ar-en edit while ar-fr is shown
    brings ar-en back into view at the bead, with its progress updated (it stayed stale)."""
    from pathlib import Path

    from aligner.align.service import align_bitext
    from aligner.corpus import Corpus
    from aligner.importer import import_files
    from ui.main_window import MainWindow

    samples = Path(__file__).resolve().parents[2] / "samples"
    path = tmp_path / "two.dragoman"
    with Corpus.create(path) as corpus:
        for other in ("en", "fr"):
            for bitext_id in import_files(corpus, [samples / "briefing_ar.txt",
                                                   samples / f"briefing_{other}.txt"]).bitext_ids:
                align_bitext(corpus, bitext_id)
        ar_en, ar_fr = [b.id for b in corpus.bitexts()]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.open_corpus(path)
    window.open_bitext(ar_en)
    total = window.model.rowCount()
    window.go_to_position(3)
    press(qtbot, window, Qt.Key.Key_Space, SHIFT)  # confirm beads 1-4 of ar-en
    window.open_bitext(ar_fr)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.model.bitext_id == ar_en
    assert window.current_position() == 0
    assert [b.status.value for b in window.model.beads[:4]] == ["auto"] * 4
    item = window.browser.topLevelItem(1).child(0)
    assert item.text(1) == f"0/{total}"
    assert shown.errors == []


def test_editor_keeps_no_break_spaces(qtbot, shown, tmp_path):
    """French puts a no-break space before : ; ! ? and inside « »; QPlainTextEdit's
    toPlainText() turns them into plain spaces, so a split (or a save) rewrote them."""
    from ui.main_window import MainWindow

    from .conftest import AR, build_corpus

    french = ["Le porte-parole a déclaré\u00a0: «\u00a0les entretiens ont été fructueux\u00a0».",
              "La délégation est arrivée au Caire lundi matin\u00a0!"]
    path = build_corpus(tmp_path / "fr.dragoman", AR[:2], french, [0.9, 0.9])
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_corpus(path)
    window.go_to_position(0, 2)
    window.edit_segment()
    editor = window.segment_editor
    editor.set_cursor_codepoint(french[0].index("«"))
    qtbot.mouseClick(editor.split_button, Qt.MouseButton.LeftButton)
    assert segment_texts(path, "tgt") == ["Le porte-parole a déclaré\u00a0:",
                                          "«\u00a0les entretiens ont été fructueux\u00a0».",
                                          french[1]]
    assert window.session.history.labels() == ["Split sentence"]  # not "Edit and split"
    editor.picker.setCurrentIndex(1)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # nothing was typed
    assert len(window.session.history) == 1
    assert shown.errors == []


def test_history_of_a_deleted_corpus_is_not_replayed_on_a_new_one(qtbot, window, corpus_path, shown):
    """Undo is kept per corpus path for the run; a new corpus made under the same name
    (the old file deleted) must not get the old file's history."""
    from .conftest import build_corpus

    window.go_to_position(1)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)
    window.close_corpus()
    corpus_path.unlink()
    build_corpus(corpus_path)  # same texts, same ids: the old undo would apply silently
    assert window.open_corpus(corpus_path)
    assert not window.actions["undo"].isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert beads_in_file(corpus_path) == ONE_TO_ONE
    assert shown.errors == []


def test_a_failed_undo_drops_the_history_it_no_longer_matches(qtbot, window, corpus_path, shown):
    """The file was changed elsewhere while closed (another Dragoman moved the half of a
    split sentence to the next bead): undoing the split fails. The history no longer
    matches the file, so it is dropped, and said so, rather than left offering a
    redo of an edit that was never undone."""
    from aligner.corpus import Corpus
    from aligner.edits import ShiftSentence

    editor = _open_editor(qtbot, window, 0, 1)
    editor.set_cursor_codepoint(editor.text().index("القاهرة"))
    qtbot.mouseClick(editor.split_button, Qt.MouseButton.LeftButton)
    editor.hide()
    assert beads_in_file(corpus_path)[0][:4] == (0, 2, 0, 1)
    window.close_corpus()
    import sqlite3

    def counted() -> str:
        with sqlite3.connect(corpus_path) as db:
            return db.execute("SELECT value FROM meta WHERE key = 'edits'").fetchone()[0]

    before = counted()
    with Corpus.open(corpus_path) as other:
        ShiftSentence(other.bitexts()[0].id, 0, "src", "down").do(other)
    # a program that writes the file without counting its change (the reopen check, which
    # catches Dragoman's own writers, cannot see it): only the failing undo tells
    with sqlite3.connect(corpus_path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'edits'", (before,))
    assert window.open_corpus(corpus_path)
    window.actions["undo"].trigger()  # Edit > Undo
    qtbot.waitUntil(lambda: len(window.session.history) == 0, timeout=2000)
    assert len(shown.errors) == 1 and "history" in shown.errors[0][1]
    assert not window.actions["undo"].isEnabled() and not window.actions["redo"].isEnabled()
    assert len(segment_texts(corpus_path, "src")) == 6  # the split is still there


def test_refused_edit_and_split_leaves_no_empty_undo_step(qtbot, window, corpus_path, shown):
    editor = _open_editor(qtbot, window, 1, 1)
    editor.editor.setPlainText("   ")  # typed over: saving it first is refused
    editor.set_cursor_codepoint(1)
    qtbot.mouseClick(editor.split_button, Qt.MouseButton.LeftButton)
    assert len(shown.errors) == 1
    assert len(window.session.history) == 0
    assert not window.actions["undo"].isEnabled() and window.session.history.is_clean
    assert segment_texts(corpus_path, "src")[1] == "وعقد الوزير اجتماعًا مع نظيره المصري."


def test_edit_and_split_is_all_or_nothing(qtbot, window, corpus_path, shown):
    """Typed text is saved before a split as one step (a core EditGroup): when the split
    is refused, the saved text goes back too, and no step is left to undo."""
    before = segment_texts(corpus_path, "src")
    editor = _open_editor(qtbot, window, 1, 1)
    editor.editor.setPlainText("وعقد الوزير اجتماعًا طويلا مع نظيره المصري.")
    editor.set_cursor_codepoint(0)  # a split at the very start is refused
    qtbot.mouseClick(editor.split_button, Qt.MouseButton.LeftButton)
    assert len(shown.errors) == 1
    assert segment_texts(corpus_path, "src") == before
    assert len(window.session.history) == 0 and not window.actions["undo"].isEnabled()
    editor.set_cursor_codepoint(editor.text().index("مع"))
    qtbot.mouseClick(editor.split_button, Qt.MouseButton.LeftButton)
    assert segment_texts(corpus_path, "src")[1:3] == ["وعقد الوزير اجتماعًا طويلا",
                                                      "مع نظيره المصري."]
    assert window.session.history.labels() == ["Edit and split sentence"]
    assert window.actions["undo"].text() == "&Undo Edit and split sentence"
    assert not window.session.history.is_clean
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert segment_texts(corpus_path, "src") == before and window.session.history.is_clean
