"""The corpus file: one SQLite database holding documents, segments, bitexts, beads,
entities and the name glossary.  CONTRACT STUB: signatures are fixed, bodies to write.

Every public mutating method runs in its own transaction (or joins the one opened with
`transaction()`), so a crash leaves the file as it was before or after a change.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .errors import DragomanError
from .model import Bead, BeadSpan, BeadStatus, Bitext, Document, Entity, NameEntry, Segment

SCHEMA_VERSION = 1
APPLICATION_ID = 0x4452474D  # "DRGM", in PRAGMA application_id


class CorpusError(DragomanError):
    """A corpus file problem the user must see; str() names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class NotACorpusError(CorpusError):
    """Not a SQLite file, not a Dragoman corpus, or truncated/corrupt."""


class CorpusVersionError(CorpusError):
    """Written by a newer Dragoman (schema version above SCHEMA_VERSION)."""


class CorpusLockedError(CorpusError):
    """Another Dragoman process holds the write lock on this corpus."""


class ReadOnlyError(CorpusError):
    """A change was attempted on a corpus opened read-only."""


class Corpus:
    """An open corpus file. Use `Corpus.create(path)` / `Corpus.open(path)`."""

    path: Path
    read_only: bool

    # --- life cycle -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path) -> "Corpus":
        """Create a new corpus file (error if the path exists and is not empty)."""
        raise NotImplementedError

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, create: bool = False) -> "Corpus":
        """Open an existing corpus. Missing file -> CorpusError (unless create=True).

        read_only=False takes an exclusive writer lock held for the life of the object;
        if another process holds it -> CorpusLockedError (the caller may retry read-only).
        Newer schema -> CorpusVersionError; not a corpus -> NotACorpusError. The file is
        never modified by a failed open.
        """
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several changes into one atomic transaction (nests: inner ones join)."""
        raise NotImplementedError
        yield

    # --- documents and segments --------------------------------------------------------
    def add_document(self, doc: Document, segments: Sequence[Segment]) -> int:
        """Store a document and its segments (their doc_id/position/id are assigned here)."""
        raise NotImplementedError

    def documents(self) -> list[Document]:
        raise NotImplementedError

    def document(self, doc_id: int) -> Document:
        raise NotImplementedError

    def delete_document(self, doc_id: int) -> None:
        """Remove a document, its segments, and every bitext it takes part in."""
        raise NotImplementedError

    def segments(self, doc_id: int) -> list[Segment]:
        """All segments of a document in order (excluded ones included)."""
        raise NotImplementedError

    def set_segment_text(self, segment_id: int, text: str) -> None:
        raise NotImplementedError

    def set_excluded(self, segment_id: int, excluded: bool, reason: str = "") -> None:
        raise NotImplementedError

    def split_segment(self, segment_id: int, offset: int) -> int:
        """Split a segment's text at a code-point offset; returns the new (second) segment id.

        Later positions shift by one, and bead ranges in every bitext using the document
        are adjusted so the new segment stays in the same bead as the old one.
        """
        raise NotImplementedError

    def merge_segments(self, first_segment_id: int) -> int:
        """Merge a segment with the next one of its document; returns the removed id."""
        raise NotImplementedError

    # --- bitexts and beads -------------------------------------------------------------
    def add_bitext(self, src_doc_id: int, tgt_doc_id: int, name: str = "") -> int:
        raise NotImplementedError

    def bitexts(self) -> list[Bitext]:
        raise NotImplementedError

    def bitext(self, bitext_id: int) -> Bitext:
        raise NotImplementedError

    def beads(self, bitext_id: int) -> list[Bead]:
        """All beads of a bitext in order (fast: one query, 100k beads well under 1 s)."""
        raise NotImplementedError

    def replace_beads(self, bitext_id: int, spans: Iterable[BeadSpan], *,
                      first: int = 0, last: int | None = None,
                      src_offset: int = 0, tgt_offset: int = 0) -> None:
        """Replace beads [first, last) (all when last is None) with new ones, atomically.

        Span ranges are relative to the aligned sentence lists; offsets turn them into
        segment positions. New beads get status AUTO and the span's score.
        """
        raise NotImplementedError

    def set_beads(self, bitext_id: int, beads: Sequence[Bead], first: int, last: int) -> None:
        """Replace beads [first, last) with exactly these (ids/status kept): used by undo."""
        raise NotImplementedError

    def set_status(self, bead_ids: Sequence[int], status: BeadStatus) -> None:
        raise NotImplementedError

    # --- entities and names (full workflow comes later; the schema holds them now) -------
    def add_entity(self, entity: Entity) -> int:
        raise NotImplementedError

    def entities(self, segment_ids: Sequence[int] | None = None) -> list[Entity]:
        raise NotImplementedError

    def add_name(self, name: NameEntry) -> int:
        raise NotImplementedError

    def names(self) -> list[NameEntry]:
        raise NotImplementedError

    # --- summaries ---------------------------------------------------------------------
    def info(self) -> dict:
        """Counts for `dragoman info`: documents, segments, bitexts, beads (confirmed)."""
        raise NotImplementedError
