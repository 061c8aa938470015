"""Inputs that ended in a Python traceback (exit 1): now one line naming the file, exit 2."""
from __future__ import annotations

import codecs
from pathlib import Path

from tests.core.hostile.helpers import SAMPLES, digest, dragoman, make_corpus, one_error_line

AR_TEXT = (SAMPLES / "briefing_ar.txt").read_text(encoding="utf-8")


def test_a_jsonl_number_with_thousands_of_digits_names_the_line(tmp_path: Path) -> None:
    data = tmp_path / "units.jsonl"
    data.write_text('{"ar": "نص", "en": "text"}\n{"id": ' + "9" * 5000
                    + ', "ar": "نص", "en": "text"}\n', encoding="utf-8")
    corpus = make_corpus(tmp_path / "c.dragoman")
    before = digest(corpus)
    one_error_line(dragoman("import", corpus, data), "units.jsonl:2", "thousands of digits")
    assert digest(corpus) == before


def test_encoding_utf16_given_for_a_file_without_its_bom(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(AR_TEXT, encoding="utf-8")
    one_error_line(dragoman("segment", "--encoding", "utf-16", utf8), "utf8.txt", "binary")
    # a UTF-16 file with a broken code unit: the bad bytes are counted and replaced (the
    # counter restarted the decoder, which then wanted a BOM again and raised)
    damaged = tmp_path / "damaged.txt"
    half = len(AR_TEXT) // 2
    damaged.write_bytes(codecs.BOM_UTF16_LE + AR_TEXT[:half].encode("utf-16-le") + b"\x00\xd8"
                        + AR_TEXT[half:].encode("utf-16-le"))
    run = dragoman("import", tmp_path / "c.dragoman", "--encoding", "utf-16", damaged)
    assert run.returncode == 0 and "damaged.txt" in run.stderr, run.stderr
    line = AR_TEXT[:half].count("\n") + 1
    assert f"2 bytes invalid in utf-16-le replaced by \ufffd on line {line}" in run.stderr


def test_a_csv_glossary_with_a_huge_field_names_the_line(tmp_path: Path) -> None:
    glossary = tmp_path / "names.csv"
    glossary.write_text('ar,en\n"' + "ب" * 200_000 + '",x\n', encoding="utf-8")
    corpus = make_corpus(tmp_path / "c.dragoman")
    before = digest(corpus)
    one_error_line(dragoman("names", "import", corpus, glossary), "names.csv:2",
                   "not a CSV glossary")
    assert digest(corpus) == before


def test_names_export_to_a_folder_a_missing_folder_or_the_corpus(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    before = digest(corpus)
    folder = tmp_path / "out.tsv"
    folder.mkdir()
    one_error_line(dragoman("names", "export", corpus, folder), "out.tsv", "is a folder")
    one_error_line(dragoman("names", "export", corpus, tmp_path / "no" / "x.tsv"), "x.tsv",
                   "cannot write")
    one_error_line(dragoman("names", "export", corpus, tmp_path / "c.dragoman-wal",
                            "--format", "register"), "c.dragoman-wal", "would destroy the corpus")
    assert digest(corpus) == before


def test_a_usage_error_is_one_line_too(tmp_path: Path) -> None:
    # argparse printed its usage block before the error: three lines or more
    one_error_line(dragoman("export", tmp_path / "c.dragoman", "-o", "-dash.tmx"),
                   "dragoman export: error: argument -o/--output", "dragoman export --help")
    one_error_line(dragoman("names", "export"), "required: corpus, output")
    one_error_line(dragoman("align", "a.txt", "b.txt", "--format", "xml"), "invalid choice")


def test_a_score_filter_that_is_not_a_number_from_0_to_1_is_refused(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    out = tmp_path / "out.jsonl"
    for bad in ("nan", "inf", "1.5", "high"):  # nan exported every bead, filtering nothing
        one_error_line(dragoman("export", corpus, "-o", out, "--min-score", bad),
                       "--min-score must be a number from 0 to 1")
    assert not out.exists()
    assert dragoman("export", corpus, "-o", out, "--min-score", "0").returncode == 0
