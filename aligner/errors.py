"""Errors the user must see, as they are: str() names the file (when there is one) and
the problem. The CLI prints them without a traceback; the GUI shows them in a dialog."""
from __future__ import annotations

import os
from typing import Callable


class DragomanError(Exception):
    """Base of all user-facing errors."""

    def worded(self, word: Callable[[str], str], place: Callable[[str], str] = str) -> str:
        """The message with its problem passed through `word` (the GUI's translation of a
        keyed problem, aligner/messages.py) and the file's name through `place` (the GUI
        keeps it left to right in Arabic); str(self) is worded(str)."""
        return str(self)


class Refusal(DragomanError):
    """A refusal that names no file (an edit, a label set, an export's unit): the message
    is its problem, which may be keyed (aligner/messages.py) for the GUI to translate."""

    def __init__(self, problem: str):
        self.problem = problem
        super().__init__(problem)

    def worded(self, word: Callable[[str], str], place: Callable[[str], str] = str) -> str:
        return word(self.problem)


class InputError(DragomanError):
    """A file we were asked to read is unusable (binary, undecodable, empty, malformed...)."""

    def __init__(self, path: str | os.PathLike[str] | None, problem: str, line: int | None = None):
        self.path = None if path is None else str(path)
        self.problem = problem
        self.line = line
        super().__init__(self.worded(str))

    def worded(self, word: Callable[[str], str], place: Callable[[str], str] = str) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{place(where)}: {word(self.problem)}"
