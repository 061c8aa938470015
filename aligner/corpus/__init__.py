"""The corpus store: one SQLite file, held through one `Corpus` object.

Modules: file (checks, connection, migrations, transactions), lock (the writer lock),
documents (documents and segments), beads (bitexts and beads), annotations (entities and
the names register), corpus (the `Corpus` class that joins them), errors.
"""
from aligner.corpus.corpus import Corpus
from aligner.corpus.errors import (
                                   CorpusChangeError,
                                   CorpusError,
                                   CorpusLockedError,
                                   CorpusVersionError,
                                   DiskFullError,
                                   NotACorpusError,
                                   NotWritableError,
                                   ReadOnlyError,
)
from aligner.corpus.file import APPLICATION_ID, SCHEMA_VERSION, SUFFIX, now_iso

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "SUFFIX", "Corpus", "CorpusChangeError",
           "CorpusError", "CorpusLockedError", "CorpusVersionError", "DiskFullError",
           "NotACorpusError", "NotWritableError", "ReadOnlyError", "now_iso"]
