"""Find in the bead table: plain or regex, on either side, Arabic matched with diacritics,
tatweel and alef variants ignored (aligner.text.normalize does the folding for both the
pattern and the text, so what the user types need not carry the marks the text has)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from aligner.model import Bead, Segment
from aligner.text.normalize import match_key, normalize_for_matching
from aligner.tasks import TaskControl, report

from .model import SRC, TGT, BeadTableModel, shown_range


def fold(text: str) -> str:
    """The matching form of a text: the core's match key (NFC, no diacritics, tatweel or
    bidi controls, alef/ya variants folded, casefolded, spaces collapsed), at C speed."""
    return match_key(text)


def build_index(beads: Sequence[Bead], src: Sequence[Segment], tgt: Sequence[Segment],
                show_excluded: bool, control: TaskControl | None = None) -> dict[int, list[str]]:
    """Folded text of every bead side, row by row (what find scans). Pure: a worker runs
    it on lists read through its own connection."""
    index: dict[int, list[str]] = {SRC: [], TGT: []}
    for row, bead in enumerate(beads):
        if row % 5000 == 0:
            report(control, row, len(beads), "preparing find")
        for column, segments in ((SRC, src), (TGT, tgt)):
            lo, hi = shown_range(beads, row, column, len(segments))
            index[column].append(fold("\n".join(s.text for s in segments[lo:hi]
                                                 if show_excluded or not s.excluded)))
    return index


@dataclass
class Query:
    pattern: str
    regex: bool = False
    sides: tuple[int, ...] = (SRC, TGT)


def make_matcher(query: Query) -> Callable[[str], bool]:
    """A predicate over folded side texts; raises re.error for a bad regex.

    A regex is folded without casefolding (that would turn \\S into \\s) and matched
    case-insensitively instead."""
    if query.regex:
        compiled = re.compile(normalize_for_matching(query.pattern).text, re.IGNORECASE)
        return lambda folded: compiled.search(folded) is not None
    key = fold(query.pattern)
    return lambda folded: key in folded


def find_row(model: BeadTableModel, query: Query, start: int, *, backwards: bool = False,
             rows: list[int] | None = None) -> int | None:
    """The first source row after `start` (before it when backwards) whose side matches,
    wrapping around; `rows` limits the search to the rows a filter shows."""
    if not query.pattern or not model.beads:
        return None
    matches = make_matcher(query)
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
        for side in query.sides:
            if matches(model.folded_text(row, side)):
                return row
    return None
