"""Annotations: named entities on segments (linked across a bitext) and the names register.

Kept small on purpose: the entity and names-register work extends it.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from aligner.corpus.errors import CorpusChangeError
from aligner.corpus.segkeys import SegmentKeysMixin
from aligner.model import Entity, Segment


class AnnotationsMixin(SegmentKeysMixin):
    """Entities and names of a `Corpus`."""

    if TYPE_CHECKING:  # provided by the documents concern of Corpus
        def segment(self, segment_id: int) -> Segment: ...

    _ENT_COLS = 'id, segment_id, start, "end", label, counterpart_id, name_id, status, source'

    def add_entity(self, entity: Entity) -> int:
        with self.transaction():
            seg = self.segment(entity.segment_id)
            if not 0 <= entity.start < entity.end <= len(seg.text):
                raise CorpusChangeError(self.path, f"entity offsets {entity.start}-{entity.end} "
                                        f"are outside sentence {seg.id} (length {len(seg.text)})")
            if entity.status not in ("accepted", "suggested"):
                raise CorpusChangeError(self.path, f"entity status {entity.status!r} is not "
                                        "'accepted' or 'suggested'")
            cur = self._x(f"INSERT INTO entities({self._ENT_COLS}) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (entity.id, entity.segment_id, entity.start, entity.end, entity.label,
                           entity.counterpart_id, entity.name_id, entity.status, entity.source))
            entity.id = cur.lastrowid if entity.id is None else entity.id
            return entity.id

    def entities(self, segment_ids: Sequence[int] | None = None) -> list[Entity]:
        if segment_ids is None:
            return [Entity(*r) for r in self._q(
                f"SELECT {self._ENT_COLS} FROM entities ORDER BY segment_id, start, id")]
        out: list[Entity] = []
        ids = list(segment_ids)
        for k in range(0, len(ids), 500):  # stay under SQLite's variable limit
            part = ids[k:k + 500]
            out += [Entity(*r) for r in self._q(
                f"SELECT {self._ENT_COLS} FROM entities WHERE segment_id IN "
                f"({','.join('?' * len(part))}) ORDER BY segment_id, start, id", part)]
        return out

    def entities_of_documents(self, doc_ids: Sequence[int]) -> list[tuple[int, int, Entity]]:
        """(doc_id, segment position, entity) for every entity of these documents, in one
        query: exports use it instead of looking up each entity's segment."""
        ids = list(doc_ids)
        if not ids:
            return []
        cols = ", ".join(f"e.{c.strip()}" for c in self._ENT_COLS.split(","))
        # CROSS JOIN keeps entities the outer loop: SQLite would otherwise walk every
        # segment of the documents (95 ms at 10^6, on every edit) to find a few entities
        rows = self._q(
            f"SELECT s.doc_id, s.position, {cols} FROM entities e "
            f"CROSS JOIN segments s ON s.id = e.segment_id WHERE s.doc_id IN "
            f"({','.join('?' * len(ids))}) ORDER BY s.doc_id, s.position, e.start, e.id", ids)
        out: list[tuple[int, int, Entity]] = []
        k = 0
        while k < len(rows):  # one document at a time: its keys become indexes at once
            doc, end = rows[k][0], k
            while end < len(rows) and rows[end][0] == doc:
                end += 1
            at = self._seg_index_list(doc, [r[1] for r in rows[k:end]])
            out += [(doc, p, Entity(*r[2:])) for p, r in zip(at, rows[k:end])]
            k = end
        return out

    def entities_in_range(self, doc_id: int, lo: int, hi: int) -> list[tuple[int, Entity]]:
        """(segment position, entity) for the entities of segments [lo, hi) of a document,
        in order: an export reads them a window at a time, so memory stays flat."""
        cols = ", ".join(f"e.{c.strip()}" for c in self._ENT_COLS.split(","))
        n = len(self._seg_keys(doc_id))
        lo, hi = max(lo, 0), min(hi, n)
        if hi <= lo:
            return []
        rows = self._q(
            f"SELECT s.position, {cols} FROM entities e JOIN segments s ON s.id = e.segment_id "
            "WHERE s.doc_id = ? AND s.position >= ? AND s.position < ? "
            "ORDER BY s.position, e.start, e.id",
            (doc_id, self._seg_key(doc_id, lo), self._seg_key(doc_id, hi)))
        at = self._seg_index_list(doc_id, [r[0] for r in rows])
        return [(p, Entity(*r[1:])) for p, r in zip(at, rows)]

    def set_entity_counterpart(self, entity_id: int, other_id: int | None) -> None:
        """Link two entities across a bitext, both ways (None unlinks entity_id and its
        former counterpart)."""
        with self.transaction():
            old = self._q("SELECT counterpart_id FROM entities WHERE id = ?", (entity_id,))
            if not old:
                raise self._missing("entity", entity_id)
            if old[0][0] is not None:
                self._x("UPDATE entities SET counterpart_id = NULL WHERE id = ? "
                        "AND counterpart_id = ?", (old[0][0], entity_id))
            self._x("UPDATE entities SET counterpart_id = ? WHERE id = ?", (other_id, entity_id))
            if other_id is not None:
                if not self._q("SELECT 1 FROM entities WHERE id = ?", (other_id,)):
                    raise self._missing("entity", other_id)
                self._x("UPDATE entities SET counterpart_id = ? WHERE id = ?",
                        (entity_id, other_id))

    def restore_entities(self, entities: Sequence[Entity]) -> None:
        """Put existing entities back on their segment/offsets (undo of a split/merge)."""
        with self.transaction():
            self._xm('UPDATE entities SET segment_id = ?, start = ?, "end" = ? WHERE id = ?',
                     ((e.segment_id, e.start, e.end, e.id) for e in entities))

    def delete_entity(self, entity_id: int) -> None:
        with self.transaction():
            self._x("DELETE FROM entities WHERE id = ?", (entity_id,))
