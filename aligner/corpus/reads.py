"""Lean reads for views of large corpora: rows without the parts a view does not show, and
streams instead of lists, so a million-row document costs neither seconds nor a second
copy in memory. Functions over a `Corpus`, apart from its concerns: they only read.
"""
from __future__ import annotations

from collections.abc import Iterator

from aligner.corpus.corpus import Corpus
from aligner.corpus.errors import from_sqlite
from aligner.model import Document


def document_list(corpus: Corpus) -> list[Document]:
    """Every document in id order without its text (`text` is ''): a list of documents
    reading two 100 MB texts to show their titles took seconds."""
    return [Document(r[0], r[1], r[2], "", r[3], r[4], r[5]) for r in corpus._q(
        "SELECT id, lang, title, source_name, encoding, checksum FROM documents ORDER BY id")]


def iter_segment_texts(corpus: Corpus, doc_id: int,
                       batch: int = 8192) -> Iterator[list[tuple[str, bool]]]:
    """(text, excluded) of every segment of a document in order, `batch` rows at a time
    (what `Corpus.segment_texts` gives, without holding all of them at once). Meant for a
    worker's own connection: the corpus is held for the whole stream."""
    import sqlite3

    with corpus._mutex:
        try:
            cursor = corpus._db().execute(
                "SELECT text, excluded FROM segments WHERE doc_id = ? ORDER BY position",
                (doc_id,))
            while True:
                rows = cursor.fetchmany(batch)
                if not rows:
                    return
                yield [(text, bool(excluded)) for text, excluded in rows]
        except sqlite3.DatabaseError as exc:
            raise from_sqlite(corpus.path, exc, "read") from None
