"""Moving through a bitext under review: find, the next bead to check, the stretch to
re-align, and which sentences a bead's row shows.

Pure functions over beads and texts, so the GUI only maps rows and the rules are tested
without Qt. Sides are "src" and "tgt"; positions are bead positions in the bitext.

Find matches on folded text (aligner.text.fold.text_key: Arabic diacritics, tatweel
and alef/ya variants ignored, case folded), so what the user types need not carry the
marks the text has.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Callable, Iterable, Sequence

import numpy as np

from aligner.model import Bead, BeadStatus, Segment
from aligner.tasks import TaskControl, report
from aligner.text.fold import normalize_for_matching, text_key
from aligner.messages import Problem

SIDES = ("src", "tgt")


def shown_range(beads: Sequence[Bead], position: int, side: str,
                n_segments: int = 0) -> tuple[int, int]:
    """Segment positions a bead's row shows on one side: its own range, plus the excluded
    sentences the aligner left between it and the previous bead (and after the last bead,
    up to `n_segments`), so boilerplate stays visible where it stands in the text."""
    bead = beads[position]
    lo, hi = (bead.src_start, bead.src_end) if side == "src" else (bead.tgt_start, bead.tgt_end)
    if position == 0:
        lo = 0
    else:
        before = beads[position - 1]
        lo = min(lo, before.src_end if side == "src" else before.tgt_end)
    if position == len(beads) - 1:
        hi = max(hi, n_segments)
    return lo, hi


def side_text(segments: Sequence[Segment], show_excluded: bool = True) -> str:
    """A bead side as shown and searched: its sentences one a line."""
    return "\n".join(s.text for s in segments if show_excluded or not s.excluded)


# --- find --------------------------------------------------------------------------------

def fold(text: str) -> str:
    """The form find compares (the core's match key)."""
    return text_key(text)


@dataclass(frozen=True)
class Query:
    pattern: str
    regex: bool = False
    sides: tuple[str, ...] = SIDES


def make_matcher(query: Query) -> Callable[[str], bool]:
    """A predicate over folded side texts; raises re.error for a bad regex.

    A regex is folded without casefolding (that would turn \\S into \\s) and matched
    case-insensitively instead."""
    if query.regex:
        compiled = re.compile(normalize_for_matching(query.pattern).text, re.IGNORECASE)
        return lambda folded: compiled.search(folded) is not None
    key = fold(query.pattern)
    return lambda folded: key in folded


def match_spans(query: Query, text: str) -> list[tuple[int, int]]:
    """Every match of the query in one sentence, as code-point spans of the original
    text (what find highlights). Matching is on the same fold as `find_next`, and the
    offset map of `normalize_for_matching` carries each match back to the text as stored,
    so a match that skips a vowel mark still covers it."""
    if not query.pattern:
        return []
    norm = normalize_for_matching(text)
    # casefold character by character, so every key character keeps its original offset
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(norm.text):
        for c in ch.casefold():
            chars.append(c)
            origin.append(i)
    key = "".join(chars)
    origin.append(len(norm.text))
    if query.regex:
        try:
            compiled = re.compile(normalize_for_matching(query.pattern).text, re.IGNORECASE)
        except re.error:
            return []
        found = [(m.start(), m.end()) for m in compiled.finditer(key) if m.end() > m.start()]
    else:
        needle = fold(query.pattern)
        found = []
        at = key.find(needle)
        while needle and at >= 0:
            found.append((at, at + len(needle)))
            at = key.find(needle, at + len(needle))
    return [norm.original_span(origin[s], origin[e]) for s, e in found]


def search_order(positions: Iterable[int], start: int, *, backwards: bool = False) -> list[int]:
    """The positions in the order a find visits them: from just after `start` (just
    before it when backwards), wrapping around."""
    order = list(positions)
    if backwards:
        return [p for p in reversed(order) if p < start] + \
            [p for p in reversed(order) if p >= start]
    return [p for p in order if p > start] + [p for p in order if p <= start]


def find_next(query: Query, folded: Callable[[int, str], str], positions: Iterable[int],
              start: int, *, backwards: bool = False) -> int | None:
    """The first position (in search order) whose side text matches the query.
    `folded(position, side)` gives the folded text; `positions` are the ones searched
    (those a filter shows)."""
    if not query.pattern:
        return None
    matches = make_matcher(query)
    for position in search_order(positions, start, backwards=backwards):
        for side in query.sides:
            if matches(folded(position, side)):
                return position
    return None


def _visit(positions: Iterable[int], start: int, backwards: bool) -> Iterable[int]:
    """`search_order`, lazily for a plain range (no filter): a find that stops early does
    not first build a list of a million positions."""
    if isinstance(positions, range) and positions.step == 1:
        lo, hi = positions.start, positions.stop
        if backwards:
            cut = min(max(start, lo), hi)
            return chain(range(cut - 1, lo - 1, -1), range(hi - 1, cut - 1, -1))
        cut = min(max(start + 1, lo), hi)
        return chain(range(cut, hi), range(lo, cut))
    return search_order(positions, start, backwards=backwards)


def find_in_index(query: Query, index: dict[str, list[str]], positions: Iterable[int],
                  start: int, *, backwards: bool = False) -> int | None:
    """`find_next` over a find index (what `build_find_index` gives), at the speed a
    million rows need: no call per row for a plain pattern."""
    if not query.pattern:
        return None
    search = getattr(index, "find", None)  # an aligner.find_index.FindIndex searches itself
    if callable(search):
        return search(query, positions, start, backwards=backwards)
    columns = [index[side] for side in query.sides]
    order = _visit(positions, start, backwards)
    if query.regex:
        matches = make_matcher(query)
        return next((p for p in order if any(matches(c[p]) for c in columns)), None)
    key = fold(query.pattern)
    if len(columns) == 2:
        first, second = columns
        return next((p for p in order if key in first[p] or key in second[p]), None)
    (only,) = columns
    return next((p for p in order if key in only[p]), None)


def build_find_index(beads: Sequence[Bead], src: Sequence[Segment], tgt: Sequence[Segment],
                     show_excluded: bool,
                     control: TaskControl | None = None) -> dict[str, list[str]]:
    """Folded text of every bead side, bead by bead (what find scans), built once for a
    large bitext."""
    ranges = [(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in beads]
    return fold_index(ranges, [(s.text, s.excluded) for s in src],
                      [(s.text, s.excluded) for s in tgt], show_excluded, control)


def fold_index(ranges: Sequence[tuple[int, int, int, int]], src: Sequence[tuple[str, bool]],
               tgt: Sequence[tuple[str, bool]], show_excluded: bool,
               control: TaskControl | None = None) -> dict[str, list[str]]:
    """`build_find_index` over lean rows: bead ranges and (text, excluded) per segment."""
    return {"src": fold_side(ranges, "src", src, show_excluded, control),
            "tgt": fold_side(ranges, "tgt", tgt, show_excluded, control)}


def fold_side(ranges: Sequence[tuple[int, int, int, int]], side: str,
              segments: Sequence[tuple[str, bool]], show_excluded: bool,
              control: TaskControl | None = None) -> list[str]:
    """One side of the find index; a caller can read, fold and drop one side's texts
    before the other's, so a million-bead bitext does not hold both at once.

    Each sentence is folded once and a side's key is its sentences' keys joined by a
    space, which equals folding the side's text (sentences one a line: the fold collapses
    white space and acts character by character). A one-sentence side shares its
    sentence's key string, so the index costs little more than the folded texts."""
    n = len(ranges)
    at, done = (0, 0) if side == "src" else (2, n)
    report(control, done, 2 * n, Problem("progress.find"))
    keys = [fold(text) if show_excluded or not excluded else "" for text, excluded in segments]
    out: list[str] = []
    previous_end = 0
    for position, bead in enumerate(ranges):
        if position % 50_000 == 0 and position:
            report(control, done + position, 2 * n, Problem("progress.find"))
        lo, hi = (0 if position == 0 else min(bead[at], previous_end)), bead[at + 1]
        previous_end = bead[at + 1]
        if position == n - 1:
            hi = max(hi, len(keys))
        out.append(keys[lo] if hi - lo == 1 else " ".join(k for k in keys[lo:hi] if k))
    return out


# --- the next bead to check, the stretch to re-align ------------------------------------

def next_to_review(beads: Sequence[Bead], start: int, *, low_below: float | None = None,
                   shown: Callable[[int], bool] | None = None) -> int | None:
    """The first unconfirmed bead after `start` (with `low_below`, only those scoring
    under it; a bead never scored is not low-confidence) that `shown` accepts (a filter
    may hide some); None when there is none."""
    columns = _columns(beads)
    if columns is not None:  # a million rows: the same rule over the status/score columns
        status, score = columns
        after = np.flatnonzero(status[start + 1:] == 0) + (start + 1)
        if low_below is not None:
            values = score[after]
            after = after[~np.isnan(values) & (values < low_below)]
        return next((int(p) for p in after if shown is None or shown(int(p))), None)
    for position in range(start + 1, len(beads)):
        bead = beads[position]
        if bead.status == BeadStatus.CONFIRMED:
            continue
        if low_below is not None and (bead.score is None or bead.score >= low_below):
            continue
        if shown is None or shown(position):
            return position
    return None


def realign_range(beads: Sequence[Bead], selected: Sequence[int]) -> tuple[int, int] | None:
    """Beads [first, last) to re-align: the selection when it spans several beads, else
    the unconfirmed stretch around the one selected bead (between the nearest confirmed
    beads); None when nothing is selected or the one bead is confirmed."""
    positions = sorted(set(selected))
    if not positions:
        return None
    if len(positions) > 1:
        return positions[0], positions[-1] + 1
    row = positions[0]
    columns = _columns(beads)
    if columns is not None:
        status = columns[0]
        if status[row]:
            return None
        before = np.flatnonzero(status[:row])
        after = np.flatnonzero(status[row + 1:])
        return (int(before[-1]) + 1 if len(before) else 0,
                row + 1 + int(after[0]) if len(after) else len(beads))
    if beads[row].status == BeadStatus.CONFIRMED:
        return None
    first = row
    while first > 0 and beads[first - 1].status != BeadStatus.CONFIRMED:
        first -= 1
    last = row + 1
    while last < len(beads) and beads[last].status != BeadStatus.CONFIRMED:
        last += 1
    return first, last


def _columns(beads: Sequence[Bead]) -> tuple[np.ndarray, np.ndarray] | None:
    """(confirmed flags, scores with NaN for none) of beads held as columns with every row
    read (aligner.bead_rows.BeadRows), else None."""
    if getattr(beads, "complete", False):
        return beads.status, beads.score  # type: ignore[attr-defined]
    return None
