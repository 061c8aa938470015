"""Import into real corpus files: pairs, bilingual files, single files, and all-or-nothing
behaviour when one file is bad."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.errors import InputError
from aligner.importer import import_files, prepare_document, prepare_files
from aligner.tasks import Cancelled, TaskControl

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def corpus(tmp_path):
    c = Corpus.create(tmp_path / "c.dgm")
    yield c
    c.close()


def test_prepare_document_segments_and_flags():
    text = "Share on facebook\nShare on twitter\nThe canal opened. Farmers came.\n"
    doc, segs = prepare_document(text, "en", title="t", source_name="x.txt",
                                 encoding="cp1252", checksum="abc")
    assert doc.text == text and doc.lang == "en" and doc.encoding == "cp1252"
    assert [(s.text, s.excluded, s.exclude_reason) for s in segs] == [
        ("Share on facebook", True, "link list"), ("Share on twitter", True, "link list"),
        ("The canal opened.", False, ""), ("Farmers came.", False, "")]
    assert [s.position for s in segs] == [0, 1, 2, 3]
    assert [s.paragraph for s in segs] == [0, 1, 2, 2]
    assert all(doc.text[s.start:s.end] == s.text for s in segs)


def test_pair_of_sample_files(corpus):
    result = import_files(corpus, [SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"])
    assert len(result.doc_ids) == 2 and len(result.bitext_ids) == 1
    ar, en = (corpus.document(i) for i in result.doc_ids)
    assert (ar.lang, en.lang) == ("ar", "en")
    assert ar.text == (SAMPLES / "briefing_ar.txt").read_text(encoding="utf-8")
    assert ar.title == "briefing_ar" and ar.encoding == "utf-8" and len(ar.checksum) == 64
    # sentence counts known from writing the samples (see samples/README.md)
    assert len(corpus.segments(ar.id)) == 10 and len(corpus.segments(en.id)) == 11
    bitext = corpus.bitext(result.bitext_ids[0])
    assert (bitext.src_doc_id, bitext.tgt_doc_id) == (ar.id, en.id)
    for seg in corpus.segments(ar.id):
        assert ar.text[seg.start:seg.end] == seg.text and not seg.excluded


def test_one_arabic_document_serves_two_translations(corpus):
    first = import_files(corpus, [SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"])
    second = import_files(corpus, [SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_fr.txt"])
    assert second.reused == [True, False]
    assert second.doc_ids[0] == first.doc_ids[0]
    assert len(corpus.documents()) == 3
    pairs = sorted((b.src_lang, b.tgt_lang) for b in corpus.bitexts())
    assert pairs == [("ar", "en"), ("ar", "fr")]
    assert [b.src_doc_id for b in corpus.bitexts()] == [first.doc_ids[0]] * 2
    # the same pair again links nothing new
    again = import_files(corpus, [SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"])
    assert again.reused == [True, True] and again.bitext_ids == []
    assert len(corpus.bitexts()) == 2


def test_languages_given_and_encoding_override(corpus, tmp_path):
    src = tmp_path / "fr.txt"
    src.write_bytes((SAMPLES / "briefing_fr.txt").read_text(encoding="utf-8").encode("cp1252"))
    result = import_files(corpus, [SAMPLES / "briefing_ar.txt", src], langs=["ar", "fr"],
                          titles=["Briefing", "Briefing (fr)"])
    ar, fr = (corpus.document(i) for i in result.doc_ids)
    assert fr.lang == "fr" and fr.encoding == "cp1252" and ar.title == "Briefing"
    assert corpus.bitext(result.bitext_ids[0]).tgt_lang == "fr"
    with pytest.raises(InputError, match="not a valid language tag"):
        prepare_files([src], langs=["f r"])
    with pytest.raises(InputError, match="2 language codes given for 1 files"):
        prepare_files([src], langs=["fr", "en"])


def test_language_code_contradicting_the_script_is_refused(tmp_path):
    ar, en = SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"
    # swapped codes: the Arabic text would be segmented and aligned as English
    with pytest.raises(InputError, match=r"briefing_ar\.txt: .*'en'.*Arabic"):
        prepare_files([ar, en], langs=["en", "ar"])
    with pytest.raises(InputError, match=r"briefing_en\.txt: .*'ar'.*Latin"):
        prepare_files([en], langs=["ar"])
    with pytest.raises(InputError, match=r"briefing_ar\.txt: .*'fr-FR'"):
        prepare_files([ar], langs=["fr-FR"])
    # languages we cannot check (Persian is written in Arabic script) are believed,
    # and so is a code matching the script
    assert prepare_files([ar], langs=["fa"]).docs[0].document.lang == "fa"
    assert prepare_files([ar, en], langs=["ar", "en-GB"]).docs[1].document.lang == "en-GB"
    # a file holding both scripts at length (a bilingual page imported whole) is believed
    both = SAMPLES / "briefing_bilingual.txt"
    assert prepare_files([both], langs=["en"]).docs[0].document.lang == "en"


def test_single_file_makes_one_document(corpus):
    result = import_files(corpus, [SAMPLES / "briefing_fr.txt"])
    assert len(result.doc_ids) == 1 and result.bitext_ids == []
    assert corpus.document(result.doc_ids[0]).lang == "fr"


def test_bilingual_sample_file(corpus):
    result = import_files(corpus, [SAMPLES / "briefing_bilingual.txt"], bilingual=True)
    assert len(result.doc_ids) == 2 and len(result.bitext_ids) == 1
    ar, en = (corpus.document(i) for i in result.doc_ids)
    assert (ar.lang, en.lang) == ("ar", "en")  # Arabic is the source
    bitext = corpus.bitext(result.bitext_ids[0])
    assert (bitext.src_lang, bitext.tgt_lang) == ("ar", "en")
    en_segs = corpus.segments(en.id)
    kept = [s.text for s in en_segs if not s.excluded]
    slug = [s for s in en_segs if s.exclude_reason == "url slug"]
    assert len(slug) == 1 and slug[0].text.startswith("افتتاح-محطة")
    assert kept[0] == "New irrigation station opens on the Euphrates near al-Qaim."
    assert not any(ch for s in kept for ch in s if "\u0600" <= ch <= "\u06ff")
    assert len(kept) == 11 and len(corpus.segments(ar.id)) == 10


def test_bilingual_languages_matched_by_script(corpus):
    result = import_files(corpus, [SAMPLES / "briefing_bilingual.txt"], bilingual=True,
                          langs=["en", "ar"])
    assert [corpus.document(i).lang for i in result.doc_ids] == ["ar", "en"]
    with pytest.raises(InputError, match="do not match"):
        prepare_files([SAMPLES / "briefing_bilingual.txt"], bilingual=True, langs=["en", "fr"])
    # the same code twice (--lang ar,ar) crashed with an IndexError
    for same in (["ar", "ar"], ["en", "en"]):
        with pytest.raises(InputError, match="briefing_bilingual.txt: .*two different"):
            prepare_files([SAMPLES / "briefing_bilingual.txt"], bilingual=True, langs=same)


def test_bilingual_file_with_one_language_is_refused():
    with pytest.raises(InputError, match="briefing_en.txt: a bilingual file must hold two"):
        prepare_files([SAMPLES / "briefing_en.txt"], bilingual=True)


def test_seed_000_bilingual(corpus, seeds_dir):
    result = import_files(corpus, [seeds_dir / "000_55dfabf2635491b5.txt"], bilingual=True)
    ar, en = (corpus.document(i) for i in result.doc_ids)
    assert (ar.lang, en.lang) == ("ar", "en")
    en_kept = [s.text for s in corpus.segments(en.id) if not s.excluded]
    assert en_kept[0].endswith("al-Qā’im Base.")  # title without its glued slug
    assert all("القوات" not in s for s in en_kept)


def test_a_bad_file_among_several_adds_nothing(corpus, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="bad.txt"):
        import_files(corpus, [SAMPLES / "briefing_ar.txt", bad])
    with pytest.raises(InputError, match="missing.txt: file not found"):
        import_files(corpus, [SAMPLES / "briefing_ar.txt", tmp_path / "missing.txt"])
    assert corpus.documents() == [] and corpus.bitexts() == []


def test_failure_while_storing_rolls_everything_back(tmp_path):
    # a corpus that refuses the second document (no language) after storing the first
    path = tmp_path / "c.dgm"
    with Corpus.create(path) as corpus:
        import_files(corpus, [SAMPLES / "briefing_fr.txt"])
        plan_files = [SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"]
        from aligner.importer import store_prepared
        plan = prepare_files(plan_files)
        plan.docs[1].document.lang = ""
        with pytest.raises(Exception):
            store_prepared(corpus, plan)
    with Corpus.open(path, read_only=True) as corpus:
        assert [d.lang for d in corpus.documents()] == ["fr"]
        assert corpus.bitexts() == []


def test_cancel_adds_nothing(corpus):
    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        import_files(corpus, [SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"],
                     control=control)
    assert corpus.documents() == []


def test_progress_is_reported(corpus, tmp_path):
    seen = []
    control = TaskControl(on_progress=lambda done, total, msg: seen.append((done, total)))
    copy = tmp_path / "copy.txt"
    shutil.copy(SAMPLES / "briefing_en.txt", copy)
    import_files(corpus, [SAMPLES / "briefing_ar.txt", copy], control=control)
    assert (0, 2) in seen and (2, 2) in seen
