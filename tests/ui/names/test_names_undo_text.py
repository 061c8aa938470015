"""The names pane's deletion of a register entry reads in the Arabic interface's Undo
item (the core's DeleteEntry names itself in English when it is done)."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTranslator

from aligner.corpus import Corpus
from ui import i18n

from .test_names_pane import _key, _undo, _window

LATIN = re.compile(r"[A-Za-z]")


def test_deleting_an_entry_reads_in_arabic_in_undo_and_redo(qtbot, shown, names_corpus, qapp):
    i18n.install(qapp, "ar")
    try:
        win = _window(qtbot, names_corpus)
        pane = win.names_pane
        arabic = pane.entries.currentItem().text(0)
        _key(qtbot, pane.entries, Qt.Key.Key_Delete)
        with Corpus.open(names_corpus, read_only=True) as c:
            assert arabic not in [e.arabic for e in c.register_entries()]
        qm = QTranslator()
        assert qm.load(str(i18n.qm_path("ar")))
        words = qm.translate("EditNames", "Delete {arabic} from the names register")
        assert words and not LATIN.search(words.format(arabic=arabic))
        undo = win.actions["undo"].text()
        assert undo.endswith(words.format(arabic=arabic)) and not LATIN.search(undo)
        _undo(qtbot, win)
        redo = win.actions["redo"].text()
        assert redo.endswith(words.format(arabic=arabic)) and not LATIN.search(redo)
        assert shown.errors == []
    finally:
        i18n.install(qapp, "en")
