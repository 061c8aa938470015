"""The one undo history of a corpus, and composite edits.

Why in the core: undo must mean the same in the GUI, the CLI and the tests, so the history
is a plain Python object over `aligner.edits` commands (as in Anki, whose undo lives in
its collection). The GUI only shows it: its Undo/Redo actions call `undo()`/`redo()`, and
`is_clean` drives the window's modified flag. Several edits that the user sees as one
step ("Edit and split sentence", an entity change that shrinks another entity) are one
`EditGroup`, done and undone as a whole.

The corpus object may be replaced (closed and reopened under the same history): edits hold
ids, positions and plain data, never objects of one connection.
"""
from __future__ import annotations

from typing import Sequence

from aligner.corpus import Corpus
from aligner.edits import Change, Edit, EditError


class EditGroup(Edit):
    """Several edits as one undoable step: done in order, undone in reverse order.

    All or nothing: when one of them is refused, the ones already done are undone again
    and the refusal is raised, so a group never leaves half of itself in the corpus."""

    def __init__(self, label: str, edits: Sequence[Edit], kind: str = "",
                 params: dict | None = None):
        self.label = label
        self.kind, self.params = kind, dict(params or {})  # the GUI's words (Edit)
        self.edits = list(edits)

    def do(self, corpus: Corpus) -> Change:
        if not self.edits:
            raise EditError(f"'{self.label}': nothing to do")
        done: list[Change] = []
        for edit in self.edits:
            try:
                done.append(edit.do(corpus))
            except Exception:
                for earlier in reversed(self.edits[:len(done)]):
                    earlier.undo(corpus)
                raise
        return _group_change(done)

    def undo(self, corpus: Corpus) -> Change:
        undone: list[Change] = []
        for edit in reversed(self.edits):
            try:
                undone.append(edit.undo(corpus))
            except Exception:
                for later in self.edits[len(self.edits) - len(undone):]:
                    later.do(corpus)  # put back what this undo had already taken away
                raise
        return _group_change(undone)


def _group_change(parts: list[Change]) -> Change:
    """One Change standing for several, in the order they happened (views apply each)."""
    if len(parts) == 1:
        return parts[0]
    flat = tuple(p for change in parts for p in change.steps())
    last = flat[-1]
    return Change(last.bitext_id, last.first, last.old_count, last.new_count,
                  frozenset().union(*(p.doc_ids for p in flat)), parts=flat,
                  register=any(p.register for p in flat))


class History:
    """Undo/redo over edits of one corpus.

    A refused edit (EditError) raises before anything is recorded. An undo or redo that
    fails (the file was changed by another program) raises and leaves the history where it
    was; the caller decides (the GUI clears it and says why)."""

    def __init__(self, corpus: Corpus | None = None, limit: int | None = None):
        self.corpus = corpus
        self.limit = limit
        self._edits: list[Edit] = []
        self._index = 0  # edits[:index] are done
        self._clean: int | None = 0

    def _corpus(self) -> Corpus:
        if self.corpus is None:
            raise EditError("no corpus is open")
        return self.corpus

    def do(self, edit: Edit) -> Change:
        change = edit.do(self._corpus())  # raises EditError before anything is recorded
        del self._edits[self._index:]
        if self._clean is not None and self._clean > self._index:
            self._clean = None  # the clean state was in the redo branch we just dropped
        self._edits.append(edit)
        self._index += 1
        if self.limit is not None and len(self._edits) > self.limit:
            drop = len(self._edits) - self.limit
            del self._edits[:drop]
            self._index -= drop
            self._clean = None if self._clean is None or self._clean < drop else self._clean - drop
        return change

    def do_group(self, label: str, edits: Sequence[Edit], kind: str = "") -> Change:
        """Several edits as one step (one edit alone is recorded as itself)."""
        return self.do(edits[0] if len(edits) == 1 else EditGroup(label, edits, kind))

    def undo(self) -> Change | None:
        if not self.can_undo:
            return None
        change = self._edits[self._index - 1].undo(self._corpus())
        self._index -= 1
        return change

    def redo(self) -> Change | None:
        if not self.can_redo:
            return None
        change = self._edits[self._index].do(self._corpus())
        self._index += 1
        return change

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._edits)

    def next_undo(self) -> Edit | None:
        """The edit undo() would undo (None when there is none)."""
        return self._edits[self._index - 1] if self.can_undo else None

    def next_redo(self) -> Edit | None:
        """The edit redo() would do again (None when there is none)."""
        return self._edits[self._index] if self.can_redo else None

    @property
    def undo_label(self) -> str:
        return self._edits[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._edits[self._index].label if self.can_redo else ""

    @property
    def index(self) -> int:
        """How many edits of the history are done (the rest can be redone)."""
        return self._index

    def __len__(self) -> int:
        return len(self._edits)

    def labels(self) -> list[str]:
        """Every step's label, oldest first."""
        return [edit.label for edit in self._edits]

    def set_clean(self) -> None:
        """Mark the current state as the one the user last saw as saved (the GUI's
        modified flag is `not is_clean`)."""
        self._clean = self._index

    @property
    def is_clean(self) -> bool:
        return self._clean == self._index

    def clear(self) -> None:
        self._edits.clear()
        self._index = 0
        self._clean = 0
