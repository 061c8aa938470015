"""Schema version 8: one counterpart per language. An Arabic document shared by an ar-en
and an ar-fr bitext links its entity to the English one and the French one; files of
version 7 (one `counterpart_id` column) keep every link when upgraded."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from aligner.cli import main
from aligner.corpus import APPLICATION_ID, Corpus
from aligner.corpus.errors import CorpusChangeError, CorpusVersionError
from aligner.edits import EditError
from aligner.entities import edits as ee
from aligner.history import History
from aligner.schema import MIGRATIONS

AR = "زار الوالي القائم."
EN = "The governor visited al-Qaim."
FR = "Le gouverneur a visité al-Qaïm."
T0 = "2025-01-01T00:00:00Z"


def _v7_file(path: Path) -> None:
    """A version-7 corpus written by SQL as version 7 wrote it: ar, en and fr documents,
    the ar-en and ar-fr bitexts, and links in the counterpart_id column (ar <-> en both
    ways; fr -> ar one way, as an old import could leave it)."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute("BEGIN")
    for migrate in MIGRATIONS[:7]:
        migrate(raw)
    raw.execute("PRAGMA user_version = 7")
    raw.execute("INSERT INTO meta VALUES ('created_at', ?)", (T0,))
    for k, (lang, text) in enumerate((("ar", AR), ("en", EN), ("fr", FR)), 1):
        raw.execute("INSERT INTO documents(id, lang, title, text, created_at) "
                    "VALUES (?, ?, ?, ?, ?)", (k, lang, lang, text, T0))
        raw.execute('INSERT INTO segments(id, doc_id, position, start, "end", text) '
                    "VALUES (?, ?, 0, 0, ?, ?)", (k, k, len(text), text))
    for k, tgt in ((1, 2), (2, 3)):
        raw.execute("INSERT INTO bitexts(id, src_doc_id, tgt_doc_id, name, created_at) "
                    "VALUES (?, 1, ?, ?, ?)", (k, tgt, f"b{k}", T0))
        raw.execute("INSERT INTO beads(bitext_id, position, src_start, src_end, tgt_start, "
                    "tgt_end, score, changed_at) VALUES (?, 0, 0, ?, 0, ?, 0.9, ?)",
                    (k, 1 << 62, 1 << 62, T0))
    a0 = AR.index("القائم")
    rows = [(1, 1, a0, a0 + 6, 2), (2, 2, EN.index("al-Qaim"), EN.index("al-Qaim") + 7, 1),
            (3, 3, FR.index("al-Qaïm"), FR.index("al-Qaïm") + 7, 1),
            (4, 1, AR.index("الوالي"), AR.index("الوالي") + 6, None)]
    for i, seg, s, t, _ in rows:
        raw.execute('INSERT INTO entities(id, segment_id, start, "end", label) '
                    "VALUES (?, ?, ?, ?, 'LOC')", (i, seg, s, t))
    for i, *_, cp in rows:
        raw.execute("UPDATE entities SET counterpart_id = ? WHERE id = ?", (cp, i))
    raw.execute("COMMIT")
    raw.close()


def test_a_version_7_file_keeps_every_link_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v7.dragoman"
    _v7_file(path)
    with pytest.raises(CorpusVersionError, match="older corpus format 7"):
        Corpus.open(path, read_only=True)
    with Corpus.open(path) as c:
        assert c.schema_version == 8
        links = {e.id: e.links for e in c.entities()}
        # ar-en both ways, and the one-way fr -> ar link stored both ways
        assert links == {1: (2, 3), 2: (1,), 3: (1,), 4: ()}
        assert [(e.id, e.start, e.end, e.label) for e in c.entities()] == [
            (4, AR.index("الوالي"), AR.index("الوالي") + 6, "LOC"),
            (1, AR.index("القائم"), AR.index("القائم") + 6, "LOC"),
            (2, EN.index("al-Qaim"), EN.index("al-Qaim") + 7, "LOC"),
            (3, FR.index("al-Qaïm"), FR.index("al-Qaïm") + 7, "LOC")]
        # in each bitext the Arabic entity's counterpart is the one of that language
        assert {e.id: e.counterpart_id for e in c.bitext_entities(1)["src"]} == {1: 2, 4: None}
        assert {e.id: e.counterpart_id for e in c.bitext_entities(2)["src"]} == {1: 3, 4: None}
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM entities WHERE counterpart_id IS NOT NULL"
                       ).fetchone() == (0,)  # the column is no longer used
    raw.close()


def test_a_file_of_a_newer_version_is_refused_with_its_version(tmp_path: Path) -> None:
    path = tmp_path / "v7.dragoman"
    _v7_file(path)
    Corpus.open(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 9")
    raw.commit()
    raw.close()
    with pytest.raises(CorpusVersionError) as err:
        Corpus.open(path)
    assert str(path) in str(err.value) and "newer Dragoman" in str(err.value)
    assert "9" in str(err.value)


def test_one_counterpart_per_language_and_undo(tmp_path: Path) -> None:
    path = tmp_path / "v7.dragoman"
    _v7_file(path)
    with Corpus.open(path) as c:
        h = History(c)
        # a second English entity linked to the Arabic one replaces the English link only
        other = ee.tag(c, 2, 0, 3, "MISC")
        h.do(other)
        new_en = other.added_ids[0]
        h.do(ee.link(1, new_en))
        assert c.entity(1).links == (3, new_en) and c.entity(2).links == ()
        assert c.entity(3).links == (1,)
        h.undo()
        assert c.entity(1).links == (2, 3) and c.entity(2).links == (1,)
        # unlinking one pair leaves the other language's link
        h.do(ee.unlink([(1, 2)]))
        assert c.entity(1).links == (3,) and c.entity(2).links == ()
        h.undo()
        # deleting the Arabic entity unlinks both; undo brings both links back
        h.do(ee.delete([1]))
        assert c.entity(2).links == () and c.entity(3).links == ()
        h.undo()
        assert c.entity(1).links == (2, 3)
        with pytest.raises(EditError, match="two languages"):
            h.do(ee.link(1, 4))  # both Arabic
        with pytest.raises(CorpusChangeError, match="two languages"):
            c.set_entity_counterpart(1, 4)
        assert c.entity(1).links == (2, 3) and c.entity(4).links == ()


def test_export_writes_the_counterpart_of_the_bitexts_pair(tmp_path: Path, capsys) -> None:
    path = tmp_path / "v7.dragoman"
    _v7_file(path)
    Corpus.open(path).close()
    for bitext, lang, text in (("b1", "en", "al-Qaim"), ("b2", "fr", "al-Qaïm")):
        out = tmp_path / f"{bitext}.jsonl"
        assert main(["export", str(path), "--format", "jsonl", "--bitext", bitext,
                     "-o", str(out)]) == 0
        unit = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
        ents, texts = unit["entities"], unit["translation"]
        ar = next(e for e in ents if e["side"] == "ar"
                  and texts["ar"][e["start"]:e["end"]] == "القائم")
        other = ents[ar["counterpart"]]
        assert other["side"] == lang and texts[lang][other["start"]:other["end"]] == text
        assert ents[other["counterpart"]] is ar
