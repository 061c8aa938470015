"""Units imported without a score (issue 13 point 5): stored with no score (not 0.0),
reviewed as "imported", never "low-confidence", exported without a score; a file of
format 5 (score NOT NULL) is upgraded keeping every bead, its id and its score."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from aligner.corpus import Corpus
from aligner.corpus.file import APPLICATION_ID, SCHEMA_VERSION
from aligner.edits import SetStatus
from aligner.exchange import export_corpus, import_file
from aligner.model import IMPORTED, BeadStatus
from aligner.review import next_to_review
from aligner.schema import MIGRATIONS

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence"
 adminlang="en" creationtool="hand" creationtoolversion="1" o-tmf="none"/>
<body>
<tu><tuv xml:lang="ar"><seg>وصل القطار متأخرا.</seg></tuv>
    <tuv xml:lang="en"><seg>The train arrived late.</seg></tuv></tu>
<tu><prop type="x-dragoman-score">0.25</prop>
    <tuv xml:lang="ar"><seg>انتظر الركاب طويلا.</seg></tuv>
    <tuv xml:lang="en"><seg>The passengers waited long.</seg></tuv></tu>
<tu><prop type="x-dragoman-status">confirmed</prop>
    <tuv xml:lang="ar"><seg>ثم فتحت الأبواب.</seg></tuv>
    <tuv xml:lang="en"><seg>Then the doors opened.</seg></tuv></tu>
</body></tmx>
"""


def _imported(tmp_path: Path) -> tuple[Corpus, int]:
    tmx = tmp_path / "memory.tmx"
    tmx.write_text(TMX, encoding="utf-8")
    corpus = Corpus.create(tmp_path / "c.dragoman")
    import_file(corpus, tmx)
    return corpus, corpus.bitexts()[0].id


def test_an_unscored_unit_has_no_score_and_is_imported(tmp_path: Path) -> None:
    corpus, b = _imported(tmp_path)
    with corpus:
        beads = corpus.beads(b)
        assert [x.score for x in beads] == [None, 0.25, None]
        assert [x.review_status for x in beads] == [IMPORTED, "auto", "confirmed"]
        # "next low-confidence" skips the unscored unit and stops at the 0.25 one
        assert next_to_review(beads, -1, low_below=0.5) == 1
        assert next_to_review(beads, -1) == 0
        # unconfirming the confirmed unit makes it "imported" again; confirming keeps no score
        SetStatus(b, [2], BeadStatus.AUTO).do(corpus)
        assert corpus.beads(b)[2].review_status == IMPORTED
        SetStatus(b, [0], BeadStatus.CONFIRMED).do(corpus)
        assert corpus.beads(b)[0].score is None
        assert corpus.beads(b)[0].review_status == "confirmed"


def test_exports_omit_the_missing_score(tmp_path: Path) -> None:
    corpus, _ = _imported(tmp_path)
    with corpus:
        export_corpus(corpus, "tmx", tmp_path / "out.tmx")
        export_corpus(corpus, "jsonl", tmp_path / "out.jsonl")
    tmx = (tmp_path / "out.tmx").read_text(encoding="utf-8")
    assert tmx.count('type="x-dragoman-score"') == 1
    assert "0.25" in tmx and "0.0<" not in tmx
    records = [json.loads(line) for line in
               (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["score"] for r in records] == [None, 0.25, None]
    # and the export comes back unscored, not as 0.0
    again = Corpus.create(tmp_path / "again.dragoman")
    with again:
        import_file(again, tmp_path / "out.tmx")
        assert [x.score for x in again.beads(again.bitexts()[0].id)] == [None, 0.25, None]


def test_a_format_5_file_is_upgraded_keeping_beads_ids_and_the_id_counter(
        tmp_path: Path) -> None:
    path = tmp_path / "v5.dragoman"
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute("BEGIN")
    for migration in MIGRATIONS[:5]:
        migration(raw)
    raw.execute("PRAGMA user_version = 5")
    raw.execute("INSERT INTO meta VALUES ('created_at', '2026-01-01T00:00:00Z')")
    now = "2026-01-01T00:00:00Z"
    for lang, text in (("ar", "سطر واحد\nسطر ثان\nسطر ثالث"), ("en", "one\ntwo\nthree")):
        doc = raw.execute("INSERT INTO documents(lang, text, created_at) VALUES (?, ?, ?)",
                          (lang, text, now)).lastrowid
        at = 0
        for k, line in enumerate(text.split("\n")):
            raw.execute('INSERT INTO segments(doc_id, position, start, "end", text) '
                        "VALUES (?, ?, ?, ?, ?)", (doc, k, at, at + len(line), line))
            at += len(line) + 1
    raw.execute("INSERT INTO bitexts(src_doc_id, tgt_doc_id, created_at) VALUES (1, 2, ?)", (now,))
    for k, (score, status) in enumerate(((0.9, "auto"), (0.1, "confirmed"), (0.0, "auto"))):
        raw.execute("INSERT INTO beads(bitext_id, position, src_start, src_end, tgt_start, "
                    "tgt_end, score, status, changed_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (k * 65536, k, k + 1, k, k + 1, score, status, now))
    raw.execute("INSERT INTO beads(bitext_id, position, src_start, src_end, tgt_start, "
                "tgt_end, score, changed_at) VALUES (1, 999999, 3, 3, 3, 3, 0, ?)", (now,))
    raw.execute("DELETE FROM beads WHERE id = 4")  # id 4 was used once: never again
    raw.execute("COMMIT")
    raw.close()
    with Corpus.open(path) as c:
        assert c.schema_version == SCHEMA_VERSION
        beads = c.beads(1)
        assert [(x.id, x.score, x.status.value) for x in beads] == [
            (1, 0.9, "auto"), (2, 0.1, "confirmed"), (3, 0.0, "auto")]
        assert c.check() == []
        c.set_beads(1, [replace(beads[2], score=None)], 2, 3)  # NULL is now allowed
        assert c.beads(1)[2].score is None
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT seq FROM sqlite_sequence WHERE name = 'beads'").fetchone() == (4,)
