"""JSONL: the Hugging Face "translation" record, its schema, plain pairs, broken lines."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from aligner.errors import InputError
from aligner.formats import jsonl

from . import minischema
from .base import FormatSuite, sample_units

SCHEMA = Path(jsonl.__file__).with_name("unit.schema.json")


class TestJsonl(FormatSuite):
    def write(self, units, tmp_path: Path, **options):
        tmp_path.mkdir(parents=True, exist_ok=True)
        target = tmp_path / "out.jsonl"
        return jsonl.write(units, target, **options), target

    def read(self, target: Path):
        return jsonl.read(target)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_records_match_the_documented_schema(tmp_path: Path) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonl.write(sample_units(), tmp_path / "u.jsonl")
    records = _records(tmp_path / "u.jsonl")
    assert len(records) == 4
    for record in records:
        assert minischema.errors(record, schema) == []
    # the checker itself rejects a wrong record
    assert minischema.errors({"id": -1, "translation": {"ar": 1}}, schema) != []


def test_record_shape_is_the_translation_convention(tmp_path: Path) -> None:
    jsonl.write(sample_units()[:1], tmp_path / "u.jsonl")
    (record,) = _records(tmp_path / "u.jsonl")
    assert record["translation"] == {"ar": "زار الوفد بغداد والقائم في آذار.",
                                     "en": "The delegation visited Baghdad and al-Qaim in March."}
    assert (record["bitext"], record["src_doc"], record["tgt_doc"], record["bead"]) == (
        "news-ar-en", "news.ar", "news.en", 7)
    assert record["score"] == 0.93 and record["status"] == "confirmed"
    qaim = record["entities"][1]
    text = record["translation"][qaim["side"]]
    assert text[qaim["start"]:qaim["end"]] == "القائم"
    assert qaim["canonical"] == "al-Qaim" and qaim["transliteration"] == "al-Qā’im"
    # UTF-8 as is, not \\u escapes: Arabic stays readable in the file
    assert "القائم" in (tmp_path / "u.jsonl").read_text(encoding="utf-8")


def test_plain_pairs_are_accepted() -> None:
    stream = io.StringIO('{"ar": "مرحبا", "en": "Hello"}\n\n{"en": "Bye", "ar": "وداعا"}\n')
    units = list(jsonl.read(stream, src_lang="ar", tgt_lang="en"))
    assert [(u.src_text, u.tgt_text) for u in units] == [("مرحبا", "Hello"), ("وداعا", "Bye")]
    units = list(jsonl.read(io.StringIO('{"ar": "مرحبا", "en": "Hello"}\n')))
    assert (units[0].src_lang, units[0].tgt_lang) == ("ar", "en")


def test_plain_pairs_with_a_string_id_or_source_field() -> None:
    # "id" (and "src", "url"...) look like language codes; a dataset's string id field
    # was taken for an Indonesian text and the English side was lost
    stream = io.StringIO('{"id": "u1", "ar": "مرحبا", "en": "Hello"}\n'
                         '{"url": "https://x.example/1", "src": "web", "en": "Bye", '
                         '"ar": "وداعا"}\n')
    units = list(jsonl.read(stream))
    assert [(u.src_lang, u.tgt_lang, u.src_text, u.tgt_text) for u in units] == [
        ("ar", "en", "مرحبا", "Hello"), ("en", "ar", "Bye", "وداعا")]
    # a real Indonesian pair still reads
    (unit,) = jsonl.read(io.StringIO('{"id": "Halo", "en": "Hello"}\n'))
    assert (unit.src_lang, unit.src_text, unit.tgt_text) == ("id", "Halo", "Hello")


def test_line_separator_inside_text_is_not_a_line_break(tmp_path: Path) -> None:
    unit = sample_units()[0]
    unit.src_text = "أ\u2028ب\u0085ج"
    unit.entities = []
    jsonl.write([unit], tmp_path / "u.jsonl")
    assert list(jsonl.read(tmp_path / "u.jsonl"))[0].src_text == "أ\u2028ب\u0085ج"


@pytest.mark.parametrize("line,problem", [
    ('{"ar": "أ", "en": ', "not valid JSON"),
    ('["ar", "en"]', "JSON object"),
    ('{"ar": "أ"}', "two languages"),
    ('{"translation": {"ar": "أ", "en": 5}}', "two languages"),
    ('{"translation": {"ar": "أ", "en": "a"}, "score": "high"}', "score"),
    ('{"translation": {"ar": "أ", "en": "a"}, "status": "maybe"}', "status"),
    ('{"translation": {"ar": "أ", "en": "a"}, "entities": '
     '[{"side": "ar", "start": 0, "end": 2, "label": "LOC"}]}', "outside the ar text"),
    ('{"translation": {"ar": "أ", "en": "a"}, "entities": '
     '[{"side": "fr", "start": 0, "end": 1, "label": "LOC"}]}', "side must be"),
    # wrong JSON types where a language code is expected: no TypeError traceback
    ('{"translation": {"ar": "أ", "en": "a"}, "src_lang": ["ar"]}', "src_lang"),
    ('{"translation": {"ar": "أ", "en": "a"}, "tgt_lang": {"en": 1}}', "tgt_lang"),
    ('{"translation": {"ar": "أ", "en": "a"}, "entities": '
     '[{"side": ["ar"], "start": 0, "end": 1, "label": "LOC"}]}', "side must be"),
    # Python's json reads NaN and 1e400 (inf): a score must be a finite number
    ('{"translation": {"ar": "أ", "en": "a"}, "score": NaN}', "score"),
    ('{"translation": {"ar": "أ", "en": "a"}, "score": 1e400}', "score"),
    ('{"translation": {"ar": "أ", "en": "a"}, "score": -Infinity}', "score"),
])
def test_broken_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"ar": "جيد", "en": "good"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(jsonl.read(path))
    assert info.value.line == 2
    assert str(info.value).startswith(f"{path}:2: ") and problem in str(info.value)


def test_not_utf8_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes('{"ar": "x", "en": "café"}\n'.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(jsonl.read(path))


def test_endless_line_is_refused_not_swallowed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_LINE", 1000)
    path = tmp_path / "oneline.jsonl"
    path.write_text('{"ar": "' + "ا" * 200_000, encoding="utf-8")
    with pytest.raises(InputError, match="longer than"):
        list(jsonl.read(path))


def test_writes_to_a_binary_stream_and_reads_a_text_stream() -> None:
    binary = io.BytesIO()
    assert jsonl.write(sample_units(), binary) == 4
    back = list(jsonl.read(io.StringIO(binary.getvalue().decode("utf-8"))))
    assert [u.tgt_text for u in back] == [u.tgt_text for u in sample_units()]
