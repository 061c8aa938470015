"""aligner.imports: one dispatch decides which reader takes a file (texts vs aligned units)."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.errors import InputError
from aligner.imports import exchange_files, import_any, is_exchange_file

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_suffixes_decide_and_a_mix_is_refused() -> None:
    assert is_exchange_file("a.TMX") and is_exchange_file("b.jsonl") and is_exchange_file("c.tsv")
    assert not is_exchange_file("a.txt") and not is_exchange_file("tmx")
    assert exchange_files(["a.tmx", "b.tsv"]) and not exchange_files(["a.txt", "b.txt"])
    with pytest.raises(InputError, match="b.tmx: import TMX/JSONL/TSV files separately"):
        exchange_files(["a.txt", "b.tmx"])


def test_tsv_units_and_texts_each_go_to_their_reader(tmp_path: Path) -> None:
    tsv = tmp_path / "units.tsv"
    tsv.write_text("وصل الوفد.\tThe delegation arrived.\nثم عاد.\tThen it went back.\n",
                   encoding="utf-8")
    with Corpus.create(tmp_path / "c.dragoman") as corpus:
        units = import_any(corpus, [tsv], langs=["ar", "en"])
        assert units.aligned and len(units.bitext_ids) == 1
        assert corpus.bead_count(units.bitext_ids[0]) == 2
        texts = import_any(corpus, [SAMPLES / "briefing_ar.txt", SAMPLES / "briefing_en.txt"])
        assert not texts.aligned and len(texts.bitext_ids) == 1
        assert corpus.bead_count(texts.bitext_ids[0]) == 0  # texts still need aligning
        with pytest.raises(InputError, match="without 'bilingual'"):
            import_any(corpus, [tsv], langs=["ar", "en"], bilingual=True)
