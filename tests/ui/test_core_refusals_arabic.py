"""The last core refusals the Arabic interface showed in English: an export of bitexts a
format cannot hold together (aligner/export_plan.py), a glossary the reader refuses, and a
span, CoNLL or Moses file with a bad span or tag or fewer lines than its pair. They are
keyed (aligner/messages.py); the CLI keeps its English one-liner, the GUI says them in
Arabic with the file, the file's own text, the bitexts, language pairs and the CLI option
kept left to right."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from aligner.cli import main
from aligner.corpus import Corpus
from aligner.errors import DragomanError
from aligner.exchange import export_corpus
from tests.ui.conftest import ARABIC, ISOLATE
from tests.ui.test_arabic_interface import english_words
from ui.core_messages import error_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def said_in_arabic(exc: DragomanError) -> str:
    """The GUI's text of `exc`: Arabic, with no English word outside the isolated parts."""
    text = error_text(exc)
    assert text.startswith("\u200f") and ARABIC.search(text)
    assert english_words(ISOLATE.sub(" ", text)) == []
    return text


def test_export_refusals_of_pairs_are_told_in_arabic(arabic, tmp_path, capsys):
    corpus_path = tmp_path / "c.dragoman"
    other = tmp_path / "other_ar.txt"
    other.write_text("افتتحت الوزارة محطة جديدة.\nوقال المهندس إن العمل انتهى.\n",
                     encoding="utf-8")
    for src, tgt in ((SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"),
                     (SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_fr.txt"),
                     (SAMPLES / "briefing_ar.txt", other)):
        assert main(["import", str(corpus_path), str(src), str(tgt), "--no-align"]) == 0
    with Corpus.open(corpus_path, read_only=True) as corpus:
        ids = [b.id for b in corpus.bitexts()]
        with pytest.raises(DragomanError) as err:
            export_corpus(corpus, "jsonl", tmp_path / "all.jsonl")
        assert str(err.value).startswith(f"cannot write jsonl: bitext {ids[2]} (")
        assert str(err.value).endswith(f"ar-ar) has the same language on both sides; export "
                                       f"the others with --bitext {ids[0]} {ids[1]} (or "
                                       "export it as tsv)")
        assert f"\u2066--bitext {ids[0]} {ids[1]}\u2069" in said_in_arabic(err.value)
        with pytest.raises(DragomanError) as err:
            export_corpus(corpus, "jsonl", tmp_path / "one.jsonl", bitext_ids=[ids[2]])
        assert "; nothing else to export (" in str(err.value)
        said_in_arabic(err.value)
        with pytest.raises(DragomanError) as err:
            export_corpus(corpus, "tsv", io.StringIO(), bitext_ids=ids[:2])
        assert str(err.value) == ("cannot write tsv to one stream: the bitexts have several "
                                  "language pairs (ar-en, ar-fr); choose one pair with "
                                  "--bitext")
        text = said_in_arabic(err.value)
        assert "\u2066ar-en, ar-fr\u2069" in text and "\u2066--bitext\u2069" in text
    capsys.readouterr()
    assert main(["export", str(corpus_path), "-o", str(tmp_path / "all.jsonl")]) == 2
    assert "has the same language on both sides" in capsys.readouterr().err


def read_refused(read, path: Path, english: str, line: int | None = None) -> str:
    """Reading `path` is refused with `english` (the CLI's words, unchanged); the GUI's
    text starts with the isolated file (and line) and says the rest in Arabic."""
    with pytest.raises(DragomanError) as err:
        read()
    where = f"{path}:{line}" if line else str(path)
    assert str(err.value) == f"{where}: {english}"
    text = said_in_arabic(err.value)
    assert text.startswith(f"\u200f\u2066{where}\u2069: ")
    return text


def test_glossary_refusals_are_told_in_arabic(arabic, tmp_path):
    from aligner.formats import glossary

    path = tmp_path / "terms.csv"
    path.write_text("ar,english\nالقائم,al-Qaim\n", encoding="utf-8")
    text = read_refused(lambda: glossary.read(path), path,
                        "column 'english' is not a language code", line=1)
    assert "\u2066'english'\u2069" in text
    path.write_text("ar,en,kind\nالقائم,al-Qaim,person\n", encoding="utf-8")
    read_refused(lambda: glossary.read(path), path, "unknown kind 'person'", line=2)
    path.write_text("en,fr\nBasra,Bassorah\n", encoding="utf-8")
    read_refused(lambda: glossary.read(path), path, "the header names no Arabic column (ar)",
                 line=1)
    omegat = tmp_path / "terms.txt"
    omegat.write_text("البصرة\tBasra\nالقائم\n", encoding="utf-8")
    read_refused(lambda: glossary.read(omegat), omegat,
                 "expected source<TAB>target[<TAB>comment]", line=2)
    omegat.write_bytes("البصرة\tBasra\n".encode() + b"\xff\n")
    read_refused(lambda: glossary.read(omegat), omegat, "not UTF-8 text (byte 19)")
    other = tmp_path / "terms.odt"
    read_refused(lambda: glossary.format_for(other), other,
                 "unknown glossary type: use .tbx, .csv, .tsv or name a format")
    # a format asked for by a name the register does not write (was a ValueError, English)
    with pytest.raises(DragomanError) as err:
        glossary.format_for(other, "xliff")
    assert str(err.value) == "unknown glossary format 'xliff'"
    assert "\u2066'xliff'\u2069" in said_in_arabic(err.value)


def test_span_conll_and_moses_content_refusals_are_told_in_arabic(arabic, tmp_path):
    from aligner.formats import conll, moses, spans

    ar, en = tmp_path / "s.ar.jsonl", tmp_path / "s.en.jsonl"
    ar.write_text('{"text": "نص", "label": [[0, 9, "PER"]]}\n', encoding="utf-8")
    en.write_text('{"text": "text", "label": []}\n', encoding="utf-8")
    text = read_refused(lambda: list(spans.read(tmp_path / "s", "ar", "en")), ar,
                        "bad span [0, 9, 'PER'] for a text of 2 characters", line=1)
    assert "\u2066[0, 9, 'PER']\u2069" in text
    ar.write_text('{"text": ["نص"], "label": []}\n', encoding="utf-8")
    read_refused(lambda: list(spans.read(tmp_path / "s", "ar", "en")), ar,
                 'expected {"text": ..., "label": [[start, end, label], ...]}', line=1)
    ar.write_text('{"text": "نص", "label": []}\n', encoding="utf-8")
    en.write_text('{"text": "text", "label": []}\n{"text": "more", "label": []}\n',
                  encoding="utf-8")
    read_refused(lambda: list(spans.read(tmp_path / "s", "ar", "en")), ar,
                 "has fewer lines than its pair")

    ar, en = tmp_path / "n.ar.conll", tmp_path / "n.en.conll"
    ar.write_text("البصرة\tB-LOC\n", encoding="utf-8")
    en.write_text("Basra\tLOC\n", encoding="utf-8")
    text = read_refused(lambda: list(conll.read(tmp_path / "n", "ar", "en")), en,
                        "tag 'LOC' is not O, B-LABEL or I-LABEL", line=1)
    assert "\u2066'LOC'\u2069" in text
    en.write_text("Basra\tB-LOC\n\nmore\tO\n", encoding="utf-8")
    read_refused(lambda: list(conll.read(tmp_path / "n", "ar", "en")), ar,
                 "has fewer sentences than its pair")

    (tmp_path / "m.ar").write_text("نص\n", encoding="utf-8")
    (tmp_path / "m.en").write_text("text\nmore\n", encoding="utf-8")
    read_refused(lambda: list(moses.read(tmp_path / "m", "ar", "en")), tmp_path / "m.ar",
                 "has fewer lines than its pair (ends before line 2)", line=2)
