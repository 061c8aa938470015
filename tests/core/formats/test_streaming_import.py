"""Streaming import: a file larger than one chunk is stored chunk by chunk into one bitext
inside one transaction, so memory stays bounded while a broken or cancelled import still
leaves the corpus exactly as it was."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.errors import InputError
from aligner.exchange import import_file, iter_units
from aligner.formats import jsonl, tmx, tsv
from aligner.model import AlignedUnit, BeadSpan, Document, Segment
from aligner.tasks import Cancelled, TaskControl

AR = "زار الوفد القائم رقم {i}"
EN = "The delegation visited al-Qaim no. {i}"
FR = "La délégation a visité al-Qaim no {i}"


def _units(n: int, *, empty_at: int | None = None) -> list[AlignedUnit]:
    """ar-en units with scores, statuses, and a linked, glossary-named entity every 5th."""
    out = []
    q, e = AR.index("القائم"), EN.index("al-Qaim")
    for i in range(n):
        u = AlignedUnit("ar", "en", "" if i == empty_at else AR.format(i=i), EN.format(i=i),
                        score=(i % 10) / 10, status="confirmed" if i % 3 == 0 else "auto",
                        bitext="trip", src_doc="trip.ar", tgt_doc="trip.en")
        if i % 5 == 0 and i != empty_at:
            u.entities = [{"side": "src", "start": q, "end": q + 6, "label": "LOC",
                           "counterpart": 1, "canonical": "al-Qaim"},
                          {"side": "tgt", "start": e, "end": e + 7, "label": "LOC",
                           "counterpart": 0}]
        out.append(u)
    return out


def _key(u: AlignedUnit) -> tuple:
    """What an import must keep of a unit (not names: parts get their own)."""
    return (u.src_lang, u.tgt_lang, u.src_text, u.tgt_text, u.score or 0.0, u.status,
            [(x["side"], x["start"], x["end"], x["label"], x.get("counterpart"),
              x.get("canonical")) for x in u.entities])


def _snapshot(corpus: Corpus) -> tuple:
    """Everything the corpus holds, as plain values, to compare before and after."""
    bitexts = [(b, [(x.src_start, x.src_end, x.tgt_start, x.tgt_end, x.score, x.status,
                     x.changed_at) for x in corpus.beads(b.id)], corpus.bead_texts(b.id))
               for b in corpus.bitexts()]
    docs = [(d, corpus.segments(d.id)) for d in corpus.documents()]
    return corpus.info(), docs, bitexts, corpus.entities(), corpus.register_entries()


@pytest.fixture
def corpus(tmp_path: Path):
    """A corpus that already holds one small bitext, which no failed import may touch."""
    with Corpus.create(tmp_path / "c.dragoman") as c:
        ids = []
        for lang, texts in (("ar", ["أهلا", "شكرا"]), ("en", ["Hello", "Thanks"])):
            segs = [Segment(None, 0, i, i, 5 * i, 5 * i + len(t), t) for i, t in enumerate(texts)]
            ids.append(c.add_document(Document(None, lang, f"old.{lang}", "\n".join(texts)), segs))
        bitext = c.add_bitext(ids[0], ids[1], "old")
        c.replace_beads(bitext, [BeadSpan(0, 1, 0, 1, 0.5), BeadSpan(1, 2, 1, 2, 0.7)])
        yield c


def test_file_larger_than_a_chunk_becomes_one_bitext_in_order(corpus: Corpus,
                                                               tmp_path: Path) -> None:
    # issue 13 point 5: an export of more than 10,000 beads came back as "part" bitexts
    units = _units(30, empty_at=12)
    path = tmp_path / "trip.jsonl"
    jsonl.write(units, path, include_empty=True)
    summary = import_file(corpus, path, chunk_units=7)
    assert summary.units == 30 and len(summary.bitext_ids) == 1
    (bitext,) = [corpus.bitext(i) for i in summary.bitext_ids]
    assert bitext.name == "trip" and corpus.document(bitext.src_doc_id).title == "trip.ar"
    assert corpus.bead_count(bitext.id) == 30
    imported = list(iter_units(corpus, summary.bitext_ids))
    assert [_key(u) for u in imported] == [_key(u) for u in jsonl.read(path)]
    assert [b.kind for b in corpus.beads(bitext.id)][12] == "0-1"
    # the document is one text whose segments point into it, across the chunks
    for doc_id in (bitext.src_doc_id, bitext.tgt_doc_id):
        text = corpus.document(doc_id).text
        assert all(text[s.start:s.end] == s.text for s in corpus.segments(doc_id))
    # one glossary entry shared by the entities of every chunk, links stored both ways
    (name,) = corpus.register_entries()
    assert name.arabic == "القائم" and name.spelling("en") == "al-Qaim"
    ents = corpus.entities()
    assert len(ents) == 2 * 6  # units 0, 5, ..., 25 carry a linked pair
    assert all(e.counterpart_id is not None for e in ents)
    assert sum(e.name_id == name.id for e in ents) == 6  # the Arabic side of each pair
    assert corpus.check() == []


def test_several_pairs_are_chunked_separately(tmp_path: Path) -> None:
    units = []
    for i in range(10):
        units.append(AlignedUnit("ar", "en", AR.format(i=i), EN.format(i=i), bitext="a"))
        units.append(AlignedUnit("fr", "en", FR.format(i=i), EN.format(i=i), bitext="f"))
    path = tmp_path / "mixed.jsonl"
    jsonl.write(units, path)
    with Corpus.create(tmp_path / "m.dragoman") as c:
        summary = import_file(c, path, chunk_units=4)
        names = [c.bitext(i).name for i in summary.bitext_ids]
        assert names == ["a", "f"]
        for bitext_id, lang in zip(summary.bitext_ids, ("ar", "fr")):
            got = [(u.src_lang, u.src_text, u.tgt_text) for u in iter_units(c, [bitext_id])]
            assert got == [(u.src_lang, u.src_text, u.tgt_text) for u in units
                           if u.src_lang == lang]
        assert c.check() == []


def test_exactly_one_chunk_and_a_second_import(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    tsv.write(_units(7), path)
    with Corpus.create(tmp_path / "t.dragoman") as c:
        (bitext_id,) = import_file(c, path, src_lang="ar", tgt_lang="en", chunk_units=7).bitext_ids
        assert c.bitext(bitext_id).name == "pairs.ar (ar-en)"
        path.write_text(path.read_text(encoding="utf-8") * 2, encoding="utf-8")
        (second,) = import_file(c, path, src_lang="ar", tgt_lang="en", chunk_units=7).bitext_ids
        assert second != bitext_id and c.bead_count(second) == 14


def test_many_small_groups_are_stored_as_they_go_not_held(tmp_path: Path) -> None:
    """An export of a corpus with many small bitexts: each becomes one whole bitext, and
    never more than twice the chunk size is waiting in memory."""
    units = [AlignedUnit("ar", "en", AR.format(i=i), EN.format(i=i), bitext=f"b{i // 600}")
             for i in range(6000)]
    path = tmp_path / "many.jsonl"
    jsonl.write(units, path)
    waiting: list[int] = []
    with Corpus.create(tmp_path / "g.dragoman") as c:
        # "reading" comes every 1,000 units (done/total are bytes of the file)
        control = TaskControl(on_progress=lambda done, total, msg: waiting.append(
            1000 * (len(waiting) + 1) - c.info()["beads"]) if msg == "reading" else None)
        summary = import_file(c, path, chunk_units=1000, control=control)
        assert [c.bitext(i).name for i in summary.bitext_ids] == [f"b{k}" for k in range(10)]
        assert [c.bead_count(i) for i in summary.bitext_ids] == [600] * 10
        got = [(u.src_text, u.tgt_text) for u in iter_units(c, summary.bitext_ids)]
        assert got == [(u.src_text, u.tgt_text) for u in units]
    assert len(waiting) == 6 and max(waiting) <= 2 * 1000
    assert waiting[-1] < 6000  # stored on the way, not only at the end


def _storing_counter() -> tuple[TaskControl, list[str]]:
    seen: list[str] = []
    return TaskControl(on_progress=lambda done, total, msg: seen.append(msg)), seen


def test_broken_jsonl_line_near_the_end_leaves_the_corpus_as_it_was(
        corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    jsonl.write(_units(30), path)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[28] = lines[28][:-20] + "\n"  # line 29 of 30: cut inside the record
    path.write_text("".join(lines), encoding="utf-8")
    before = _snapshot(corpus)
    control, seen = _storing_counter()
    with pytest.raises(InputError) as info:
        import_file(corpus, path, chunk_units=7, control=control)
    assert info.value.line == 29
    assert seen.count("storing") >= 4 * 3  # four chunks were written, then rolled back
    assert _snapshot(corpus) == before
    assert corpus.check() == []
    # the corpus is still usable: the same file, repaired, imports
    jsonl.write(_units(30), path)
    assert import_file(corpus, path, chunk_units=7).units == 30


def test_truncated_tmx_near_the_end_leaves_the_corpus_as_it_was(
        corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "cut.tmx"
    tmx.write(_units(30), path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:-60], encoding="utf-8")  # inside the last <tu>
    before = _snapshot(corpus)
    control, seen = _storing_counter()
    with pytest.raises(InputError, match="cut.tmx"):
        import_file(corpus, path, chunk_units=7, control=control)
    assert seen.count("storing") >= 4 * 3
    assert _snapshot(corpus) == before
    # and the whole file imports
    path.write_text(text, encoding="utf-8")
    summary = import_file(corpus, path, chunk_units=7)
    assert [_key(u) for u in iter_units(corpus, summary.bitext_ids)] == [
        _key(u) for u in tmx.read(path)]


def test_cancel_midway_leaves_nothing(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    jsonl.write(_units(2500), path)
    before = _snapshot(corpus)
    seen: list[tuple[int, str]] = []

    def progress(done: int, total: int, msg: str) -> None:
        seen.append((done, msg))
        if sum(m == "reading" for _, m in seen) == 2:  # after 2,000 units
            control.cancel()

    control = TaskControl(on_progress=progress)
    with pytest.raises(Cancelled):
        import_file(corpus, path, chunk_units=500, control=control)
    assert sum(1 for _, msg in seen if msg == "storing") >= 3 * 3  # parts had been stored
    assert _snapshot(corpus) == before


def test_chunk_size_must_be_positive(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    jsonl.write(_units(1), path)
    with pytest.raises(ValueError):
        import_file(corpus, path, chunk_units=0)
