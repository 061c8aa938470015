"""Segment order keys (issue 13 point 9, schema 7): splitting or merging a sentence rewrites
no later sentence and no other bead, callers keep seeing positions and bead ranges as
indexes 0..n-1, a used-up gap is respaced locally, and older files are upgraded."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.corpus import SCHEMA_VERSION, Corpus, CorpusVersionError
from aligner.corpus.file import APPLICATION_ID
from aligner.corpus.order import END, GAP
from aligner.edits import InsertEmptyBead, MergeSegments, SplitSegment
from aligner.history import History
from aligner.model import BeadSpan, Document, Entity, Segment
from aligner.schema import MIGRATIONS

N = 80  # sentences per document: enough for a respaced window to stay local


def _doc(c: Corpus, lang: str, word: str) -> int:
    sents = [f"{word} {i} one two." for i in range(N)]
    segs, at = [], 0
    for s in sents:
        segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
        at += len(s) + 1
    return c.add_document(Document(None, lang, lang, " ".join(sents)), segs)


def _build(path: Path) -> tuple[Corpus, int, int, int, int]:
    """English and French documents paired with an Arabic one: two bitexts share `ar`."""
    c = Corpus.create(path)
    ar, en, fr = _doc(c, "ar", "جملة"), _doc(c, "en", "line"), _doc(c, "fr", "ligne")
    b_en, b_fr = c.add_bitext(ar, en), c.add_bitext(ar, fr)
    # 2-1 beads against English, 1-1 against French
    c.replace_beads(b_en, [BeadSpan(2 * i, 2 * i + 2, 2 * i, 2 * i + 2) for i in range(N // 2)])
    c.replace_beads(b_fr, [BeadSpan(i, i + 1, i, i + 1) for i in range(N)])
    return c, ar, en, b_en, b_fr


def _state(c: Corpus, ar: int, *bitexts: int) -> tuple:
    """What a user sees: sentences in order, every bead's index ranges and texts."""
    return ([(s.id, s.position, s.text) for s in c.segments(ar)],
            [[(b.id, b.position, b.src_start, b.src_end, b.tgt_start, b.tgt_end, b.status)
              for b in c.beads(x)] for x in bitexts],
            [c.bead_texts(x) for x in bitexts])


def _raw(path: Path, sql: str) -> dict:
    with sqlite3.connect(path) as raw:
        return {r[0]: r[1:] for r in raw.execute(sql)}


def test_split_rewrites_no_other_row_and_undo_redo_are_exact(tmp_path: Path) -> None:
    path = tmp_path / "split.dragoman"
    c, ar, en, b_en, b_fr = _build(path)
    seg = c.segment_at(ar, 30)
    c.add_entity(Entity(None, seg.id, seg.text.index("one"), seg.text.index("one") + 3, "MISC"))
    before = _state(c, ar, b_en, b_fr)
    segs0 = _raw(path, "SELECT id, position, text FROM segments")
    beads0 = _raw(path, "SELECT id, src_start, src_end, tgt_start, tgt_end FROM beads")
    history = History(c)
    history.do(SplitSegment(seg.id, seg.text.index("one")))
    segs1 = _raw(path, "SELECT id, position, text FROM segments")
    new = (set(segs1) - set(segs0)).pop()
    # only the split sentence and the new one differ; no bead range moved
    assert {k for k in segs0 if segs0[k] != segs1[k]} == {seg.id}
    assert beads0 == _raw(path, "SELECT id, src_start, src_end, tgt_start, tgt_end FROM beads")
    texts = [s.text for s in c.segments(ar)]
    assert texts[30:32] == ["جملة 30", "one two."] and len(texts) == N + 1
    assert [s.position for s in c.segments(ar)] == list(range(N + 1))
    assert c.segment(new).position == 31
    # both halves in the bead that held the sentence, later ranges one further on
    en_beads, fr_beads = c.beads(b_en), c.beads(b_fr)
    assert (en_beads[15].src_start, en_beads[15].src_end) == (30, 33)
    assert (en_beads[16].src_start, fr_beads[31].src_start) == (33, 32)
    assert (fr_beads[30].src_start, fr_beads[30].src_end) == (30, 32)
    assert c.entities([new])[0].start == 0
    assert c.check() == []
    history.undo()
    assert _state(c, ar, b_en, b_fr)[0] == before[0] and c.bead_texts(b_en) == before[2][0]
    assert _raw(path, "SELECT id, position, text FROM segments") == segs0
    history.redo()
    assert _raw(path, "SELECT id, position, text FROM segments") == segs1
    history.undo()
    assert [[x[:6] for x in bs] for bs in _state(c, ar, b_en, b_fr)[1]] == \
        [[x[:6] for x in bs] for bs in before[1]]
    assert c.check() == []
    c.close()


def test_merge_and_its_undo_put_the_same_keys_back(tmp_path: Path) -> None:
    path = tmp_path / "merge.dragoman"
    c, ar, en, b_en, b_fr = _build(path)
    # sentences 40 and 41 share a bead only in a bitext where they do: join the French
    # beads 40 and 41 first (the English bead 20 holds both already)
    c.replace_beads(b_fr, [BeadSpan(40, 42, 40, 42)], first=40, last=42)
    segs0 = _raw(path, "SELECT id, position, text FROM segments")
    before = _state(c, ar, b_en, b_fr)
    merge = MergeSegments(c.segment_at(ar, 40).id)
    merge.do(c)
    assert [s.text for s in c.segments(ar)][40] == "جملة 40 one two. جملة 41 one two."
    assert len(c.segments(ar)) == N - 1 and c.check() == []
    assert (c.bead(b_en, 20).src_start, c.bead(b_en, 20).src_end) == (40, 41)
    assert c.bead(b_en, 21).src_start == 41
    merge.undo(c)
    assert _raw(path, "SELECT id, position, text FROM segments") == segs0
    assert [[x[:6] for x in bs] for bs in _state(c, ar, b_en, b_fr)[1]] == \
        [[x[:6] for x in bs] for bs in before[1]]
    assert _state(c, ar, b_en, b_fr)[2] == before[2]
    c.close()


def test_a_used_up_gap_is_respaced_locally(tmp_path: Path) -> None:
    path = tmp_path / "gap.dragoman"
    c, ar, en, b_en, b_fr = _build(path)
    seg = c.segment_at(ar, 50)
    c.set_segment_text(seg.id, " ".join(f"w{k}" for k in range(24)))
    words = c.segment(seg.id).text
    history = History(c)
    expected = [s.text for s in c.segments(ar)]
    # split the same sentence 20 times at its last space: each new key halves the gap
    # between the sentence and the piece split off before (16 halvings use it up)
    for _ in range(20):
        text = c.segment(seg.id).text
        cut = text.rindex(" ")
        history.do(SplitSegment(seg.id, cut))
        expected[50:51] = [text[:cut], text[cut + 1:]]
        assert [s.text for s in c.segments(ar)] == expected
    with sqlite3.connect(path) as raw:
        keys = [r[0] for r in raw.execute(
            "SELECT position FROM segments WHERE doc_id = ? ORDER BY position", (ar,))]
    assert len(keys) == N + 20 and keys == sorted(set(keys))
    # far from the split the keys are the ones the document was stored with
    assert keys[:20] == [k * GAP for k in range(20)]
    assert keys[-10:] == [k * GAP for k in range(N - 10, N)]
    # every bead boundary still names a sentence, and the pieces stayed in their beads
    assert c.check() == []
    en_bead, fr_bead = c.bead(b_en, 25), c.bead(b_fr, 50)
    assert (en_bead.src_start, en_bead.src_end) == (50, 72)
    assert (fr_bead.src_start, fr_bead.src_end) == (50, 71)
    while history.can_undo:
        history.undo()
    assert [s.text for s in c.segments(ar)][50] == words and len(c.segments(ar)) == N
    assert c.check() == []
    c.close()


def test_a_used_up_bead_gap_is_respaced_locally(tmp_path: Path) -> None:
    path = tmp_path / "beadgap.dragoman"
    c, ar, en, b_en, b_fr = _build(path)
    ids = [b.id for b in c.beads(b_fr)]
    far = _raw(path, f"SELECT id, position FROM beads WHERE bitext_id = {b_fr}")
    for _ in range(20):  # each empty bead goes before the last one: the gap halves
        InsertEmptyBead(b_fr, 41).do(c)
    beads = c.beads(b_fr)
    assert len(beads) == N + 20 and [b.position for b in beads] == list(range(N + 20))
    assert [b.id for b in beads[:41]] == ids[:41] and [b.id for b in beads[61:]] == ids[41:]
    assert all(b.kind == "0-0" and b.src_start == 41 for b in beads[41:61])
    now = _raw(path, f"SELECT id, position FROM beads WHERE bitext_id = {b_fr}")
    assert [now[i] for i in ids[:20]] == [far[i] for i in ids[:20]]  # far ones kept keys
    assert [now[i] for i in ids[-10:]] == [far[i] for i in ids[-10:]]
    assert c.check() == []
    c.close()


def test_merging_two_sentences_no_bead_holds_keeps_boundaries_on_sentences(
        tmp_path: Path) -> None:
    path = tmp_path / "loose.dragoman"
    c, ar, en, b_en, b_fr = _build(path)
    for p in (10, 11):
        c.set_excluded(c.segment_at(ar, p).id, True, "footer")
    # sentences 10 and 11 in no bead, an empty bead between them (French bitext only)
    c.replace_beads(b_fr, [BeadSpan(10, 10, 10, 11), BeadSpan(11, 11, 11, 12)],
                    first=10, last=12)
    c.replace_beads(b_en, [BeadSpan(10, 10, 10, 12)], first=5, last=6)
    assert c.check() == []
    merge = MergeSegments(c.segment_at(ar, 10).id)
    merge.do(c)
    assert c.check() == []
    # the empty bead that stood between the two now stands before the merged sentence
    assert [(b.src_start, b.src_end) for b in c.beads(b_fr, 10, 13)] == [(10, 10), (10, 10),
                                                                          (11, 12)]
    merge.undo(c)
    assert c.check() == []
    assert len(c.segments(ar)) == N
    c.close()


def test_undo_of_a_split_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "reopen.dragoman"
    c, ar, en, b_en, b_fr = _build(path)
    before = _state(c, ar, b_en, b_fr)
    history = History(c)
    seg = c.segment_at(ar, 7)
    history.do(SplitSegment(seg.id, seg.text.index("one")))
    c.close()
    history.corpus = c = Corpus.open(path)
    history.undo()
    after = _state(c, ar, b_en, b_fr)
    assert after[0] == before[0] and after[2] == before[2]
    history.redo()
    assert len(c.segments(ar)) == N + 1 and c.check() == []
    c.close()


def test_appended_sentences_stand_after_the_last_bead(tmp_path: Path) -> None:
    path = tmp_path / "append.dragoman"
    c, ar, en, b_en, b_fr = _build(path)
    c.append_segments(ar, "ذيل أول. ذيل ثان.", [Segment(None, 0, 0, 0, 0, 8, "ذيل أول."),
                                                Segment(None, 0, 0, 0, 9, 17, "ذيل ثان.")])
    last = c.bead(b_fr, N - 1)
    assert (last.src_start, last.src_end) == (N - 1, N)
    assert [s.text for s in c.segments(ar)][N:] == ["ذيل أول.", "ذيل ثان."]
    assert any("would not be in any bead" in p for p in c.check_bitext(b_fr))
    c.replace_beads(b_fr, [BeadSpan(N - 1, N + 2, N - 1, N)], first=N - 1, last=N)
    assert c.check_bitext(b_fr) == []
    c.close()


def _write_v6_file(path: Path) -> None:
    """A corpus as format 6 wrote it: dense sentence positions, bead ranges as indexes
    (a bead ending at the end of its documents, an excluded sentence in no bead)."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute("BEGIN")
    for migration in MIGRATIONS[:6]:
        migration(raw)
    raw.execute("PRAGMA user_version = 6")
    raw.execute("INSERT INTO meta VALUES ('created_at', '2026-01-01T00:00:00Z')")
    for doc, lang, texts in ((1, "ar", ["أول.", "ثان.", "حاشية.", "ثالث."]),
                             (2, "en", ["First.", "Second.", "Third."])):
        raw.execute("INSERT INTO documents(id, lang, text, created_at) VALUES (?, ?, ?, ?)",
                    (doc, lang, " ".join(texts), "2026-01-01T00:00:00Z"))
        at = 0
        for k, t in enumerate(texts):
            raw.execute('INSERT INTO segments(doc_id, position, start, "end", text, excluded) '
                        "VALUES (?, ?, ?, ?, ?, ?)", (doc, k, at, at + len(t), t, int(t == "حاشية.")))
            at += len(t) + 1
    raw.execute("INSERT INTO bitexts(id, src_doc_id, tgt_doc_id, created_at) "
                "VALUES (1, 1, 2, '2026-01-01T00:00:00Z')")
    for k, (s0, s1, t0, t1) in enumerate([(0, 1, 0, 1), (1, 2, 1, 2), (3, 4, 2, 3)]):
        raw.execute("INSERT INTO beads(bitext_id, position, src_start, src_end, tgt_start, "
                    "tgt_end, score, changed_at) VALUES (1, ?, ?, ?, ?, ?, 0.5, 'x')",
                    (k * 65536, s0, s1, t0, t1))
    raw.execute("COMMIT")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.close()


def test_a_format_6_file_is_upgraded_with_the_same_order(tmp_path: Path) -> None:
    path = tmp_path / "v6.dragoman"
    _write_v6_file(path)
    with pytest.raises(CorpusVersionError, match="older corpus format 6"):
        Corpus.open(path, read_only=True)  # a reader cannot upgrade
    with Corpus.open(path) as c:
        assert c.schema_version == SCHEMA_VERSION == 8
        assert [s.text for s in c.segments(1)] == ["أول.", "ثان.", "حاشية.", "ثالث."]
        assert [(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in c.beads(1)] == \
            [(0, 1, 0, 1), (1, 2, 1, 2), (3, 4, 2, 3)]
        assert c.bead_texts(1) == [("أول.", "First."), ("ثان.", "Second."), ("ثالث.", "Third.")]
        assert c.check() == []
        seg = c.segment_at(1, 3)
        SplitSegment(seg.id, 3).do(c)
        assert c.bead_texts(1)[2] == ("ثال ث.", "Third.") and c.check() == []
    stored = _raw(path, "SELECT id, src_start, src_end FROM beads")
    assert sorted(stored.values()) == [(0, GAP), (GAP, 2 * GAP), (3 * GAP, END)]


_SCRIPT = """
import sqlite3, sys
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from tests.core.test_segment_order import _build
from aligner.edits import SplitSegment
c, ar, *_ = _build(Path(sys.argv[1]))
seg = c.segment_at(ar, 50)
c.set_segment_text(seg.id, " ".join(f"w{k}" for k in range(24)))
for _ in range(20):
    SplitSegment(seg.id, c.segment(seg.id).text.rindex(" ")).do(c)
c.close()
raw = sqlite3.connect(sys.argv[1])
print(raw.execute("SELECT group_concat(position) FROM (SELECT position FROM segments "
                  "ORDER BY id)").fetchone()[0])
print(raw.execute("SELECT group_concat(src_start || ':' || src_end) FROM (SELECT * FROM beads "
                  "ORDER BY id)").fetchone()[0])
"""


def test_keys_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    root = str(Path(__file__).resolve().parents[2])
    outs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", _SCRIPT, str(tmp_path / f"s{seed}.dragoman"),
                              root], env=env, capture_output=True, text=True, check=True)
        outs.append(out.stdout)
    assert outs[0] == outs[1] and outs[0].count(",") > N


def test_a_reader_sees_a_writers_split_in_order(tmp_path: Path) -> None:
    path = tmp_path / "reader.dragoman"
    writer, ar, en, b_en, b_fr = _build(path)
    with Corpus.open(path, read_only=True) as reader:
        assert reader.bead(b_fr, 60).src_start == 60  # the reader's keys are cached now
        seg = writer.segment_at(ar, 20)
        SplitSegment(seg.id, seg.text.index("one")).do(writer)
        assert reader.bead(b_fr, 60).src_start == 61
        assert reader.segment_at(ar, 21).text == "one two."
        assert reader.bead_covering(b_fr, "src", 21) == 20
        assert reader.doc_segment_count(ar) == N + 1
    writer.close()
