"""Conversions between Qt's UTF-16 code-unit positions and the core's code-point offsets.

Qt (QString, QTextCursor) counts UTF-16 code units, so a character outside the BMP (an emoji,
a rare CJK or mathematical letter) counts 2 in Qt and 1 in Python and in the corpus.
Every position that crosses the ui/core boundary goes through these two functions.
"""
from __future__ import annotations


def utf16_to_codepoint(text: str, utf16_pos: int) -> int:
    """Code-point offset for a UTF-16 position; a position inside a surrogate pair rounds down."""
    units = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > utf16_pos:
            return index
        units += width
    return len(text)


def codepoint_to_utf16(text: str, offset: int) -> int:
    """UTF-16 position of a code-point offset (clamped to the text)."""
    offset = max(0, min(offset, len(text)))
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)
