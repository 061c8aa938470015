"""Segment order keys (aligner.corpus.order): the map between a sentence's index in its
document, which callers see, and the key stored in `segments.position` and in bead ranges.

Why a concern of its own: documents (split, merge), bitexts (bead ranges) and annotations
(entity positions) all turn keys into indexes and back, through one cached sorted array
of keys per document.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from aligner.corpus.file import CorpusFile
from aligner.corpus.order import END, keys_between, respace


class SegmentKeysMixin(CorpusFile):
    """Index <-> key of the segments of a document, and making room for new keys."""

    def _seg_keys(self, doc_id: int) -> np.ndarray:
        """The document's segment keys, sorted (index -> key), cached per connection:
        valid while no other connection commits (PRAGMA data_version); this connection's
        own changes update it, a rollback drops it."""
        version = self._q("PRAGMA data_version")[0][0]
        hit = self._derived.get(("seg_keys", doc_id))
        if hit is not None and hit[0] == version:
            return hit[1]
        keys = self._sorted_keys("segments", "doc_id", doc_id)
        self._derived[("seg_keys", doc_id)] = (version, keys)
        return keys

    def _sorted_keys(self, table: str, column: str, value: int) -> np.ndarray:
        """The `position` keys of a table's rows with column = value, sorted. Joined into
        one string by SQLite and parsed by numpy: twice as fast as a row each (0.2 s for
        a million keys)."""
        joined = self._q(f"SELECT group_concat(position, ' ') FROM (SELECT position FROM "
                         f"{table} WHERE {column} = ? ORDER BY position)", (value,))[0][0]
        keys = np.fromstring(joined, dtype=np.int64, sep=" ") if joined else \
            np.zeros(0, dtype=np.int64)
        if len(keys) > 1 and not (keys[1:] > keys[:-1]).all():
            keys.sort()  # SQLite does not promise group_concat keeps the subquery's order
        return keys

    def _cached_seg_keys(self, doc_id: int) -> np.ndarray | None:
        """The cached keys if they are still valid (None: not loaded; nothing is read)."""
        hit = self._derived.get(("seg_keys", doc_id))
        if hit is None or hit[0] != self._q("PRAGMA data_version")[0][0]:
            return None
        return hit[1]

    def _keep_seg_keys(self, doc_id: int, keys: np.ndarray | None) -> None:
        """Cache the keys as this connection just wrote them (None: forget them)."""
        if keys is None:
            self._derived.pop(("seg_keys", doc_id), None)
        else:
            self._derived[("seg_keys", doc_id)] = (self._q("PRAGMA data_version")[0][0], keys)

    def _seg_key(self, doc_id: int, index: int) -> int:
        """The key at an index; END for the index just after the last segment."""
        keys = self._seg_keys(doc_id)
        if index == len(keys):
            return END
        return int(keys[index])

    def _seg_key_list(self, doc_id: int, indexes: Sequence[int]) -> list[int]:
        """Keys of many indexes (END for an index at or past the end), vectorized."""
        keys = self._seg_keys(doc_id)
        at = np.asarray(indexes, dtype=np.int64)
        if not len(keys):
            return [END] * len(at)
        out = np.where(at < len(keys), keys[np.clip(at, 0, len(keys) - 1)], END)
        return out.tolist()

    def _seg_index(self, doc_id: int, key: int) -> int:
        """Index of the first segment whose key is >= key (END: the segment count)."""
        return int(np.searchsorted(self._seg_keys(doc_id), key))

    def _seg_index_list(self, doc_id: int, keys: Sequence[int]) -> list[int]:
        return np.searchsorted(self._seg_keys(doc_id), np.asarray(keys, dtype=np.int64)
                               ).tolist() if len(keys) else []

    def _bitext_sides(self, doc_id: int) -> list[tuple[int, str]]:
        return [r for r in self._q(
            "SELECT id, 'src' FROM bitexts WHERE src_doc_id = ? UNION ALL "
            "SELECT id, 'tgt' FROM bitexts WHERE tgt_doc_id = ? ORDER BY 1", (doc_id, doc_id))]

    def _key_after(self, doc_id: int, key: int) -> tuple[int, int]:
        """(the segment's key, a free key between it and the next segment's): when that gap
        is used up, room is made around it (a few rows get new keys, the segment's own
        among them maybe, and bead boundaries follow them)."""
        rows = self._q("SELECT position FROM segments WHERE doc_id = ? AND position > ? "
                       "ORDER BY position LIMIT 1", (doc_id, key))
        new = keys_between(key, rows[0][0] if rows else None, 1)
        if new is not None:
            return key, new[0]
        keys = self._seg_keys(doc_id)
        at = int(np.searchsorted(keys, key)) + 1
        lo, hi, spaced = respace(keys.tolist(), at, 1)
        mapping = dict(zip(keys[lo:hi].tolist(), spaced[:at - lo] + spaced[at - lo + 1:]))
        moved = self._q("SELECT id, position FROM segments WHERE doc_id = ? AND position >= ? "
                        "AND position <= ?", (doc_id, int(keys[lo]), int(keys[hi - 1])))
        self._xm("UPDATE segments SET position = ? WHERE id = ?",
                 ((mapping[k], i) for i, k in moved))
        for bitext_id, side in self._bitext_sides(doc_id):
            s, e = f"{side}_start", f"{side}_end"
            # the beads with a boundary in the window: those starting in it, and the last
            # one starting before it (its end may lie in it); empty ones end where they start
            rows = self._q(
                f"SELECT id, {s}, {e} FROM beads WHERE bitext_id = ? AND {s} >= ? AND {s} <= ? "
                f"UNION ALL SELECT * FROM (SELECT id, {s}, {e} FROM beads WHERE bitext_id = ? "
                f"AND {s} < ? ORDER BY {s} DESC, {e} DESC LIMIT 1)",
                (bitext_id, int(keys[lo]), int(keys[hi - 1]), bitext_id, int(keys[lo])))
            self._xm(f"UPDATE beads SET {s} = ?, {e} = ? WHERE id = ?",
                     ((mapping.get(a, a), mapping.get(b, b), i) for i, a, b in rows
                      if a in mapping or b in mapping))
        keys = keys.copy()
        keys[lo:hi] = np.asarray(list(mapping.values()), dtype=np.int64)
        self._keep_seg_keys(doc_id, keys)
        return mapping.get(key, key), spaced[at - lo]
