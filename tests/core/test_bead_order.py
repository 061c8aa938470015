"""Bead order keys (issue 13 point 9): an edit in the middle of a bitext rewrites no later
row, positions seen by callers stay 0..n-1, and every connection sees the order right."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aligner.corpus import SCHEMA_VERSION, Corpus, CorpusChangeError
from aligner.edits import InsertEmptyBead, MergeBeads
from aligner.model import Bead, BeadSpan, BeadStatus, Document, Segment

N = 60


def _build(path: Path) -> tuple[Corpus, int]:
    c = Corpus.create(path)
    ids = []
    for lang, word in (("en", "line"), ("fr", "ligne")):
        sents = [f"{word} {i}." for i in range(N)]
        segs, at = [], 0
        for s in sents:
            segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
            at += len(s) + 1
        ids.append(c.add_document(Document(None, lang, lang, " ".join(sents)), segs))
    b = c.add_bitext(*ids)
    c.replace_beads(b, [BeadSpan(i, i + 1, i, i + 1) for i in range(N)])
    return c, b


def _rows(path: Path) -> dict[int, int]:
    with sqlite3.connect(path) as raw:
        return dict(raw.execute("SELECT id, position FROM beads"))


def _dense(c: Corpus, b: int) -> None:
    beads = c.beads(b)
    assert [x.position for x in beads] == list(range(len(beads)))
    assert c.check() == []


def test_merge_in_the_middle_rewrites_no_other_bead(tmp_path: Path) -> None:
    path = tmp_path / "order.dragoman"
    c, b = _build(path)
    before = _rows(path)
    mid = c.beads(b, N // 2, N // 2 + 2)
    MergeBeads(b, N // 2).do(c)
    after = _rows(path)
    gone = {x.id for x in mid}
    assert {k: v for k, v in before.items() if k not in gone} == \
        {k: v for k, v in after.items() if k in before and k not in gone}
    assert len(after) == N - 1
    _dense(c, b)
    merged = c.bead(b, N // 2)
    assert (merged.src_start, merged.src_end) == (N // 2, N // 2 + 2)
    assert c.bead(b, N // 2 + 1).src_start == N // 2 + 2
    c.close()


def test_inserting_at_one_place_until_the_gap_is_used_up(tmp_path: Path) -> None:
    """Each empty bead inserted at the same place halves the gap; after about 16 the
    bitext is renumbered, and order and positions stay right throughout."""
    path = tmp_path / "gap.dragoman"
    c, b = _build(path)
    first = c.beads(b, 10, 11)[0].id
    for k in range(40):
        InsertEmptyBead(b, 10 + k % 2).do(c)  # before bead 10, or between the new ones
        _dense(c, b)
    beads = c.beads(b)
    assert len(beads) == N + 40
    assert [x.src_end - x.src_start for x in beads[10:50]] == [0] * 40
    assert beads[50].id == first and [x.src_start for x in beads[:10]] == list(range(10))
    assert beads[-1].src_end == N and beads[-1].tgt_end == N
    c.close()


def test_a_reader_follows_a_writer_and_a_rollback_leaves_no_trace(tmp_path: Path) -> None:
    path = tmp_path / "two.dragoman"
    writer, b = _build(path)
    with Corpus.open(path, read_only=True) as reader:
        assert reader.bead(b, 40).src_start == 40  # the reader's keys are cached now
        MergeBeads(b, 5).do(writer)
        assert reader.bead(b, 40).src_start == 41
        assert reader.bead_covering(b, "src", 41) == 40
    with pytest.raises(CorpusChangeError), writer.transaction():
        MergeBeads(b, 20).do(writer)
        writer.set_beads(b, [Bead(None, b, 0, 0, 3, 0, 1, 1.0, BeadStatus.AUTO)], 0, 1)
    assert writer.bead(b, 20).src_end == 22 and len(writer.beads(b)) == N - 1
    _dense(writer, b)
    writer.close()


def test_a_format_4_file_with_dense_positions_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v4.dragoman"
    c, b = _build(path)
    c.close()
    with sqlite3.connect(path) as raw:  # as format 4 wrote it: positions 0..n-1
        raw.execute("WITH r AS (SELECT id, row_number() OVER (ORDER BY position) - 1 AS k "
                    "FROM beads) UPDATE beads SET position = r.k FROM r WHERE beads.id = r.id")
        raw.execute("PRAGMA user_version = 4")
    with Corpus.open(path) as c:
        assert c.schema_version == SCHEMA_VERSION
        _dense(c, b)
        MergeBeads(b, 30).do(c)
        _dense(c, b)
    keys = sorted(_rows(path).values())
    assert keys[:3] == [0, 65536, 131072]
