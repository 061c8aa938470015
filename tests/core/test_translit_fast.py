"""The compiled letter alignment (translit_fast.align_cost) gives translit._align_cost's
cost, the same float, on real names and on the words of real articles."""
from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from aligner.align.features import tokenize
from aligner.align.learn import NAME_SIMILARITY, NameSide
from aligner.names import translit as T
from aligner.names import translit_fast as F

pytestmark = pytest.mark.skipif(not F.available(), reason="numba is not installed")


def _same_costs(pairs: list[tuple[str, str]]) -> int:
    """Compares both forms on every pair, with no limit and with the limits the learner
    uses; returns how many alignments were compared."""
    n = 0
    for arabic, latin in pairs:
        letters, bare = T._arabic_forms(arabic)
        rest = T._latin_forms(latin)[1]
        if not letters or not rest:
            continue
        budget = -math.log(NAME_SIMILARITY) * max(len(bare), 1) * T._SCALE + 1e-6
        for form in dict.fromkeys((letters, bare)):
            for limit in (math.inf, budget, budget - T._ARTICLE_DROP, 0.0):
                assert F.align_cost(form, rest, limit) == T._align_cost(form, rest, limit), \
                    (arabic, latin, form, limit)
                n += 1
        assert T.is_same_name(arabic, latin, NAME_SIMILARITY, F.align_cost) == \
            T.is_same_name(arabic, latin, NAME_SIMILARITY)
    return n


def test_same_cost_on_real_names(gold_dir: Path) -> None:
    path = gold_dir / "names-ar-en" / "ar2en-eval.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].strip() and parts[1].strip():
            pairs.append((parts[0].strip(), parts[1].strip()))
    pairs = pairs[:300]
    # each name with its own spelling (whole alignments) and with the next one's
    others = [(a, pairs[(i + 1) % len(pairs)][1]) for i, (a, _l) in enumerate(pairs)]
    assert _same_costs(pairs + others) > 1000


def test_same_cost_on_article_words(
        aren_articles: dict[str, tuple[list[str], list[str]]]) -> None:
    rng = random.Random(3)
    pairs: list[tuple[str, str]] = []
    for ar, en in aren_articles.values():
        a_words = NameSide(tokenize(ar), True).words
        l_words = NameSide(tokenize(en), False).words
        every = [(a, b) for a in a_words for b in l_words]
        pairs += rng.sample(every, min(400, len(every)))
    # letters with no unit of their own (ٱ) and letter pairs (تش) are met too
    pairs += [("ٱلقاهرة", "Cairo"), ("تشرشل", "Churchill"), ("كسرى", "Xerxes")]
    assert _same_costs(pairs) > 1000
