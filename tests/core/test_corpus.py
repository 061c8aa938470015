"""The corpus file on disk: round trips, transactions, pragmas, migrations, bead rules,
segment split/merge across several bitexts, streaming, read-only mode."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import aligner.corpus.file as corpus_module
from aligner.align.service import map_spans
from aligner.corpus import (APPLICATION_ID, SCHEMA_VERSION, Corpus, CorpusChangeError,
                            CorpusError, CorpusVersionError, ReadOnlyError)
from aligner.corpus.order import GAP
from aligner.model import (ROMANIZED_LANG, BeadSpan, BeadStatus, Document, Entity, FormStatus,
                           NameForm, RegisterEntry, Segment)
from aligner.schema import MIGRATIONS

# Written for these tests; the second Arabic sentence holds U+1EE01 (outside the BMP).
AR_TEXT = "ذهب الطالب إلى الجامعة.\nقرأ كتابا عن 𞸁 الرياضيات.\n\nعاد إلى البيت مساء."
EN_TEXT = "The student went to the university.\nHe read a book on mathematics.\n\nHe came home in the evening."


def sentences(text: str) -> list[Segment]:
    """One segment per non-empty line; a blank line starts a new paragraph."""
    out, at, paragraph = [], 0, 0
    for line in text.split("\n"):
        if line:
            out.append(Segment(None, 0, 0, paragraph, at, at + len(line), line))
        else:
            paragraph += 1
        at += len(line) + 1
    return out


def build(path: Path) -> tuple[Corpus, int, int, int]:
    c = Corpus.create(path)
    ar = c.add_document(Document(None, "ar", "الطالب", AR_TEXT, "student-ar.txt", "cp1256",
                                 "ab" * 32), sentences(AR_TEXT))
    en = c.add_document(Document(None, "en", "The student", EN_TEXT, "student-en.txt"),
                        sentences(EN_TEXT))
    b = c.add_bitext(ar, en, "student ar-en")
    c.replace_beads(b, [BeadSpan(i, i + 1, i, i + 1, 0.5 + i / 10) for i in range(3)])
    return c, ar, en, b


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "round.dragoman"
    c, ar, en, b = build(path)
    second = c.segments(ar)[1]
    start = second.text.index("𞸁")
    ent_ar = c.add_entity(Entity(None, second.id, start, start + 1, "MISC"))
    at = EN_TEXT.split("\n")[1].index("mathematics")
    ent_en = c.add_entity(Entity(None, c.segments(en)[1].id, at, at + 11, "MISC",
                                 counterpart_id=ent_ar))
    forms = [NameForm("en", "Abdullah", FormStatus.PREFERRED), NameForm(ROMANIZED_LANG, "ʿAbd Allāh")]
    name = c.add_register_entry(RegisterEntry(None, "عبد الله", forms=forms))
    c.set_setting("position/1", "2")
    c.set_status([c.bead(b, 0).id], BeadStatus.CONFIRMED)
    created = c.created_at
    c.close()

    with Corpus.open(path) as c:
        doc = c.document(ar)
        assert (doc.lang, doc.title, doc.text, doc.source_name, doc.encoding, doc.checksum) == \
            ("ar", "الطالب", AR_TEXT, "student-ar.txt", "cp1256", "ab" * 32)
        assert [d.id for d in c.documents()] == [ar, en]
        segs = c.segments(ar)
        assert [s.position for s in segs] == [0, 1, 2]
        assert [s.paragraph for s in segs] == [0, 0, 1]
        assert all(AR_TEXT[s.start:s.end] == s.text for s in segs)
        assert segs[1].text[start] == "\U0001EE01"
        bitext = c.bitext(b)
        assert (bitext.src_doc_id, bitext.tgt_doc_id, bitext.name, bitext.src_lang,
                bitext.tgt_lang) == (ar, en, "student ar-en", "ar", "en")
        beads = c.beads(b)
        assert [(x.src_start, x.src_end, x.tgt_start, x.tgt_end) for x in beads] == \
            [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]
        assert [x.status for x in beads] == [BeadStatus.CONFIRMED, BeadStatus.AUTO, BeadStatus.AUTO]
        assert [x.score for x in beads] == pytest.approx([0.5, 0.6, 0.7])
        assert all(x.changed_at.endswith("Z") for x in beads)
        ents = c.entities()
        assert [(e.id, e.label) for e in ents] == [(ent_ar, "MISC"), (ent_en, "MISC")]
        assert ents[1].counterpart_id == ent_ar
        assert c.segments(en)[1].text[ents[1].start:ents[1].end] == "mathematics"
        assert c.register_entries() == [RegisterEntry(name, "عبد الله", forms=[
            NameForm("en", "Abdullah", FormStatus.PREFERRED), NameForm(ROMANIZED_LANG, "ʿAbd Allāh")])]
        assert c.get_setting("position/1") == "2"
        assert c.get_setting("missing", "x") == "x"
        assert c.created_at == created and created.endswith("Z")
        assert c.schema_version == SCHEMA_VERSION
        info = c.info()
        assert {k: info[k] for k in ("documents", "segments", "bitexts", "beads", "confirmed",
                                     "entities", "names")} == \
            {"documents": 2, "segments": 6, "bitexts": 1, "beads": 3, "confirmed": 1,
             "entities": 2, "names": 1}
        assert c.check() == []


def test_wal_foreign_keys_and_application_id(tmp_path: Path) -> None:
    path = tmp_path / "pragmas.dragoman"
    c, ar, en, b = build(path)
    assert c._db().execute("PRAGMA foreign_keys").fetchone()[0] == 1
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()
    # foreign keys at work: deleting a document removes its segments, bitexts and beads
    c.delete_document(en)
    assert c.bitexts() == [] and c.segments(en) == []
    assert c._db().execute("SELECT count(*) FROM beads").fetchone()[0] == 0
    assert [d.id for d in c.documents()] == [ar]
    c.close()


def test_transaction_rolls_back_on_exception_and_nests(tmp_path: Path) -> None:
    c, ar, en, b = build(tmp_path / "tx.dragoman")
    with pytest.raises(RuntimeError):
        with c.transaction():
            c.set_segment_text(c.segments(ar)[0].id, "changed")
            c.add_document(Document(None, "fr", "x", "Bonjour."), sentences("Bonjour."))
            raise RuntimeError("boom")
    assert c.segments(ar)[0].text == AR_TEXT.split("\n")[0]
    assert len(c.documents()) == 2
    # an inner block that fails is rolled back alone when the outer one catches it
    with c.transaction():
        c.set_setting("outer", "1")
        try:
            with c.transaction():
                c.set_setting("inner", "1")
                raise ValueError
        except ValueError:
            pass
        c.set_setting("after", "1")
    assert [c.get_setting(k) for k in ("outer", "inner", "after")] == ["1", None, "1"]
    c.close()


def _write_v1_file(path: Path) -> None:
    """A corpus as the first Dragoman release wrote it: format 1, no settings table."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute("BEGIN")
    MIGRATIONS[0](raw)
    raw.execute("PRAGMA user_version = 1")
    raw.execute("INSERT INTO meta VALUES ('created_at', '2025-01-01T00:00:00Z')")
    raw.execute("INSERT INTO documents(lang, title, text, created_at) "
                "VALUES ('en', 'old', 'An old text.', '2025-01-01T00:00:00Z')")
    raw.execute("INSERT INTO segments(doc_id, position, start, \"end\", text) "
                "VALUES (1, 0, 0, 12, 'An old text.')")
    raw.execute("COMMIT")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.close()


def test_migration_upgrades_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "old.dragoman"
    _write_v1_file(path)
    assert "settings" not in {r[0] for r in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master")}
    with pytest.raises(CorpusVersionError, match="older corpus format 1"):
        Corpus.open(path, read_only=True)  # a reader cannot upgrade
    with Corpus.open(path) as c:
        assert c.schema_version == SCHEMA_VERSION == 8
        assert [s.text for s in c.segments(1)] == ["An old text."]
        assert c.created_at == "2025-01-01T00:00:00Z"
        c.set_setting("k", "v")
        assert c.get_setting("k") == "v"
        assert "upgraded_at" in c.meta()
    with Corpus.open(path, read_only=True) as c:
        assert c.get_setting("k") == "v"


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "fail.dragoman"
    c, *_ = build(path)
    c.close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE new_things (id INTEGER)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(corpus_module, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(corpus_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(corpus_module.REQUIRED_TABLES, SCHEMA_VERSION + 1, set())
    with pytest.raises(Exception):
        Corpus.open(path)
    monkeypatch.undo()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "new_things" not in {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    raw.close()
    with Corpus.open(path) as c:  # and the lock was released
        assert c.check() == []


def test_replace_beads_refuses_overlaps_and_uncovered_sentences(tmp_path: Path) -> None:
    c, ar, en, b = build(tmp_path / "rules.dragoman")
    before = c.beads(b)
    with pytest.raises(CorpusChangeError, match="overlap"):
        c.replace_beads(b, [BeadSpan(0, 2, 0, 1), BeadSpan(1, 3, 1, 3)])
    with pytest.raises(CorpusChangeError, match="target sentence 3 would not be in any bead"):
        c.replace_beads(b, [BeadSpan(0, 3, 0, 2)])
    with pytest.raises(CorpusChangeError):
        c.replace_beads(b, [BeadSpan(0, 4, 0, 3)])  # past the end of the document
    assert c.beads(b) == before
    # an excluded sentence may stay out of every bead
    c.set_excluded(c.segments(ar)[2].id, True, "footer")
    c.replace_beads(b, [BeadSpan(0, 1, 0, 2), BeadSpan(1, 2, 2, 3)])
    assert c.check_bitext(b) == []
    assert c.bead_texts(b) == [(AR_TEXT.split("\n")[0], EN_TEXT.split("\n")[0] + " " +
                                EN_TEXT.split("\n")[1]),
                               (AR_TEXT.split("\n")[1], EN_TEXT.split("\n")[3])]
    c.close()


def test_check_bitext_reports_broken_beads(tmp_path: Path) -> None:
    c, ar, en, b = build(tmp_path / "broken.dragoman")
    assert c.check_bitext(b) == []
    # break the file behind the corpus' back: bead 1 now overlaps bead 0
    second = c.beads(b, 1, 2)[0].id
    c._db().execute("UPDATE beads SET src_start = 0 WHERE id = ?", (second,))
    problems = c.check_bitext(b)
    assert len(problems) == 1 and "overlap" in problems[0]
    # ranges hold the segments' order keys (the k-th segment of a new document: k * GAP)
    c._db().execute("UPDATE beads SET src_start = ?, src_end = ? WHERE id = ?",
                    (GAP, GAP, second))
    assert "source sentence 2 would not be in any bead" in c.check_bitext(b)[0]
    c._db().execute("UPDATE beads SET src_start = 1, src_end = 1 WHERE id = ?", (second,))
    assert any("no sentence's order key" in p for p in c.check_bitext(b))
    # two beads with one order key: their order is undefined
    c._db().execute("UPDATE beads SET src_start = ?, src_end = ? WHERE id = ?",
                    (GAP, 2 * GAP, second))
    c._db().execute("UPDATE beads SET position = (SELECT position FROM beads WHERE id = ?) "
                    "WHERE bitext_id = ? AND id <> ? AND position = (SELECT max(position) "
                    "FROM beads WHERE bitext_id = ?)", (second, b, second, b))
    assert any("share the order key" in p for p in c.check_bitext(b))
    c.close()


def test_split_and_merge_segments_across_two_bitexts(tmp_path: Path) -> None:
    c, ar, en, b = build(tmp_path / "split.dragoman")
    fr_text = "L'étudiant alla à l'université et lut un livre.\nIl rentra le soir."
    fr = c.add_document(Document(None, "fr", "L'étudiant", fr_text), sentences(fr_text))
    b_fr = c.add_bitext(ar, fr)
    c.replace_beads(b_fr, [BeadSpan(0, 2, 0, 1), BeadSpan(2, 3, 1, 2)])
    assert [x.id for x in c.bitexts_of_document(ar)] == [b, b_fr]
    assert c.find_bitext(ar, fr).id == b_fr and c.find_bitext(fr, ar) is None
    c.set_status([c.bead(b_fr, 0).id], BeadStatus.CONFIRMED)
    first = c.segments(ar)[0]
    cut = first.text.index("إلى")
    new_id = c.split_segment(first.id, cut)
    segs = c.segments(ar)
    assert [s.text for s in segs[:2]] == ["ذهب الطالب", "إلى الجامعة."]
    assert segs[1].id == new_id and c.doc_segment_count(ar) == 4
    assert all(AR_TEXT[s.start:s.end] == s.text for s in segs)
    assert [(x.src_start, x.src_end) for x in c.beads(b)] == [(0, 2), (2, 3), (3, 4)]
    assert [(x.src_start, x.src_end) for x in c.beads(b_fr)] == [(0, 3), (3, 4)]
    assert c.bead(b_fr, 0).status == BeadStatus.CONFIRMED  # the pairing did not change
    assert c.check() == []
    removed = c.merge_segments(first.id)
    assert removed == new_id
    assert c.segments(ar)[0].text == "ذهب الطالب إلى الجامعة."
    assert [(x.src_start, x.src_end) for x in c.beads(b)] == [(0, 1), (1, 2), (2, 3)]
    # sentences 1 and 2 share a bead in ar-fr but not in ar-en
    with pytest.raises(CorpusChangeError, match="different beads"):
        c.merge_segments(first.id)
    c.close()


def test_iter_beads_streams_in_order(tmp_path: Path) -> None:
    c = Corpus.create(tmp_path / "many.dragoman")
    n = 12_345  # more than two chunks
    a = c.add_document(Document(None, "ar", "a", "ا" * n),
                       [Segment(None, 0, 0, 0, i, i + 1, "ا") for i in range(n)])
    e = c.add_document(Document(None, "en", "e", "e" * n),
                       [Segment(None, 0, 0, 0, i, i + 1, f"e{i}") for i in range(n)])
    b = c.add_bitext(a, e)
    c.replace_beads(b, [BeadSpan(i, i + 1, i, i + 1) for i in range(n)])
    positions = [x.position for x in c.iter_beads(b)]
    assert positions == list(range(n))
    texts = list(c.iter_bead_texts(b))
    assert len(texts) == n and texts[-1][2] == f"e{n - 1}" and texts[5000][1] == "ا"
    assert c.bead_count(b) == n
    c.close()


def test_read_only_mode(tmp_path: Path) -> None:
    path = tmp_path / "ro.dragoman"
    c, ar, en, b = build(path)
    c.close()
    with Corpus.open(path, read_only=True) as ro:
        assert ro.read_only
        assert len(ro.beads(b)) == 3 and ro.segments(ar)[0].text.startswith("ذهب")
        for change in (lambda: ro.set_segment_text(ro.segments(ar)[0].id, "x"),
                       lambda: ro.set_setting("k", "v"),
                       lambda: ro.replace_beads(b, []),
                       lambda: ro.add_document(Document(None, "en", "t", "x"), [])):
            with pytest.raises(ReadOnlyError, match="read-only"):
                change()
    with Corpus.open(path) as c:  # a reader holds no writer lock
        assert c.segments(ar)[0].text.startswith("ذهب")


def test_bad_arguments_give_clear_errors(tmp_path: Path) -> None:
    c, ar, en, b = build(tmp_path / "args.dragoman")
    with pytest.raises(CorpusError, match="no document with id 99"):
        c.document(99)
    with pytest.raises(CorpusChangeError, match="outside the text"):
        c.add_document(Document(None, "en", "t", "abc"), [Segment(None, 0, 0, 0, 0, 9, "abc")])
    with pytest.raises(CorpusChangeError, match="already a bitext"):
        c.add_bitext(ar, en)
    with pytest.raises(CorpusChangeError):
        c.add_bitext(ar, ar)
    with pytest.raises(CorpusChangeError, match="outside sentence"):
        c.add_entity(Entity(None, c.segments(ar)[0].id, 0, 500, "PER"))
    with pytest.raises(CorpusChangeError, match="cannot be stored"):
        c.set_segment_text(c.segments(ar)[0].id, "bad \ud800 surrogate")
    assert c.check() == []
    c.close()
    with pytest.raises(CorpusError, match="closed"):
        c.beads(b)


def test_map_spans_from_filtered_lists() -> None:
    # aligned lists hold segments 0, 1, 3 (2 is excluded) and 0, 1
    spans = [BeadSpan(0, 1, 0, 1, 0.9), BeadSpan(1, 3, 1, 1, 0.5), BeadSpan(3, 3, 1, 2)]
    assert map_spans(spans, [0, 1, 3], [0, 2]) == [
        BeadSpan(0, 1, 0, 1, 0.9), BeadSpan(1, 4, 1, 1, 0.5), BeadSpan(4, 4, 2, 3)]


def test_entity_links_are_stored_both_ways_and_found_by_document(tmp_path: Path) -> None:
    c, ar, en, _ = build(tmp_path / "links.dragoman")
    first_ar, first_en = c.segments(ar)[0], c.segments(en)[2]
    a = c.add_entity(Entity(None, first_ar.id, 0, 3, "PER"))
    e = c.add_entity(Entity(None, first_en.id, 0, 2, "PER"))
    c.set_entity_counterpart(a, e)
    assert {x.id: x.counterpart_id for x in c.entities()} == {a: e, e: a}

    found = c.entities_of_documents([ar, en])
    assert [(doc, pos, ent.id) for doc, pos, ent in found] == [(ar, 0, a), (en, 2, e)]
    assert c.entities_of_documents([ar]) == found[:1]

    c.set_entity_counterpart(a, None)  # unlinking clears both ends
    assert {x.id: x.counterpart_id for x in c.entities()} == {a: None, e: None}
    with pytest.raises(CorpusError):
        c.set_entity_counterpart(a, 9999)
    c.close()


def test_every_new_file_has_its_own_file_id(tmp_path) -> None:
    """The GUI keeps undo per path; file_id tells a file from a new one under that name."""
    path = tmp_path / "c.dragoman"
    with Corpus.create(path) as corpus:
        first = corpus.file_id
    path.unlink()
    with Corpus.create(path) as corpus:
        assert corpus.file_id and corpus.file_id != first
    with Corpus.open(path, read_only=True) as corpus:
        assert corpus.file_id != first
