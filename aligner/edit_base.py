"""The edit protocol: `Edit` (a labelled, invertible command), the `Change` it reports so
views refresh only what changed, and `EditError` for an edit that cannot be applied.

Why a module of its own: the concrete edits live where their data does (aligner.edits for
beads and sentences, aligner.names.edits, aligner.entities.edits) and the one history
(aligner.history) only needs this protocol. The rules every edit follows are in
aligner.edits.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from aligner.corpus import Corpus, CorpusChangeError, CorpusError
from aligner.errors import Refusal


@dataclass(frozen=True)
class Change:
    """What an edit changed, so each view refreshes only that.

    Bead edits name the bitext and the bead rows replaced from `first`. Segment edits set
    `bitext_id` None and list the documents whose segments changed: views of every bitext
    using those documents must reload (bead ranges there may have shifted too).
    """

    bitext_id: int | None      # bitext whose bead rows changed (None: segments only)
    first: int = 0             # first bead position affected
    old_count: int = 0         # bead rows that were there from `first`
    new_count: int = 0         # bead rows there now from `first`
    doc_ids: frozenset[int] = frozenset()   # documents whose segments changed
    parts: tuple["Change", ...] = ()  # an EditGroup's changes in the order they happened
    register: bool = False     # the names register changed (entries, forms, schemes, ties)
    # the sentences whose text, exclusion or place changed, by id (ids that exist after
    # the change): views refresh the rows showing them; None: not said (views reread the
    # documents named); empty: no sentence changed (entities only)
    segment_ids: frozenset[int] | None = None

    def steps(self) -> tuple["Change", ...]:
        """The single changes to apply in order (a group's parts, else this one)."""
        return self.parts or (self,)


class EditError(Refusal):
    """An edit that cannot be applied: clear message, corpus untouched. The problem may be
    keyed (aligner/messages.py) for the GUI to show it in the interface language."""


@contextmanager
def _refusals() -> Iterator[None]:
    """Report the corpus' own refusals (broken invariants, missing rows) as EditError."""
    try:
        yield
    except CorpusChangeError as exc:
        raise EditError(exc.problem) from None
    except CorpusError as exc:
        if type(exc) is CorpusError:  # "no bead/segment with id..."; not lock/read-only
            raise EditError(exc.problem) from None
        raise


class Edit(ABC):
    """A labelled, invertible change. do() may be called again after undo() (redo).

    `label` is the English name (CLI, logs); an edit the GUI names in the interface's
    language also gives a `kind` and the `params` its text needs (ui.edit_names)."""

    label: str = ""
    kind: str = ""
    params: dict = {}  # noqa: RUF012 - read only; each edit that has params sets its own

    @abstractmethod
    def do(self, corpus: Corpus) -> Change: ...

    @abstractmethod
    def undo(self, corpus: Corpus) -> Change: ...

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.label!r}>"
