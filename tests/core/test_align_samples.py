"""Our own samples have a known alignment, because we wrote them as translations of each
other (samples/README.md): every sentence is translated by one sentence, except the
Arabic sentence of paragraph 3, which the English and French split in two (a 1-2 bead)."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align.aligner import align_sentences
from aligner.text.segment import split_sentences
from aligner.text.textio import read_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sentences(name: str, lang: str) -> tuple[list[str], list[int]]:
    text = read_text(SAMPLES / name).text
    spans = split_sentences(text, lang)
    return [text[s.start:s.end] for s in spans], [s.paragraph for s in spans]


def _gold() -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    # Arabic sentences 0-9; sentence 2 (paragraph 3) becomes target sentences 2 and 3
    beads = [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3))]
    beads += [((i,), (i + 1,)) for i in range(3, 10)]
    return beads


@pytest.mark.parametrize("tgt_lang", ["en", "fr"])
@pytest.mark.parametrize("with_paragraphs", [True, False])
def test_samples_align_bead_by_bead(tgt_lang: str, with_paragraphs: bool) -> None:
    src, src_par = _sentences("briefing_ar.txt", "ar")
    tgt, tgt_par = _sentences(f"briefing_{tgt_lang}.txt", tgt_lang)
    assert (len(src), len(tgt)) == (10, 11)  # the counts samples/README.md gives
    spans = align_sentences(src, tgt, "ar", tgt_lang,
                            src_paragraphs=src_par if with_paragraphs else None,
                            tgt_paragraphs=tgt_par if with_paragraphs else None)
    assert [(s.src, s.tgt) for s in spans] == _gold()
    assert all(0.0 <= s.score <= 1.0 for s in spans)
