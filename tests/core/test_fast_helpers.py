"""Helpers rewritten for speed give what the plain loops they replaced give: the band's
fixing (dp.Band.fix, array passes), the name matcher's floor parts (per-letter tables)
and the clitic splitter's known-word test (endings looked up by length). The references
below are the plain loops, written out here."""
from __future__ import annotations

import random

from aligner.align.dp import Band
from aligner.names import translit
from aligner.text import tokenize

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىپچڤکگی"


def _fix_reference(lo: list[int], hi: list[int], n: int, m: int) -> None:
    for i in range(n + 1):
        lo[i] = min(max(lo[i], 0), m)
        hi[i] = min(max(hi[i], 0), m)
    lo[0] = 0
    hi[n] = m
    for i in range(1, n + 1):
        hi[i] = max(hi[i], hi[i - 1])
    for i in range(n - 1, -1, -1):
        lo[i] = min(lo[i], lo[i + 1])
    for i in range(1, n + 1):
        lo[i] = min(lo[i], hi[i - 1])
        hi[i] = max(hi[i], lo[i], hi[i - 1])


def test_band_fix_equals_the_row_loop() -> None:
    rng = random.Random(3)
    for _ in range(3000):
        n, m = rng.randint(0, 12), rng.randint(0, 12)
        lo = [rng.randint(-3, m + 3) for _ in range(n + 1)]
        hi = [rng.randint(-3, m + 3) for _ in range(n + 1)]
        want_lo, want_hi = lo[:], hi[:]
        _fix_reference(want_lo, want_hi, n, m)
        band = Band(lo, hi)
        band.fix(n, m)
        assert (band.lo, band.hi) == (want_lo, want_hi)
        assert band.lo is lo and all(type(x) is int for x in band.lo + band.hi)


def _floor_parts_reference(letters: str):
    units = translit._units(letters)
    spellable = frozenset(ch for here in units for _, opts in here
                          for spelling in opts for ch in spelling)
    needs = []
    for i, ch in enumerate(letters):
        opts = translit._TABLE.get(ch)
        if opts is None:
            needs.append(((), min(translit._SUBST_OTHER, translit._DEL_OTHER)))
            continue
        spellings = [sp for sp in opts if sp]
        for k in range(min(i, translit._MAX_UNIT - 1) + 1):
            spellings += [sp for length, o in units[i - k] if length > max(k, 1) for sp in o]
        needs.append((tuple(dict.fromkeys(spellings)),
                      min(translit._SUBST_OTHER, opts.get("", translit._DEL_OTHER))))
    return spellable, tuple(needs)


def test_floor_parts_equal_the_letter_loop() -> None:
    rng = random.Random(5)
    pairs = [u for u in translit._TABLE if len(u) > 1]
    assert pairs  # the letter pair units (تش, ال ...) are what the fast path must get right
    words = ["".join(rng.choice(ARABIC + "x") for _ in range(rng.randint(1, 9)))
             for _ in range(3000)]
    words += ["".join(rng.choice(pairs + list(ARABIC)) for _ in range(rng.randint(1, 5)))
              for _ in range(3000)]
    for w in words:
        assert translit._floor_parts(w) == _floor_parts_reference(w), w


def test_known_equals_trying_every_suffix() -> None:
    rng = random.Random(7)
    keep = sorted(tokenize._KEEP)
    words = [w + s for w in keep[:200] for s in tokenize._SUFFIXES] + keep
    words += ["".join(rng.choice(ARABIC) for _ in range(rng.randint(0, 7))) for _ in range(5000)]
    for w in words:
        want = w in tokenize._KEEP or any(
            w.endswith(s) and len(w) - len(s) >= 2 and w[:-len(s)] in tokenize._KEEP
            for s in tokenize._SUFFIXES)
        assert tokenize._known(w, tokenize._KEEP) == want, w
