"""Opening corpora that are missing, not corpora, from a newer Dragoman, or locked by
another writer: a clear message (recorded through ui.messages), never a traceback, and
the file is left as it was."""
from __future__ import annotations

import sqlite3

import pytest

from aligner.corpus import Corpus


@pytest.fixture
def empty_window(qtbot, shown):
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    return win


def test_missing_file(empty_window, shown, tmp_path):
    path = tmp_path / "nowhere.dragoman"
    assert not empty_window.open_corpus(path)
    assert len(shown.errors) == 1 and str(path) in shown.errors[0][1]
    assert empty_window.session is None


def test_not_a_corpus(empty_window, shown, tmp_path):
    path = tmp_path / "notes.dragoman"
    path.write_text("just some notes, not a database\n", encoding="utf-8")
    assert not empty_window.open_corpus(path)
    assert len(shown.errors) == 1 and str(path) in shown.errors[0][1]
    assert path.read_text(encoding="utf-8") == "just some notes, not a database\n"


def test_newer_version(empty_window, shown, corpus_path):
    with sqlite3.connect(corpus_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = corpus_path.read_bytes()
    assert not empty_window.open_corpus(corpus_path)
    title, text = shown.errors[0]
    assert "newer" in (title + text).lower()
    assert corpus_path.read_bytes() == before


def test_locked_offers_read_only(empty_window, shown, corpus_path):
    holder = Corpus.open(corpus_path)  # another writer holds the lock
    try:
        shown.answer = False
        assert not empty_window.open_corpus(corpus_path)
        assert len(shown.questions) == 1
        shown.answer = True
        assert empty_window.open_corpus(corpus_path)
        assert empty_window.session.read_only
        assert "read-only" in empty_window.windowTitle()
        assert not empty_window.actions["merge_beads"].isEnabled()
        assert empty_window.model.rowCount() == 5
    finally:
        holder.close()
    assert shown.errors == []


def test_recent_corpora_and_last_position_are_remembered(qtbot, shown, corpus_path):
    from ui import settings
    from ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_corpus(corpus_path)
    first.go_to_position(3)
    first.close()
    assert settings.recent_corpora()[0] == str(corpus_path.resolve())
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_corpus(corpus_path)
    assert second.current_position() == 3


def test_window_geometry_is_remembered(qtbot, shown):
    from ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)  # inside the 800x600 offscreen screen
    first.show()
    size = (first.width(), first.height())  # within the window's minimum size
    assert size != (MainWindow().width(), MainWindow().height())
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size


def test_a_named_pipe_is_refused_and_the_window_stays_usable(empty_window, shown, tmp_path,
                                                             corpus_path):
    import os
    import stat

    fifo = tmp_path / "pipe.dragoman"
    os.mkfifo(fifo)
    assert not empty_window.open_corpus(fifo)  # reading its header used to block for ever
    assert not empty_window.new_corpus(fifo)  # creating renamed a new file over it
    assert [str(fifo) in text and "named pipe" in text for _, text in shown.errors] == [True] * 2
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert empty_window.open_corpus(corpus_path) and empty_window.session is not None
