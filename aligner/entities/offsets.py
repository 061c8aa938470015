"""Entity offsets through a change of sentence text.

Why: a sentence edit must move its entities with the text (a prefix typed before القائم
must leave the entity on القائم, not on the letters now at its old offsets). The old and
new texts are compared code point by code point (difflib); an entity that no change
touches moves by the length difference before it; a change inside an entity (a typo
fixed in the name) resizes it; a change that crosses an entity's edge, or deletes it,
cuts it: the caller asks the user to shrink it to what is left or to remove it.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from aligner.model import Entity


@dataclass(frozen=True)
class Cut:
    """An entity a text change cuts through: `shrunk` is (start, end) of what is left of
    it in the new text, or None when nothing is."""

    entity: Entity
    shrunk: tuple[int, int] | None


def _changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    sm = SequenceMatcher(None, old, new, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def _map_point(changes: list[tuple[int, int, int, int]], pos: int, right: bool) -> int:
    """New offset of an old entity edge at `pos` (right: the end edge). Text inserted
    exactly at an edge stays outside the entity."""
    delta = 0
    for i1, i2, j1, j2 in changes:
        if i1 == i2 == pos:
            if not right:
                delta += j2 - j1
        elif i2 <= pos:
            delta += (j2 - j1) - (i2 - i1)
    return pos + delta


def remap(old: str, new: str, entities: Sequence[Entity]) -> tuple[list[Entity], list[Cut]]:
    """(entities at their new offsets, entities cut by the change)."""
    changes = _changes(old, new)
    moved: list[Entity] = []
    cuts: list[Cut] = []
    for e in entities:
        crossing = [c for c in changes if (c[0] < e.start < c[1]) or (c[0] < e.end < c[1])
                    or (c[0] <= e.start and e.end <= c[1] and c[0] < c[1])]
        start = _map_point(changes, e.start, right=False)
        end = _map_point(changes, e.end, right=True)
        if not crossing:
            # inside changes (or none) only: the span follows the text
            if end > start:
                moved.append(dataclasses.replace(e, start=start, end=end))
                continue
        cuts.append(Cut(e, _shrunk(changes, e, new)))
    return moved, cuts


def _shrunk(changes: list[tuple[int, int, int, int]], e: Entity, new: str) -> tuple[int, int] | None:
    """The longest run of the entity's old characters that no change touched, in new offsets."""
    untouched: list[tuple[int, int]] = []
    pos = e.start
    for i1, i2, _, _ in changes:
        if i2 <= e.start or i1 >= e.end:
            continue
        if i1 > pos:
            untouched.append((pos, i1))
        pos = max(pos, i2)
    if pos < e.end:
        untouched.append((pos, e.end))
    if not untouched:
        return None
    s, t = max(untouched, key=lambda r: (r[1] - r[0], -r[0]))
    ns = _map_point(changes, s, right=False)
    nt = ns + (t - s)
    while ns < nt and new[ns].isspace():
        ns += 1
    while nt > ns and new[nt - 1].isspace():
        nt -= 1
    return (ns, nt) if nt > ns else None


def plan_text_change(corpus, seg, text: str, on_cut: str) -> tuple[list[Entity], list[int],
                                                                  list[Entity]]:
    """For a sentence edit: (entities at their new offsets, ids to remove, rows before
    including the partners of removed ones). With on_cut "ask", a cut raises
    aligner.edits.EntitiesCutError naming the entities (nothing is changed)."""
    from aligner.edits import EntitiesCutError

    ents = corpus.entities([seg.id])
    moved, cuts = remap(seg.text, text, ents)
    if cuts and on_cut == "ask":
        names = ", ".join(f"'{seg.text[c.entity.start:c.entity.end]}'" for c in cuts)
        raise EntitiesCutError(f"the change cuts through the entit"
                               f"{'y' if len(cuts) == 1 else 'ies'} {names}: shrink or remove",
                               cuts)
    removed: list[int] = []
    for c in cuts:
        if on_cut == "shrink" and c.shrunk is not None:
            moved.append(dataclasses.replace(c.entity, start=c.shrunk[0], end=c.shrunk[1]))
        else:
            removed.append(c.entity.id)  # type: ignore[arg-type]
    partners = {i for e in ents if e.id in removed for i in e.links}
    return moved, removed, ents + corpus.entities_by_id(sorted(partners))
