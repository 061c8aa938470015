"""Bitexts (two documents paired) and their beads (the alignment).

Bead positions and bead ranges seen by callers are indexes 0..n-1; in the file a bead's
position is an order key with gaps and its ranges hold segment order keys
(aligner.corpus.order), so an edit in the middle rewrites no later row.

Bead invariants (checked by `check_bitext`): no two beads share an order key; on each side their
ranges are increasing and do not overlap; a segment not covered by any bead must be
excluded (or the bitext has no beads yet). Bead-changing methods check this for the range
they change and refuse (CorpusChangeError) anything that would break it.
"""
from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from aligner.corpus.errors import CorpusChangeError, CorpusError, from_sqlite
from aligner.messages import Problem
from aligner.corpus.file import now_iso
from aligner.corpus.order import END, keys_between, respace
from aligner.corpus.segkeys import SegmentKeysMixin
from aligner.model import Bead, BeadSpan, BeadStatus, Bitext, Document

_STATUS = {s.value: s for s in BeadStatus}


def _score(score: float | None) -> float | None:
    """A bead's score as stored: None (NULL) for a bead never scored (an imported unit)."""
    return None if score is None else float(score)
_BATCH = 5000  # rows per chunk when streaming


class BitextsMixin(SegmentKeysMixin):
    """Bitexts and beads of a `Corpus`."""

    if TYPE_CHECKING:  # provided by the documents concern of Corpus
        def document(self, doc_id: int) -> Document: ...
        def doc_segment_count(self, doc_id: int) -> int: ...

    _BITEXT_SQL = ("SELECT b.id, b.src_doc_id, b.tgt_doc_id, b.name, s.lang, t.lang FROM bitexts b "
                   "JOIN documents s ON s.id = b.src_doc_id JOIN documents t ON t.id = b.tgt_doc_id")

    def add_bitext(self, src_doc_id: int, tgt_doc_id: int, name: str = "") -> int:
        """Pair two documents (no beads yet). Name defaults to 'src-tgt' languages."""
        with self.transaction():
            src, tgt = self.document(src_doc_id), self.document(tgt_doc_id)
            if src_doc_id == tgt_doc_id:
                raise CorpusChangeError(self.path, Problem("bitext.same_document"))
            if self.find_bitext(src_doc_id, tgt_doc_id) is not None:
                raise CorpusChangeError(self.path, Problem("bitext.exists", src=src_doc_id,
                                                           tgt=tgt_doc_id))
            name = name or f"{src.title or src.lang} ({src.lang}-{tgt.lang})"
            cur = self._x("INSERT INTO bitexts(src_doc_id, tgt_doc_id, name, created_at) "
                          "VALUES (?, ?, ?, ?)", (src_doc_id, tgt_doc_id, name, now_iso()))
            return cur.lastrowid

    def bitexts(self) -> list[Bitext]:
        return [Bitext(*r) for r in self._q(self._BITEXT_SQL + " ORDER BY b.id")]

    def bitext(self, bitext_id: int) -> Bitext:
        rows = self._q(self._BITEXT_SQL + " WHERE b.id = ?", (bitext_id,))
        if not rows:
            raise self._missing("bitext", bitext_id)
        return Bitext(*rows[0])

    def bitexts_of_document(self, doc_id: int) -> list[Bitext]:
        return [Bitext(*r) for r in self._q(
            self._BITEXT_SQL + " WHERE b.src_doc_id = ? OR b.tgt_doc_id = ? ORDER BY b.id",
            (doc_id, doc_id))]

    def find_bitext(self, src_doc_id: int, tgt_doc_id: int) -> Bitext | None:
        rows = self._q(self._BITEXT_SQL + " WHERE b.src_doc_id = ? AND b.tgt_doc_id = ?",
                       (src_doc_id, tgt_doc_id))
        return Bitext(*rows[0]) if rows else None

    _BEAD_COLS = "id, bitext_id, position, src_start, src_end, tgt_start, tgt_end, score, status, changed_at"

    # --- order keys (see aligner.corpus.order) --------------------------------------------
    def _keys(self, bitext_id: int) -> array:
        """The bitext's bead order keys, sorted: index -> key (cached per connection)."""
        version = self._q("PRAGMA data_version")[0][0]
        hit = self._derived.get(("bead_keys", bitext_id))
        if hit is not None and hit[0] == version:
            return hit[1]
        keys = array("q")
        keys.frombytes(self._sorted_keys("beads", "bitext_id", bitext_id).tobytes())
        self._derived[("bead_keys", bitext_id)] = (version, keys)
        return keys

    def _key_range(self, bitext_id: int, first: int, last: int | None) -> tuple[int, int, int]:
        """(first, lo_key, hi_key): beads [first, last) are those with lo_key <= key <
        hi_key (an empty range when there are none)."""
        if first <= 0 and last is None:
            return 0, -(1 << 62), 1 << 62
        keys = self._keys(bitext_id)
        first = max(first, 0)
        last = len(keys) if last is None else min(last, len(keys))
        if first >= last:
            return first, 0, 0
        return first, keys[first], keys[last - 1] + 1

    def bead_index(self, bitext_id: int, key: int) -> int:
        """The position (index) of the bead with this order key."""
        return bisect_left(self._keys(bitext_id), key)

    def _doc_ids(self, bitext_id: int) -> tuple[int, int]:
        rows = self._q("SELECT src_doc_id, tgt_doc_id FROM bitexts WHERE id = ?", (bitext_id,))
        if not rows:
            raise self._missing("bitext", bitext_id)
        return rows[0]

    def _indexes(self, src: int, tgt: int, rows: list[tuple], at: int) -> list[list[int]]:
        """The columns at..at+3 of rows, (src_start, src_end, tgt_start, tgt_end) keys of
        the documents src and tgt, as four lists of segment indexes (vectorized)."""
        # a comprehension per column: five times faster than zip(*rows) over ten columns
        return [self._seg_index_list(doc, [r[k] for r in rows])
                for k, doc in ((at, src), (at + 1, src), (at + 2, tgt), (at + 3, tgt))]

    def beads(self, bitext_id: int, first: int = 0, last: int | None = None) -> list[Bead]:
        """Beads [first, last) of a bitext in order (all by default; one indexed query)."""
        whole = first <= 0 and last is None
        version = self._q("PRAGMA data_version")[0][0] if whole else None  # before reading
        first, lo, hi = self._key_range(bitext_id, first, last)
        src, tgt = self._doc_ids(bitext_id)
        keys = array("q")
        stamps: dict[str, str] = {}  # one string per distinct time (a bitext aligned at once)
        beads: list[Bead] = []
        with self._mutex:
            try:
                cur = self._db().execute(
                    f"SELECT {self._BEAD_COLS} FROM beads WHERE bitext_id = ? AND "
                    "position >= ? AND position < ? ORDER BY position", (bitext_id, lo, hi))
                # in chunks: the ranges are turned into indexes a chunk at a time, and a
                # million row tuples are never held next to the beads made of them
                while chunk := cur.fetchmany(_BATCH):
                    at = first + len(beads)
                    beads += [Bead(r[0], r[1], at + k, s0, s1, t0, t1, r[7], _STATUS[r[8]],
                                   stamps.setdefault(r[9], r[9]))
                              for k, (r, s0, s1, t0, t1) in enumerate(
                                  zip(chunk, *self._indexes(src, tgt, chunk, 3)))]
                    keys.extend(r[2] for r in chunk)
            except sqlite3.DatabaseError as exc:
                raise from_sqlite(self.path, exc, "read") from None
        if whole:  # the keys come along: the first edit after loading a bitext needs them
            self._derived[("bead_keys", bitext_id)] = (version, keys)
        return beads

    def bead_ranges(self, bitext_id: int) -> list[tuple[int, int, int, int]]:
        """(src_start, src_end, tgt_start, tgt_end) of every bead in order: the lean read
        for work over a whole bitext (find's index) that needs no Bead objects."""
        src, tgt = self._doc_ids(bitext_id)
        rows = self._q("SELECT src_start, src_end, tgt_start, tgt_end FROM beads "
                       "WHERE bitext_id = ? ORDER BY position", (bitext_id,))
        return list(zip(*self._indexes(src, tgt, rows, 0)))

    def bead(self, bitext_id: int, position: int) -> Bead:
        rows = self.beads(bitext_id, position, position + 1)
        if not rows:
            raise CorpusError(self.path, f"bitext {bitext_id} has no bead {position + 1}")
        return rows[0]

    def bead_count(self, bitext_id: int) -> int:
        hit = self._derived.get(("bead_keys", bitext_id))
        if hit is not None and hit[0] == self._q("PRAGMA data_version")[0][0]:
            return len(hit[1])  # known: counting a million index entries takes ~60 ms
        return self._q("SELECT count(*) FROM beads WHERE bitext_id = ?", (bitext_id,))[0][0]

    def iter_beads(self, bitext_id: int) -> Iterator[Bead]:
        """Stream the beads in chunks (bounded memory for exports of a million units)."""
        first = 0
        while True:
            chunk = self.beads(bitext_id, first, first + _BATCH)
            yield from chunk
            if len(chunk) < _BATCH:
                return
            first += _BATCH

    def _texts(self, doc_id: int, lo: int, hi: int) -> dict[int, str]:
        """{index: text} of the non-excluded segments with indexes in [lo, hi)."""
        return {lo + k: r[0] for k, r in enumerate(self._segment_rows(doc_id, lo, hi))
                if not r[1]}

    def _segment_rows(self, doc_id: int, lo: int, hi: int) -> list[tuple[str, int]]:
        """(text, excluded) of the segments with indexes [lo, hi), in order."""
        if hi <= lo:
            return []
        return self._q("SELECT text, excluded FROM segments WHERE doc_id = ? AND "
                       "position >= ? AND position < ? ORDER BY position",
                       (doc_id, self._seg_key(doc_id, lo), self._seg_key(doc_id, hi)))

    def iter_bead_texts(self, bitext_id: int) -> Iterator[tuple[Bead, str, str]]:
        """Stream (bead, src_text, tgt_text): non-excluded sentence texts joined by a space."""
        bitext = self.bitext(bitext_id)
        first = 0
        while True:
            chunk = self.beads(bitext_id, first, first + _BATCH)
            if chunk:
                src = self._texts(bitext.src_doc_id, chunk[0].src_start, chunk[-1].src_end)
                tgt = self._texts(bitext.tgt_doc_id, chunk[0].tgt_start, chunk[-1].tgt_end)
                for b in chunk:
                    yield (b, " ".join(src[p] for p in range(b.src_start, b.src_end) if p in src),
                           " ".join(tgt[p] for p in range(b.tgt_start, b.tgt_end) if p in tgt))
            if len(chunk) < _BATCH:
                return
            first += _BATCH

    def bead_texts(self, bitext_id: int) -> list[tuple[str, str]]:
        """(src_text, tgt_text) per bead, in order (see iter_bead_texts)."""
        return [(s, t) for _, s, t in self.iter_bead_texts(bitext_id)]

    def _bounds(self, bitext: Bitext, first: int, last: int) -> tuple[int, int, int, int]:
        """Segment ranges the beads [first, last) may use: from the end of the bead before
        to the start of the bead after (whole documents at the ends)."""
        before = self.beads(bitext.id, first - 1, first) if first > 0 else []
        after = self.beads(bitext.id, last, last + 1)
        src_lo = before[0].src_end if before else 0
        tgt_lo = before[0].tgt_end if before else 0
        src_hi = after[0].src_start if after else self.doc_segment_count(bitext.src_doc_id)
        tgt_hi = after[0].tgt_start if after else self.doc_segment_count(bitext.tgt_doc_id)
        return src_lo, src_hi, tgt_lo, tgt_hi

    def _check_range(self, bitext: Bitext, ranges: Sequence[tuple[int, int, int, int]],
                     bounds: tuple[int, int, int, int], has_beads: bool) -> str:
        """Problem with putting beads of these ranges between `bounds` ('' if none)."""
        src_lo, src_hi, tgt_lo, tgt_hi = bounds
        for side, lo, hi, doc_id, idx in (("side.source", src_lo, src_hi, bitext.src_doc_id, 0),
                                          ("side.target", tgt_lo, tgt_hi, bitext.tgt_doc_id, 2)):
            at = lo
            covered: list[tuple[int, int]] = []
            for k, r in enumerate(ranges):
                s, e = r[idx], r[idx + 1]
                if s > e or s < at or e > hi:
                    return Problem("bead.overlap", side=Problem(side), start=s + 1, end=e,
                                   bead=k + 1, low=lo + 1, high=hi)
                covered.append((s, e))
                at = e
            if not has_beads:
                continue
            included = [lo + k for k, r in enumerate(self._segment_rows(doc_id, lo, hi))
                        if not r[1]]
            k = 0
            for p in included:
                while k < len(covered) and covered[k][1] <= p:
                    k += 1
                if k == len(covered) or covered[k][0] > p:
                    return Problem("bead.uncovered", side=Problem(side), sentence=p + 1)
        return ""

    def _write_beads(self, bitext: Bitext, first: int, last: int,
                     rows: Sequence[tuple]) -> None:
        """Replace beads [first, last) by rows (id|None, src_start, src_end, tgt_start,
        tgt_end, score, status, changed_at), ranges as indexes, after checking the
        invariants."""
        keys = self._keys(bitext.id)
        count = len(keys)
        if not 0 <= first <= last <= count:
            raise CorpusChangeError(self.path, Problem("bead.range_outside", first=first + 1,
                                                       last=last, count=count))
        _, lo, hi = self._key_range(bitext.id, first, last)
        current = self._q("SELECT id, src_start, src_end, tgt_start, tgt_end, score, status, "
                          "changed_at FROM beads WHERE bitext_id = ? AND position >= ? AND "
                          "position < ? ORDER BY position", (bitext.id, lo, hi))
        stored = self._ranges_as_keys(bitext, rows)
        if len(current) == len(rows) and all(
                c[1:5] == k and r[0] in (None, c[0])
                for c, r, k in zip(current, rows, stored)):
            # same ranges (a status/score change): update the rows that differ, in place
            self._xm("UPDATE beads SET score = ?, status = ?, changed_at = ? WHERE id = ?",
                     ((r[5], r[6], r[7], c[0]) for c, r in zip(current, rows)
                      if tuple(c[5:8]) != tuple(r[5:8])))
            return
        bounds = self._bounds(bitext, first, last)
        has_beads = count - (last - first) + len(rows) > 0
        problem = self._check_range(bitext, [r[1:5] for r in rows], bounds, has_beads)
        if problem:
            raise CorpusChangeError(self.path, Problem("bead.in_bitext", name=bitext.name,
                                                       problem=problem))
        self._x("DELETE FROM beads WHERE bitext_id = ? AND position >= ? AND position < ?",
                (bitext.id, lo, hi))
        if first == 0 and last == count:  # the whole bitext: fresh keys
            new = keys_between(None, None, len(rows))
        else:
            new = keys_between(keys[first - 1] if first > 0 else None,
                               keys[last] if last < count else None, len(rows))
        keys = keys[:first] + keys[last:]
        if new is None:  # the gap is used up: new keys for a few beads around it
            new = self._respace_beads(bitext.id, keys, first, len(rows))
        keys[first:first] = array("q", new)
        self._xm("INSERT INTO beads(id, bitext_id, position, src_start, src_end, tgt_start, "
                 "tgt_end, score, status, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 ((r[0], bitext.id, new[k], *stored[k], *r[5:]) for k, r in enumerate(rows)))
        # the cache follows this change (dropped if the transaction is rolled back)
        self._derived[("bead_keys", bitext.id)] = (
            self._q("PRAGMA data_version")[0][0], keys)

    def _ranges_as_keys(self, bitext: Bitext, rows: Sequence[tuple]
                        ) -> list[tuple[int, int, int, int]]:
        """The index ranges (columns 1..4) of rows as stored: segment keys, END at a
        document's end."""
        if not rows:
            return []
        cols = list(zip(*(r[1:5] for r in rows)))
        src = [self._seg_key_list(bitext.src_doc_id, cols[k]) for k in (0, 1)]
        tgt = [self._seg_key_list(bitext.tgt_doc_id, cols[k]) for k in (2, 3)]
        return list(zip(src[0], src[1], tgt[0], tgt[1]))

    def _respace_beads(self, bitext_id: int, keys: array, at: int, m: int) -> list[int]:
        """Room for m beads at index `at` of the remaining beads' keys: the beads of a
        window around it get new keys (local: rarely more than a few dozen rows); `keys`
        is updated in place. Returns the m new keys."""
        lo, hi, spaced = respace(keys, at, m)
        if hi > lo:
            moved = self._q("SELECT id FROM beads WHERE bitext_id = ? AND position >= ? AND "
                            "position <= ? ORDER BY position", (bitext_id, keys[lo], keys[hi - 1]))
            kept = spaced[:at - lo] + spaced[at - lo + m:]
            self._xm("UPDATE beads SET position = ? WHERE id = ?",
                     ((k, r[0]) for k, r in zip(kept, moved)))
            keys[lo:hi] = array("q", kept)
        return spaced[at - lo:at - lo + m]

    def replace_beads(self, bitext_id: int, spans: Iterable[BeadSpan], *,
                      first: int = 0, last: int | None = None,
                      src_offset: int = 0, tgt_offset: int = 0) -> None:
        """Replace beads [first, last) (all when last is None) with new ones, atomically.

        Span ranges index segment positions minus the offsets (all segments, excluded ones
        included; use `map_spans` for results over filtered lists). New beads get status
        AUTO and the span's score. Refused if they would overlap the beads kept around
        them or leave a non-excluded sentence out.
        """
        with self.transaction():
            bitext = self.bitext(bitext_id)
            if last is None:
                last = self.bead_count(bitext_id)
            stamp = now_iso()
            rows = [(None, s.src_start + src_offset, s.src_end + src_offset,
                     s.tgt_start + tgt_offset, s.tgt_end + tgt_offset, _score(s.score),
                     BeadStatus.AUTO.value, stamp) for s in spans]
            self._write_beads(bitext, first, last, rows)

    def set_beads(self, bitext_id: int, beads: Sequence[Bead], first: int, last: int) -> None:
        """Replace beads [first, last) with exactly these (ids/status kept): used by undo.
        A bead with id None gets a new id; changed_at is kept when given."""
        with self.transaction():
            bitext = self.bitext(bitext_id)
            stamp = now_iso()
            rows = [(b.id, b.src_start, b.src_end, b.tgt_start, b.tgt_end, _score(b.score),
                     BeadStatus(b.status).value, b.changed_at or stamp) for b in beads]
            self._write_beads(bitext, first, last, rows)

    def bead_statuses(self, bitext_id: int, first: int = 0,
                      last: int | None = None) -> list[tuple[int, BeadStatus, str]]:
        """(position, status, changed_at) of beads [first, last): cheap, for status edits."""
        first, lo, hi = self._key_range(bitext_id, first, last)
        return [(first + k, _STATUS[r[0]], r[1]) for k, r in enumerate(self._q(
            "SELECT status, changed_at FROM beads WHERE bitext_id = ? AND "
            "position >= ? AND position < ? ORDER BY position", (bitext_id, lo, hi)))]

    def set_statuses(self, bitext_id: int,
                     items: Sequence[tuple[int, BeadStatus | str, str]]) -> None:
        """Set (position, status, changed_at) of beads; changed_at '' means now."""
        stamp = now_iso()
        with self.transaction():
            keys = self._keys(bitext_id)
            for pos, _, _ in items:
                if not 0 <= pos < len(keys):
                    raise CorpusChangeError(self.path, Problem("bead.missing", bitext=bitext_id,
                                                               bead=pos + 1))
            self._xm("UPDATE beads SET status = ?, changed_at = ? WHERE bitext_id = ? AND "
                     "position = ?", ((BeadStatus(st).value, when or stamp, bitext_id, keys[pos])
                                      for pos, st, when in items))

    def set_status_range(self, bitext_id: int, first: int, last: int, status: BeadStatus,
                         changed_at: str = "") -> None:
        """Give beads [first, last) this status in one statement (only those that differ
        get the new changed_at; '' means now)."""
        status = BeadStatus(status)
        with self.transaction():
            _, lo, hi = self._key_range(bitext_id, first, last)
            self._x("UPDATE beads SET status = ?, changed_at = ? WHERE bitext_id = ? AND "
                    "position >= ? AND position < ? AND status <> ?",
                    (status.value, changed_at or now_iso(), bitext_id, lo, hi, status.value))

    def set_status(self, bead_ids: Sequence[int], status: BeadStatus) -> None:
        status = BeadStatus(status)
        with self.transaction():
            self._xm("UPDATE beads SET status = ?, changed_at = ? WHERE id = ? AND status <> ?",
                     ((status.value, now_iso(), i, status.value) for i in bead_ids))

    def check_bitext(self, bitext_id: int) -> list[str]:
        """Every broken bead invariant of a bitext, as messages (empty list: all fine)."""
        with self.snapshot():
            return self._check_bitext(bitext_id)

    def _check_bitext(self, bitext_id: int) -> list[str]:
        bitext = self.bitext(bitext_id)
        beads = self.beads(bitext_id)
        problems = [f"{r[1]} beads share the order key {r[0]}" for r in self._q(
            "SELECT position, count(*) FROM beads WHERE bitext_id = ? GROUP BY position "
            "HAVING count(*) > 1", (bitext_id,))]
        if not beads:
            return problems
        for side, doc in (("src", bitext.src_doc_id), ("tgt", bitext.tgt_doc_id)):
            stored = np.asarray(self._q(f"SELECT {side}_start, {side}_end FROM beads WHERE "
                                        "bitext_id = ?", (bitext_id,)), dtype=np.int64)
            known = np.append(self._seg_keys(doc), END)
            at = np.searchsorted(known, stored)
            if len(stored) and (at.max() >= len(known) or (known[at] != stored).any()):
                problems.append(f"a {side} bead boundary is no sentence's order key")
        n_src = self.doc_segment_count(bitext.src_doc_id)
        n_tgt = self.doc_segment_count(bitext.tgt_doc_id)
        problem = self._check_range(
            bitext, [(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in beads],
            (0, n_src, 0, n_tgt), True)
        return problems + ([problem] if problem else [])

