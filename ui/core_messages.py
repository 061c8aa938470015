"""The core's keyed refusal messages (aligner/messages.py) in the interface language.

The English text of each message lives in the core; the table below only marks the same
texts for lupdate (a test checks they are the same, key by key), and the lookup goes by
the core's text, so a message the table lacks still shows, in English.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from aligner.errors import DragomanError
from aligner.messages import CATALOGUE, Problem

from .i18n import RTL_LANGS, current, translated

CONTEXT = "CoreMessages"
MARKED: dict[str, object] = {
    "file.not_found": QT_TRANSLATE_NOOP("CoreMessages", "file not found"),
    "file.permission": QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
    "file.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "cannot read file ({reason})"),
    "file.folder": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a folder, not a text file; give a regular file"),
    "file.fifo": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a named pipe (FIFO), not a text file; give a regular file"),
    "file.device": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a device, not a text file; give a regular file"),
    "file.socket": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a socket, not a text file; give a regular file"),
    "file.special": QT_TRANSLATE_NOOP("CoreMessages", "is not a regular file; give a regular file"),
    "file.too_large": QT_TRANSLATE_NOOP(
        "CoreMessages", "file is too large ({size} MB; the limit is {limit} MB for a text)"),
    "file.grew_too_large": QT_TRANSLATE_NOOP("CoreMessages", "file is too large (over {limit} MB)"),
    "file.long_line": QT_TRANSLATE_NOOP(
        "CoreMessages", "line is longer than {limit} characters (a paragraph that long is not "
        "text; break it into lines)"),
    "file.empty": QT_TRANSLATE_NOOP("CoreMessages", "file is empty"),
    "file.blank": QT_TRANSLATE_NOOP("CoreMessages", "file holds no text (only white space)"),
    "file.binary": QT_TRANSLATE_NOOP(
        "CoreMessages", "looks like a binary file, not text (decoded as {encoding})"),
    "file.nul_bytes": QT_TRANSLATE_NOOP(
        "CoreMessages", "looks like a binary file, not text (it contains NUL bytes)"),
    "corpus.missing": QT_TRANSLATE_NOOP("CoreMessages", "no such corpus file"),
    "corpus.folder": QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a corpus file"),
    "corpus.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file: {reason}"),
    "corpus.empty": QT_TRANSLATE_NOOP("CoreMessages", "is an empty file, not a Dragoman corpus"),
    "corpus.not_sqlite": QT_TRANSLATE_NOOP(
        "CoreMessages", "is not a Dragoman corpus (not a SQLite database file)"),
    "corpus.short_header": QT_TRANSLATE_NOOP(
        "CoreMessages", "is truncated (shorter than a database header)"),
    "corpus.other_sqlite": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a SQLite database but not a Dragoman corpus"),
    "corpus.truncated": QT_TRANSLATE_NOOP(
        "CoreMessages", "is truncated or damaged ({size} bytes, {expected} expected)"),
    "corpus.newer": QT_TRANSLATE_NOOP(
        "CoreMessages", "was written by a newer Dragoman (corpus format {version}; this version"
        " reads up to format {supported}); update Dragoman to open it"),
    "corpus.no_version": QT_TRANSLATE_NOOP(
        "CoreMessages", "is not a Dragoman corpus (no schema version)"),
    "corpus.tables_missing": QT_TRANSLATE_NOOP(
        "CoreMessages", "is damaged: tables missing: {tables}"),
    "corpus.older_read_only": QT_TRANSLATE_NOOP(
        "CoreMessages", "uses the older corpus format {version}; open it once for writing to "
        "upgrade it"),
}


def problem_text(problem: str) -> str:
    """A keyed problem in the interface language; any other text as it is."""
    if not isinstance(problem, Problem):
        return problem
    return translated(CONTEXT, CATALOGUE[problem.key]).format(**problem.args)


def error_text(exc: BaseException) -> str:
    """What the GUI shows for a core error: the file as it is, a keyed problem translated;
    any other error as the core wrote it."""
    if not isinstance(exc, DragomanError) or not isinstance(getattr(exc, "problem", None),
                                                            Problem):
        return str(exc)
    if current() in RTL_LANGS:
        # a right-to-left mark first: Qt takes a paragraph's direction from its first
        # strong letter and does not skip the isolated file name
        return "\u200f" + exc.worded(problem_text, isolated)
    return exc.worded(problem_text)


def isolated(name: str) -> str:
    """A file name kept left to right inside an Arabic sentence (a Unicode isolate), so the
    sentence, not the name, sets the paragraph's direction."""
    return f"\u2066{name}\u2069"
