"""Translations whose ends do not meet (issue 11): an opening with 30 more lines on one
side, or 30 lines before it on one side, aligns its common part as a translation, leaves
the other lines as one unaligned run and is not taken for texts that are not translations.
Vingt mille lieues sous les mers and Alice are tuning books (bench_literary's split); gold data is
read from ../shared (skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align import ragged
from aligner.align.aligner import AlignStats, align_sentences
from aligner.align.evaluate import read_beads, score
from aligner.align.scoring import Model
from aligner.align.sides import sides_of

EXTRA = 30
BOOK = "VingtMilleLieuesSousLesMers"


def _excerpt(folder: Path, first: int, count: int, before: tuple[int, int],
             after: tuple[int, int]):
    """Gold beads first..first+count with (source, target) lines added before and after;
    the gold renumbered, the added lines unaligned."""
    gold, _ = read_beads(folder / "gold.txt")
    head = gold[first:first + count]
    en = (folder / "en.txt").read_text(encoding="utf-8").split("\n")
    fr = (folder / "fr.txt").read_text(encoding="utf-8").split("\n")
    s0 = min(i for a, _b in head for i in a) - before[0]
    s1 = max(i for a, _b in head for i in a) + 1 + after[0]
    t0 = min(j for _a, b in head for j in b) - before[1]
    t1 = max(j for _a, b in head for j in b) + 1 + after[1]
    renum = [(tuple(i - s0 for i in a), tuple(j - t0 for j in b)) for a, b in head]
    return en[s0:s1], fr[t0:t1], renum


@pytest.mark.parametrize("side", [0, 1], ids=["english-runs-on", "french-runs-on"])
def test_an_opening_whose_other_side_runs_on_is_a_translation_with_an_unaligned_tail(
        gold_dir, side):
    folder = gold_dir / "en-fr" / BOOK
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    more = (EXTRA, 0) if side == 0 else (0, EXTRA)
    en, fr, gold = _excerpt(folder, 0, 20, (0, 0), more)
    stats = AlignStats()
    spans = align_sentences(en, fr, "en", "fr", stats=stats)
    assert stats.looks_parallel and not stats.comparable, stats.parallel
    tail = spans[-EXTRA:]
    assert all((s.src_end - s.src_start) + (s.tgt_end - s.tgt_start) == 1 for s in tail)
    assert [s.tgt_start if side else s.src_start for s in tail] == \
        list(range(len(fr if side else en) - EXTRA, len(fr if side else en)))
    pred = [(tuple(range(s.src_start, s.src_end)), tuple(range(s.tgt_start, s.tgt_end)))
            for s in spans]
    assert score(gold, pred).strict.f1 >= 0.8


def test_an_excerpt_whose_french_starts_early_is_a_translation_with_an_unaligned_head(
        gold_dir):
    folder = gold_dir / "en-fr" / BOOK
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    en, fr, gold = _excerpt(folder, 40, 20, (0, EXTRA), (0, 0))
    stats = AlignStats()
    spans = align_sentences(en, fr, "en", "fr", stats=stats)
    assert stats.looks_parallel and not stats.comparable, stats.parallel
    assert [(s.src_start, s.src_end, s.tgt_start, s.tgt_end) for s in spans[:EXTRA]] == \
        [(0, 0, j, j + 1) for j in range(EXTRA)]
    pred = [(tuple(range(s.src_start, s.src_end)), tuple(range(s.tgt_start, s.tgt_end)))
            for s in spans]
    assert score(gold, pred).strict.f1 >= 0.8


def test_an_excerpt_whose_lengths_hide_its_early_start_is_still_tried_with_ragged_ends(
        gold_dir):
    """Alice's gold beads 40 to 70 with the 30 English lines before them, no dictionary:
    the totals' length ratio is within ragged.APART of the matched pairs' (the pass used
    to be tried only beyond it), yet the first pass flags the excerpt; the ragged pass,
    tried whenever the first flags, finds the translation after the unaligned head."""
    folder = gold_dir / "en-fr" / "AlicesAdventuresInWonderland"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    en, fr, gold = _excerpt(folder, 40, 30, (EXTRA, 0), (0, 0))
    _tok, sf, tf, _look, _t_tok = sides_of(en, fr, "en", "fr", [])
    assert ragged.ends_apart(Model(sf, tf)) is None
    stats = AlignStats()
    spans = align_sentences(en, fr, "en", "fr", stats=stats)
    assert stats.looks_parallel and not stats.comparable, stats.parallel
    pred = [(tuple(range(s.src_start, s.src_end)), tuple(range(s.tgt_start, s.tgt_end)))
            for s in spans]
    assert score(gold, pred).strict.f1 >= 0.8
