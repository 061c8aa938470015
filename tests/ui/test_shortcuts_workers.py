"""Shortcuts shown in tooltips and changeable (saved in QSettings); workers report
progress, can be cancelled, and show their errors."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from aligner.errors import InputError
from ui.jobs.workers import run_task

from .helpers import beads_in_file, press


def test_every_action_has_a_key_shown_in_its_tooltip(window):
    for action_id, action in window.actions.items():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys, action_id
        assert keys in action.toolTip(), action_id
    keys = [a.shortcut().toString() for a in window.actions.values()]
    assert len(keys) == len(set(keys))  # no two actions share a key


def test_changing_a_shortcut_is_applied_and_saved(qtbot, window, corpus_path):
    from ui import settings
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.actions, window)
    dialog.editors["merge_beads"].setKeySequence(QKeySequence("Ctrl+J"))
    dialog.accept()
    assert settings.shortcut("merge_beads") == "Ctrl+J"
    assert settings.shortcut("confirm") is None  # unchanged ones are not stored
    assert window.actions["merge_beads"].shortcut() == QKeySequence("Ctrl+J")
    assert "Ctrl+J" in window.actions["merge_beads"].toolTip()
    window.go_to_position(0)
    press(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert len(beads_in_file(corpus_path)) == 4
    from ui.main_window import MainWindow

    again = MainWindow()  # a new window reads the saved key
    qtbot.addWidget(again)
    assert again.actions["merge_beads"].shortcut() == QKeySequence("Ctrl+J")


def test_worker_error_is_shown(qtbot, window, shown):
    def fail(control):
        raise InputError("/tmp/bad.txt", "not a text file")

    task = run_task(window, "Importing", fail)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["failed"]
    assert shown.errors == [("Importing", "/tmp/bad.txt: not a text file")]


def test_worker_progress_and_cancel(qtbot, window, shown):
    seen = []

    def slow(control):
        for i in range(10_000):
            control.report(i, 10_000, f"step {i}")
            time.sleep(0.001)
        return "finished"

    task = run_task(window, "Counting", slow, on_done=seen.append)
    qtbot.waitUntil(lambda: task.dialog.maximum() == 10_000, timeout=5000)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert blocker.args == ["cancelled"]
    assert seen == [] and shown.errors == []


def test_worker_result_reaches_the_gui_thread(qtbot, window):
    import threading

    threads = []
    task = run_task(window, "Work", lambda control: threading.get_ident(),
                    on_done=lambda worker_thread: threads.append((worker_thread, threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    (worker_thread, gui_thread), = threads
    assert worker_thread != gui_thread == threading.main_thread().ident


def test_single_key_shortcuts_act_only_in_the_table(qtbot, window, corpus_path):
    """Space, N and L are the table's keys: on a checkbox, a combo box or the corpus tree
    they do what those widgets do, and never confirm or move the current bead."""
    window.actions["find"].trigger()
    window.actions["filter"].trigger()
    window.go_to_position(2)
    regex = window.find_bar.regex
    regex.setFocus()
    qtbot.keyClick(regex, Qt.Key.Key_Space)
    assert regex.isChecked()
    for widget in (window.filter_bar.status, window.browser):
        widget.setFocus()
        for key in (Qt.Key.Key_Space, Qt.Key.Key_N, Qt.Key.Key_L):
            qtbot.keyClick(widget, key)
    assert [b[4] for b in beads_in_file(corpus_path)] == ["auto"] * 5
    assert window.current_position() == 2
    press(qtbot, window, Qt.Key.Key_Space)  # in the table they still work
    assert [b[4] for b in beads_in_file(corpus_path)][2] == "confirmed"
    press(qtbot, window, Qt.Key.Key_N)
    assert window.current_position() == 3


def test_bead_keys_do_not_fire_while_typing_in_the_find_bar(qtbot, window, corpus_path, shown):
    """Ctrl+Backspace deletes a word in a text field; it merged two beads instead (and
    Ctrl+Delete, Ctrl+Up/Down in the find bar or the corpus tree edited beads too)."""
    window.actions["find"].trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.text, "Cairo Monday")
    qtbot.keyClick(bar.text, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert bar.text.text() == "Cairo "
    qtbot.keyClick(bar.text, Qt.Key.Key_Home)
    qtbot.keyClick(bar.text, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        qtbot.keyClick(bar.text, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.browser, key, Qt.KeyboardModifier.ControlModifier)
    assert beads_in_file(corpus_path) == [(i, i + 1, i, i + 1, "auto") for i in range(5)]
    assert shown.errors == []
    # choosing the bitext in the corpus tree hands the keys back to the table
    item = window.browser.topLevelItem(1).child(0)
    window.browser.setCurrentItem(item)
    window.browser.setFocus()
    qtbot.keyClick(window.browser, Qt.Key.Key_Return)
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert len(beads_in_file(corpus_path)) == 4


def test_closing_the_window_stops_a_running_job(qtbot, window):
    """Quitting while a job ran destroyed its QThread still running: Qt aborted the
    process (exit status 134)."""
    def slow(control):
        for i in range(3000):
            control.report(i, 3000, "")
            time.sleep(0.001)
        return "finished"

    task = run_task(window, "Slow", slow)
    assert task.thread.isRunning()
    window.close()
    assert not task.thread.isRunning()
