"""Errors the user must see, as they are: str() names the file (when there is one) and
the problem. The CLI prints them without a traceback; the GUI shows them in a dialog."""
from __future__ import annotations

import os


class DragomanError(Exception):
    """Base of all user-facing errors."""


class InputError(DragomanError):
    """A file we were asked to read is unusable (binary, undecodable, empty, malformed...)."""

    def __init__(self, path: str | os.PathLike[str] | None, problem: str, line: int | None = None):
        self.path = None if path is None else str(path)
        self.problem = problem
        self.line = line
        where = self.path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {problem}")
