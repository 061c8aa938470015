"""One bead's entities: its two sides as texts with sentence offsets, and the counterpart
proposed for an entity just tagged (the GUI shows it at once; Enter accepts).

Why here: projection (aligner.entities.project) works on a side's text; entities live on
sentences. A side is its sentences joined by newlines, so each sentence keeps a known
offset and a proposal maps back to one sentence (a name never spans two).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aligner.entities.project import Mention, project_bead
from aligner.model import Entity, Segment


@dataclass(frozen=True)
class SideText:
    """A bead side as one text: sentence i starts at starts[i]."""

    segments: tuple[Segment, ...]
    starts: tuple[int, ...]
    text: str

    @classmethod
    def of(cls, segments: Sequence[Segment]) -> "SideText":
        starts, at = [], 0
        for seg in segments:
            starts.append(at)
            at += len(seg.text) + 1
        return cls(tuple(segments), tuple(starts), "\n".join(s.text for s in segments))

    def to_side(self, segment_id: int, offset: int) -> int:
        k = next(i for i, s in enumerate(self.segments) if s.id == segment_id)
        return self.starts[k] + offset

    def to_segment(self, start: int, end: int) -> tuple[Segment, int, int] | None:
        """The sentence holding [start, end) of the side text, with offsets in it."""
        for seg, at in zip(self.segments, self.starts):
            if at <= start and end <= at + len(seg.text):
                return seg, start - at, end - at
        return None


@dataclass(frozen=True)
class Proposal:
    """A counterpart for `entity_id`: a new span to tag (existing_id None) or an entity of
    the other side to link."""

    entity_id: int
    segment_id: int
    start: int
    end: int
    label: str
    existing_id: int | None = None


def propose_counterpart(entity: Entity, own: Sequence[Segment], own_lang: str,
                        other: Sequence[Segment], other_lang: str,
                        own_entities: Sequence[Entity],
                        other_entities: Sequence[Entity]) -> Proposal | None:
    """The counterpart of `entity` (on a sentence of `own`) in the `other` side of its
    bead, or None. The side's other entities take part as projection wants: the other
    side's never overlap a new span, and an unlinked one may be the counterpart."""
    if entity.id is None or entity.counterpart_id is not None:
        return None
    mine, theirs = SideText.of(own), SideText.of(other)
    ids_mine = {s.id for s in own}
    ids_theirs = {s.id for s in other}
    sources = [e for e in own_entities if e.segment_id in ids_mine]
    if not any(e.id == entity.id for e in sources):
        sources.append(entity)
    targets = [e for e in other_entities if e.segment_id in ids_theirs]
    mentions = [Mention(mine.to_side(e.segment_id, e.start), mine.to_side(e.segment_id, e.end),
                        e.label, e.id != entity.id) for e in sources]
    target_mentions = [Mention(theirs.to_side(e.segment_id, e.start),
                               theirs.to_side(e.segment_id, e.end), e.label,
                               e.counterpart_id is not None) for e in targets]
    wanted = next(i for i, e in enumerate(sources) if e.id == entity.id)
    for p in project_bead(mine.text, own_lang, theirs.text, other_lang, mentions,
                          target_mentions):
        if p.source != wanted:
            continue
        if p.existing is not None:
            t = targets[p.existing]
            return Proposal(entity.id, t.segment_id, t.start, t.end, t.label, t.id)
        found = theirs.to_segment(p.start, p.end)
        if found is None:
            return None
        seg, start, end = found
        assert seg.id is not None
        return Proposal(entity.id, seg.id, start, end, p.label)
    return None
