"""Keyed messages for the refusals the core raises on bad input (a file that is not text,
a corpus from a newer Dragoman...).

Why: the CLI prints them in English, but the GUI shows them in the interface language.
The core never imports Qt, so it names each message by a key with its arguments; the
English text is here, once, and the GUI's table (ui/core_messages.py) gives each key its
translatable text. A Problem is a str (the English text) so that every error built from
it still reads as before.
"""
from __future__ import annotations

from typing import Any

CATALOGUE: dict[str, str] = {
    # reading a text file (aligner/text/textio.py)
    "file.not_found": "file not found",
    "file.permission": "permission denied",
    "file.unreadable": "cannot read file ({reason})",
    "file.folder": "is a folder, not a text file; give a regular file",
    "file.fifo": "is a named pipe (FIFO), not a text file; give a regular file",
    "file.device": "is a device, not a text file; give a regular file",
    "file.socket": "is a socket, not a text file; give a regular file",
    "file.special": "is not a regular file; give a regular file",
    "file.too_large": "file is too large ({size} MB; the limit is {limit} MB for a text)",
    "file.grew_too_large": "file is too large (over {limit} MB)",
    "file.long_line": "line is longer than {limit} characters (a paragraph that long is not "
                      "text; break it into lines)",
    "file.empty": "file is empty",
    "file.blank": "file holds no text (only white space)",
    "file.binary": "looks like a binary file, not text (decoded as {encoding})",
    "file.nul_bytes": "looks like a binary file, not text (it contains NUL bytes)",
    # opening a corpus file (aligner/corpus/file.py)
    "corpus.missing": "no such corpus file",
    "corpus.folder": "is a folder, not a corpus file",
    "corpus.unreadable": "cannot read the file: {reason}",
    "corpus.empty": "is an empty file, not a Dragoman corpus",
    "corpus.not_sqlite": "is not a Dragoman corpus (not a SQLite database file)",
    "corpus.short_header": "is truncated (shorter than a database header)",
    "corpus.other_sqlite": "is a SQLite database but not a Dragoman corpus",
    "corpus.truncated": "is truncated or damaged ({size} bytes, {expected} expected)",
    "corpus.newer": "was written by a newer Dragoman (corpus format {version}; this version "
                    "reads up to format {supported}); update Dragoman to open it",
    "corpus.no_version": "is not a Dragoman corpus (no schema version)",
    "corpus.tables_missing": "is damaged: tables missing: {tables}",
    "corpus.older_read_only": "uses the older corpus format {version}; open it once for "
                              "writing to upgrade it",
}


class Problem(str):
    """One catalogue message with its arguments; as a str, its English text."""

    key: str
    args: dict[str, Any]

    def __new__(cls, key: str, **args: Any) -> "Problem":
        self = super().__new__(cls, CATALOGUE[key].format(**args))
        self.key = key
        self.args = args
        return self
