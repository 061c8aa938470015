"""English that reached the Arabic interface past tr() and the core's catalogue: the filter
bar's "to", a bad find pattern's error, an undo that fails. Each is Arabic now; the regex
engine's own words stay as written, kept left to right."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from aligner.edits import MergeBeads
from tests.ui.conftest import ARABIC, open_window
from tests.ui.test_arabic_interface import english_words
from tests.ui.test_find_filter import _find
from ui import i18n


def test_the_filter_bar_reads_arabic(arabic, qtbot, shown, corpus_path):
    window = open_window(qtbot, corpus_path)
    labels = [w.text() for w in window.filter_bar.findChildren(QLabel)]
    assert labels and all(ARABIC.search(text) for text in labels), labels


def test_a_bad_find_pattern_is_told_in_arabic_with_the_engine_words_quoted(arabic, qtbot, shown,
                                                                          corpus_path):
    window = open_window(qtbot, corpus_path)
    _find(qtbot, window, "([", regex=True)
    text = window.find_bar.status.text()
    said, quoted = text.split("\u2066", 1)
    assert ARABIC.search(said) and english_words(said) == []
    assert quoted.endswith("\u2069") and "unterminated character set" in quoted


def test_an_undo_that_fails_is_told_in_arabic(arabic, qtbot, shown, corpus_path):
    window = open_window(qtbot, corpus_path)
    assert window.apply_edit(MergeBeads(window.model.bitext_id, 0))
    corpus = window.session.corpus
    with corpus.transaction():  # the beads vanish under the history's feet
        corpus._x("DELETE FROM beads WHERE bitext_id = ?", (window.model.bitext_id,))
    window.actions["undo"].trigger()
    (title, text), = shown.errors
    name = corpus.bitext(window.model.bitext_id).name  # the bitext's own name, as it is
    assert f"\u2068{name}\u2069" in text and ARABIC.search(title) and ARABIC.search(text)
    assert english_words(text.replace(name, "")) == [], text


def test_a_job_says_what_it_is_doing_in_arabic(arabic, qtbot):
    from pathlib import Path

    from aligner.importer import prepare_files
    from ui.jobs.workers import Task

    samples = Path(__file__).resolve().parents[2] / "samples"
    task = Task(None, i18n.translate("Importing", "Import"), lambda control: prepare_files(
        [samples / "briefing_ar.txt", samples / "briefing_en.txt"], control=control))
    task.thread.run()  # the work itself, here: the progress it last reported is kept
    assert task.thread.outcome[0] == "done" and task.thread.latest[2] == "prepared"
    task._poll_progress()  # what the timer does while the job runs
    said = task.dialog.labelText().split("\n")[1]
    assert ARABIC.search(said) and english_words(said) == []
    task.dialog.deleteLater()


def test_a_corpus_that_cannot_be_created_is_told_in_arabic(arabic, qtbot, shown, tmp_path):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    folder = tmp_path / "not made"
    assert not window.new_corpus(folder / "c.dragoman")
    (title, text), = shown.errors
    assert f"\u2066{folder}\u2069" in text and ARABIC.search(title) and ARABIC.search(text)
    assert english_words(text.replace(str(folder), "").replace("c.dragoman", "")) == []


def test_a_gazetteer_line_without_a_label_is_told_in_arabic(arabic, tmp_path):
    from aligner.entities.gazetteer import read_gazetteer
    from aligner.errors import DragomanError
    from ui.core_messages import error_text

    path = tmp_path / "names.tsv"
    path.write_text("بغداد\tLOC\nالقاهرة\n", encoding="utf-8")
    with pytest.raises(DragomanError) as err:
        read_gazetteer(path, ["PER", "LOC"])
    assert str(err.value) == f"{path}:2: expected 'name<TAB>LABEL'"
    text = error_text(err.value)
    assert text.startswith(f"\u200f\u2066{path}:2\u2069: ") and ARABIC.search(text)
    assert "\u2066name<TAB>LABEL\u2069" in text


def test_a_tsv_line_of_one_column_is_told_in_arabic(arabic, tmp_path):
    from aligner.errors import DragomanError
    from aligner.formats import tsv
    from ui.core_messages import error_text

    path = tmp_path / "units.tsv"
    path.write_text("نص\ttext\nوحده\n", encoding="utf-8")
    with pytest.raises(DragomanError) as err:
        list(tsv.read(path, "ar", "en"))
    assert str(err.value) == f"{path}:2: expected 2 tab-separated columns, found 1"
    text = error_text(err.value)
    assert text.startswith(f"\u200f\u2066{path}:2\u2069: ") and ARABIC.search(text)
    assert english_words(text.replace(str(path), "")) == []
