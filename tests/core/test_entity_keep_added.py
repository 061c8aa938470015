"""keep_added: a preview keeps only the ticked entities of a propagation or suggestion,
with the links among them."""
from __future__ import annotations

from aligner.entities.edits import EntityEdit, keep_added
from aligner.model import Entity


def test_only_ticked_entities_and_their_links_are_kept() -> None:
    add = [Entity(None, 1, 0, 3, "PER"), Entity(None, 2, 0, 3, "PER"),
           Entity(None, 3, 4, 9, "LOC"), Entity(None, 4, 1, 5, "LOC")]
    edit = EntityEdit("Tag 4 occurrences", add=add, links=[(-1, -2), (-3, -4), (-4, 17)])
    kept = keep_added(edit, [0, 1, 3])
    assert kept is not None
    assert [(e.segment_id, e.label) for e in kept.add] == [(1, "PER"), (2, "PER"), (4, "LOC")]
    assert kept.links == [(-1, -2), (-3, 17)]  # -3 (dropped) goes, -4 becomes -3
    assert kept.label == "Tag 4 occurrences (3 of 4 kept)"
    assert keep_added(edit, []) is None
    assert keep_added(edit, range(4)).label == "Tag 4 occurrences"
