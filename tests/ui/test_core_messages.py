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
from tests.ui.conftest import ARABIC, open_window
from tests.ui.test_arabic_interface import english_words
from ui.core_messages import MARKED, error_text, placed, problem_text


def test_the_gui_marks_every_core_message_as_the_core_writes_it():
    assert MARKED == CATALOGUE


def test_every_core_message_has_an_arabic_text_with_the_same_arguments(arabic):
    for key, english in CATALOGUE.items():
        names = sorted(re.findall(r"{(\w+)}", english))
        problem = Problem(key, **{n: f"@{n}@" for n in names})
        text = problem_text(problem)
        # a message that is only its arguments ('{doing}: {error}') has no words to translate
        assert ARABIC.search(text) or not re.sub(r"{\w+}", "", english).strip(": "), key
        assert sorted(re.findall(r"@(\w+)@", text)) == names, key


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


def test_a_locked_corpus_is_asked_about_in_arabic(arabic, qtbot, shown, corpus_path):
    from aligner.corpus import Corpus
    from ui.main_window import MainWindow

    holder = Corpus.open(corpus_path)  # another writer holds the lock
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        shown.answer = False
        assert not win.open_corpus(corpus_path)
    finally:
        holder.close()
    title, text = shown.questions[0]
    assert ARABIC.search(title) and text.startswith("\u200f")
    # the pid is a number: no English word is left once the file name is taken out
    assert english_words(text.replace(str(corpus_path), "")) == []


def test_a_nested_problem_is_translated_and_its_folder_kept_left_to_right(arabic, tmp_path):
    from aligner.corpus.errors import NotWritableError

    cause = Problem("write.folder", folder=tmp_path)
    exc = NotWritableError(tmp_path / "c.dragoman",
                           Problem("corpus.not_writable", doing=Problem("doing.save"), cause=cause))
    assert str(exc) == (f"{tmp_path / 'c.dragoman'}: cannot save: its folder {tmp_path} is "
                        "read-only (Dragoman writes companion files beside it); open it read-only,"
                        " or copy it somewhere you can write")
    text = error_text(exc)
    assert f"\u2066{tmp_path}\u2069" in text
    assert english_words(text.replace(str(tmp_path), "").replace("c.dragoman", "")) == []


def test_a_refused_edit_is_told_in_arabic(arabic, qtbot, shown, corpus_path):
    from aligner.edits import MergeBeads

    win = open_window(qtbot, corpus_path)
    last = win.model.rowCount() - 1
    assert not win.apply_edit(MergeBeads(win.model.bitext_id, last))
    title, text = shown.errors[0]
    assert str(last + 1) in text and ARABIC.search(text)
    assert english_words(text) == []


def test_a_tmx_error_keeps_its_file_and_line_left_to_right_in_arabic(arabic, tmp_path):
    from aligner.formats.tmx import read as read_tmx

    path = tmp_path / "memory.tmx"
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header/><body>\n'
                    '<tu><tuv><seg>x</seg></tuv></tu></body></tmx>\n', encoding="utf-8")
    with pytest.raises(DragomanError) as err:
        list(read_tmx(path))
    assert str(err.value) == f"{path}:3: <tuv> without xml:lang"
    text = error_text(err.value)
    assert text.startswith(f"\u200f\u2066{path}:3\u2069: ") and ARABIC.search(text)


def test_a_refused_register_edit_is_told_in_arabic(arabic, qtbot, shown, corpus_path):
    from aligner.model import RegisterEntry
    from aligner.names.edits import AddEntry

    win = open_window(qtbot, corpus_path)
    assert not win.apply_edit(AddEntry(RegisterEntry(None, "  "), []))
    assert not win.apply_edit(AddEntry(RegisterEntry(None, "كاغامي"), [987654]))
    (_, blank), (_, missing) = shown.errors
    assert ARABIC.search(blank) and english_words(blank) == []
    assert "987654" in missing and ARABIC.search(missing) and english_words(missing) == []
    assert win.session.corpus.register_entries() == []  # nothing was added


def test_a_missing_corpus_keeps_its_name_left_to_right_in_arabic(arabic, shown, tmp_path):
    from ui.opening import open_session

    path = tmp_path / "gone.dragoman"
    assert open_session(None, path) is None
    (_, text), = shown.errors
    assert text.startswith(f"\u200f\u2066{path}\u2069: ") and ARABIC.search(text)
    assert english_words(text.replace(str(path), "")) == []


def test_an_unexpected_opening_error_is_worded_by_the_translation(arabic):
    from ui.i18n import translate

    path, exc = "/data/c.dragoman", ValueError("bad value")
    text = placed(translate("Opening", "{path}: cannot be opened ({error})"), path,
                  error=f"{type(exc).__name__}: {exc}")
    assert text == ("\u200f\u2066/data/c.dragoman\u2069: تعذّر فتحها "
                    "(\u2066ValueError: bad value\u2069)")


def test_a_jsonl_field_error_is_told_in_arabic(arabic, tmp_path):
    from aligner.formats.jsonl import read as read_jsonl

    path = tmp_path / "units.jsonl"
    path.write_text('{"ar": "نص", "en": "text"}\n{"ar": "نص", "en": "text", "score": "high"}\n',
                    encoding="utf-8")
    with pytest.raises(DragomanError) as err:
        list(read_jsonl(path))
    assert str(err.value) == f'{path}:2: "score" must be a finite number'
    text = error_text(err.value)
    assert text.startswith(f"\u200f\u2066{path}:2\u2069: ") and ARABIC.search(text)
    assert english_words(text.replace(str(path), "").replace("score", "")) == []
