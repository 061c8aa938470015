"""One open corpus file as the GUI sees it: the Corpus object, its undo stack, and the
signal that tells views what changed.

Sessions are kept per corpus path for the life of the process, so closing a corpus and
opening it again in the same run finds the same undo stack (edits hold ids and positions,
not Python objects of the old connection). The GUI thread owns the only writable
connection; workers open their own read-only connection, compute, and hand the result back
as an edit that the session applies here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from aligner.corpus import Corpus

from . import messages
from .undo import EditCommand


class CorpusSession(QObject):
    changed = Signal(object)  # aligner.edits.Change, or None for "reload everything"
    opened = Signal()
    closed = Signal()

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.corpus: Corpus | None = None
        self.read_only = False
        self.stack = QUndoStack(self)
        self._file_id: str | None = None  # the file the history belongs to

    # --- life cycle -------------------------------------------------------------------
    def open(self, *, read_only: bool = False) -> Corpus:
        """Open (or reopen) the file; corpus errors propagate to the caller, who shows them."""
        if self.corpus is not None:
            return self.corpus
        self.corpus = Corpus.open(self.path, read_only=read_only)
        self.read_only = read_only
        file_id = self.corpus.file_id
        if self._file_id is not None and file_id != self._file_id:
            self.stack.clear()  # another file under the same name: the history is not its
        self._file_id = file_id
        self.opened.emit()
        return self.corpus

    def close(self) -> None:
        if self.corpus is not None:
            corpus, self.corpus = self.corpus, None
            corpus.close()
            self.closed.emit()

    @property
    def is_open(self) -> bool:
        return self.corpus is not None

    def require(self) -> Corpus:
        if self.corpus is None:
            raise RuntimeError(f"{self.path} is not open")
        return self.corpus

    # --- edits ------------------------------------------------------------------------
    def apply(self, edit: Any) -> Any:
        """Run a core edit now and push it on the undo stack; errors propagate."""
        change = edit.do(self.require())
        self.stack.push(EditCommand(self, edit, already_done=True))
        self.changed.emit(change)
        return change

    def run_edit_step(self, step: Callable[[Corpus], Any], label: str) -> None:
        """Undo or redo step called by QUndoStack: errors cannot propagate through Qt's
        C++ frames, so they are shown here and the views reload from the corpus.

        QUndoStack has already counted the failed step as done, so the history no longer
        matches the file (a redo would be offered for an edit never undone): it is
        cleared, once QUndoStack has returned."""
        try:
            change = step(self.require())
        except Exception as exc:  # noqa: BLE001 - shown to the user, then views resync
            messages.error(None, "Undo/redo failed",
                           f"{label}: {exc}\n\nThe corpus no longer matches the undo history "
                           "(was it changed elsewhere?), so the history was cleared. The "
                           "corpus is as shown.")
            QTimer.singleShot(0, self.stack.clear)
            self.changed.emit(None)
            return
        self.changed.emit(change)


_SESSIONS: dict[str, CorpusSession] = {}


def session_for(path: str | Path) -> CorpusSession:
    """The session (and undo stack) for a corpus path, created on first use."""
    resolved = Path(path).resolve()
    key = str(resolved)
    if key not in _SESSIONS:
        _SESSIONS[key] = CorpusSession(resolved)
    return _SESSIONS[key]


def forget_sessions() -> None:
    """Close and drop every session (tests start from a clean process state)."""
    for session in _SESSIONS.values():
        session.close()
        session.stack.clear()
    _SESSIONS.clear()
