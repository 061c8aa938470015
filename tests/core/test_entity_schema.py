"""Schema version 3: entity status/source and the corpus label set, also on old files."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from aligner.corpus import APPLICATION_ID, Corpus
from aligner.schema import MIGRATIONS


def _v2_file_with_an_entity(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute("BEGIN")
    MIGRATIONS[0](raw)
    MIGRATIONS[1](raw)
    raw.execute("PRAGMA user_version = 2")
    raw.execute("INSERT INTO meta VALUES ('created_at', '2025-01-01T00:00:00Z')")
    raw.execute("INSERT INTO documents(lang, title, text, created_at) "
                "VALUES ('ar', 'old', 'زار بغداد.', '2025-01-01T00:00:00Z')")
    raw.execute("INSERT INTO segments(doc_id, position, start, \"end\", text) "
                "VALUES (1, 0, 0, 10, 'زار بغداد.')")
    raw.execute("INSERT INTO entities(segment_id, start, \"end\", label) VALUES (1, 4, 9, 'LOC')")
    raw.execute("COMMIT")
    raw.close()


def test_upgrade_keeps_old_entities_accepted_and_adds_default_labels(tmp_path: Path) -> None:
    path = tmp_path / "old.dragoman"
    _v2_file_with_an_entity(path)
    Corpus.open(path).close()  # upgrades
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT status, source FROM entities").fetchall() == [("accepted", "")]
    labels = raw.execute("SELECT name, key FROM labels ORDER BY position").fetchall()
    assert labels == [("PER", "1"), ("LOC", "2"), ("ORG", "3"), ("MISC", "4")]
    try:
        raw.execute("UPDATE entities SET status = 'maybe'")
        raise AssertionError("an unknown status was stored")
    except sqlite3.IntegrityError:
        pass
    raw.close()
