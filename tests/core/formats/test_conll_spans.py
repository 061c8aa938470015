"""NER exports: CoNLL BIO (clitic-aware Arabic tokens) and doccano-style span JSONL."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.errors import InputError
from aligner.formats import conll, spans

from .base import FormatSuite, sample_units


class TestConll(FormatSuite):
    text = "tokens"
    entities = "surface"
    metadata = False

    def write(self, units, tmp_path: Path, **options):
        tmp_path.mkdir(parents=True, exist_ok=True)
        target = tmp_path / "ner.conll"
        return conll.write(units, target, **options), target

    def read(self, target: Path):
        return conll.read(target, "ar", "en")


class TestSpans(FormatSuite):
    entities = "spans"
    metadata = False

    def write(self, units, tmp_path: Path, **options):
        tmp_path.mkdir(parents=True, exist_ok=True)
        target = tmp_path / "ner.jsonl"
        return spans.write(units, target, **options), target

    def read(self, target: Path):
        return spans.read(target, "ar", "en")


def _rows(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def test_entity_inside_a_clitic_word_keeps_its_tag(tmp_path: Path) -> None:
    conll.write(sample_units()[:1], tmp_path / "ner.conll")
    rows = _rows(tmp_path / "ner.ar.conll")
    # والقائم: the conjunction و is O, the name القائم is a LOC of its own
    at = rows.index("و\tO")
    assert rows[at + 1] == "القائم\tB-LOC"
    assert "بغداد\tB-LOC" in rows
    en = _rows(tmp_path / "ner.en.conll")
    assert "al-Qaim\tB-LOC" in en and "Baghdad\tB-LOC" in en and "March\tO" in en


def test_docstart_per_document_and_blank_line_per_sentence(tmp_path: Path) -> None:
    conll.write(sample_units(), tmp_path / "ner.conll")
    rows = _rows(tmp_path / "ner.ar.conll")
    # units 1-3 come from news.ar, unit 4 from notes.ar: two documents
    # CoNLL-2003's own line: spaCy's converter turned "-DOCSTART-<TAB>O" into a token
    assert rows.count("-DOCSTART- -X- -X- O") == 2
    assert rows[0] == "-DOCSTART- -X- -X- O" and rows[1] == ""
    sentences = [s for s in "\n".join(rows).split("\n\n") if s.strip() and "-DOCSTART-" not in s]
    assert len(sentences) == 4


def test_multi_token_entity_is_b_then_i(tmp_path: Path) -> None:
    unit = sample_units()[1]
    text = unit.tgt_text
    start = text.index("Thursday evening")
    unit.entities = [{"side": "tgt", "start": start, "end": start + len("Thursday evening"),
                      "label": "TIME"}]
    conll.write([unit], tmp_path / "t.conll")
    rows = _rows(tmp_path / "t.en.conll")
    assert rows[rows.index("Thursday\tB-TIME") + 1] == "evening\tI-TIME"


def test_conll_bad_tag_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "x.ar.conll"
    path.write_text("بغداد\tB-LOC\nمدينة\tLOC\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(conll.read_sentences(path))
    assert info.value.line == 2 and "x.ar.conll" in str(info.value)


def test_spans_are_doccano_records_with_code_point_offsets(tmp_path: Path) -> None:
    spans.write(sample_units()[1:2], tmp_path / "ner.jsonl")
    record = json.loads((tmp_path / "ner.ar.jsonl").read_text(encoding="utf-8"))
    start, end, label = record["label"][0]
    assert record["text"][start:end] == "عمّان" and label == "LOC"


def test_spans_out_of_range_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "s.ar.jsonl"
    path.write_text('{"text": "بغداد", "label": [[0, 5, "LOC"]]}\n'
                    '{"text": "بغداد", "label": [[0, 9, "LOC"]]}\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(spans.read_records(path))
    assert info.value.line == 2


def test_docstart_once_per_document_even_when_its_units_come_back(tmp_path: Path) -> None:
    units = sample_units()
    # news.ar, notes.ar, then news.ar again (units of a document that come back later)
    conll.write([units[0], units[3], units[1]], tmp_path / "ner.conll")
    rows = _rows(tmp_path / "ner.ar.conll")
    assert rows.count("-DOCSTART- -X- -X- O") == 2
    assert not any("\t" in r and r.split("\t")[0] == "-DOCSTART-" for r in rows)


def test_lam_lam_word_is_written_with_its_article(tmp_path: Path) -> None:
    """للتحالف was written as ل + لتحالف, and لتحالف is not a word (its ل is the
    article's): the word is التحالف; ل before a word of its own (للبنان) stays."""
    from aligner.model import AlignedUnit

    ar = "سلمت القاعدة للجيش الوطني ثم عاد الوفد للبنان"
    start = ar.index("لجيش الوطني")
    unit = AlignedUnit("ar", "en", ar, "The base was handed to the National Army.",
                       src_doc="d.ar", tgt_doc="d.en",
                       entities=[{"side": "src", "start": start, "end": start + 11,
                                  "label": "ORG"}])
    conll.write([unit], tmp_path / "ner.conll")
    rows = _rows(tmp_path / "ner.ar.conll")
    at = rows.index("ل\tO")
    assert rows[at + 1: at + 3] == ["الجيش\tB-ORG", "الوطني\tI-ORG"]
    assert rows[-4:-2] == ["ل\tO", "لبنان\tO"]
    assert not any(r.startswith("لجيش") for r in rows)
    assert "\t".join(_rows(tmp_path / "ner.en.conll")).count("-DOCSTART-") == 1
