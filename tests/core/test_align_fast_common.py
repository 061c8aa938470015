"""The aligner's common path (tokenising, features, side weights) rewritten for speed
gives what the plain forms it replaced give, on real text (the en-fr gold books and the
ar-en articles, from ../shared): the word pattern tried words first with possessive
runs, the (sentence, id) codes sorted as the ascending runs they are, the words' weights
counted on ids."""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain
from pathlib import Path

import numpy as np

from aligner.align import features, scoring
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


def _count_words_plain(sentences):
    """scoring._count_side's word weights as a set per sentence and a Counter made them."""
    n = max(1, len(sentences))
    types = [set(s.words) for s in sentences]
    df = Counter(chain.from_iterable(types))
    w = {k: math.log(1.0 + n / c) for k, c in df.items()}
    return w, [math.fsum(map(w.__getitem__, t)) for t in types]


def test_word_weights_counted_on_ids_equal_the_plain_count(gold_dir, aren_articles):
    """Each word's weight and each sentence's weight, bit for bit, on both sides of every
    gold book and article, all at once (a side as the aligner weighs it) and a few
    sentences alone, with empty sentences among them."""
    sides = []
    for book in sorted(p for p in (gold_dir / "en-fr").iterdir() if p.is_dir()):
        en, fr = ((book / n).read_text(encoding="utf-8").splitlines() for n in ("en.txt", "fr.txt"))
        sides += [(en, "en", "fr"), (fr, "fr", "en")]
    ar_all = [s for ar, _ in aren_articles.values() for s in ar]
    en_all = [s for _, en in aren_articles.values() for s in en]
    sides += [(ar_all, "ar", "en"), (en_all, "en", "ar")]
    sides.append((sides[0][0] + sides[1][0], "en", "fr"))
    checked = 0
    for texts, lang, other in sides:
        sents = features.sentence_features(texts + ["", "..."], lang, other, target_side=True)
        for part in (sents, sents[:3], sents[-2:]):
            parts = tuple(id(s.words) for s in part)
            _kw, w, weight_of, _held = scoring._count_side(part, False, parts)
            want_w, want_sent = _count_words_plain(part)
            assert w == want_w
            assert [weight_of[p] for p in parts] == want_sent
            checked += len(part)
    assert checked > 9000


def _book_model(gold_dir: Path, aren: dict[str, tuple[list[str], list[str]]]):
    """A Model over two gold books and the ar-en articles concatenated (en-fr keys and
    Arabic words side by side, as real text has them)."""
    from aligner.align.scoring import Model

    books = sorted(p for p in (gold_dir / "en-fr").iterdir() if p.is_dir())[:2]
    src = [t for b in books for t in (b / "en.txt").read_text(encoding="utf-8").splitlines()]
    tgt = [t for b in books for t in (b / "fr.txt").read_text(encoding="utf-8").splitlines()]
    for ar, en in aren.values():
        src += en
        tgt += ar
    sf = features.sentence_features(src, "en", "fr", target_side=False)
    tf = features.sentence_features(tgt, "fr", "en", target_side=True)
    return Model(sf, tf)


def test_compiled_similarities_equal_the_python_ones(gold_dir, aren_articles, monkeypatch):
    """parallel.similarities (compiled over key ids) gives similarity()'s value bit for bit
    on beads of every width up to 4-4, along the diagonal and off it, on real text."""
    import random

    from aligner.align import overlap_fast, parallel

    if not overlap_fast.available():
        return
    model = _book_model(gold_dir, aren_articles)
    n, m = model.n, model.m
    rng = random.Random(6)
    beads = []
    for _ in range(6000):
        a, b = rng.randint(1, 4), rng.randint(1, 4)
        i = rng.randrange(0, n - a + 1)
        near = min(m - b, max(0, round(i * m / n) + rng.randint(-3, 3)))
        j = near if rng.random() < 0.8 else rng.randrange(0, m - b + 1)
        beads.append((i, j, a, b))
    beads += [(0, 0, 1, 1), (n - 1, m - 1, 1, 1), (n - 4, m - 4, 4, 4)]
    want = [parallel.similarity(model, *bd) for bd in beads]
    monkeypatch.setattr(parallel, "COMPILED_ROWS", 0)
    got = parallel.similarities(model, beads)
    assert got == want and all(type(x) is float for x in got)
    assert sum(x > 0.0 for x in want) > 2000
    assert parallel.bead_sims(model, [(i, i + a, j, j + b) for i, j, a, b in beads]) == want
    overlap_fast.forget()


def test_key_rows_kept_per_table_equal_new_rows(gold_dir, aren_articles):
    """overlap_fast.sentence_rows gives csr()'s rows for the sentences it kept, the same
    sentences in another order (reversed, rotated) and other sentences."""
    from aligner.align import overlap_fast

    model = _book_model(gold_dir, aren_articles)
    ids, _w = overlap_fast.key_ids(model.key_weight)
    assert overlap_fast.key_ids(model.key_weight)[0] is ids
    tgt = list(model.tgt)
    orders = [tgt, tgt[::-1], tgt[700:] + tgt[:700], tgt, list(model.src)]
    for own in (True, False):
        overlap_fast.forget()
        for sents in orders:
            want = overlap_fast.csr([s.own if own else s.keys for s in sents], ids)
            got = overlap_fast.sentence_rows(sents, own, ids)
            assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
            assert got[1].dtype == want[1].dtype
    overlap_fast.forget()


def _refine_band_plain(path, n: int, m: int):
    """skeleton._refine_band as the row loop it was."""
    from aligner.align import skeleton
    from aligner.align.dp import Band

    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for s0, s1, t0, t1 in path:
        for i in range(2 * s0, min(n, 2 * s1) + 1):
            lo[i] = min(lo[i], 2 * t0)
            hi[i] = max(hi[i], min(m, 2 * t1))
    band = Band([max(0, x - skeleton.RADIUS) for x in lo],
                [min(m, x + skeleton.RADIUS) for x in hi])
    band.fix(n, m)
    return band


def test_length_path_levels_equal_the_row_loops(gold_dir, monkeypatch):
    """The length-only path's bands from level to level (array passes) and its trace
    (Python ints) give the row loop's bands and the same path, on a gold book's lengths
    against itself, reversed (the null's case: no diagonal), and on its own."""
    from aligner.align import skeleton

    book = sorted(p for p in (gold_dir / "en-fr").iterdir() if p.is_dir())[0]
    en = [len(t) for t in (book / "en.txt").read_text(encoding="utf-8").splitlines()]
    fr = [len(t) for t in (book / "fr.txt").read_text(encoding="utf-8").splitlines()]
    bands = []
    fast = skeleton._refine_band

    def both(path, n, m):
        got = fast(path, n, m)
        want = _refine_band_plain(path, n, m)
        assert (got.lo, got.hi) == (want.lo, want.hi)
        assert all(type(x) is int for x in got.lo + got.hi)
        bands.append(n)
        return got

    traced = skeleton._trace

    def trace_both(BP, lo, off, n, m):
        got = traced(BP, lo, off, n, m)
        want = []
        i, j = n, m
        while i > 0 or j > 0:  # the plain trace: numpy scalars
            t = int(BP[off[i] + j - lo[i]])
            a, b = int(skeleton._A[t]), int(skeleton._B[t])
            want.append((i - a, i, j - b, j))
            i, j = i - a, j - b
        assert got == want[::-1]
        return got

    monkeypatch.setattr(skeleton, "_refine_band", both)
    monkeypatch.setattr(skeleton, "_trace", trace_both)
    for s, t in ((en, fr), (en, fr[::-1]), (en[:300], fr[200:]), (en[:5], fr[:1])):
        cs = np.concatenate(([0], np.cumsum(s))).tolist()
        ct = np.concatenate(([0], np.cumsum(t))).tolist()
        path = skeleton.length_path(cs, ct, 1.1, 6.8)
        assert path[0][0] == 0 and path[-1][1] == len(s) and path[-1][3] == len(t)
        assert all(p[1] == q[0] and p[3] == q[2] for p, q in zip(path, path[1:]))
    assert len(bands) > 4
    assert fast([], 3, 4).lo == _refine_band_plain([], 3, 4).lo


def test_translated_keys_per_type_equal_each_words_own(gold_dir, aren_articles):
    """With a lexicon, every sentence's keys (looked-up forms made once per side, each
    translation's keys once per call) are its words' own and translated keys as the plain
    per-word form gives them, on the en-fr gold books and the ar-en articles (Arabic
    words looked up without their clitics), and on a part of a side's tokens."""
    books = sorted(p for p in (gold_dir / "en-fr").iterdir() if p.is_dir())[:3]
    en = [t for b in books for t in (b / "en.txt").read_text(encoding="utf-8").splitlines()]
    ar = [s for a, _ in aren_articles.values() for s in a]

    def translate(word: str) -> tuple[str, ...]:
        if len(word) % 3 == 1:
            return ()
        return (word[::-1], "le " + word[:4]) if len(word) % 2 else (word[1:],)

    for texts, lang, other in ((en, "en", "fr"), (ar, "ar", "en")):
        tok = features.tokenize(texts)
        whole = features.sentence_features(texts, lang, other, translate=translate,
                                           target_side=False, tokens=tok)
        half = len(texts) // 2
        part = features.sentence_features(texts[half:], lang, other, translate=translate,
                                          target_side=False, tokens=tok.part(half, len(texts)))
        assert [s.keys for s in part] == [s.keys for s in whole[half:]]
        for text, sent in zip(texts, whole):
            want: set[str] = set(features.punct_keys(text))
            for w in features.words_of(text):
                base = features.base_form(w, lang)
                if base:
                    want.update(features._own_keys(w, base, lang, lang == "ar", False))
                    if not w[0].isdigit():
                        want.update(features._translated_keys(w, lang, translate, other))
            assert list(sent.keys) == sorted(want), text


def test_prefix_sums_equal_the_plain_loops(gold_dir, aren_articles):
    """A model's cumulative lengths and word weights (itertools.accumulate) are the loop's
    running sums, bit for bit, on real sentences."""
    model = _book_model(gold_dir, aren_articles)
    for sents, lengths, weights in ((model.src, model.SL, model.WS),
                                    (model.tgt, model.TL, model.WT)):
        want_l, want_w = [0], [0.0]
        parts = [scoring._side_weights(sents, False)[1]]
        for s in sents:
            want_l.append(want_l[-1] + s.length)
            want_w.append(want_w[-1] + math.fsum(parts[0][w] for w in set(s.words)))
        assert lengths == want_l and weights == want_w and len(want_w) > 1000
