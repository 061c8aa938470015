"""Issue 12 items 9 and 14, issue 13 point 5: language tags checked once, at every entry
point, with the registry; scripts and same-language pairs warned about; tags that differ
only in case make one bitext."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.exchange import import_file
from aligner.tasks import TaskControl
from tests.core.hostile.helpers import SAMPLES, dragoman

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
 o-tmf="t" adminlang="en" srclang="{src}" datatype="plaintext"/><body>
{tus}</body></tmx>
"""
TU = ('<tu><tuv xml:lang="{a}"><seg>وصل القطار {i}.</seg></tuv>'
      '<tuv xml:lang="{b}"><seg>The train {i} arrived.</seg></tuv></tu>\n')


def _tmx(path: Path, pairs: list[tuple[str, str]], src: str = "ar") -> Path:
    path.write_text(TMX.format(src=src, tus="".join(TU.format(a=a, b=b, i=i)
                                                    for i, (a, b) in enumerate(pairs))),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("tag, hint", [("arabic", "BCP 47"), ("en_US", "'en-US'"),
                                       ("xx", "BCP 47")])
def test_tmx_with_an_invalid_xml_lang_is_refused_naming_the_line(tmp_path: Path, tag: str,
                                                                 hint: str) -> None:
    data = _tmx(tmp_path / "tm.tmx", [("ar", "en"), ("ar", tag)])
    corpus = tmp_path / "c.dragoman"
    run = dragoman("import", corpus, data)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "tm.tmx:5" in run.stderr and f"{tag!r}" in run.stderr and hint in run.stderr
    assert not corpus.exists()


@pytest.mark.parametrize("langs", ["ar-a1,en", "xx,en", "ar,en_US"])
def test_cli_lang_is_checked_against_the_registry(tmp_path: Path, langs: str) -> None:
    run = dragoman("import", tmp_path / "c.dragoman", SAMPLES / "briefing_ar.txt",
                   SAMPLES / "briefing_en.txt", "--lang", langs)
    assert run.returncode == 2 and "not a valid language tag" in run.stderr
    assert not (tmp_path / "c.dragoman").exists()


def test_jsonl_with_an_unregistered_language_names_the_line(tmp_path: Path) -> None:
    data = tmp_path / "p.jsonl"
    data.write_text(json.dumps({"translation": {"ar": "نص", "en": "text"}}) + "\n"
                    + json.dumps({"translation": {"ar": "نص", "qq": "text"}}) + "\n",
                    encoding="utf-8")
    run = dragoman("import", tmp_path / "c.dragoman", data)
    assert run.returncode == 2 and "p.jsonl:2" in run.stderr


def test_a_tu_without_the_source_language_is_skipped_and_counted(tmp_path: Path) -> None:
    data = _tmx(tmp_path / "tm.tmx", [("ar", "en"), ("fr", "en"), ("ar", "en")])
    run = dragoman("import", tmp_path / "c.dragoman", data)
    assert run.returncode == 0, run.stderr
    assert "2 units" in run.stdout and "1 unit skipped (no tuv in ar or in en)" in run.stdout


def test_tags_differing_only_in_case_make_one_bitext_keeping_the_tag(tmp_path: Path) -> None:
    data = _tmx(tmp_path / "tm.tmx", [("ar", "en-US"), ("ar", "en-us"), ("AR", "EN-US")])
    with Corpus.create(tmp_path / "c.dragoman") as corpus:
        summary = import_file(corpus, data)
        (bitext_id,) = summary.bitext_ids
        bitext = corpus.bitext(bitext_id)
        assert (bitext.src_lang, bitext.tgt_lang) == ("ar", "en-US")
        assert corpus.bead_count(bitext_id) == 3


def test_a_big_file_is_one_bitext_and_progress_is_bytes(tmp_path: Path) -> None:
    data = tmp_path / "big.jsonl"
    with open(data, "w", encoding="utf-8") as out:
        for i in range(10_500):
            out.write(json.dumps({"translation": {"ar": f"جملة {i}", "en": f"Sentence {i}"},
                                  "bitext": "big"}, ensure_ascii=False) + "\n")
    size = data.stat().st_size
    seen: list[tuple[int, int]] = []
    control = TaskControl(on_progress=lambda done, total, msg: seen.append((done, total)))
    with Corpus.create(tmp_path / "c.dragoman") as corpus:
        summary = import_file(corpus, data, control=control)
        assert len(summary.bitext_ids) == 1
        assert corpus.bead_count(summary.bitext_ids[0]) == 10_500
    reading = [(d, t) for d, t in seen if t == size]
    assert len(reading) >= 10 and reading[-1][0] == size
    assert all(a[0] <= b[0] for a, b in zip(reading, reading[1:]))
    assert 0 < reading[0][0] < size


def test_script_contradicting_the_language_and_same_language_pairs_warn(tmp_path: Path) -> None:
    other = tmp_path / "other_ar.txt"
    other.write_text("افتتحت الوزارة محطة جديدة.\nوقال المهندس إن العمل انتهى.\n",
                     encoding="utf-8")
    run = dragoman("import", tmp_path / "c.dragoman", SAMPLES / "briefing_ar.txt", other,
                   "--no-align")
    assert run.returncode == 0
    assert "warning" in run.stderr and "both files are 'ar'" in run.stderr
    run = dragoman("import", tmp_path / "d.dragoman", SAMPLES / "briefing_ar.txt",
                   SAMPLES / "briefing_en.txt", "--lang", "de,en", "--no-align")
    assert run.returncode == 0
    assert "given as 'de' (Latin script), but the text is written in Arabic" in run.stderr


def test_the_gui_import_path_gets_the_warnings_as_notes(tmp_path: Path) -> None:
    from aligner.imports import import_any

    other = tmp_path / "other_ar.txt"
    other.write_text("افتتحت الوزارة محطة جديدة.\nوقال المهندس إن العمل انتهى.\n",
                     encoding="utf-8")
    with Corpus.create(tmp_path / "c.dragoman") as corpus:
        outcome = import_any(corpus, [SAMPLES / "briefing_ar.txt", other])
    assert any("both files are 'ar'" in note for note in outcome.notes)
