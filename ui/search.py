"""Find in the bead table: plain or regex, on either side, Arabic matched with diacritics,
tatweel and alef variants ignored (aligner.normalize does the folding for both the
pattern and the text, so what the user types need not carry the marks the text has)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .models import SRC, TGT, BeadTableModel


def fold(text: str, lang: str) -> str:
    """The matching form of a text: the core's normalization, then case folding."""
    from aligner.normalize import normalize_for_matching

    return normalize_for_matching(text, lang).text.casefold()


@dataclass
class Query:
    pattern: str
    regex: bool = False
    sides: tuple[int, ...] = (SRC, TGT)


def make_matcher(query: Query, lang: str) -> Callable[[str], bool]:
    """A predicate over raw side texts; raises re.error for a bad regex."""
    folded = fold(query.pattern, lang)
    if query.regex:
        compiled = re.compile(folded)
        return lambda text: compiled.search(fold(text, lang)) is not None
    return lambda text: folded in fold(text, lang)


def find_row(model: BeadTableModel, query: Query, start: int, *, backwards: bool = False,
             rows: list[int] | None = None) -> int | None:
    """The first source row after `start` (before it when backwards) whose side matches,
    wrapping around; `rows` limits the search to the rows a filter shows."""
    if not query.pattern or not model.beads:
        return None
    matchers = {side: make_matcher(query, model.lang(side)) for side in query.sides}
    order = rows if rows is not None else range(len(model.beads))
    order = list(order)
    if not order:
        return None
    # rotate so that the search starts just after (or before) the current row
    after = [r for r in order if r > start]
    before = [r for r in order if r <= start]
    sequence = (list(reversed([r for r in order if r < start])) + list(reversed(
        [r for r in order if r >= start]))) if backwards else after + before
    for row in sequence:
        for side, matches in matchers.items():
            if matches(model.side_text(row, side)):
                return row
    return None
