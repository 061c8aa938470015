"""Cuts at a turn of dialogue (aligner/align/turns.py): the turn marks of each language,
the node costs estimated on a document's own path, and the DP paying them once per node,
compiled or not."""
from __future__ import annotations

import random

import numpy as np
import pytest

from aligner.align import dp, dp_fast, turns
from aligner.align.aligner import AlignStats, align_sentences
from aligner.align.features import sentence_features
from aligner.align.scoring import Model
from tests.core.test_align_dp_fast import both_passes


def test_each_language_marks_its_turns():
    en = ['" Poor Miss Taylor !', "I wish she were here again . \"",
          "Emma smiled and said nothing .", "' Tell us a story , ' said the Hare .",
          "Presently she began again . '", "I wonder if I shall fall through !"]
    fr = ["-- Une maison à elle !", "Quel avantage y voyez-vous ?",
          "— Étant jeune , mon cher enfant ,", "« Non , » dit-elle .",
          "Il se tut ."]
    # a sentence after one that ends in a quotation mark starts a turn too (a closing
    # quote, or an opening one the splitter left on the sentence before)
    assert turns.turn_starts(en).tolist() == [1, 0, 1, 1, 0, 1, 0]
    assert turns.turn_starts(fr).tolist() == [1, 0, 1, 1, 0, 0]
    assert turns.turn_starts([]).tolist() == [0]


def _dialogue(seed: int, count: int) -> tuple[list[str], list[str], list[tuple]]:
    """Two texts whose turns fall at the same sentences (a quarter of them), and their
    1-1 path."""
    rng = random.Random(seed)
    src, tgt = [], []
    for _ in range(count):
        turn = rng.random() < 0.25
        src.append(('" ' if turn else "") + "word " * rng.randint(2, 9) + ".")
        tgt.append(("-- " if turn else "") + "mot " * rng.randint(2, 9) + ".")
    return src, tgt, [(x, x + 1, x, x + 1) for x in range(count)]


def test_the_costs_are_what_the_texts_own_path_says():
    src, tgt, path = _dialogue(1, 200)
    ts, tt = turns.turn_starts(src), turns.turn_starts(tgt)
    costs = turns.node_costs(path, ts, tt)
    # turns meet at the path's nodes: a node with a turn on one side only costs much
    # more than one with a turn on both or neither
    assert min(costs[0, 1], costs[1, 0]) > max(costs[0, 0], costs[1, 1]) + 2.0
    assert costs[0, 1] + costs[1, 0] - costs[0, 0] - costs[1, 1] > 5.0
    # the same texts with one side's turns shuffled carry no such evidence
    shuffled = tt.copy()
    random.Random(2).shuffle(shuffled[:-1])
    costs = turns.node_costs(path, ts, shuffled)
    # (the log odds ratio: whatever the marginals, a turn on one side no longer tells
    # whether the other turns)
    assert abs(costs[0, 1] + costs[1, 0] - costs[0, 0] - costs[1, 1]) < 1.0
    # no dialogue at all: every node as it was (flags 0 and 0 cost about nothing)
    plain = turns.turn_starts(["word ."] * 50)
    assert abs(turns.node_costs(path[:50], plain, plain)[0, 0]) < 0.05


@pytest.mark.skipif(not dp_fast.available(), reason="numba is not installed")
def test_compiled_passes_pay_the_node_cost_as_the_python_ones(monkeypatch):
    src, tgt, _ = _dialogue(3, 150)
    sf = sentence_features(src, "en", "fr", target_side=False)
    tf = sentence_features(tgt, "fr", "en", target_side=True)
    model = Model(sf, tf)
    model.turns_src, model.turns_tgt = turns.turn_starts(src), turns.turn_starts(tgt)
    model.node_costs, model.cuts = np.array([[0.3, 1.7], [1.2, -0.8]]), True
    n, m = model.n, model.m
    band = dp.Band.around([i * m / n for i in range(n + 1)], 6, n, m)
    model.prepare(band.lo, band.hi)
    (F1, BP1, B1), (F2, BP2, B2) = both_passes(model, band, monkeypatch)
    assert BP2 == BP1 and dp_fast.as_lists(F2) == F1 and dp_fast.as_lists(B2) == B1
    # a node's cost is in F and in B at that node (so that F before a bead and B after
    # it count every node once): F + B - its cost along the best path is the path's cost
    path = dp.trace(model, band, BP1)
    total = F1[n][m - band.lo[n]]
    for s0, _, t0, _ in path:
        k = t0 - band.lo[s0]
        assert F1[s0][k] + B1[s0][k] - model.cut_at(s0, t0) == pytest.approx(total)


def _lines(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("cut", [True, False])
def test_emmas_dialogue_is_cut_where_both_texts_turn(gold_dir, monkeypatch, cut):
    # Emma (a tuning book), no dictionary: Mr. Woodhouse's two sentences are one French
    # reply, Mr. Knightley's answer the next. By lengths the English answer's first
    # sentence fitted the first French reply better; the turn marks (" in English, -- in
    # French) put the cut where the gold has it. Without the node costs it goes wrong.
    book = gold_dir / "en-fr" / "Emma"
    if not cut:
        monkeypatch.setattr(turns, "node_costs", lambda *args: np.zeros((2, 2)))
    stats = AlignStats()
    beads = align_sentences(_lines(book / "en.txt"), _lines(book / "fr.txt"), "en", "fr",
                            stats=stats)
    spans = {(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in beads}
    gold = {(71, 73, 53, 54), (73, 75, 54, 55)}  # [71, 72]:[53] and [73, 74]:[54]
    assert (gold <= spans) == cut
    _c00, c01, c10, c11 = stats.turn_costs
    assert (c11 < min(c01, c10) - 0.5) == cut  # a node where both turn is the cheapest
