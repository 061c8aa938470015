"""Beads reshaped by hand (merge, shift, split) get scores recomputed from their text, not
copied from the beads they came from."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.edits import MergeBeads, ShiftSentence, SplitBead
from aligner.model import BeadSpan, Document, Segment

from .test_align import EN, FR  # gold: [0]:[0] [1]:[1, 2] [2]:[3] [3]:[4] [4]:[5]


def _doc(lang: str, sentences: list[str]) -> tuple[Document, list[Segment]]:
    segs, at = [], 0
    for s in sentences:
        segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
        at += len(s) + 1
    return Document(None, lang, lang, " ".join(sentences)), segs


@pytest.fixture
def corpus(tmp_path: Path):
    c = Corpus.create(tmp_path / "r.dragoman")
    en = c.add_document(*_doc("en", EN))
    fr = c.add_document(*_doc("fr", FR))
    c.bitext_id = c.add_bitext(en, fr)
    yield c
    c.close()


def _set(c: Corpus, spans: list[tuple[int, int, int, int]], score: float) -> None:
    c.replace_beads(c.bitext_id, [BeadSpan(*sp, score) for sp in spans])


def _scores(c: Corpus) -> dict[tuple[int, int, int, int], float]:
    return {(b.src_start, b.src_end, b.tgt_start, b.tgt_end): b.score
            for b in c.beads(c.bitext_id)}


def test_merging_two_right_beads_gives_a_doubtful_bead(corpus):
    _set(corpus, [(0, 1, 0, 1), (1, 2, 1, 3), (2, 3, 3, 4), (3, 4, 4, 5), (4, 5, 5, 6)], 0.99)
    MergeBeads(corpus.bitext_id, 2).do(corpus)  # "winters" + "ski" into one 2-2 bead
    assert _scores(corpus)[(2, 4, 3, 5)] < 0.5  # not the 0.99 of its parts


def test_shifting_into_the_right_shape_raises_the_score(corpus):
    # the 1-2 bead cut wrongly: [1]:[1] and [2]:[2, 3]
    _set(corpus, [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 4), (3, 4, 4, 5), (4, 5, 5, 6)], 0.1)
    ShiftSentence(corpus.bitext_id, 2, "tgt", "up").do(corpus)  # French 2 joins bead 1
    got = _scores(corpus)
    assert got[(1, 2, 1, 3)] > 0.5 and got[(2, 3, 3, 4)] > 0.5


def test_splitting_recomputes_both_parts(corpus):
    _set(corpus, [(0, 2, 0, 3), (2, 3, 3, 4), (3, 4, 4, 5), (4, 5, 5, 6)], 0.2)
    SplitBead(corpus.bitext_id, 0, 1, 1).do(corpus)  # [0]:[0] and [1]:[1, 2]
    got = _scores(corpus)
    assert got[(0, 1, 0, 1)] > 0.5 and got[(1, 2, 1, 3)] > 0.5
    _set(corpus, [(0, 1, 0, 1), (1, 2, 1, 3), (2, 3, 3, 4), (3, 4, 4, 5), (4, 5, 5, 6)], 0.99)
    SplitBead(corpus.bitext_id, 1, 1, 1).do(corpus)  # a right 1-2 bead cut into 1-1 + 0-1
    assert _scores(corpus)[(1, 2, 1, 2)] < 0.5
