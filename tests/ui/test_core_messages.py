"""The core's refusals (a file that is not text, a corpus from a newer Dragoman) shown in
the interface language: the GUI translates them by key (ui/core_messages.py), the file
name stays as it is, left to right."""
from __future__ import annotations

import re
import sqlite3

import pytest

from aligner.errors import DragomanError
from aligner.messages import CATALOGUE, Problem
from aligner.text.textio import read_text
from tests.ui.test_arabic_interface import english_words
from ui import i18n
from ui.core_messages import MARKED, error_text, problem_text

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def arabic(qapp):
    i18n.install(qapp, "ar")
    yield qapp
    i18n.install(qapp, "en")


def test_the_gui_marks_every_core_message_as_the_core_writes_it():
    assert MARKED == CATALOGUE


def test_every_core_message_has_an_arabic_text_with_the_same_arguments(arabic):
    for key, english in CATALOGUE.items():
        names = sorted(re.findall(r"{(\w+)}", english))
        problem = Problem(key, **{n: f"<{n}>" for n in names})
        text = problem_text(problem)
        assert ARABIC.search(text), key
        assert sorted(re.findall(r"<(\w+)>", text)) == names, key


def test_a_newer_corpus_is_refused_in_arabic(arabic, qtbot, shown, corpus_path):
    from ui.main_window import MainWindow

    with sqlite3.connect(corpus_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.open_corpus(corpus_path)
    title, text = shown.errors[0]
    assert str(corpus_path) in text and "99" in text
    assert ARABIC.search(title) and ARABIC.search(text)
    assert english_words(text.replace(str(corpus_path), "")) == []
    assert text.startswith("\u200f")  # an Arabic paragraph, whatever the name starts with


def test_english_interface_shows_the_core_text(qapp, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(DragomanError) as err:
        read_text(path)
    assert error_text(err.value) == str(err.value)
    assert error_text(ValueError("x")) == "x"
