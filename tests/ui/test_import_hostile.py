"""Importing hostile files from the window: one message naming the file each, the corpus as
it was, and the window still imports a good pair afterwards."""
from __future__ import annotations

import os
from pathlib import Path

from aligner.corpus import Corpus
from tests.core.hostile.helpers import SAMPLES
from tests.ui.conftest import open_window
from ui.dialogs.import_dialog import ImportRequest

LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                    for i in range(9))
          + ']>\n<tmx version="1.4"><header srclang="ar"/><body><tu><tuv xml:lang="ar">'
            '<seg>&j;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>\n')


def _hostile(folder: Path) -> list[tuple[Path, str]]:
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    huge = folder / "huge.txt"
    with open(huge, "wb") as out:
        out.truncate(2 * 2**30)
    laughs = folder / "laughs.tmx"
    laughs.write_text(LAUGHS, encoding="utf-8")
    digits = folder / "digits.jsonl"
    digits.write_text('{"id": ' + "9" * 5000 + ', "ar": "نص", "en": "text"}\n', encoding="utf-8")
    binary = folder / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    return [(fifo, "named pipe"), (huge, "too large"), (laughs, "entities"),
            (digits, "thousands of digits"), (binary, "binary")]


def _import(qtbot, window, paths: list[str]) -> str:
    task = window.start_import(ImportRequest(paths=paths))
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    return blocker.args[0]


def test_hostile_files_are_refused_one_message_each(qtbot, shown, corpus_path, tmp_path):
    with Corpus.open(corpus_path, read_only=True) as corpus:
        before = (len(corpus.documents()), len(corpus.bitexts()))
    window = open_window(qtbot, corpus_path)
    for path, problem in _hostile(tmp_path):
        shown.errors.clear()
        assert _import(qtbot, window, [str(path)]) == "failed", path
        (_title, text), = shown.errors
        assert str(path) in text and problem in text, text
    with Corpus.open(corpus_path, read_only=True) as corpus:
        assert (len(corpus.documents()), len(corpus.bitexts())) == before
    shown.errors.clear()  # still usable: a good pair imports
    good = [str(SAMPLES / "briefing_ar.txt"), str(SAMPLES / "briefing_fr.txt")]
    assert _import(qtbot, window, good) != "failed" and not shown.errors
    with Corpus.open(corpus_path, read_only=True) as corpus:
        assert len(corpus.bitexts()) == before[1] + 1
