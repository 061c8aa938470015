"""Schema version 4: the names register, and what becomes of a version-1..3 glossary."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aligner.corpus import APPLICATION_ID, Corpus
from aligner.schema import MIGRATIONS


def _v3_file_with_a_glossary(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute("BEGIN")
    for migration in MIGRATIONS[:3]:
        migration(raw)
    raw.execute("PRAGMA user_version = 3")
    raw.execute("INSERT INTO meta VALUES ('created_at', '2025-01-01T00:00:00Z')")
    for lang, text in (("ar", "زار الحمراوي الموصل."), ("fr", "El-Hamraoui a visité Mossoul.")):
        raw.execute("INSERT INTO documents(lang, title, text, created_at) "
                    "VALUES (?, 'old', ?, '2025-01-01T00:00:00Z')", (lang, text))
        raw.execute("INSERT INTO segments(doc_id, position, start, \"end\", text) "
                    "VALUES (last_insert_rowid(), 0, 0, ?, ?)", (len(text), text))
    raw.execute("INSERT INTO names(arabic, romanizations, canonical) VALUES "
                "('الحمراوي', '[\"al-Ḥamrāwī\", \"al-Hamrawi\"]', 'El-Hamraoui'), "
                "('الموصل', '[]', 'Mosul'), ('ناصر', 'not json', '')")
    raw.execute("INSERT INTO entities(segment_id, start, \"end\", label, name_id) VALUES "
                "(1, 4, 12, 'PER', 1), (2, 0, 11, 'PER', 1)")
    raw.execute("COMMIT")
    raw.close()


def test_upgrade_moves_the_old_glossary_into_forms(tmp_path: Path) -> None:
    path = tmp_path / "old.dragoman"
    _v3_file_with_a_glossary(path)
    Corpus.open(path).close()
    raw = sqlite3.connect(path)
    rows = raw.execute("SELECT name_id, lang, form, status FROM name_forms "
                       "ORDER BY name_id, position").fetchall()
    assert rows == [
        (1, "fr", "El-Hamraoui", "preferred"),  # the language of the linked Latin entity
        (1, "ar-Latn", "al-Ḥamrāwī", "admitted"),
        (1, "ar-Latn", "al-Hamrawi", "admitted"),
        (2, "en", "Mosul", "preferred"),  # no entity: English by default
    ]
    assert raw.execute("SELECT kind FROM names ORDER BY id").fetchall() == [("name",)] * 3
    raw.close()


def test_one_preferred_spelling_per_language(tmp_path: Path) -> None:
    path = tmp_path / "old.dragoman"
    _v3_file_with_a_glossary(path)
    Corpus.open(path).close()
    raw = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO name_forms(name_id, position, lang, form, status) "
                    "VALUES (1, 9, 'fr', 'Hamraoui', 'preferred')")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("UPDATE names SET kind = 'alias'")
    raw.rollback()
    raw.execute("PRAGMA foreign_keys = ON")  # as the corpus opens every file
    raw.execute("DELETE FROM names WHERE id = 1")  # forms go with their entry
    assert raw.execute("SELECT count(*) FROM name_forms WHERE name_id = 1").fetchone() == (0,)
    raw.close()
