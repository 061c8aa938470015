"""Annotations: named entities on segments (linked across a bitext) and the names register.

Kept small on purpose: the entity and names-register work extends it.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from aligner.corpus.errors import CorpusChangeError
from aligner.corpus.segkeys import SegmentKeysMixin
from aligner.messages import Problem
from aligner.model import base_lang, Entity, Segment

# The columns of an entity row as read, entities aliased `e`: its counterparts come from
# entity_links (schema version 8), the lowest first and all of them comma-joined last.
ENTITY_SELECT = ('e.id, e.segment_id, e.start, e."end", e.label, '
                 "(SELECT min(l.b) FROM entity_links l WHERE l.a = e.id), e.name_id, e.status, "
                 "e.source, (SELECT group_concat(l.b) FROM entity_links l WHERE l.a = e.id)")
ENTITY_INSERT = 'id, segment_id, start, "end", label, name_id, status, source'


def entity_row(row: Sequence) -> Entity:
    """An Entity from the ENTITY_SELECT columns of a row."""
    links = tuple(sorted(int(x) for x in row[9].split(","))) if row[9] else ()
    return Entity(*row[:9], links=links)  # type: ignore[misc]


class AnnotationsMixin(SegmentKeysMixin):
    """Entities and names of a `Corpus`."""

    if TYPE_CHECKING:  # provided by the documents concern of Corpus
        def segment(self, segment_id: int) -> Segment: ...

    def add_entity(self, entity: Entity) -> int:
        with self.transaction():
            seg = self.segment(entity.segment_id)
            if not 0 <= entity.start < entity.end <= len(seg.text):
                raise CorpusChangeError(self.path, Problem(
                    "entity.outside", start=entity.start, end=entity.end, sentence=seg.id,
                    length=len(seg.text)))
            if entity.status not in ("accepted", "suggested"):
                raise CorpusChangeError(self.path, f"entity status {entity.status!r} is not "
                                        "'accepted' or 'suggested'")
            cur = self._x(f"INSERT INTO entities({ENTITY_INSERT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          (entity.id, entity.segment_id, entity.start, entity.end, entity.label,
                           entity.name_id, entity.status, entity.source))
            entity.id = cur.lastrowid if entity.id is None else entity.id
            others = set(entity.links) | ({entity.counterpart_id} - {None})
            for other in sorted(others):  # type: ignore[type-var]
                self.set_entity_counterpart(entity.id, other)
            return entity.id

    def entities(self, segment_ids: Sequence[int] | None = None) -> list[Entity]:
        if segment_ids is None:
            return [entity_row(r) for r in self._q(
                f"SELECT {ENTITY_SELECT} FROM entities e ORDER BY segment_id, start, id")]
        return [entity_row(r) for r in self._q_in(
            f"SELECT {ENTITY_SELECT} FROM entities e WHERE segment_id IN ({{ids}}) "
            "ORDER BY segment_id, start, id", segment_ids)]

    def entities_of_documents(self, doc_ids: Sequence[int]) -> list[tuple[int, int, Entity]]:
        """(doc_id, segment position, entity) for every entity of these documents, in one
        query: exports use it instead of looking up each entity's segment."""
        ids = list(doc_ids)
        if not ids:
            return []
        cols = ENTITY_SELECT
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
            out += [(doc, p, entity_row(r[2:])) for p, r in zip(at, rows[k:end])]
            k = end
        return out

    def entities_in_range(self, doc_id: int, lo: int, hi: int) -> list[tuple[int, Entity]]:
        """(segment position, entity) for the entities of segments [lo, hi) of a document,
        in order: an export reads them a window at a time, so memory stays flat."""
        cols = ENTITY_SELECT
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
        return [(p, entity_row(r[1:])) for p, r in zip(at, rows)]

    def set_entity_counterpart(self, entity_id: int, other_id: int | None) -> None:
        """Link two entities of two languages, both ways; a link either had to an entity
        of the other's language goes (one counterpart per language). None unlinks
        entity_id from every counterpart."""
        with self.transaction():
            ids = [entity_id] if other_id is None else [entity_id, other_id]
            langs = self.entity_langs(ids)
            for i in ids:
                if i not in langs:
                    raise self._missing("entity", i)
            if other_id is None:
                self._x("DELETE FROM entity_links WHERE a = ? OR b = ?", (entity_id, entity_id))
                return
            if langs[entity_id] == langs[other_id]:
                raise CorpusChangeError(self.path, Problem(
                    "entity.link_same_lang", a=entity_id, b=other_id, lang=langs[entity_id]))
            for a, b in ((entity_id, other_id), (other_id, entity_id)):
                for old in self._q("SELECT b FROM entity_links WHERE a = ?", (a,)):
                    if self.entity_langs([old[0]]).get(old[0]) == langs[b]:
                        self._x("DELETE FROM entity_links WHERE (a = ? AND b = ?) "
                                "OR (a = ? AND b = ?)", (a, old[0], old[0], a))
            self._xm("INSERT OR IGNORE INTO entity_links(a, b) VALUES (?, ?)",
                     ((entity_id, other_id), (other_id, entity_id)))

    def entity_langs(self, ids: Sequence[int]) -> dict[int, str]:
        """Entity id -> the base language of its document ('ar', 'en', 'fr')."""
        return {i: base_lang(lang) for i, lang in self._q_in(
            "SELECT e.id, d.lang FROM entities e JOIN segments s ON s.id = e.segment_id "
            "JOIN documents d ON d.id = s.doc_id WHERE e.id IN ({ids})", ids)}

    def restore_entities(self, entities: Sequence[Entity]) -> None:
        """Put existing entities back on their segment/offsets (undo of a split/merge)."""
        with self.transaction():
            self._xm('UPDATE entities SET segment_id = ?, start = ?, "end" = ? WHERE id = ?',
                     ((e.segment_id, e.start, e.end, e.id) for e in entities))

    def delete_entity(self, entity_id: int) -> None:
        with self.transaction():
            self._x("DELETE FROM entities WHERE id = ?", (entity_id,))
