"""Errors a corpus file raises: each names the file and the problem, for the user to read."""
from __future__ import annotations

from pathlib import Path

from aligner.errors import DragomanError


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


class CorpusChangeError(CorpusError):
    """A change refused because it would break the corpus rules (nothing was changed)."""


