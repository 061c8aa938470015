"""The aligner on a real corpus file: aligning a bitext with excluded segments, re-aligning
a range around confirmed beads (fixed), undo, cancel, and learning from confirmed beads."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align.service import align_bitext, learned_lexicon, realign_edit
from aligner.corpus import Corpus
from aligner.model import BeadSpan, BeadStatus, Document, Segment
from aligner.tasks import Cancelled, TaskControl

from .test_align import EN, FR, LONG_EN, LONG_FR

BOILER = "Share on facebook"


def make_doc(lang: str, sentences: list[str], excluded=()) -> tuple[Document, list[Segment]]:
    segs, at = [], 0
    for k, s in enumerate(sentences):
        segs.append(Segment(None, 0, 0, 0, at, at + len(s), s, excluded=k in excluded,
                            exclude_reason="share buttons" if k in excluded else ""))
        at += len(s) + 1
    return Document(None, lang, f"sample {lang}", " ".join(sentences)), segs


@pytest.fixture
def corpus(tmp_path: Path):
    c = Corpus.create(tmp_path / "align.dgm")
    yield c
    c.close()


def spans_of(corpus, bitext):
    return [(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in corpus.beads(bitext)]


def setup_bitext(corpus):
    # English with a share button between two sentences (excluded from alignment)
    en = EN[:2] + [BOILER] + EN[2:] + LONG_EN
    fr = FR + LONG_FR
    s = corpus.add_document(*make_doc("en", en, excluded={2}))
    t = corpus.add_document(*make_doc("fr", fr))
    return corpus.add_bitext(s, t)


# expected beads over segment positions (en position 2 is the excluded share button)
EXPECTED = [(0, 1, 0, 1), (1, 2, 1, 3), (3, 4, 3, 4), (4, 5, 4, 5), (5, 6, 5, 6),
            (6, 7, 6, 7), (7, 8, 7, 10), (8, 9, 10, 11)]


def test_align_bitext_leaves_excluded_segments_out(corpus):
    bt = setup_bitext(corpus)
    assert align_bitext(corpus, bt, dictionary=False) == len(EXPECTED)
    assert spans_of(corpus, bt) == EXPECTED
    assert corpus.check_bitext(bt) == []
    assert all(0.0 <= b.score <= 1.0 and b.status == BeadStatus.AUTO
               for b in corpus.beads(bt))


def test_realign_keeps_confirmed_beads_and_fixes_the_rest(corpus):
    bt = setup_bitext(corpus)
    # a bad alignment: everything 1-1 as far as it goes, then the rest in one bead
    bad = [BeadSpan(0, 1, 0, 1), BeadSpan(1, 3, 1, 2), BeadSpan(3, 4, 2, 3),
           BeadSpan(4, 5, 3, 4), BeadSpan(5, 6, 4, 6), BeadSpan(6, 7, 6, 7),
           BeadSpan(7, 9, 7, 11)]
    corpus.replace_beads(bt, bad)
    # the user confirmed bead 5 ([6]:[6], right) and bead 0
    beads = corpus.beads(bt)
    corpus.set_status([beads[0].id, beads[5].id], BeadStatus.CONFIRMED)
    kept_id = beads[5].id
    edit = realign_edit(corpus, bt, dictionary=False)
    assert spans_of(corpus, bt) == [(b.src_start, b.src_end, b.tgt_start, b.tgt_end)
                                    for b in corpus.beads(bt)]  # not applied yet
    edit.do(corpus)
    assert spans_of(corpus, bt) == EXPECTED
    after = corpus.beads(bt)
    confirmed = [b for b in after if b.status == BeadStatus.CONFIRMED]
    assert [(b.src_start, b.tgt_start) for b in confirmed] == [(0, 0), (6, 6)]
    assert kept_id in {b.id for b in confirmed}
    assert corpus.check_bitext(bt) == []
    edit.undo(corpus)
    assert [(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in corpus.beads(bt)] == \
        [(s.src_start, s.src_end, s.tgt_start, s.tgt_end) for s in bad]


def test_a_confirmed_bead_is_an_anchor_even_when_the_aligner_would_disagree(corpus):
    bt = setup_bitext(corpus)
    align_bitext(corpus, bt, dictionary=False)
    # the user decided that FR 2 goes with EN 3 (the aligner put it with EN 1)
    corpus.replace_beads(bt, [BeadSpan(1, 3, 1, 2), BeadSpan(3, 4, 2, 4)], first=1, last=3)
    b = corpus.beads(bt)[2]
    corpus.set_status([b.id], BeadStatus.CONFIRMED)
    realign_edit(corpus, bt, dictionary=False).do(corpus)
    got = spans_of(corpus, bt)
    assert (3, 4, 2, 4) in got
    assert got[:2] == [(0, 1, 0, 1), (1, 3, 1, 2)] or got[:2] == [(0, 1, 0, 1), (1, 2, 1, 2)]
    assert corpus.check_bitext(bt) == []


def test_realign_a_range_touches_nothing_outside_it(corpus):
    bt = setup_bitext(corpus)
    align_bitext(corpus, bt, dictionary=False)
    before = corpus.beads(bt)
    corpus.replace_beads(bt, [BeadSpan(7, 9, 7, 11)], first=6, last=8)  # merge the last two
    edit = realign_edit(corpus, bt, first=6, last=7, dictionary=False)
    edit.do(corpus)
    after = corpus.beads(bt)
    assert [(b.id, b.src_start, b.tgt_start) for b in after[:6]] == \
        [(b.id, b.src_start, b.tgt_start) for b in before[:6]]
    assert spans_of(corpus, bt)[6:] == EXPECTED[6:]


def test_cancel_leaves_the_corpus_as_it_was(corpus):
    bt = setup_bitext(corpus)
    align_bitext(corpus, bt, dictionary=False)
    before = spans_of(corpus, bt)
    control = TaskControl(lambda d, t, m: control.cancel())
    with pytest.raises(Cancelled):
        align_bitext(corpus, bt, control=control, dictionary=False)
    with pytest.raises(Cancelled):
        realign_edit(corpus, bt, control=TaskControl(lambda d, t, m: (_ for _ in ()).throw(
            Cancelled())), dictionary=False)
    assert spans_of(corpus, bt) == before


def test_confirmed_beads_teach_the_lexicon(corpus):
    en = ["The house is old.", "A small house.", "The garden is green.", "The house is red."]
    fr = ["La maison est vieille.", "Une petite maison.", "Le jardin est vert.",
          "La maison est rouge."]
    s = corpus.add_document(*make_doc("en", en))
    t = corpus.add_document(*make_doc("fr", fr))
    bt = corpus.add_bitext(s, t)
    corpus.replace_beads(bt, [BeadSpan(i, i + 1, i, i + 1) for i in range(4)])
    assert len(learned_lexicon(corpus, "en", "fr")) == 0  # nothing confirmed yet
    corpus.set_status([b.id for b in corpus.beads(bt)], BeadStatus.CONFIRMED)
    lex = learned_lexicon(corpus, "en", "fr")
    assert "maiso" in lex.translations("house")
    assert "maiso" not in lex.translations("garden")
    assert len(learned_lexicon(corpus, "ar", "en")) == 0  # other language pairs: nothing
