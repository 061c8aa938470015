"""One open corpus file as the GUI sees it: the Corpus object, its undo history (the
core's `aligner.history.History`; Qt only shows it), and the signals that tell views what
changed.

Sessions are kept per corpus path for the life of the process, so closing a corpus and
opening it again in the same run finds the same history (edits hold ids and positions,
not Python objects of the old connection). The GUI thread owns the only writable
connection; workers open their own read-only connection, compute, and hand the result back
as an edit that the session applies here.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QObject, Signal

from aligner.corpus import Corpus
from aligner.edits import (Change, Edit, EditSegmentText, MergeSegments, SetExcluded,
                           SplitSegment)
from aligner.history import EditGroup, History

from . import messages
from .core_messages import error_text
from .edit_names import EditNames


class CorpusSession(QObject):
    changed = Signal(object)  # one aligner.edits.Change, or None for "reload everything"
    historyChanged = Signal()  # undo/redo labels, availability or clean state changed
    opened = Signal()
    closed = Signal()

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.corpus: Corpus | None = None
        self.read_only = False
        self.history = History()
        self._file_id: str | None = None  # the file the history belongs to
        self._fingerprint: str | None = None  # the file's state when we closed it

    # --- life cycle -------------------------------------------------------------------
    def open(self, *, read_only: bool = False) -> Corpus:
        """Open (or reopen) the file; corpus errors propagate to the caller, who shows them."""
        if self.corpus is not None:
            return self.corpus
        self.corpus = Corpus.open(self.path, read_only=read_only)
        self.read_only = read_only
        file_id = self.corpus.file_id
        if self._file_id is not None and file_id != self._file_id:
            self.history.clear()  # another file under the same name: the history is not its
        self._file_id = file_id
        self._check_outside_changes(self.corpus)
        self.history.corpus = self.corpus
        self.opened.emit()
        self.historyChanged.emit()
        return self.corpus

    def _check_outside_changes(self, corpus: Corpus) -> None:
        """Drop the history, and say so, when another program changed the corpus while it
        was closed: undoing our edits over theirs could not be trusted."""
        before, self._fingerprint = self._fingerprint, None
        if before is None or not len(self.history):
            return
        try:
            now = corpus.fingerprint()
        except Exception:  # noqa: BLE001 - cannot tell: keep the history, undo checks itself
            return
        if now != before:
            self.history.clear()
            messages.info(None, self.tr("Undo history cleared"), self.tr(
                "{path} was changed by another program while it was closed, so the undo "
                "history no longer applies and was cleared. The corpus is as shown.")
                .format(path=self.path))

    def close(self, *, lend: bool = False) -> None:
        """Close the file. `lend`: a job of ours takes the writer lock and will change the
        file; its changes are not another program's, so no fingerprint is taken."""
        if self.corpus is not None:
            try:
                self._fingerprint = None if lend else self.corpus.fingerprint()
            except Exception:  # noqa: BLE001 - a file gone or damaged: nothing to compare
                self._fingerprint = None
            corpus, self.corpus = self.corpus, None
            self.history.corpus = None
            corpus.close()
            self.closed.emit()
            self.historyChanged.emit()

    @property
    def is_open(self) -> bool:
        return self.corpus is not None

    def require(self) -> Corpus:
        if self.corpus is None:
            raise RuntimeError(f"{self.path} is not open")
        return self.corpus

    # --- edits ------------------------------------------------------------------------
    @property
    def can_edit(self) -> bool:
        """Edits, undo and redo need the file open for writing: replayed on a read-only
        corpus, or one lent to a job, the history would no longer match the file."""
        return self.corpus is not None and not self.read_only

    def apply(self, edit: Edit) -> Change:
        """Run a core edit through the history; a refusal (EditError) propagates."""
        change = self.history.do(edit)
        self._announce(change, edit)
        return change

    def apply_group(self, label: str, edits: Sequence[Edit], kind: str = "") -> Change:
        """Several edits as one undo step, all or nothing (`kind`: ui.edit_names)."""
        change = self.history.do_group(label, edits, kind)
        self._announce(change, *edits)
        return change

    def undo(self) -> None:
        if self.can_edit and self.history.can_undo:
            edit = self.history.next_undo()
            self._step(self.history.undo, EditNames().text(edit), edit)

    def redo(self) -> None:
        if self.can_edit and self.history.can_redo:
            edit = self.history.next_redo()
            self._step(self.history.redo, EditNames().text(edit), edit)

    def _step(self, step: Any, label: str, edit: Edit | None) -> None:
        """An undo or redo that fails (the file changed elsewhere while closed) leaves the
        corpus as it was; the history no longer matches the file, so it is cleared, said
        so, and the views reread the corpus."""
        try:
            change = step()
        except Exception as exc:  # noqa: BLE001 - shown to the user, then views resync
            self.history.clear()
            messages.error(None, self.tr("Undo/redo failed"), f"{label}: {error_text(exc)}\n\n" + self.tr(
                "The corpus no longer matches the undo history (was it changed elsewhere?), so "
                "the history was cleared. The corpus is as shown."))
            self.changed.emit(None)
            self.historyChanged.emit()
            return
        self._announce(change, *([edit] if edit is not None else []))

    def _announce(self, change: Change | None, *edits: Edit) -> None:
        ids = _segment_ids(edits)
        for part in change.steps() if change is not None else ():
            if part.bitext_id is None and part.doc_ids and part.segment_ids is None \
                    and ids is not None:
                part = dataclasses.replace(part, segment_ids=ids)
            self.changed.emit(part)
        self.historyChanged.emit()


def _segment_ids(edits: tuple[Edit, ...]) -> frozenset[int] | None:
    """The sentences the sentence edits of aligner.edits change (each names its sentence,
    which exists after it is done and undone), for Changes that do not say: the table then
    refreshes the rows showing them instead of rereading the documents. None when an edit
    of another kind is among them."""
    ids: set[int] = set()
    for edit in edits:
        if isinstance(edit, EditGroup):
            inner = _segment_ids(tuple(edit.edits))
            if inner is None:
                return None
            ids |= inner
        elif isinstance(edit, _SENTENCE_EDITS):
            ids.add(edit.segment_id)
        else:
            return None
    return frozenset(ids) if ids else None


_SENTENCE_EDITS = (SplitSegment, MergeSegments, EditSegmentText, SetExcluded)
_SESSIONS: dict[str, CorpusSession] = {}


def session_for(path: str | Path) -> CorpusSession:
    """The session (and undo history) for a corpus path, created on first use."""
    resolved = Path(path).resolve()
    key = str(resolved)
    if key not in _SESSIONS:
        _SESSIONS[key] = CorpusSession(resolved)
    return _SESSIONS[key]


def forget_sessions() -> None:
    """Close and drop every session (tests start from a clean process state)."""
    for session in _SESSIONS.values():
        session.close()
        session.history.clear()
    _SESSIONS.clear()
