"""The corpus file's SQL schema, written as a list of migrations.

Why migrations only (no separate "create" DDL): a new file is built by running every
migration from version 0, so a fresh corpus and an upgraded old one are the same schema by
construction. `MIGRATIONS[v]` upgrades a file from version v to v+1; the corpus applies the
missing ones in one transaction when it opens a file for writing, then sets
PRAGMA user_version. Never edit a migration once released: append a new one.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]

# Version 1: the first released layout.
_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    lang        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,          -- decoded file content, verbatim
    source_name TEXT NOT NULL DEFAULT '',
    encoding    TEXT NOT NULL DEFAULT 'utf-8',
    checksum    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE TABLE segments (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: undo restores ids
    doc_id         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    paragraph      INTEGER NOT NULL DEFAULT 0,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           TEXT NOT NULL,
    excluded       INTEGER NOT NULL DEFAULT 0,
    exclude_reason TEXT NOT NULL DEFAULT '',
    CHECK (start <= "end")
);
-- not UNIQUE: inserting a row shifts later positions with one UPDATE, which a unique
-- index would reject midway. Corpus.check() verifies positions are dense instead
CREATE INDEX segments_doc_position ON segments(doc_id, position);
CREATE TABLE bitexts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    src_doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tgt_doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (src_doc_id, tgt_doc_id),
    CHECK (src_doc_id <> tgt_doc_id)
);
CREATE INDEX bitexts_tgt ON bitexts(tgt_doc_id);
CREATE TABLE beads (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    bitext_id  INTEGER NOT NULL REFERENCES bitexts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    src_start  INTEGER NOT NULL,
    src_end    INTEGER NOT NULL,
    tgt_start  INTEGER NOT NULL,
    tgt_end    INTEGER NOT NULL,
    score      REAL NOT NULL DEFAULT 0,
    status     TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed')),
    changed_at TEXT NOT NULL,
    CHECK (0 <= src_start AND src_start <= src_end AND 0 <= tgt_start AND tgt_start <= tgt_end)
);
CREATE INDEX beads_bitext_position ON beads(bitext_id, position);  -- not UNIQUE: see segments
CREATE TABLE names (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    arabic        TEXT NOT NULL,
    romanizations TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings
    canonical     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX names_arabic ON names(arabic);
CREATE TABLE entities (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    segment_id     INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    label          TEXT NOT NULL,
    counterpart_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    name_id        INTEGER REFERENCES names(id) ON DELETE SET NULL,
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX entities_segment ON entities(segment_id);
"""

# Version 2: per-corpus settings (the GUI's last position per bitext, ...) kept apart from
# `meta` (facts about the file), and the indexes that foreign-key cascades need to be fast.
_V2 = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX entities_counterpart ON entities(counterpart_id);
CREATE INDEX entities_name ON entities(name_id);
"""

# Version 3: entity annotation. An entity is either accepted (the annotator's) or a
# suggestion the tool made and the annotator has not yet accepted (never exported); `source`
# says where a suggestion came from (projection, bead, gazetteer, register, corpus). The
# label set belongs to the corpus: each label has a colour and a number key, in order.
_V3 = """
ALTER TABLE entities ADD COLUMN status TEXT NOT NULL DEFAULT 'accepted'
    CHECK (status IN ('accepted', 'suggested'));
ALTER TABLE entities ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE INDEX entities_status ON entities(status);
CREATE TABLE labels (
    name     TEXT PRIMARY KEY,
    colour   TEXT NOT NULL,
    key      TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
INSERT INTO labels(name, colour, key, position) VALUES
    ('PER', '#f4a6a6', '1', 0), ('LOC', '#9fd3a8', '2', 1),
    ('ORG', '#9ec5f0', '3', 2), ('MISC', '#f2d58a', '4', 3);
"""

# Version 4: the names register. An entry (a row of `names`, `arabic` its headword) gets a
# kind (only 'name' is romanized; 'exonym' and 'translation' never are), the entity label
# and a note; its other Arabic forms and every Latin spelling are rows of `name_forms`,
# each with its TBX status (one 'preferred' spelling per language at most) and the scheme
# that wrote it. The scheme the corpus follows is chosen per target language. The
# version-1 columns `romanizations` (to lang 'ar-Latn') and `canonical` (to the language
# of the entry's non-Arabic entities, else 'en') are copied here; nothing reads or writes
# them from version 4 on (they stay because DROP COLUMN needs SQLite 3.35).
_V4 = """
ALTER TABLE names ADD COLUMN kind TEXT NOT NULL DEFAULT 'name'
    CHECK (kind IN ('name', 'exonym', 'translation'));
ALTER TABLE names ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE names ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE TABLE name_forms (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name_id  INTEGER NOT NULL REFERENCES names(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    lang     TEXT NOT NULL,
    form     TEXT NOT NULL,
    status   TEXT NOT NULL DEFAULT 'admitted'
             CHECK (status IN ('preferred', 'admitted', 'deprecated')),
    scheme   TEXT NOT NULL DEFAULT '',
    UNIQUE (name_id, lang, form)
);
CREATE UNIQUE INDEX name_forms_preferred ON name_forms(name_id, lang) WHERE status = 'preferred';
CREATE INDEX name_forms_form ON name_forms(lang, form);
CREATE TABLE name_schemes (
    lang   TEXT PRIMARY KEY,
    scheme TEXT NOT NULL
);
INSERT OR IGNORE INTO name_forms(name_id, position, lang, form, status)
    SELECT n.id, 0, coalesce((SELECT d.lang FROM entities e
                              JOIN segments s ON s.id = e.segment_id
                              JOIN documents d ON d.id = s.doc_id
                              WHERE e.name_id = n.id AND d.lang <> 'ar'
                              ORDER BY e.id LIMIT 1), 'en'),
           n.canonical, 'preferred'
    FROM names n WHERE n.canonical <> '';
INSERT OR IGNORE INTO name_forms(name_id, position, lang, form, status)
    SELECT n.id, 1 + r.key, 'ar-Latn', r.value, 'admitted'
    FROM names n, json_each(n.romanizations) r
    WHERE json_valid(n.romanizations) AND r.type = 'text' AND r.value <> '';
"""

# Version 5: a bead's `position` is an order key with gaps (aligner.corpus.order), not its
# index, so inserting or merging beads in the middle rewrites no later row. Existing dense
# positions are spread 65536 (order.GAP) apart. A Dragoman that expects dense positions
# must not open such a file, hence a version of its own.
_V5 = """
UPDATE beads SET position = position * 65536;
"""


# Version 6: a bead may have no score (NULL): a unit imported from a TMX or JSONL without
# one is not "scored 0", it was never scored (the editor shows it as "imported"). SQLite
# cannot drop NOT NULL from a column, so the table is rebuilt with the same rows, ids and
# AUTOINCREMENT counter (an id used once is never reused: undo restores ids).
_V6_TABLE = """
CREATE TABLE beads_v6 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    bitext_id  INTEGER NOT NULL REFERENCES bitexts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    src_start  INTEGER NOT NULL,
    src_end    INTEGER NOT NULL,
    tgt_start  INTEGER NOT NULL,
    tgt_end    INTEGER NOT NULL,
    score      REAL,
    status     TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed')),
    changed_at TEXT NOT NULL,
    CHECK (0 <= src_start AND src_start <= src_end AND 0 <= tgt_start AND tgt_start <= tgt_end)
)"""


def _v6(conn: sqlite3.Connection) -> None:
    conn.execute(_V6_TABLE)
    conn.execute("INSERT INTO beads_v6 SELECT id, bitext_id, position, src_start, src_end, "
                 "tgt_start, tgt_end, score, status, changed_at FROM beads")
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'beads'").fetchone()
    if row is not None:
        conn.execute("DELETE FROM sqlite_sequence WHERE name = 'beads_v6'")
        conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES ('beads_v6', ?)", row)
    conn.execute("DROP TABLE beads")
    conn.execute("ALTER TABLE beads_v6 RENAME TO beads")
    conn.execute("CREATE INDEX beads_bitext_position ON beads(bitext_id, position)")


# Version 7: a segment's `position` is an order key with gaps too, and a bead's ranges hold
# segment keys, not indexes (aligner.corpus.order): splitting or merging a sentence rewrites
# no later sentence and no later bead. Positions become k * 65536 (order.GAP) for the k-th
# segment of its document; a bead boundary at index i becomes the key of segment i, or
# 2^62 (order.END) at the end of the document. The range indexes find the bead holding a
# sentence without reading the bitext.
def _v7(conn: sqlite3.Connection) -> None:
    gap, end = 1 << 16, 1 << 62  # order.GAP, order.END (the schema imports no corpus code)
    conn.execute("UPDATE segments SET position = r.k * ? FROM (SELECT id, row_number() OVER "
                 "(PARTITION BY doc_id ORDER BY position, id) - 1 AS k FROM segments) AS r "
                 "WHERE segments.id = r.id", (gap,))
    counts = dict(conn.execute("SELECT doc_id, count(*) FROM segments GROUP BY doc_id"))
    for bitext_id, src, tgt in conn.execute(
            "SELECT id, src_doc_id, tgt_doc_id FROM bitexts").fetchall():
        n_src, n_tgt = counts.get(src, 0), counts.get(tgt, 0)
        conn.execute(
            "UPDATE beads SET "
            "src_start = CASE WHEN src_start >= :ns THEN :end ELSE src_start * :gap END, "
            "src_end = CASE WHEN src_end >= :ns THEN :end ELSE src_end * :gap END, "
            "tgt_start = CASE WHEN tgt_start >= :nt THEN :end ELSE tgt_start * :gap END, "
            "tgt_end = CASE WHEN tgt_end >= :nt THEN :end ELSE tgt_end * :gap END "
            "WHERE bitext_id = :b",
            {"ns": n_src, "nt": n_tgt, "end": end, "gap": gap, "b": bitext_id})
    conn.execute("CREATE INDEX beads_src ON beads(bitext_id, src_start, src_end)")
    conn.execute("CREATE INDEX beads_tgt ON beads(bitext_id, tgt_start, tgt_end)")


# Version 8: links between entities move to a table of their own, so an entity has one
# counterpart per language: an Arabic document shared by an ar-en and an ar-fr bitext links
# its entity to the English one AND the French one (the `counterpart_id` column held one).
# A link is stored both ways (a -> b and b -> a); every old link is copied, both ways, and
# the column is emptied (nothing reads or writes it from version 8 on; it stays because
# DROP COLUMN needs SQLite 3.35). IF NOT EXISTS: a file relabelled as older (tests do) runs
# it again harmlessly.
_V8 = """
CREATE TABLE IF NOT EXISTS entity_links (
    a INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (a, b),
    CHECK (a <> b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_links_b ON entity_links(b);
INSERT OR IGNORE INTO entity_links(a, b)
    SELECT e.id, e.counterpart_id FROM entities e JOIN entities o ON o.id = e.counterpart_id
    WHERE e.counterpart_id <> e.id;
INSERT OR IGNORE INTO entity_links(a, b)
    SELECT e.counterpart_id, e.id FROM entities e JOIN entities o ON o.id = e.counterpart_id
    WHERE e.counterpart_id <> e.id;
UPDATE entities SET counterpart_id = NULL WHERE counterpart_id IS NOT NULL;
"""


def _script(sql: str) -> Migration:
    def run(conn: sqlite3.Connection) -> None:
        # executescript() would COMMIT first; run statement by statement inside the
        # caller's transaction so a failed migration leaves the file untouched.
        for statement in re.sub(r"--[^\n]*", "", sql).split(";"):
            if statement.strip():
                conn.execute(statement)
    return run


MIGRATIONS: list[Migration] = [_script(_V1), _script(_V2), _script(_V3), _script(_V4),
                               _script(_V5), _v6, _v7, _script(_V8)]

# Tables every file of a version must have (checked on open to reject other databases).
REQUIRED_TABLES = {
    1: {"meta", "documents", "segments", "bitexts", "beads", "names", "entities"},
    2: {"meta", "documents", "segments", "bitexts", "beads", "names", "entities", "settings"},
    3: {"meta", "documents", "segments", "bitexts", "beads", "names", "entities", "settings",
        "labels"},
    4: {"meta", "documents", "segments", "bitexts", "beads", "names", "entities", "settings",
        "labels", "name_forms", "name_schemes"},
    5: {"meta", "documents", "segments", "bitexts", "beads", "names", "entities", "settings",
        "labels", "name_forms", "name_schemes"},
    6: {"meta", "documents", "segments", "bitexts", "beads", "names", "entities", "settings",
        "labels", "name_forms", "name_schemes"},
    7: {"meta", "documents", "segments", "bitexts", "beads", "names", "entities", "settings",
        "labels", "name_forms", "name_schemes"},
    8: {"meta", "documents", "segments", "bitexts", "beads", "names", "entities", "settings",
        "labels", "name_forms", "name_schemes", "entity_links"},
}
