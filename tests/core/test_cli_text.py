"""The import, segment and info commands, run through the real dispatcher."""
from __future__ import annotations

from pathlib import Path

from aligner.cli import main
from aligner.corpus import Corpus

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
AR, EN, FR = (str(SAMPLES / f"briefing_{x}.txt") for x in ("ar", "en", "fr"))


def test_import_creates_the_corpus_and_says_what_it_added(tmp_path, capsys):
    corpus = tmp_path / "new.dgm"
    assert main(["import", str(corpus), AR, EN, "--no-align"]) == 0
    out = capsys.readouterr().out
    assert "document 1 [ar]: briefing_ar, utf-8, 10 sentences, 0 excluded" in out
    assert "document 2 [en]: briefing_en, utf-8, 11 sentences, 0 excluded" in out
    assert "bitext 1: ar-en (documents 1 -> 2)" in out
    with Corpus.open(corpus, read_only=True) as c:
        assert len(c.documents()) == 2 and len(c.bitexts()) == 1


def test_import_reports_boilerplate_and_languages_option(tmp_path, capsys):
    text = tmp_path / "page.txt"
    text.write_text("Share on facebook\nShare on twitter\nLe canal est ouvert. Les "
                    "agriculteurs sont revenus.\n", encoding="cp1252")
    assert main(["import", str(tmp_path / "c.dgm"), str(text), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "[fr]" in out and "4 sentences, 2 excluded" in out
    assert "excluded: link list 2" in out


def test_import_aligns_when_the_aligner_is_there_or_says_it_is_not(tmp_path, capsys):
    assert main(["import", str(tmp_path / "c.dgm"), AR, FR]) == 0
    out = capsys.readouterr().out
    assert "aligned:" in out or "not aligned" in out


def test_import_bilingual_and_info(tmp_path, capsys):
    corpus = str(tmp_path / "c.dgm")
    assert main(["import", corpus, str(SAMPLES / "briefing_bilingual.txt"), "--bilingual",
                 "--no-align"]) == 0
    assert "excluded: url slug 1" in capsys.readouterr().out
    assert main(["info", corpus]) == 0
    out = capsys.readouterr().out
    assert "documents: 2, sentences: 22 (1 excluded), bitexts: 1" in out
    lines = out.splitlines()
    doc_rows = [ln.split() for ln in lines if ln.strip().startswith(("1 ", "2 "))
                and "utf-8" in ln]
    assert [row[:4] for row in doc_rows] == [["1", "ar", "10", "0"], ["2", "en", "12", "1"]]
    assert any(ln.split()[:3] == ["1", "ar-en", "1->2"] for ln in lines)


def test_bad_file_exits_2_with_a_message_and_creates_nothing(tmp_path, capsys):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    corpus = tmp_path / "c.dgm"
    assert main(["import", str(corpus), AR, str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dragoman: error: ") and "image.txt" in err and "binary" in err
    assert "Traceback" not in err
    assert not corpus.exists()


def test_import_tsv_pairs_as_the_readme_says(tmp_path, capsys):
    # README: dragoman import CORPUS FILE.tmx|FILE.jsonl|FILE.tsv
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("The canal opened.\tLe canal est ouvert.\nFarmers came back.\t"
                     "Les agriculteurs sont revenus.\n", encoding="utf-8")
    corpus = tmp_path / "c.dragoman"
    assert main(["import", str(corpus), str(pairs), "--lang", "en,fr"]) == 0
    assert "2 units into bitext 1" in capsys.readouterr().out
    with Corpus.open(corpus, read_only=True) as c:
        (bitext,) = c.bitexts()
        assert (bitext.src_lang, bitext.tgt_lang) == ("en", "fr")
        assert [s.text for s in c.segments(bitext.tgt_doc_id)] == [
            "Le canal est ouvert.", "Les agriculteurs sont revenus."]


def test_bad_exchange_file_creates_no_corpus_but_keeps_an_earlier_one(tmp_path, capsys):
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"translation": {"ar": "نص", "en": "text"}}\n{not json\n', encoding="utf-8")
    corpus = tmp_path / "c.dragoman"
    assert main(["import", str(corpus), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "broken.jsonl:2" in err and "Traceback" not in err
    assert not corpus.exists() and list(tmp_path.iterdir()) == [bad]
    # a corpus that was there before the failed import stays, with what it held
    good = tmp_path / "good.jsonl"
    good.write_text('{"translation": {"ar": "نص", "en": "text"}}\n', encoding="utf-8")
    assert main(["import", str(corpus), str(good)]) == 0
    assert main(["import", str(corpus), str(bad)]) == 2
    with Corpus.open(corpus, read_only=True) as c:
        assert len(c.bitexts()) == 1
    # a new corpus that received a good file before a bad one keeps the good file
    other = tmp_path / "d.dragoman"
    assert main(["import", str(other), str(good), str(bad)]) == 2
    with Corpus.open(other, read_only=True) as c:
        assert len(c.bitexts()) == 1


def test_info_on_missing_or_non_corpus_file(tmp_path, capsys):
    assert main(["info", str(tmp_path / "none.dgm")]) == 2
    assert "none.dgm" in capsys.readouterr().err
    assert main(["info", EN]) == 2
    assert "briefing_en.txt" in capsys.readouterr().err


def test_segment_prints_one_sentence_a_line(capsys):
    assert main(["segment", EN]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 11
    assert lines[2] == ("Engineer Salma al-Hadithi, the project director, said the station "
                        "pumps 450 cubic metres an hour.")


def test_segment_visual_shapes_arabic_for_terminals(capsys):
    assert main(["segment", AR, "--lang", "ar"]) == 0
    logical = capsys.readouterr().out.splitlines()
    assert main(["segment", AR, "--visual"]) == 0
    visual = capsys.readouterr().out.splitlines()
    assert len(visual) == len(logical) == 10
    # presentation forms (shaped letters) appear only in the visual output
    def shaped(s: str) -> bool:
        return any("\ufe70" <= ch <= "\ufeff" or "\ufb50" <= ch <= "\ufdff" for ch in s)
    assert not any(shaped(s) for s in logical) and all(shaped(s) for s in visual)
    assert visual[0] != logical[0]


def test_segment_with_boilerplate_marks(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text("The canal opened.\nShare on facebook\nShare on twitter\n", encoding="utf-8")
    assert main(["segment", str(page), "--boilerplate"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "The canal opened.", "[link list] Share on facebook",
        "[link list] Share on twitter"]


def test_segment_bad_language_code(capsys):
    assert main(["segment", EN, "--lang", "e n"]) == 2
    assert "not a valid language tag" in capsys.readouterr().err
