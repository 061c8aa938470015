"""A ragged start and end in the DP (dp_fast.step_prior): with Model(ragged=...), one
text's sentences before the other begins or after it ends are one unaligned run that
pays one unaligned sentence's prior once; the compiled passes and margins equal the
Python ones there too. (The aligner turns it on for texts whose ends do not meet:
aligner/align/ragged.py, tests/core/test_align_ragged_ends.py.)"""
from __future__ import annotations

import pytest

from aligner.align import dp, dp_fast
from aligner.align.features import sentence_features
from aligner.align.scoring import Model
from tests.core.test_align_dp_fast import _texts

EXTRA = 30
STEP = 1.3


def _model(src: list[str], tgt: list[str], common: tuple[int, int], ragged: float | None
           ) -> Model:
    """A model whose length ratio is the common part's (as a caller that knows where the
    texts meet would give it): `common` = the target sentences the source translates."""
    sf = sentence_features(src, "xx", "yy", target_side=False)
    tf = sentence_features(tgt, "yy", "xx", target_side=True)
    probe = Model(sf, tf)
    ratio = (probe.TL[common[1]] - probe.TL[common[0]]) / probe.SL[-1]
    return Model(sf, tf, ratio=ratio, ragged=ragged)


def _path(model: Model) -> tuple[list[tuple[int, int, int, int]], list[list[float]]]:
    n, m = model.n, model.m
    band = dp.Band([0] * (n + 1), [m] * (n + 1))  # the whole table: nothing left out
    model.prepare(band.lo, band.hi)
    F, BP = dp.forward(model, band)
    return dp.trace(model, band, BP), dp_fast.as_lists(F)


def test_a_target_that_runs_on_leaves_its_tail_as_one_unaligned_run():
    src, tgt = _texts(3, 40)
    other = _texts(11, EXTRA)[1][:EXTRA]
    alone, _ = _path(_model(src, tgt, (0, len(tgt)), None))
    path, F = _path(_model(src, tgt + other, (0, len(tgt)), STEP))
    # the common part as it aligns alone, then the other text's 30 sentences unaligned
    assert path[:len(alone)] == alone
    assert path[len(alone):] == [(40, 40, j, j + 1) for j in range(len(tgt), len(tgt) + EXTRA)]
    # what the run cost: one 0-1 prior, then STEP for each further sentence, and each
    # sentence its unmatched lexical cost
    model = _model(src, tgt + other, (0, len(tgt)), STEP)
    run = F[40][-1] - F[40][len(tgt)]
    assert run == pytest.approx(model.prior_of(0, 1) + (EXTRA - 1) * STEP
                                + EXTRA * model.lex_weight * 0.5)


def test_a_source_that_starts_early_leaves_its_head_as_one_unaligned_run():
    src, tgt = _texts(4, 40)
    other, _ = _texts(12, EXTRA)
    alone, _ = _path(_model(src, tgt, (0, len(tgt)), None))
    sf = sentence_features(other + src, "xx", "yy", target_side=False)
    tf = sentence_features(tgt, "yy", "xx", target_side=True)
    ratio = Model(sf, tf).TL[-1] / Model(sf[EXTRA:], tf).SL[-1]
    path, _ = _path(Model(sf, tf, ratio=ratio, ragged=STEP))
    assert path[:EXTRA] == [(i, i + 1, 0, 0) for i in range(EXTRA)]
    assert path[EXTRA:] == [(s0 + EXTRA, s1 + EXTRA, t0, t1) for s0, s1, t0, t1 in alone]


def test_without_a_ragged_end_every_unaligned_sentence_pays_its_prior():
    model = Model(sentence_features(["a b."], "xx", "yy", target_side=False),
                  sentence_features(["a b.", "c d."], "yy", "xx", target_side=True))
    assert model.tail_prior() == -1.0
    prior = model.prior_of(0, 1)
    assert dp_fast.step_prior(1, 1, 0, 1, 1, 3, prior, -1.0) == prior
    # with one: the steps inside a ragged run only (not the one that ends it at (n, m),
    # not a step inside the text)
    assert dp_fast.step_prior(1, 1, 0, 1, 1, 3, prior, STEP) == STEP
    assert dp_fast.step_prior(1, 2, 0, 1, 1, 3, prior, STEP) == prior
    assert dp_fast.step_prior(0, 0, 1, 0, 5, 3, prior, STEP) == prior
    assert dp_fast.step_prior(1, 0, 1, 0, 5, 3, prior, STEP) == STEP
    assert dp_fast.step_prior(2, 1, 1, 0, 5, 3, prior, STEP) == prior


@pytest.mark.skipif(not dp_fast.available(), reason="numba is not installed")
def test_compiled_passes_and_margins_equal_the_python_ones_with_ragged_ends(monkeypatch):
    from aligner.align import margins_fast
    src, tgt = _texts(5, 150)
    other = _texts(13, EXTRA)[1][:EXTRA]
    model = _model(src, tgt + other, (0, len(tgt)), STEP)
    n, m = model.n, model.m
    monkeypatch.setattr(dp_fast, "MIN_CELLS", 0)
    monkeypatch.setattr("aligner.align.overlap_fast.MIN_CELLS", 0)
    band = dp.Band.around([min(m, i * len(tgt) / n) for i in range(n + 1)], 8, n, m)
    model.prepare(band.lo, band.hi)
    F2, BP2 = dp.forward(model, band)
    B2 = dp.backward(model, band)
    path = dp.trace(model, band, BP2)
    assert path[-EXTRA:] == [(n, n, j, j + 1) for j in range(len(tgt), m)]
    compiled = margins_fast.margins(model, band, F2, B2, path)
    monkeypatch.setattr(dp_fast, "MIN_CELLS", 10 ** 12)
    F1, BP1 = dp.forward(model, band)
    B1 = dp.backward(model, band)
    assert BP2 == BP1 and dp_fast.as_lists(F2) == F1 and dp_fast.as_lists(B2) == B1
    assert margins_fast.usable(model)
    model.arrays = None  # the Python margins over the same prepared rows
    assert compiled == dp.margins(model, band, F1, B1, path)


def test_anchors_off_the_pairs_line_are_dropped():
    # ten source sentences whose translations are the first ten of thirty (the rest runs
    # on), all 100 characters: anchors on the diagonal and one where a rare word comes
    # back in the run-on part, 1300 characters off the line of ratio 1
    from aligner.align.ragged import on_line
    SL = [100 * i for i in range(11)]
    TL = [100 * j for j in range(31)]
    got = on_line([(1, 1), (3, 3), (5, 5), (7, 20)], SL, TL, 1.0)
    assert got == [(1, 1), (3, 3), (5, 5)]
    assert on_line([(7, 20)], SL, TL, 1.0) == [(7, 20)]
