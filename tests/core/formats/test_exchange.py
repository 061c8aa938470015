"""Corpus <-> formats: export what the corpus holds, import it back unchanged, all or nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.errors import DragomanError, InputError
from aligner.exchange import export_corpus, import_file, iter_units
from aligner.model import (ROMANIZED_LANG, BeadSpan, BeadStatus, Document, Entity, FormStatus,
                           NameForm, RegisterEntry, Segment)
from aligner.tasks import Cancelled, TaskControl

AR = ["زار الوفد بغداد والقائم في آذار.", "ثم عاد إلى عمّان 🌍 مساءً.", "حاشية الصفحة"]
EN = ["The delegation visited Baghdad and al-Qaim in March.", "It then went back",
      "to Amman 🌍 in the evening."]


def _doc(corpus: Corpus, lang: str, title: str, sentences: list[str], excluded=()) -> int:
    text = "\n".join(sentences)
    segs, at = [], 0
    for i, s in enumerate(sentences):
        segs.append(Segment(None, 0, i, i, at, at + len(s), s, excluded=i in excluded))
        at += len(s) + 1
    return corpus.add_document(Document(None, lang, title, text), segs)


@pytest.fixture
def corpus(tmp_path: Path):
    """ar-en bitext: bead 1 is 1-1 (confirmed, entities), bead 2 is 1-2, the last Arabic
    sentence is excluded boilerplate inside bead 2."""
    with Corpus.create(tmp_path / "source.dragoman") as c:
        src = _doc(c, "ar", "trip.ar", AR, excluded={2})
        tgt = _doc(c, "en", "trip.en", EN)
        bitext = c.add_bitext(src, tgt, "trip")
        c.replace_beads(bitext, [BeadSpan(0, 1, 0, 1, 0.93), BeadSpan(1, 3, 1, 3, 0.41)])
        beads = c.beads(bitext)
        c.set_status([beads[0].id], BeadStatus.CONFIRMED)
        ar0, en0 = c.segments(src)[0], c.segments(tgt)[0]
        name = c.add_register_entry(RegisterEntry(None, "القائم", forms=[
            NameForm("en", "al-Qaim", FormStatus.PREFERRED), NameForm(ROMANIZED_LANG, "al-Qā’im")]))
        e1 = c.add_entity(Entity(None, ar0.id, AR[0].index("القائم"),
                                 AR[0].index("القائم") + 6, "LOC", name_id=name))
        c.add_entity(Entity(None, en0.id, EN[0].index("al-Qaim"), EN[0].index("al-Qaim") + 7,
                            "LOC", counterpart_id=e1))
        en2 = c.segments(tgt)[2]
        c.add_entity(Entity(None, en2.id, 3, 8, "LOC"))  # Amman, in the second segment
        yield c


def _comparable(units) -> list[tuple]:
    return [(u.src_lang, u.tgt_lang, u.src_text, u.tgt_text, u.score, u.status, u.bitext,
             u.src_doc, u.tgt_doc, sorted(sorted(e.items()) for e in u.entities)) for u in units]


def test_units_join_sentences_skip_excluded_and_place_entities(corpus: Corpus) -> None:
    units = list(iter_units(corpus))
    assert [(u.src_text, u.tgt_text) for u in units] == [
        (AR[0], EN[0]), (AR[1], EN[1] + " " + EN[2])]
    assert units[0].status == "confirmed" and units[0].score == 0.93
    qaim, al_qaim = units[0].entities
    assert units[0].src_text[qaim["start"]:qaim["end"]] == "القائم"
    assert qaim["canonical"] == "al-Qaim" and qaim["transliteration"] == "al-Qā’im"
    assert (qaim["counterpart"], al_qaim["counterpart"]) == (1, 0)  # linked both ways
    (amman,) = units[1].entities
    assert units[1].tgt_text[amman["start"]:amman["end"]] == "Amman"


@pytest.mark.parametrize("fmt,suffix", [("jsonl", ".jsonl"), ("tmx", ".tmx")])
def test_corpus_round_trip_keeps_text_entities_scores(corpus: Corpus, tmp_path: Path,
                                                      fmt: str, suffix: str) -> None:
    out = tmp_path / f"export{suffix}"
    assert export_corpus(corpus, fmt, out) == 2
    with Corpus.create(tmp_path / "copy.dragoman") as copy:
        summary = import_file(copy, out)
        assert summary.units == 2 and len(summary.bitext_ids) == 1
        assert _comparable(iter_units(copy)) == _comparable(iter_units(corpus))
        assert copy.check() == []
        (doc_ar, doc_en) = copy.documents()
        assert [s.paragraph for s in copy.segments(doc_ar.id)] == [0, 1]


def test_export_filters(corpus: Corpus, tmp_path: Path) -> None:
    assert export_corpus(corpus, "jsonl", tmp_path / "c.jsonl", confirmed_only=True) == 1
    assert export_corpus(corpus, "tsv", tmp_path / "s.tsv", min_score=0.5) == 1
    assert export_corpus(corpus, "moses", tmp_path / "m", bitext_ids=[corpus.bitexts()[0].id]) == 2
    assert (tmp_path / "m.ar").read_text(encoding="utf-8").splitlines() == AR[:2]


def test_import_of_empty_side_makes_a_0_1_bead(tmp_path: Path) -> None:
    src = tmp_path / "pairs.jsonl"
    src.write_text('{"ar": "أهلا", "en": "Hello"}\n{"ar": "", "en": "(applause)"}\n',
                   encoding="utf-8")
    with Corpus.create(tmp_path / "c.dragoman") as c:
        (bitext_id,) = import_file(c, src, src_lang="ar", tgt_lang="en").bitext_ids
        assert [b.kind for b in c.beads(bitext_id)] == ["1-1", "0-1"]
        assert c.check() == []


def test_broken_file_imports_nothing(tmp_path: Path) -> None:
    good = '{"ar": "أهلا", "en": "Hello"}\n'
    src = tmp_path / "broken.jsonl"
    src.write_text(good * 50 + '{"ar": "x", "en": \n', encoding="utf-8")
    with Corpus.create(tmp_path / "c.dragoman") as c:
        with pytest.raises(InputError) as info:
            import_file(c, src)
        assert info.value.line == 51
        assert c.info()["documents"] == 0 and c.info()["beads"] == 0


def test_truncated_tmx_imports_nothing(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "export.tmx"
    export_corpus(corpus, "tmx", out)
    out.write_text(out.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    with Corpus.create(tmp_path / "c.dragoman") as c:
        with pytest.raises(InputError, match="export.tmx"):
            import_file(c, out)
        assert c.info()["documents"] == 0


def test_cancel_during_import_rolls_back(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "export.jsonl"
    export_corpus(corpus, "jsonl", out)
    control = TaskControl(on_progress=lambda done, total, msg:
                          control.cancel() if msg == "storing" else None)
    with Corpus.create(tmp_path / "c.dragoman") as c:
        with pytest.raises(Cancelled):
            import_file(c, out, control=control)
        assert c.info()["documents"] == 0 and c.info()["entities"] == 0


def test_unknown_suffix_and_tsv_without_languages(tmp_path: Path) -> None:
    (tmp_path / "a.xlf").write_text("<xliff/>", encoding="utf-8")
    (tmp_path / "a.tsv").write_text("أ\ta\n", encoding="utf-8")
    with Corpus.create(tmp_path / "c.dragoman") as c:
        with pytest.raises(InputError, match="unknown exchange format"):
            import_file(c, tmp_path / "a.xlf")
        with pytest.raises(InputError, match="languages"):
            import_file(c, tmp_path / "a.tsv")
        assert import_file(c, tmp_path / "a.tsv", src_lang="ar", tgt_lang="en").units == 1


def test_tsv_with_an_invalid_language_code_is_refused(tmp_path: Path) -> None:
    # a TSV takes its languages from the caller: a bad code stored in the corpus made a
    # bitext that TMX export refuses and whose JSONL export cannot be imported again
    (tmp_path / "a.tsv").write_text("أ\ta\n", encoding="utf-8")
    with Corpus.create(tmp_path / "c.dragoman") as c:
        for src, tgt in (("a r", "en"), ("ar", "en_US"), ("ar", "")):
            with pytest.raises(InputError, match=r"a\.tsv: .*not a valid language tag"):
                import_file(c, tmp_path / "a.tsv", src_lang=src, tgt_lang=tgt or "x y")
        assert c.info()["documents"] == 0


def test_tmx_without_the_chosen_pair_is_an_input_error(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "export.tmx"
    export_corpus(corpus, "tmx", out)
    with Corpus.create(tmp_path / "c.dragoman") as c:
        with pytest.raises(InputError, match="languages found: ar, en"):
            import_file(c, out, src_lang="fr", tgt_lang="en")


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.tmx"
    with open(big, "wb") as f:  # sparse: 2 GB on paper, nothing on disk
        f.truncate(2 * 2**30)
    with Corpus.create(tmp_path / "c.dragoman") as c:
        with pytest.raises(InputError, match=r"huge.tmx: is 2.0 GB; imports above 1.0 GB"):
            import_file(c, big)
        assert c.info()["documents"] == 0


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    src.write_text('{"ar": "أهلا", "en": "Hello"}\n' * 2500, encoding="utf-8")
    with Corpus.create(tmp_path / "c.dragoman") as c:
        import_file(c, src)
        control = TaskControl(on_progress=lambda done, total, msg: control.cancel())
        with pytest.raises(Cancelled):
            export_corpus(c, "tmx", tmp_path / "out.tmx", control=control)
    assert not (tmp_path / "out.tmx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_export_over_the_corpus_file_is_refused(corpus: Corpus) -> None:
    # the GUI's export goes through here too, not only the CLI
    with pytest.raises(DragomanError, match="the corpus itself"):
        export_corpus(corpus, "jsonl", corpus.path)
    assert corpus.bitexts()
