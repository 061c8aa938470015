"""The compiled DP (numba) gives the very same costs and back pointers as the Python loops
of dp.py, on a band wide enough to hold every bead type, widened rows included."""
from __future__ import annotations

import random

import pytest

from aligner.align import dp, dp_fast
from aligner.align.features import sentence_features
from aligner.align.scoring import Model

pytestmark = pytest.mark.skipif(not dp_fast.available(), reason="numba is not installed")


def _texts(seed: int, count: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    words = ["".join(rng.choice("abdeiklmnoprstu") for _ in range(rng.randint(2, 8)))
             for _ in range(300)]
    src, tgt = [], []
    for _ in range(count):
        s = rng.choices(words, k=rng.randint(3, 25))
        src.append(" ".join(s).capitalize() + ".")
        t = [w[::-1] if rng.random() < 0.5 else w for w in s if rng.random() > 0.2] or ["x"]
        if rng.random() < 0.15:  # a 1-2 bead
            tgt += [" ".join(t[: len(t) // 2 + 1]) + ".", " ".join(t[len(t) // 2:]) + "."]
        else:
            tgt.append(" ".join(t).capitalize() + ".")
    return src, tgt


def both_passes(model, band, monkeypatch):
    """(F, back pointers, B) from the Python loops, then from the compiled ones; the
    compiled pass is left switched on."""
    monkeypatch.setattr(dp_fast, "MIN_CELLS", 10 ** 12)  # Python loops
    F1, BP1 = dp.forward(model, band)
    B1 = dp.backward(model, band)
    monkeypatch.setattr(dp_fast, "MIN_CELLS", 0)  # compiled
    F2, BP2 = dp.forward(model, band)
    return (F1, BP1, B1), (F2, BP2, dp.backward(model, band))


def test_compiled_passes_equal_the_python_ones(monkeypatch):
    src, tgt = _texts(3, 150)
    sf = sentence_features(src, "xx", "yy", target_side=False)
    tf = sentence_features(tgt, "yy", "xx", target_side=True)
    model = Model(sf, tf)
    n, m = model.n, model.m
    band = dp.Band.around([i * m / n for i in range(n + 1)], 6, n, m)
    model.prepare(band.lo, band.hi)
    (F1, BP1, B1), (F2, BP2, B2) = both_passes(model, band, monkeypatch)
    assert BP2 == BP1 and dp_fast.as_lists(F2) == F1 and dp_fast.as_lists(B2) == B1
    # a widened band, recomputed from a middle row on, as aligner._run does
    first, _ = dp.widen(band, [n // 2], 4, n, m)
    model.prepare(band.lo, band.hi, rows=(first, n))
    F3, BP3 = dp.forward(model, band, start=first, F=[list(r) for r in F2],
                         BP=[bytearray(r) for r in BP2])
    monkeypatch.setattr(dp_fast, "MIN_CELLS", 10 ** 12)
    F4, BP4 = dp.forward(model, band, start=first, F=[list(r) for r in F1],
                         BP=[bytearray(r) for r in BP1])
    assert BP3 == BP4 and dp_fast.as_lists(F3) == F4


def _wide_texts(seed: int) -> tuple[list[str], list[str]]:
    """One bead of every shape 1-k and k-1 (k = 1..8), in random order, between 1-1 beads:
    a long sentence on one side holds the words of k sentences on the other."""
    rng = random.Random(seed)
    words = ["".join(rng.choice("abdeiklmnoprstu") for _ in range(rng.randint(2, 8)))
             for _ in range(400)]
    shapes = [(1, k) for k in range(1, 9)] + [(k, 1) for k in range(2, 9)]
    rng.shuffle(shapes)
    src: list[str] = []
    tgt: list[str] = []

    def tr(ws: list[str]) -> str:  # most words kept (they match as cognates), some changed
        return " ".join(w if rng.random() < 0.7 else w[::-1] for w in ws) + "."

    for a, b in shapes:
        for _ in range(rng.randint(1, 3)):
            s = rng.choices(words, k=rng.randint(4, 15))
            src.append(" ".join(s) + ".")
            tgt.append(tr(s))
        parts = [rng.choices(words, k=rng.randint(4, 12)) for _ in range(max(a, b))]
        long = " ".join(w for p in parts for w in p) + "."
        many = [tr(p) for p in parts]
        if a == 1:
            src.append(long)
            tgt += many
        else:
            src += [" ".join(p) + "." for p in parts]
            tgt.append(tr([w for p in parts for w in p]))
    return src, tgt


def test_compiled_passes_equal_the_python_ones_on_wide_beads(monkeypatch):
    """Beads up to 1-8 / 8-1: the same costs and back pointers, and the wide bead types
    are really taken (so their arithmetic is compared, not skipped)."""
    src, tgt = _wide_texts(5)
    sf = sentence_features(src, "xx", "yy", target_side=False)
    tf = sentence_features(tgt, "yy", "xx", target_side=True)
    model = Model(sf, tf)
    n, m = model.n, model.m
    band = dp.Band.around([i * m / n for i in range(n + 1)], 12, n, m)
    model.prepare(band.lo, band.hi)
    monkeypatch.setattr(dp_fast, "MIN_CELLS", 10 ** 12)
    F1, BP1 = dp.forward(model, band)
    B1 = dp.backward(model, band)
    monkeypatch.setattr(dp_fast, "MIN_CELLS", 0)
    F2, BP2 = dp.forward(model, band)
    B2 = dp.backward(model, band)
    assert BP2 == BP1 and dp_fast.as_lists(F2) == F1 and dp_fast.as_lists(B2) == B1
    shapes = {(s1 - s0, t1 - t0) for s0, s1, t0, t1 in dp.trace(model, band, BP1)}
    assert len({(a, b) for a, b in shapes if a == 1 and b >= 5}) >= 2
    assert len({(a, b) for a, b in shapes if b == 1 and a >= 5}) >= 2


def test_the_length_term_is_quadratic_near_the_ratio_and_linear_beyond_huber_z():
    """A loosely rendered bead's length deviation costs z^2 / 2 up to HUBER_Z standard
    deviations and grows linearly beyond (so merging it into a neighbour hides less); the
    compiled rule gives the Python rule's floats."""
    den = 250.0  # var x (ratio x ls + lt) + 1
    knee = (2.0 * dp_fast._HUBER_Q * den / 2.0) ** 0.5  # d at z = HUBER_Z
    for d in (0.0, 3.0, -7.5, 0.5 * knee, 0.99 * knee):
        assert dp_fast.length(d, den) == d * d / den
    # past the knee each further step of d costs the same (linear), and less than z^2 / 2
    steps = [dp_fast.length(k * knee, den) for k in (2.0, 3.0, 4.0)]
    assert steps[1] - steps[0] == pytest.approx(steps[2] - steps[1])
    assert steps[2] < (4.0 * knee) ** 2 / den
    # continuous at the knee
    assert dp_fast.length(knee * 1.000001, den) == pytest.approx(knee * knee / den, rel=1e-5)
    rng = random.Random(7)
    for _ in range(200):
        d, den = rng.uniform(-400.0, 400.0), rng.uniform(1.0, 3000.0)
        assert dp_fast._length(d, den) == dp_fast.length(d, den)
