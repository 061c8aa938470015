"""Documents and their segments (sentences): storing, reading, editing text, excluding,
splitting and merging sentences.

A split or merge changes sentence positions, so it also moves the bead boundaries of every
bitext that uses the document (the bead keeps both halves); that is why this concern asks
a few things of the bitexts one (declared below for the type checker).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from aligner.corpus.errors import CorpusChangeError, CorpusError
from aligner.corpus.file import CorpusFile, now_iso
from aligner.model import Bitext, Document, Entity, Segment


class DocumentsMixin(CorpusFile):
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
                ((doc_id, i, s.paragraph, s.start, s.end, s.text, int(s.excluded),
                  s.exclude_reason) for i, s in enumerate(segments)))
            ids = [r[0] for r in self._x(
                "SELECT id FROM segments WHERE doc_id = ? ORDER BY position", (doc_id,))]
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
            first = self.doc_segment_count(doc_id)
            self._x("UPDATE documents SET text = text || ? WHERE id = ?", (sep + text, doc_id))
            self._xm(
                "INSERT INTO segments(doc_id, position, paragraph, start, \"end\", text, "
                "excluded, exclude_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ((doc_id, first + i, s.paragraph, base + s.start, base + s.end, s.text,
                  int(s.excluded), s.exclude_reason) for i, s in enumerate(segments)))

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
    def _seg(r: tuple) -> Segment:
        return Segment(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8])

    def segments(self, doc_id: int) -> list[Segment]:
        """All segments of a document in order (excluded ones included)."""
        return [self._seg(r) for r in self._q(
            f"SELECT {self._SEG_COLS} FROM segments WHERE doc_id = ? ORDER BY position", (doc_id,))]

    def segment_texts(self, doc_id: int) -> list[tuple[str, bool]]:
        """(text, excluded) of every segment in order: what find folds, without building
        a Segment per row (a million of them cost seconds and hundreds of MB)."""
        return [(r[0], bool(r[1])) for r in self._q(
            "SELECT text, excluded FROM segments WHERE doc_id = ? ORDER BY position", (doc_id,))]

    def segment(self, segment_id: int) -> Segment:
        rows = self._q(f"SELECT {self._SEG_COLS} FROM segments WHERE id = ?", (segment_id,))
        if not rows:
            raise self._missing("segment", segment_id)
        return self._seg(rows[0])

    def segment_at(self, doc_id: int, position: int) -> Segment:
        rows = self._q(f"SELECT {self._SEG_COLS} FROM segments WHERE doc_id = ? AND position = ?",
                       (doc_id, position))
        if not rows:
            raise CorpusError(self.path, f"document {doc_id} has no segment {position}")
        return self._seg(rows[0])

    def doc_segment_count(self, doc_id: int) -> int:
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
                for bitext in self.bitexts_of_document(seg.doc_id):
                    side = "src" if bitext.src_doc_id == seg.doc_id else "tgt"
                    if self.bead_count(bitext.id) and self._bead_covering(
                            bitext.id, side, seg.position) is None:
                        raise CorpusChangeError(
                            self.path, f"sentence {seg.position + 1} is not in any bead of "
                            f"bitext '{bitext.name}'; re-align that part after including it")
            self._x("UPDATE segments SET excluded = ?, exclude_reason = ? WHERE id = ?",
                    (int(excluded), reason if excluded else "", segment_id))

    def restore_segment(self, seg: Segment) -> None:
        """Write every field of an existing segment back (same id and position): undo."""
        with self.transaction():
            cur = self._x(
                'UPDATE segments SET paragraph = ?, start = ?, "end" = ?, text = ?, '
                "excluded = ?, exclude_reason = ? WHERE id = ? AND doc_id = ? AND position = ?",
                (seg.paragraph, seg.start, seg.end, seg.text, int(seg.excluded),
                 seg.exclude_reason, seg.id, seg.doc_id, seg.position))
            if cur.rowcount != 1:
                raise CorpusChangeError(self.path, f"segment {seg.id} is not at position "
                                        f"{seg.position} of document {seg.doc_id}")

    def _bitext_sides(self, doc_id: int) -> list[tuple[int, str]]:
        return [(b.id, "src" if b.src_doc_id == doc_id else "tgt")
                for b in self.bitexts_of_document(doc_id)]

    def bead_covering(self, bitext_id: int, side: str, position: int) -> int | None:
        """Position of the bead whose `side` ("src"/"tgt") range holds a segment position."""
        key = self._bead_covering(bitext_id, side, position)
        return None if key is None else self.bead_index(bitext_id, key)

    def _bead_covering(self, bitext_id: int, side: str, position: int) -> int | None:
        """Order key (not position) of that bead: enough to compare two of them."""
        rows = self._q(f"SELECT position FROM beads WHERE bitext_id = ? AND {side}_start <= ? "
                       f"AND {side}_end > ?", (bitext_id, position, position))
        return rows[0][0] if rows else None

    def split_segment(self, segment_id: int, offset: int, *, new_id: int | None = None) -> int:
        """Split a segment's text at a code-point offset; returns the new (second) segment id.

        Whitespace at the cut is dropped. Later positions shift by one, and bead ranges in
        every bitext using the document are adjusted so the new segment stays in the same
        bead as the old one (bead status is kept: the pairing did not change). Entities
        after the cut move to the new segment; one across the cut refuses the split.
        `new_id` reuses an id (redo keeps ids stable).
        """
        with self.transaction():
            seg = self.segment(segment_id)
            text = seg.text
            if not 0 <= offset <= len(text):
                raise CorpusChangeError(self.path, f"offset {offset} is outside the sentence "
                                        f"(length {len(text)})")
            left, right = text[:offset].rstrip(), text[offset:]
            lead = len(right) - len(right.lstrip())
            right = right.lstrip()
            for ent in self.entities([segment_id]):
                if ent.start < offset < ent.end:
                    raise CorpusChangeError(self.path, f"cannot split inside the entity "
                                            f"'{text[ent.start:ent.end]}' ({ent.label})")
            # offsets into the document: exact when the sentence text is unedited
            doc_text = self._q("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                               (seg.start + 1, seg.end - seg.start, seg.doc_id))[0][0]
            if doc_text == text:
                cut_left, cut_right = seg.start + len(left), seg.start + offset + lead
            else:
                cut_left = cut_right = min(seg.end, seg.start + offset)
            pos = seg.position
            self._shift("segments", "doc_id", seg.doc_id, pos + 1, 1)
            self._x('UPDATE segments SET text = ?, "end" = ? WHERE id = ?',
                    (left, cut_left, segment_id))
            cur = self._x(
                'INSERT INTO segments(id, doc_id, position, paragraph, start, "end", text, '
                "excluded, exclude_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, seg.doc_id, pos + 1, seg.paragraph, cut_right, seg.end, right,
                 int(seg.excluded), seg.exclude_reason))
            created = cur.lastrowid if new_id is None else new_id
            self._x("UPDATE entities SET segment_id = ?, start = max(start - ?, 0), "
                    "\"end\" = max(\"end\" - ?, 1) WHERE segment_id = ? AND start >= ?",
                    (created, offset + lead, offset + lead, segment_id, offset))
            self._x("UPDATE entities SET start = min(start, ?), \"end\" = min(\"end\", ?) "
                    "WHERE segment_id = ?", (len(left), len(left), segment_id))
            self._move_bead_boundaries(seg.doc_id, pos, +1)
        return created

    def merge_check(self, first_segment_id: int) -> str:
        """Why the segment cannot be merged with the next one ('' when it can)."""
        seg = self.segment(first_segment_id)
        if seg.position + 1 >= self.doc_segment_count(seg.doc_id):
            return f"sentence {seg.position + 1} is the last of its document"
        for bitext_id, side in self._bitext_sides(seg.doc_id):
            a = self._bead_covering(bitext_id, side, seg.position)
            b = self._bead_covering(bitext_id, side, seg.position + 1)
            if a != b:
                name = self.bitext(bitext_id).name
                return (f"sentences {seg.position + 1} and {seg.position + 2} are in different "
                        f"beads of bitext '{name}'; merge or shift the beads first")
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
            a = self.segment(first_segment_id)
            b = self.segment_at(a.doc_id, a.position + 1)
            sep = " " if a.text and b.text else ""
            shift = len(a.text) + len(sep)
            self._x('UPDATE segments SET text = ?, "end" = ?, excluded = ?, exclude_reason = ? '
                    "WHERE id = ?", (a.text + sep + b.text, max(a.end, b.end),
                                     int(a.excluded and b.excluded),
                                     a.exclude_reason if a.excluded and b.excluded else "", a.id))
            self._x('UPDATE entities SET segment_id = ?, start = start + ?, "end" = "end" + ? '
                    "WHERE segment_id = ?", (a.id, shift, shift, b.id))
            self._x("DELETE FROM segments WHERE id = ?", (b.id,))
            self._shift("segments", "doc_id", a.doc_id, a.position + 2, -1)
            self._move_bead_boundaries(a.doc_id, a.position, -1)
        return b.id

    def _move_bead_boundaries(self, doc_id: int, pos: int, delta: int) -> None:
        """The sentence at `pos` of a document was split in two (delta +1) or merged with
        the next one (delta -1): in every bitext using the document, stamp the bead that
        holds it and move each range boundary after it, so the bead keeps both halves."""
        stamp = now_iso()
        for bitext_id, side in self._bitext_sides(doc_id):
            self._x(f"UPDATE beads SET changed_at = ? WHERE bitext_id = ? AND "
                    f"{side}_start <= ? AND {side}_end > ?", (stamp, bitext_id, pos, pos))
            self._x(f"UPDATE beads SET {side}_start = {side}_start + ? * ({side}_start > ?), "
                    f"{side}_end = {side}_end + ? * ({side}_end > ?) WHERE bitext_id = ? AND "
                    f"{side}_end > ?", (delta, pos, delta, pos, bitext_id, pos))

