"""The register's reading goes a chunk of beads at a time (Cancel is heard between chunks,
never after a whole document): the places found must not depend on where chunks end,
whichever side the Arabic is on and however uneven the beads are."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.history import History
from aligner.model import BeadSpan
from aligner.names import consistency
from aligner.names.consistency import check, occurrences
from aligner.names.edits import AddEntry
from aligner.tasks import Cancelled, TaskControl
from tests.core.names.register_corpus import AR, EN, add_doc, baghdad, caggins, qaim

COPIES = 4
# bead shapes (Arabic sentences, English sentences), repeated; sums to 5 and 5
SHAPES = [(2, 1), (0, 1), (1, 1), (1, 0), (1, 2)]


def _spans(ar_first: bool) -> list[BeadSpan]:
    out, a, e = [], 0, 0
    for _ in range(COPIES):
        for na, ne in SHAPES:
            if ar_first:
                out.append(BeadSpan(a, a + na, e, e + ne, 0.9))
            else:
                out.append(BeadSpan(e, e + ne, a, a + na, 0.9))
            a, e = a + na, e + ne
    return out


@pytest.fixture
def corpus(tmp_path: Path):
    c = Corpus.create(tmp_path / "chunks.dragoman")
    ar = add_doc(c, "ar", "ar", AR * COPIES)
    en = add_doc(c, "en", "en", EN * COPIES)
    ar_en = c.add_bitext(ar, en, "ar-en")
    c.replace_beads(ar_en, _spans(True))
    en_ar = c.add_bitext(en, ar, "en-ar")  # the Arabic as the target side
    c.replace_beads(en_ar, _spans(False))
    h = History(c)
    for entry in (qaim(), baghdad(), caggins()):
        h.do(AddEntry(entry))
    yield c
    c.close()


def _read(c, monkeypatch, chunk: int):
    monkeypatch.setattr(consistency, "CHUNK_BEADS", chunk)
    entries = c.register_entries()
    found = list(occurrences(c, entries))
    return found, check(c, entries, found=found)


@pytest.mark.parametrize("chunk", [1, 2, 3, 7])
def test_places_do_not_depend_on_chunk_ends(corpus, monkeypatch, chunk: int) -> None:
    whole, whole_check = _read(corpus, monkeypatch, 10 ** 6)
    found, found_check = _read(corpus, monkeypatch, chunk)
    assert found == whole and found_check == whole_check


def test_every_place_is_in_the_bead_holding_its_sentence(corpus, monkeypatch) -> None:
    found, _ = _read(corpus, monkeypatch, 3)
    # القائم is written in Arabic sentences 0 and 1 of each copy (not in القائمة): twice
    # per copy and bitext
    arabic = [o for o in found if o.lang == "ar" and o.text == "القائم"]
    assert len(arabic) == 2 * COPIES * 2
    for bitext in corpus.bitexts():
        beads = corpus.beads(bitext.id)
        ar_side = "src" if bitext.src_lang == "ar" else "tgt"
        for occ in found:
            if occ.bitext_id != bitext.id:
                continue
            seg = corpus.segment(occ.segment_id)
            side = ar_side if occ.lang == "ar" else ("tgt" if ar_side == "src" else "src")
            bead = beads[occ.bead]
            lo, hi = ((bead.src_start, bead.src_end) if side == "src"
                      else (bead.tgt_start, bead.tgt_end))
            assert lo <= seg.position < hi
            assert seg.text[occ.start:occ.end] == occ.text


def test_cancel_is_heard_before_the_next_chunk_is_read(corpus, monkeypatch) -> None:
    """Cancelled while the first chunk's sentences are read: no further sentence is read
    (the reading used to fetch every sentence of both documents first)."""
    monkeypatch.setattr(consistency, "CHUNK_BEADS", 2)
    statements: list[str] = []
    control = TaskControl()

    def trace(sql: str) -> None:
        statements.append(sql)
        if "FROM segments" in sql and "position >= " in sql:
            control.cancel()  # the user clicks Cancel while a chunk is read

    corpus._db().set_trace_callback(trace)
    try:
        with pytest.raises(Cancelled):
            list(occurrences(corpus, corpus.register_entries(), control=control))
    finally:
        corpus._db().set_trace_callback(None)
    chunk_reads = [s for s in statements if "FROM segments" in s and "position >= " in s]
    # the chunk's two sides, then nothing more
    assert len(chunk_reads) == 2
    assert not any("FROM segments" in s for s in statements[statements.index(chunk_reads[-1]) + 1:])


def test_the_matcher_reading_reports_progress_and_hears_cancel(tmp_path: Path) -> None:
    """P's reading (the name matcher over every bead) runs in a worker: it reports the
    beads read and stops when cancelled; what it finds does not depend on the control."""
    from aligner.names.evidence import matcher_observations

    c = Corpus.create(tmp_path / "long.dragoman")
    copies = 120  # 600 beads: two reports
    ar = add_doc(c, "ar", "ar", AR * copies)
    en = add_doc(c, "en", "en", EN * copies)
    bitext = c.add_bitext(ar, en, "ar-en")
    c.replace_beads(bitext, [BeadSpan(i, i + 1, i, i + 1, 0.9) for i in range(5 * copies)])
    heard: list[tuple[int, int]] = []
    control = TaskControl(lambda done, total, _m: heard.append((done, total)))
    found = matcher_observations(c, control=control)
    assert found == matcher_observations(c) and found
    assert heard and all(total == 5 * copies for _, total in heard)
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)
    stopping = TaskControl(lambda done, total, _m: stopping.cancel())
    with pytest.raises(Cancelled):
        matcher_observations(c, control=stopping)
    c.close()
