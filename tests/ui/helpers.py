"""Reading a corpus file back, separately and read-only, to check what the GUI saved."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aligner.corpus import Corpus


def beads_in_file(path: Path) -> list[tuple[int, int, int, int, str]]:
    with Corpus.open(path, read_only=True) as corpus:
        bitext = corpus.bitexts()[0]
        return [(b.src_start, b.src_end, b.tgt_start, b.tgt_end,
                 getattr(b.status, "value", b.status)) for b in corpus.beads(bitext.id)]


def segment_texts(path: Path, side: str) -> list[str]:
    with Corpus.open(path, read_only=True) as corpus:
        bitext = corpus.bitexts()[0]
        doc = bitext.src_doc_id if side == "src" else bitext.tgt_doc_id
        return [s.text for s in corpus.segments(doc)]


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on the alignment view, as the user makes it (shortcuts included). The
    window is made active first, as the user's window is when they type: after a job's
    progress dialog closed, offscreen Qt may leave no window active, and window
    shortcuts (Ctrl+Z) would not fire."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)
    QApplication.processEvents()
