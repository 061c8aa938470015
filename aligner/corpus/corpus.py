"""`Corpus`: the one object callers hold, one SQLite file holding documents, segments,
bitexts, beads, entities and the names register.

Why SQLite: one file the user can copy, atomic transactions (a crash leaves the file as it
was before or after a change, never between), and fast indexed reads of 100k beads.

Why mixins (one per concern, each in its own module over the shared `CorpusFile`
connection) rather than managers with delegation: every caller keeps calling
`corpus.method(...)` with the method's real signature and docstring, and each method is
written once; a manager layer would need a second, delegating copy of every public
method on Corpus while call sites move over.
"""
from __future__ import annotations

from aligner.corpus.annotations import AnnotationsMixin
from aligner.corpus.beads import BitextsMixin
from aligner.corpus.documents import DocumentsMixin
from aligner.corpus.entities import EntitiesMixin
from aligner.corpus.register import RegisterMixin


class Corpus(DocumentsMixin, BitextsMixin, AnnotationsMixin, EntitiesMixin, RegisterMixin):
    """An open corpus file. Use `Corpus.create(path)` / `Corpus.open(path)`.

    The concerns: the file (aligner.corpus.file: lock, checks, connection, migrations,
    transactions, meta and settings), documents and segments (documents.py), bitexts and
    beads (beads.py), entities (annotations.py), the names register (register.py).
    Whole-corpus summaries live here.
    """

    def check(self) -> list[str]:
        """Full check: SQLite integrity, foreign keys, and every bitext's bead invariants
        (of one committed state, whatever another process writes meanwhile)."""
        with self.snapshot():
            return self._check()

    def _check(self) -> list[str]:
        problems = [r[0] for r in self._q("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key broken in {r[0]} row {r[1]}"
                     for r in self._q("PRAGMA foreign_key_check")]
        problems += [f"document {r[0]}: segments share an order key or have a negative one"
                     for r in self._q("SELECT doc_id FROM segments GROUP BY doc_id HAVING "
                                      "min(position) < 0 OR count(DISTINCT position) <> count(*)")]
        for bitext in self.bitexts():
            problems += [f"bitext {bitext.id}: {p}" for p in self.check_bitext(bitext.id)]
        return problems

    # --- summaries ---------------------------------------------------------------------
    def info(self) -> dict:
        """Counts for `dragoman info`: documents, segments, bitexts, beads (confirmed),
        all of one committed state."""
        def count(table: str, where: str = "") -> int:
            return self._q(f"SELECT count(*) FROM {table} {where}")[0][0]
        with self.snapshot():
            return {
                "path": str(self.path),
                "format": self.schema_version,
                "created_at": self.created_at,
                "documents": count("documents"),
                "segments": count("segments"),
                "excluded": count("segments", "WHERE excluded = 1"),
                "bitexts": count("bitexts"),
                "beads": count("beads"),
                "confirmed": count("beads", "WHERE status = 'confirmed'"),
                "entities": count("entities"),
                "names": count("names"),
            }
