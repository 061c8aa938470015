"""Entities beyond the basics in annotations.py: the corpus's label set, whole-row writes
that entity edits and their undo use, and reading a bitext's entities side by side."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from aligner.corpus.errors import CorpusChangeError
from aligner.corpus.file import CorpusFile
from aligner.entities.labels import Label, LabelError, check_labels
from aligner.model import Bitext, Entity, Segment

_COLS = 'id, segment_id, start, "end", label, counterpart_id, name_id, status, source'


class EntitiesMixin(CorpusFile):
    """Label set and entity rows of a `Corpus`."""

    if TYPE_CHECKING:  # provided by the other concerns of Corpus
        def segment(self, segment_id: int) -> Segment: ...
        def bitext(self, bitext_id: int) -> Bitext: ...
        def entities(self, segment_ids: Sequence[int] | None = None) -> list[Entity]: ...

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
            raise CorpusChangeError(self.path, str(exc)) from None
        names = {lab.name for lab in labels}
        with self.transaction():
            for label, n in self._q("SELECT label, count(*) FROM entities GROUP BY label "
                                    "ORDER BY label"):
                if label not in names:
                    raise CorpusChangeError(self.path, f"label {label} is used by {n} "
                                            "entities; relabel or delete them first")
            self._x("DELETE FROM labels")
            self._xm("INSERT INTO labels(name, colour, key, position) VALUES (?, ?, ?, ?)",
                     ((lab.name, lab.colour, lab.key, i) for i, lab in enumerate(labels)))

    def rename_label(self, old: str, new: str) -> None:
        """Rename a label and every entity that carries it."""
        labels = [Label(new, lab.colour, lab.key) if lab.name == old else lab
                  for lab in self.labels()]
        if old not in {lab.name for lab in self.labels()}:
            raise CorpusChangeError(self.path, f"there is no label {old}")
        with self.transaction():
            self._x("UPDATE entities SET label = ? WHERE label = ?", (new, old))
            self.set_labels(labels)

    # --- whole rows --------------------------------------------------------------------
    def entity(self, entity_id: int) -> Entity:
        rows = self._q(f"SELECT {_COLS} FROM entities WHERE id = ?", (entity_id,))
        if not rows:
            raise self._missing("entity", entity_id)
        return Entity(*rows[0])

    def entities_by_id(self, ids: Sequence[int]) -> list[Entity]:
        out: list[Entity] = []
        ids = list(ids)
        for k in range(0, len(ids), 500):
            part = ids[k:k + 500]
            out += [Entity(*r) for r in self._q(
                f"SELECT {_COLS} FROM entities WHERE id IN ({','.join('?' * len(part))}) "
                "ORDER BY id", part)]
        return out

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
            # links second: a row may name a counterpart written in this same call
            self._xm(f"INSERT INTO entities({_COLS}) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET segment_id = excluded.segment_id, "
                     'start = excluded.start, "end" = excluded."end", label = excluded.label, '
                     "name_id = excluded.name_id, status = excluded.status, "
                     "source = excluded.source",
                     ((e.id, e.segment_id, e.start, e.end, e.label, e.name_id, e.status,
                       e.source) for e in rows))
            self._xm("UPDATE entities SET counterpart_id = ? WHERE id = ?",
                     ((e.counterpart_id, e.id) for e in rows))

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
        """{'src': [...], 'tgt': [...]}: the entities of both documents of a bitext."""
        b = self.bitext(bitext_id)
        out: dict[str, list[Entity]] = {}
        for side, doc in (("src", b.src_doc_id), ("tgt", b.tgt_doc_id)):
            out[side] = [Entity(*r) for r in self._q(
                f"SELECT {', '.join('e.' + c.strip() for c in _COLS.split(','))} "
                "FROM entities e JOIN segments s ON s.id = e.segment_id WHERE s.doc_id = ? "
                "ORDER BY s.position, e.start, e.id", (doc,))]
        return out
