"""Entities beyond the basics in annotations.py: the corpus's label set, whole-row writes
that entity edits and their undo use, and reading a bitext's entities side by side."""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Sequence

from aligner.corpus.annotations import ENTITY_INSERT, ENTITY_SELECT, entity_row
from aligner.corpus.errors import CorpusChangeError
from aligner.corpus.file import CorpusFile
from aligner.entities.labels import Label, LabelError, check_labels
from aligner.messages import Problem
from aligner.model import base_lang, Bitext, Entity, Segment



class EntitiesMixin(CorpusFile):
    """Label set and entity rows of a `Corpus`."""

    if TYPE_CHECKING:  # provided by the other concerns of Corpus
        def segment(self, segment_id: int) -> Segment: ...
        def bitext(self, bitext_id: int) -> Bitext: ...
        def entities(self, segment_ids: Sequence[int] | None = None) -> list[Entity]: ...
        def entity_langs(self, ids: Sequence[int]) -> dict[int, str]: ...

    # --- labels ------------------------------------------------------------------------
    def labels(self) -> list[Label]:
        """The corpus's labels in order (PER LOC ORG MISC unless the user changed them)."""
        return [Label(*r) for r in self._q(
            "SELECT name, colour, key FROM labels ORDER BY position, name")]

    def set_labels(self, labels: Sequence[Label]) -> None:
        """Replace the label set. Refused (CorpusChangeError) when a label still used by an
        entity would go, or the set breaks a rule (aligner.entities.labels.check_labels)."""
        try:
            check_labels(list(labels))
        except LabelError as exc:
            raise CorpusChangeError(self.path, exc.problem) from None
        names = {lab.name for lab in labels}
        with self.transaction():
            for label, n in self._q("SELECT label, count(*) FROM entities GROUP BY label "
                                    "ORDER BY label"):
                if label not in names:
                    raise CorpusChangeError(self.path, Problem("entity.label_in_use",
                                                            label=label, count=n))
            self._x("DELETE FROM labels")
            self._xm("INSERT INTO labels(name, colour, key, position) VALUES (?, ?, ?, ?)",
                     ((lab.name, lab.colour, lab.key, i) for i, lab in enumerate(labels)))

    def rename_label(self, old: str, new: str) -> None:
        """Rename a label and every entity that carries it."""
        labels = [Label(new, lab.colour, lab.key) if lab.name == old else lab
                  for lab in self.labels()]
        if old not in {lab.name for lab in self.labels()}:
            raise CorpusChangeError(self.path, Problem("entity.no_label", label=old))
        with self.transaction():
            self._x("UPDATE entities SET label = ? WHERE label = ?", (new, old))
            self.set_labels(labels)

    # --- whole rows --------------------------------------------------------------------
    def entity(self, entity_id: int) -> Entity:
        rows = self._q(f"SELECT {ENTITY_SELECT} FROM entities e WHERE id = ?", (entity_id,))
        if not rows:
            raise self._missing("entity", entity_id)
        return entity_row(rows[0])

    def entities_by_id(self, ids: Sequence[int]) -> list[Entity]:
        return [entity_row(r) for r in self._q_in(
            f"SELECT {ENTITY_SELECT} FROM entities e WHERE id IN ({{ids}}) ORDER BY id", ids)]

    def write_entities(self, rows: Sequence[Entity]) -> None:
        """Insert or update these entities with their ids, labels, links and status, as
        given (edits and their undo). Links may point at each other within `rows`."""
        with self.transaction():
            texts: dict[int, str] = {}
            for e in rows:
                if e.id is None:
                    raise CorpusChangeError(self.path, "write_entities needs entity ids")
                if e.segment_id not in texts:
                    texts[e.segment_id] = self.segment(e.segment_id).text
                if not 0 <= e.start < e.end <= len(texts[e.segment_id]):
                    raise CorpusChangeError(
                        self.path, f"entity offsets {e.start}-{e.end} are outside sentence "
                        f"{e.segment_id} (length {len(texts[e.segment_id])})")
                if e.status not in ("accepted", "suggested"):
                    raise CorpusChangeError(self.path, f"entity status {e.status!r}")
            # links second: a row may link to one written in this same call
            self._xm(f"INSERT INTO entities({ENTITY_INSERT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET segment_id = excluded.segment_id, "
                     'start = excluded.start, "end" = excluded."end", label = excluded.label, '
                     "name_id = excluded.name_id, status = excluded.status, "
                     "source = excluded.source",
                     ((e.id, e.segment_id, e.start, e.end, e.label, e.name_id, e.status,
                       e.source) for e in rows))
            # a row's `links` are all its counterparts: links are stored both ways
            self._xm("DELETE FROM entity_links WHERE a = ? OR b = ?",
                     ((e.id, e.id) for e in rows))
            self._xm("INSERT OR IGNORE INTO entity_links(a, b) VALUES (?, ?)",
                     (pair for e in rows for o in e.links for pair in ((e.id, o), (o, e.id))))
            self._check_links([e.id for e in rows if e.links])  # type: ignore[misc]

    def _check_links(self, ids: Sequence[int]) -> None:
        """Refuse (CorpusChangeError) links joining one language, or two counterparts of
        one entity in the same language."""
        langs = self.entity_langs(sorted({i for a in ids for i in (a, *self._links_of(a))}))
        for a in ids:
            seen: set[str] = set()
            for b in self._links_of(a):
                if langs[b] == langs[a] or langs[b] in seen:
                    raise CorpusChangeError(
                        self.path, Problem("entity.two_counterparts", entity=a, lang=langs[b])
                        if langs[b] in seen else
                        Problem("entity.link_same_lang", a=a, b=b, lang=langs[a]))
                seen.add(langs[b])

    def _links_of(self, entity_id: int) -> list[int]:
        return [r[0] for r in self._q("SELECT b FROM entity_links WHERE a = ? ORDER BY b",
                                      (entity_id,))]

    def segment_langs(self, segment_ids: Sequence[int]) -> dict[int, str]:
        """Segment id -> the base language of its document ('ar', 'en', 'fr')."""
        return {i: base_lang(lang) for i, lang in self._q_in(
            "SELECT s.id, d.lang FROM segments s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.id IN ({ids})", segment_ids)}

    def delete_entities(self, ids: Sequence[int]) -> None:
        with self.transaction():
            self._xm("DELETE FROM entities WHERE id = ?", ((i,) for i in ids))

    def next_entity_id(self) -> int:
        """The id the next new entity gets (edits reserve ids so redo can reuse them)."""
        row = self._q("SELECT max(id) FROM entities")[0][0] or 0
        seq = self._q("SELECT seq FROM sqlite_sequence WHERE name = 'entities'")
        return max(row, seq[0][0] if seq else 0) + 1

    # --- reading a bitext --------------------------------------------------------------
    def bitext_entities(self, bitext_id: int) -> dict[str, list[Entity]]:
        """{'src': [...], 'tgt': [...]}: the entities of both documents of a bitext; an
        entity's `counterpart_id` is its counterpart on the other side of this bitext (None
        when it has none there, even if linked in another language)."""
        b = self.bitext(bitext_id)
        out: dict[str, list[Entity]] = {}
        for side, doc in (("src", b.src_doc_id), ("tgt", b.tgt_doc_id)):
            out[side] = [entity_row(r) for r in self._q(
                f"SELECT {ENTITY_SELECT} "
                "FROM entities e JOIN segments s ON s.id = e.segment_id WHERE s.doc_id = ? "
                "ORDER BY s.position, e.start, e.id", (doc,))]
        for side, other in (("src", "tgt"), ("tgt", "src")):
            there = {e.id for e in out[other]}
            out[side] = [dataclasses.replace(e, counterpart_id=next(
                (i for i in e.links if i in there), None)) for e in out[side]]
        return out
