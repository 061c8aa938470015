"""QUndoCommand wrappers around core edits (aligner.edits).

The core edit does the work and returns a `Change`; the command only forwards it to the
session, which tells the views which rows to refresh. The first `do()` runs before the
command is pushed, so a refused edit (EditError, read-only corpus) is reported to the user
and never lands on the stack.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .session import CorpusSession


class EditCommand(QUndoCommand):
    """One core edit on the undo stack; it finds the corpus through the session at undo
    time, so it still works after the corpus was closed and reopened."""

    def __init__(self, session: "CorpusSession", edit: Any, *, already_done: bool = True) -> None:
        super().__init__(getattr(edit, "label", type(edit).__name__))
        self.session = session
        self.edit = edit
        self._skip_first_redo = already_done

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.session.run_edit_step(self.edit.do, self.text())

    def undo(self) -> None:
        self.session.run_edit_step(self.edit.undo, self.text())
