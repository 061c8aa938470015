"""Tokenising and key-set building rewritten for speed give what the plain forms they
replaced give, on real text (the en-fr gold books and the ar-en articles, from
../shared): the word pattern tried words first with possessive runs, and the
(sentence, id) codes sorted as the ascending runs they are."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from aligner.align import features
from aligner.text.fold import APOSTROPHES, strip_arabic_marks

# the word pattern as it was: numbers first, runs that may give letters back
PLAIN_WORD_RE = re.compile(rf"\d+(?:[.,:/\u066B\u066C]\d+)*|[^\W\d_]+(?:[{APOSTROPHES}\-][^\W\d_]+)*")
# the corners the pattern's joins are about: apostrophes, hyphens, separators, marks
CORNERS = ["l'homme d’été aujourd'hui -x x- x--y 'a a' 12:30 3.5 1,000.5 12. .5 1/2 ٢٠٢٤/١٢ "
           "٣٫٥ a1b 1a b_c _x x_ كَتَبَ بغداد ـ ١٢:٣٠؟ al-Qa'im ash-Sharif Ṣūfī ǅemal",
           "", "---", "''", "x'", "'x", "٫١", "1٬", "a-1", "1-a"]


def _texts(gold_dir: Path, aren: dict[str, tuple[list[str], list[str]]]) -> list[str]:
    out = list(CORNERS)
    for book in sorted((gold_dir / "en-fr").iterdir()):
        for name in ("en.txt", "fr.txt"):
            if (book / name).is_file():
                out += (book / name).read_text(encoding="utf-8").splitlines()
    for ar, en in aren.values():
        out += ar + en
    return out


def test_word_pattern_finds_what_the_plain_pattern_finds(gold_dir, aren_articles):
    texts = _texts(gold_dir, aren_articles)
    assert len(texts) > 8000
    for text in texts:
        clean = strip_arabic_marks(text)
        assert features._WORD_RE.findall(clean) == PLAIN_WORD_RE.findall(clean), text


def test_codes_sorted_as_runs_equal_the_plain_sort(gold_dir, aren_articles):
    """distinct(runs=True) on the (sentence, word id) codes of real text, and on codes in
    no order at all, equals np.unique."""
    texts = _texts(gold_dir, aren_articles)
    tok = features.tokenize(texts)
    width = len(tok.types)
    sent = np.repeat(np.arange(len(tok), dtype=np.int64), np.diff(tok.ptr))
    codes = sent * width + tok.ids
    rng = np.random.default_rng(4)
    for a in (codes, rng.permutation(codes), codes[::-1], codes[:0], codes[:1]):
        got = features.distinct(a, runs=True)
        assert np.array_equal(got, np.unique(a)) and got.dtype == a.dtype
        assert np.array_equal(features.distinct(a), got)
