"""The last core refusals the Arabic interface showed in English: an export of bitexts a
format cannot hold together (aligner/export_plan.py). They are keyed (aligner/messages.py);
the CLI keeps its English one-liner, the GUI says them in Arabic with the bitexts, language
pairs and the CLI option kept left to right."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from aligner.cli import main
from aligner.corpus import Corpus
from aligner.errors import DragomanError
from aligner.exchange import export_corpus
from tests.ui.test_arabic_interface import english_words
from ui import i18n
from ui.core_messages import error_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ARABIC = re.compile("[\u0600-\u06ff]")
ISOLATE = re.compile("\u2066[^\u2066\u2069]*\u2069")


@pytest.fixture
def arabic(qapp):
    i18n.install(qapp, "ar")
    yield qapp
    i18n.install(qapp, "en")


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
