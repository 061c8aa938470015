"""An import's warnings (asked about before anything is stored), its notes (what was
imported) and its refusals are keyed in the core, so the Arabic window says them in
Arabic, each line right to left with the file's name kept left to right."""
from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import ARABIC, open_window
from tests.ui.test_arabic_interface import english_words
from ui.dialogs.import_dialog import ImportRequest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def run_import(qtbot, window, *paths: Path) -> str:
    task = window.start_import(ImportRequest(paths=[str(p) for p in paths]))
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    return blocker.args[0]


def test_replaced_bytes_are_asked_about_in_arabic(arabic, qtbot, shown, corpus_path, tmp_path):
    window = open_window(qtbot, corpus_path)
    damaged = tmp_path / "briefing_ar.txt"
    raw = (SAMPLES / "briefing_ar.txt").read_bytes()
    damaged.write_bytes(raw.replace(b"\n", b"\xff\n", 1))  # one byte UTF-8 cannot hold
    shown.answer = False  # nothing is stored
    assert run_import(qtbot, window, damaged, SAMPLES / "briefing_en.txt") == "done"
    (_, question), = shown.questions
    line = question.split("\n")[0]
    assert line.startswith(f"\u200f\u2066{damaged}\u2069: ") and "\ufffd" in line
    assert ARABIC.search(line) and english_words(line.replace(str(damaged), "")) == ["UTF"]


def test_what_was_imported_is_told_in_arabic(arabic, qtbot, shown, corpus_path, tmp_path):
    window = open_window(qtbot, corpus_path)
    units = tmp_path / "units.jsonl"
    units.write_text('{"ar": "نص أول", "en": "first text"}\n{"ar": "نص ثان", "en": "second"}\n',
                     encoding="utf-8")
    assert run_import(qtbot, window, units) == "done"
    (_, note), = shown.infos
    assert note.startswith(f"\u200f\u2066{units}\u2069: ") and "2" in note
    assert ARABIC.search(note) and english_words(note.replace(str(units), "")) == []


def test_the_same_file_twice_is_refused_in_arabic(arabic, qtbot, shown, corpus_path):
    window = open_window(qtbot, corpus_path)
    text = SAMPLES / "briefing_en.txt"
    assert run_import(qtbot, window, text, text) == "failed"
    (_, error), = shown.errors
    assert error.count(f"\u2066{text}\u2069") == 2 and ARABIC.search(error)
    assert english_words(error.replace(str(text), "")) == []
