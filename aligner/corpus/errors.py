"""Errors a corpus file raises: each names the file and the problem, for the user to read."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable

from aligner.errors import DragomanError
from aligner.messages import Problem


class CorpusError(DragomanError):
    """A corpus file problem the user must see; str() names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(self.worded(str))

    def worded(self, word: Callable[[str], str], place: Callable[[str], str] = str) -> str:
        return f"{place(self.path)}: {word(self.problem)}"


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




class NotWritableError(CorpusError):
    """The file, its folder or its file system cannot be written: open it read-only."""


class DiskFullError(CorpusError):
    """No space left where the corpus lives; the change in progress was rolled back."""


def write_problem(path: Path) -> str:
    """Why this process cannot write the corpus at `path` ('' when it can): the file
    system is read-only, the file is read-only, or its folder is (SQLite and the writer
    lock create companion files beside it)."""
    folder = path.parent
    if _read_only_fs(folder):
        return Problem("write.fs", folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        return Problem("write.file")
    if not os.access(folder, os.W_OK | os.X_OK):
        return Problem("write.folder", folder=folder)
    return ""


def folder_writable(path: Path) -> bool:
    """Can companion files (SQLite's -shm, the writer lock) be made beside `path`? The
    file's own permissions do not matter for that."""
    return not _read_only_fs(path.parent) and os.access(path.parent, os.W_OK | os.X_OK)


def _read_only_fs(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False


_NEARLY_FULL = 1 << 20  # bytes: less than this free, an I/O error is taken for a full disk


def _free_space(path: Path) -> int | None:
    try:
        st = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return None
    return st.f_bavail * st.f_frsize


def _full(path: Path, doing: Problem) -> DiskFullError:
    free = _free_space(path)
    if free is None:
        return DiskFullError(path, Problem("corpus.full_unknown", doing=doing))
    return DiskFullError(path, Problem("corpus.full", doing=doing, free=free // 1024))


def from_sqlite(path: Path, exc: sqlite3.Error, how: str) -> CorpusError:
    """The CorpusError naming the real cause of a SQLite error met while `doing` (e.g.
    "save", the key doing.save): a full disk, a read-only place, a busy file, damage..."""
    doing = Problem(f"doing.{how}")
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL") or "disk is full" in str(exc):
        return _full(path, doing)
    free = _free_space(path)
    if (name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) and free is not None
            and free < _NEARLY_FULL):  # SQLite could not grow its journal or WAL index
        return _full(path, doing)
    if name.startswith("SQLITE_READONLY"):
        cause = write_problem(path) or Problem("corpus.sqlite_read_only", error=exc)
        return NotWritableError(path, Problem("corpus.not_writable", doing=doing, cause=cause))
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        cause = write_problem(path)
        if cause:
            return CorpusError(path, Problem("corpus.cannot_open_because", doing=doing,
                                             error=exc, cause=cause))
        return CorpusError(path, Problem("corpus.cannot_open", doing=doing, error=exc))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return CorpusLockedError(path, Problem("corpus.busy", doing=doing, error=exc))
    if name.startswith("SQLITE_IOERR"):
        return CorpusError(path, Problem("corpus.io_error", doing=doing, error=exc))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return NotACorpusError(path, Problem("corpus.damaged", error=exc))
    return CorpusError(path, Problem("corpus.sqlite_error", doing=doing, error=exc))
