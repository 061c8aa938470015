"""Issue 12 items 2, 5, 6, 7, 10: bad input gets one clear line, exit 2, corpus untouched."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.hostile.helpers import SAMPLES, digest, dragoman, make_corpus
from tests.core.hostile.helpers import one_error_line as _one_error_line

AR_LINE = "افتتحت وزارة الموارد المائية محطة ضخ جديدة على نهر الفرات.\n"


# --- item 2: mixed encodings ----------------------------------------------------------
def test_utf8_then_cp1256_is_refused_naming_the_line(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes((AR_LINE * 3).encode("utf-8") + (AR_LINE * 3).encode("cp1256"))
    corpus = tmp_path / "c.dragoman"
    line = _one_error_line(dragoman("import", corpus, mixed), "mixed.txt:4",
                           "mixes encodings")
    assert "cp1256" in line
    assert not corpus.exists()


def test_insisting_with_encoding_reports_the_bad_lines_and_imports(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes((AR_LINE * 3).encode("utf-8") + (AR_LINE * 2).encode("cp1256"))
    run = dragoman("import", tmp_path / "c.dragoman", mixed, "--encoding", "utf-8",
                   "--no-align")
    assert run.returncode == 0, run.stderr
    assert "mixed.txt: " in run.stderr and "replaced" in run.stderr
    assert "lines 4, 5" in run.stderr


def test_damaged_utf8_says_which_lines_before_importing(tmp_path: Path) -> None:
    text = (SAMPLES / "briefing_ar.txt").read_bytes()
    cut = text.index("\n".encode(), 200) + 5  # inside an Arabic letter of a later line
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(text[:cut] + text[cut + 1:])
    line = text[:cut].count(b"\n") + 1
    run = dragoman("import", tmp_path / "c.dragoman", damaged, "--no-align")
    assert run.returncode == 0, run.stderr
    assert f"on line {line}" in run.stderr and "replaced" in run.stderr


# --- item 5: not a regular file -----------------------------------------------------------
def test_fifo_and_devices_are_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    corpus = tmp_path / "c.dragoman"
    _one_error_line(dragoman("import", corpus, fifo, timeout=30), "pipe.txt", "named pipe")
    _one_error_line(dragoman("import", corpus, "/dev/zero", timeout=30), "/dev/zero",
                    "a device")
    fifo_tmx = tmp_path / "pipe.tmx"
    os.mkfifo(fifo_tmx)
    _one_error_line(dragoman("import", corpus, fifo_tmx, timeout=30), "pipe.tmx",
                    "named pipe")
    assert not corpus.exists()


# --- item 6: sizes ------------------------------------------------------------------------
def test_a_huge_single_line_is_refused_fast(tmp_path: Path) -> None:
    one_line = tmp_path / "line.txt"
    one_line.write_text("word " * 250_000, encoding="utf-8")  # 1.25 M characters
    corpus = make_corpus(tmp_path / "c.dragoman")
    before = digest(corpus)
    _one_error_line(dragoman("import", corpus, one_line), "line.txt:1", "longer than")
    big = tmp_path / "big.txt"
    with open(big, "wb") as out:
        out.truncate(17 * 2**20)
    _one_error_line(dragoman("import", corpus, big), "big.txt", "too large")
    assert digest(corpus) == before


def test_an_endless_jsonl_line_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "long.jsonl"
    data.write_text('{"ar": "' + "ب" * (9 * 2**20) + '", "en": "x"}\n', encoding="utf-8")
    _one_error_line(dragoman("import", tmp_path / "c.dragoman", data), "long.jsonl",
                    "longer than")


# --- item 7: JSONL hostile records --------------------------------------------------------
@pytest.mark.parametrize("record, needle", [
    ('{"ar": "نص", "en": "text", "score": 1' + "0" * 400 + "}", "score"),
    ('{"ar": "نص", "en": "text", "bead": 1' + "0" * 400 + "}", "bead"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"ar": "' + "{" * 1 + '", "en": "x", "y": ' + '{"a": ' * 100_000 + "1"
     + "}" * 100_000 + "}", "nested too deeply"),
    ('{"ar": "نص \\ud800", "en": "text"}', "lone surrogate"),
])
def test_hostile_jsonl_records_name_the_line(tmp_path: Path, record: str, needle: str) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"ar": "وصل القطار.", "en": "The train arrived."}\n' + record + "\n",
                    encoding="utf-8")
    corpus = make_corpus(tmp_path / "c.dragoman")
    before = digest(corpus)
    _one_error_line(dragoman("import", corpus, data), "bad.jsonl:2", needle)
    assert digest(corpus) == before


# --- item 10: the same file twice ---------------------------------------------------------
def test_same_file_as_source_and_target_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "c.dragoman"
    ar = SAMPLES / "briefing_ar.txt"
    _one_error_line(dragoman("import", corpus, ar, ar), "same file as the source")
    copy = tmp_path / "copy.txt"
    copy.write_bytes(ar.read_bytes())
    _one_error_line(dragoman("import", corpus, ar, copy), "copy.txt", "same content")
    assert not corpus.exists()
