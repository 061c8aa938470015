"""The counterpart proposed for an entity just tagged (aligner.entities.bead): found in the
right sentence of the other side, with offsets in that sentence; an unlinked entity that
is the counterpart is proposed for linking instead of a new span."""
from __future__ import annotations

from aligner.entities.bead import SideText, propose_counterpart
from aligner.model import Entity, Segment

# Sentences written for these tests.
AR = ["افتتحت الوزارة محطة جديدة.", "وزار الوفد مدينة القائم يوم الأحد."]
EN = ["The ministry opened a new station.", "The delegation visited the town of al-Qaim on Sunday."]


def side(texts: list[str], first_id: int) -> list[Segment]:
    return [Segment(first_id + i, 1, i, 0, 0, len(t), t) for i, t in enumerate(texts)]


def test_side_text_maps_offsets_both_ways() -> None:
    st = SideText.of(side(EN, 10))
    at = st.to_side(11, 4)
    assert st.text[at:at + 10] == "delegation"
    seg, start, end = st.to_segment(at, at + 10)
    assert (seg.id, start, end) == (11, 4, 14)
    assert st.to_segment(len(EN[0]) - 2, len(EN[0]) + 3) is None  # across two sentences


def test_the_counterpart_is_found_in_its_sentence() -> None:
    ar, en = side(AR, 1), side(EN, 10)
    a = AR[1].index("القائم")
    entity = Entity(7, 2, a, a + len("القائم"), "LOC")
    proposal = propose_counterpart(entity, ar, "ar", en, "en", [entity], [])
    assert proposal is not None and proposal.segment_id == 11
    assert EN[1][proposal.start:proposal.end] == "al-Qaim"
    assert (proposal.label, proposal.existing_id, proposal.entity_id) == ("LOC", None, 7)


def test_an_unlinked_entity_there_is_proposed_for_linking() -> None:
    ar, en = side(AR, 1), side(EN, 10)
    a, e = AR[1].index("القائم"), EN[1].index("al-Qaim")
    entity = Entity(7, 2, a, a + len("القائم"), "LOC")
    there = Entity(8, 11, e, e + len("al-Qaim"), "LOC")
    proposal = propose_counterpart(entity, ar, "ar", en, "en", [entity], [there])
    assert proposal is not None and proposal.existing_id == 8
    linked = Entity(8, 11, e, e + len("al-Qaim"), "LOC", counterpart_id=99)
    other = propose_counterpart(entity, ar, "ar", en, "en", [entity], [linked])
    assert other is None or other.existing_id is None  # a linked entity is never taken
    assert propose_counterpart(Entity(7, 2, a, a + 6, "LOC", counterpart_id=8), ar, "ar",
                               en, "en", [], [there]) is None
