"""Documents and their segments (sentences): storing, reading, editing text, excluding,
splitting and merging sentences.

Sentence positions seen by callers are indexes 0..n-1; in the file they are order keys
with gaps (aligner.corpus.order), and bead ranges hold those keys, so a split or merge
rewrites no later sentence and no bead boundary but its own: the new half takes a key
between its neighbours', inside the bead of the sentence it came from.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from aligner.corpus.errors import CorpusChangeError, CorpusError
from aligner.corpus.file import now_iso
from aligner.corpus.order import END, GAP
from aligner.corpus.segkeys import SegmentKeysMixin
from aligner.messages import Problem
from aligner.model import Bitext, Document, Entity, Segment


class DocumentsMixin(SegmentKeysMixin):
    """Documents and segments of a `Corpus`."""

    if TYPE_CHECKING:  # provided by the other concerns of Corpus
        def bitext(self, bitext_id: int) -> Bitext: ...
        def bitexts_of_document(self, doc_id: int) -> list[Bitext]: ...
        def bead_count(self, bitext_id: int) -> int: ...
        def bead_index(self, bitext_id: int, key: int) -> int: ...
        def entities(self, segment_ids: Sequence[int] | None = None) -> list[Entity]: ...

    def add_document(self, doc: Document, segments: Sequence[Segment]) -> int:
        """Store a document and its segments (their doc_id/position/id are assigned here,
        on the objects passed in too)."""
        if not doc.lang:
            raise CorpusChangeError(self.path, "a document needs a language code")
        n = len(doc.text)
        for i, seg in enumerate(segments):
            if not (0 <= seg.start <= seg.end <= n):
                raise CorpusChangeError(
                    self.path, f"segment {i} of '{doc.title}' has offsets {seg.start}-{seg.end} "
                    f"outside the text (length {n})")
        with self.transaction():
            cur = self._x(
                "INSERT INTO documents(lang, title, text, source_name, encoding, checksum, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc.lang, doc.title, doc.text, doc.source_name, doc.encoding, doc.checksum,
                 now_iso()))
            doc_id = cur.lastrowid
            self._xm(
                "INSERT INTO segments(doc_id, position, paragraph, start, \"end\", text, "
                "excluded, exclude_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ((doc_id, i * GAP, s.paragraph, s.start, s.end, s.text, int(s.excluded),
                  s.exclude_reason) for i, s in enumerate(segments)))
            ids = [r[0] for r in self._x(
                "SELECT id FROM segments WHERE doc_id = ? ORDER BY position", (doc_id,))]
            self._keep_seg_keys(doc_id, np.arange(len(ids), dtype=np.int64) * GAP)
        doc.id = doc_id
        for i, (seg, seg_id) in enumerate(zip(segments, ids)):
            seg.id, seg.doc_id, seg.position = seg_id, doc_id, i
        return doc_id

    _DOC_COLS = "id, lang, title, text, source_name, encoding, checksum"

    def append_segments(self, doc_id: int, text: str, segments: Sequence[Segment]) -> None:
        """Add `text` at the end of a document (after a newline) with its segments, whose
        offsets count from the start of `text`; their positions follow the last one.

        A big TMX/JSONL import builds one document chunk by chunk this way: the text is
        joined inside SQLite, so the whole document is never held in Python."""
        n = len(text)
        for i, seg in enumerate(segments):
            if not (0 <= seg.start <= seg.end <= n):
                raise CorpusChangeError(self.path, f"appended segment {i} has offsets "
                                        f"{seg.start}-{seg.end} outside its text ({n})")
        with self.transaction():
            rows = self._q("SELECT length(text) FROM documents WHERE id = ?", (doc_id,))
            if not rows:
                raise self._missing("document", doc_id)
            if not text:
                return
            length = rows[0][0] or 0
            sep = "\n" if length else ""
            base = length + len(sep)
            last = self._q("SELECT max(position) FROM segments WHERE doc_id = ?", (doc_id,))[0][0]
            first = 0 if last is None else last + GAP
            self._x("UPDATE documents SET text = text || ? WHERE id = ?", (sep + text, doc_id))
            self._xm(
                "INSERT INTO segments(doc_id, position, paragraph, start, \"end\", text, "
                "excluded, exclude_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ((doc_id, first + i * GAP, s.paragraph, base + s.start, base + s.end, s.text,
                  int(s.excluded), s.exclude_reason) for i, s in enumerate(segments)))
            if segments:
                self._end_moved(doc_id, first)
            keys = self._cached_seg_keys(doc_id)
            self._keep_seg_keys(doc_id, None if keys is None else np.concatenate(
                (keys, first + np.arange(len(segments), dtype=np.int64) * GAP)))

    def _end_moved(self, doc_id: int, key: int) -> None:
        """Segments were appended from `key` on: bead boundaries at the end of the document
        (END) now stand before them (the new sentences are in no bead yet)."""
        for bitext_id, side in self._bitext_sides(doc_id):
            s, e = f"{side}_start", f"{side}_end"
            # the beads ending at END: the last one that starts before it, and empty ones
            self._x(f"UPDATE beads SET {s} = CASE WHEN {s} = ?1 THEN ?2 ELSE {s} END, "
                    f"{e} = CASE WHEN {e} = ?1 THEN ?2 ELSE {e} END WHERE bitext_id = ?3 "
                    f"AND {s} >= (SELECT coalesce(max({s}), -1) FROM beads WHERE bitext_id = ?3 "
                    f"AND {s} < ?1)", (END, key, bitext_id))

    def documents(self) -> list[Document]:
        return [Document(*r) for r in self._q(f"SELECT {self._DOC_COLS} FROM documents ORDER BY id")]

    def find_document(self, checksum: str, lang: str, text: str) -> int | None:
        """Id of a stored document with these bytes, language and text, if any (imports
        reuse it instead of storing the same text twice)."""
        rows = self._q("SELECT id FROM documents WHERE checksum = ? AND lang = ? AND text = ? "
                       "ORDER BY id LIMIT 1", (checksum, lang, text))
        return rows[0][0] if rows else None

    def document_title(self, doc_id: int) -> str:
        """A document's title without loading its text (exports name each unit's document:
        loading a million-sentence text for its title made export memory grow)."""
        rows = self._q("SELECT title FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise self._missing("document", doc_id)
        return rows[0][0]

    def document(self, doc_id: int) -> Document:
        rows = self._q(f"SELECT {self._DOC_COLS} FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise self._missing("document", doc_id)
        return Document(*rows[0])

    def delete_document(self, doc_id: int) -> None:
        """Remove a document, its segments, and every bitext it takes part in."""
        with self.transaction():
            self.document(doc_id)
            self._x("DELETE FROM documents WHERE id = ?", (doc_id,))
            self._derived.clear()  # its bitexts' beads went too

    _SEG_COLS = 'id, doc_id, position, paragraph, start, "end", text, excluded, exclude_reason'

    @staticmethod
    def _seg(r: tuple, index: int) -> Segment:
        """A Segment from a row, at its index (the row holds its key)."""
        return Segment(r[0], r[1], index, r[3], r[4], r[5], r[6], bool(r[7]), r[8])

    def segments(self, doc_id: int) -> list[Segment]:
        """All segments of a document in order (excluded ones included)."""
        return self._q_each(f"SELECT {self._SEG_COLS} FROM segments WHERE doc_id = ? "
                            "ORDER BY position", (doc_id,), lambda k, r: self._seg(r, k))

    def segments_in(self, doc_id: int, lo: int, hi: int) -> list[Segment]:
        """Segments [lo, hi) of a document in order: a long reading goes a chunk at a time
        (a million Segments at once take seconds, during which Cancel cannot answer)."""
        keys = self._seg_keys(doc_id)
        lo, hi = max(0, lo), min(hi, len(keys))
        if hi <= lo:
            return []
        return self._q_each(f"SELECT {self._SEG_COLS} FROM segments WHERE doc_id = ? AND "
                            "position >= ? AND position < ? ORDER BY position",
                            (doc_id, int(keys[lo]), self._seg_key(doc_id, hi)),
                            lambda k, r: self._seg(r, lo + k))

    def segment_texts(self, doc_id: int) -> list[tuple[str, bool]]:
        """(text, excluded) of every segment in order: what find folds, without building
        a Segment per row (a million of them cost seconds and hundreds of MB)."""
        return [(r[0], bool(r[1])) for r in self._q(
            "SELECT text, excluded FROM segments WHERE doc_id = ? ORDER BY position", (doc_id,))]

    def _seg_row(self, segment_id: int) -> tuple:
        rows = self._q(f"SELECT {self._SEG_COLS} FROM segments WHERE id = ?", (segment_id,))
        if not rows:
            raise self._missing("segment", segment_id)
        return rows[0]

    def segment(self, segment_id: int) -> Segment:
        r = self._seg_row(segment_id)
        return self._seg(r, self._seg_index(r[1], r[2]))

    def segment_key(self, segment_id: int) -> int:
        """The order key a segment is stored under (undo of a merge puts it back there)."""
        return self._seg_row(segment_id)[2]

    def segment_at(self, doc_id: int, position: int) -> Segment:
        keys = self._seg_keys(doc_id)
        rows = self._q(f"SELECT {self._SEG_COLS} FROM segments WHERE doc_id = ? AND position = ?",
                       (doc_id, int(keys[position]))) if 0 <= position < len(keys) else []
        if not rows:
            raise CorpusError(self.path, f"document {doc_id} has no segment {position}")
        return self._seg(rows[0], position)

    def doc_segment_count(self, doc_id: int) -> int:
        keys = self._cached_seg_keys(doc_id)
        if keys is not None:
            return len(keys)  # known: counting a million index entries takes ~60 ms
        return self._q("SELECT count(*) FROM segments WHERE doc_id = ?", (doc_id,))[0][0]

    def set_segment_text(self, segment_id: int, text: str) -> None:
        with self.transaction():
            self.segment(segment_id)
            self._x("UPDATE segments SET text = ? WHERE id = ?", (text, segment_id))

    def set_excluded(self, segment_id: int, excluded: bool, reason: str = "") -> None:
        """Mark a segment as boilerplate (or not). Un-excluding a segment that no bead
        covers is refused: it would leave a sentence out of an aligned bitext."""
        with self.transaction():
            seg = self.segment(segment_id)
            if not excluded and seg.excluded:
                key = self.segment_key(segment_id)
                for bitext in self.bitexts_of_document(seg.doc_id):
                    side = "src" if bitext.src_doc_id == seg.doc_id else "tgt"
                    if self.bead_count(bitext.id) and self._bead_covering(
                            bitext.id, side, key) is None:
                        raise CorpusChangeError(self.path, Problem(
                            "sentence.not_in_bead", sentence=seg.position + 1, name=bitext.name))
            self._x("UPDATE segments SET excluded = ?, exclude_reason = ? WHERE id = ?",
                    (int(excluded), reason if excluded else "", segment_id))

    def restore_segment(self, seg: Segment) -> None:
        """Write every field of an existing segment back (same id and position): undo."""
        with self.transaction():
            keys = self._seg_keys(seg.doc_id)
            key = int(keys[seg.position]) if 0 <= seg.position < len(keys) else -1
            cur = self._x(
                'UPDATE segments SET paragraph = ?, start = ?, "end" = ?, text = ?, '
                "excluded = ?, exclude_reason = ? WHERE id = ? AND doc_id = ? AND position = ?",
                (seg.paragraph, seg.start, seg.end, seg.text, int(seg.excluded),
                 seg.exclude_reason, seg.id, seg.doc_id, key))
            if cur.rowcount != 1:
                raise CorpusChangeError(self.path, f"segment {seg.id} is not at position "
                                        f"{seg.position} of document {seg.doc_id}")

    def bead_covering(self, bitext_id: int, side: str, position: int) -> int | None:
        """Position of the bead whose `side` ("src"/"tgt") range holds a segment position."""
        bitext = self.bitext(bitext_id)
        doc_id = bitext.src_doc_id if side == "src" else bitext.tgt_doc_id
        if not 0 <= position < len(self._seg_keys(doc_id)):
            return None
        key = self._bead_covering(bitext_id, side, self._seg_key(doc_id, position))
        return None if key is None else self.bead_index(bitext_id, key)

    def _bead_covering(self, bitext_id: int, side: str, seg_key: int) -> int | None:
        """Order key (not position) of the bead holding the segment with this key: the one
        starting last at or before it, if it ends after it (an index lookup: ranges do not
        overlap, and of beads starting at one key the empty ones come first)."""
        if side not in ("src", "tgt"):
            raise ValueError(f"side must be 'src' or 'tgt', not {side!r}")
        rows = self._q(f"SELECT position, {side}_end FROM beads WHERE bitext_id = ? AND "
                       f"{side}_start <= ? ORDER BY {side}_start DESC, {side}_end DESC LIMIT 1",
                       (bitext_id, seg_key))
        return rows[0][0] if rows and rows[0][1] > seg_key else None

    def split_segment(self, segment_id: int, offset: int, *, new_id: int | None = None,
                      new_key: int | None = None) -> int:
        """Split a segment's text at a code-point offset; returns the new (second) segment id.

        Whitespace at the cut is dropped. The new segment takes an order key between the
        segment's and the next one's, so it stays in the same bead as the old one in every
        bitext using the document, and no other row moves (bead status is kept: the
        pairing did not change; that bead's changed_at is stamped). Entities after the cut
        move to the new segment; one across the cut refuses the split. `new_id` and
        `new_key` reuse an id and a key (redo, and undo of a merge, put rows back as they
        were; a key that no longer fits is replaced by one that does).
        """
        with self.transaction():
            row = self._seg_row(segment_id)
            seg, key = self._seg(row, -1), row[2]
            text = seg.text
            if not 0 <= offset <= len(text):
                raise CorpusChangeError(self.path, f"offset {offset} is outside the sentence "
                                        f"(length {len(text)})")
            left, right = text[:offset].rstrip(), text[offset:]
            lead = len(right) - len(right.lstrip())
            right = right.lstrip()
            for ent in self.entities([segment_id]):
                if ent.start < offset < ent.end:
                    raise CorpusChangeError(self.path, Problem(
                        "sentence.split_in_entity", text=text[ent.start:ent.end], label=ent.label))
            # offsets into the document: exact when the sentence text is unedited (then it
            # is as long as its range; the document's text is not read to compare: that is
            # the whole text, 0.25 s at 10^6 sentences). An edit of the same length gets
            # the same proportional cut, inside the range as well.
            if len(text) == seg.end - seg.start:
                cut_left, cut_right = seg.start + len(left), seg.start + offset + lead
            else:
                cut_left = cut_right = min(seg.end, seg.start + offset)
            if new_key is not None and self._free_after(seg.doc_id, key, new_key):
                created_key = new_key
            else:
                key, created_key = self._key_after(seg.doc_id, key)
            self._x('UPDATE segments SET text = ?, "end" = ? WHERE id = ?',
                    (left, cut_left, segment_id))
            cur = self._x(
                'INSERT INTO segments(id, doc_id, position, paragraph, start, "end", text, '
                "excluded, exclude_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, seg.doc_id, created_key, seg.paragraph, cut_right, seg.end, right,
                 int(seg.excluded), seg.exclude_reason))
            created = cur.lastrowid if new_id is None else new_id
            self._x("UPDATE entities SET segment_id = ?, start = max(start - ?, 0), "
                    "\"end\" = max(\"end\" - ?, 1) WHERE segment_id = ? AND start >= ?",
                    (created, offset + lead, offset + lead, segment_id, offset))
            self._x("UPDATE entities SET start = min(start, ?), \"end\" = min(\"end\", ?) "
                    "WHERE segment_id = ?", (len(left), len(left), segment_id))
            self._stamp_beads(seg.doc_id, key)
            keys = self._cached_seg_keys(seg.doc_id)
            if keys is not None:
                self._keep_seg_keys(seg.doc_id, np.insert(
                    keys, int(np.searchsorted(keys, key)) + 1, created_key))
        return created

    def _free_after(self, doc_id: int, key: int, candidate: int) -> bool:
        """Whether `candidate` lies strictly between the segment key and the next one."""
        rows = self._q("SELECT position FROM segments WHERE doc_id = ? AND position > ? "
                       "ORDER BY position LIMIT 1", (doc_id, key))
        return key < candidate < (rows[0][0] if rows else END)

    def _next_row(self, doc_id: int, key: int) -> tuple | None:
        rows = self._q(f"SELECT {self._SEG_COLS} FROM segments WHERE doc_id = ? AND "
                       "position > ? ORDER BY position LIMIT 1", (doc_id, key))
        return rows[0] if rows else None

    def merge_check(self, first_segment_id: int) -> str:
        """Why the segment cannot be merged with the next one ('' when it can)."""
        row = self._seg_row(first_segment_id)
        doc_id, key = row[1], row[2]
        nxt = self._next_row(doc_id, key)
        if nxt is None:
            return Problem("edit.merge_last_sentence", sentence=self._seg_index(doc_id, key) + 1)
        for bitext_id, side in self._bitext_sides(doc_id):
            if self._bead_covering(bitext_id, side, key) != self._bead_covering(
                    bitext_id, side, nxt[2]):
                name = self.bitext(bitext_id).name
                p = self._seg_index(doc_id, key)
                return Problem("edit.merge_beads_apart", first=p + 1, second=p + 2, name=name)
        return ""

    def merge_segments(self, first_segment_id: int) -> int:
        """Merge a segment with the next one of its document; returns the removed id.

        Refused (CorpusChangeError) unless both are in the same bead in every bitext of the
        document. Texts are joined with a space; the next one's entities move along.
        """
        with self.transaction():
            problem = self.merge_check(first_segment_id)
            if problem:
                raise CorpusChangeError(self.path, problem)
            ra = self._seg_row(first_segment_id)
            rb = self._next_row(ra[1], ra[2])
            assert rb is not None  # merge_check said so
            a, b = self._seg(ra, -1), self._seg(rb, -1)
            sep = " " if a.text and b.text else ""
            shift = len(a.text) + len(sep)
            self._x('UPDATE segments SET text = ?, "end" = ?, excluded = ?, exclude_reason = ? '
                    "WHERE id = ?", (a.text + sep + b.text, max(a.end, b.end),
                                     int(a.excluded and b.excluded),
                                     a.exclude_reason if a.excluded and b.excluded else "", a.id))
            self._x('UPDATE entities SET segment_id = ?, start = start + ?, "end" = "end" + ? '
                    "WHERE segment_id = ?", (a.id, shift, shift, b.id))
            self._x("DELETE FROM segments WHERE id = ?", (b.id,))
            for bitext_id, side in self._bitext_sides(a.doc_id):
                # only empty beads can stand at b's key (both sentences in no bead): they
                # move before the merged sentence, as they did when positions were dense
                self._x(f"UPDATE beads SET {side}_start = ?, {side}_end = ? WHERE "
                        f"bitext_id = ? AND {side}_start = ?", (ra[2], ra[2], bitext_id, rb[2]))
            self._stamp_beads(a.doc_id, ra[2])
            keys = self._cached_seg_keys(a.doc_id)
            if keys is not None:
                self._keep_seg_keys(a.doc_id, np.delete(keys, int(np.searchsorted(keys, rb[2]))))
        return b.id

    def _stamp_beads(self, doc_id: int, key: int) -> None:
        """The sentence with this key was split or merged: in every bitext using the
        document, the bead holding it gets a new changed_at."""
        stamp = now_iso()
        for bitext_id, side in self._bitext_sides(doc_id):
            bead_key = self._bead_covering(bitext_id, side, key)
            if bead_key is not None:
                self._x("UPDATE beads SET changed_at = ? WHERE bitext_id = ? AND position = ?",
                        (stamp, bitext_id, bead_key))
