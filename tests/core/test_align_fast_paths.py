"""The aligner's compiled and vectorised paths give exactly what the Python reference
loops give: the same overlaps and 1-1 costs, the same margins, the same learned names,
and so the same beads and scores, on texts small enough for the reference to run."""
from __future__ import annotations

import math
import random

import numpy as np
import pytest

from aligner.align import dp, dp_fast, overlap_fast
from aligner.align.aligner import align_sentences
from aligner.align.features import sentence_features
from aligner.align.scoring import Model

pytestmark = pytest.mark.skipif(not dp_fast.available(), reason="numba is not installed")

FAST_SWITCHES = [(overlap_fast, "MIN_CELLS"), (dp_fast, "MIN_CELLS")]


def _texts(seed: int, count: int) -> tuple[list[str], list[str]]:
    """A made-up language and a 'translation' of it (words kept, reversed or dropped,
    now and then a sentence split in two), with numbers and punctuation."""
    rng = random.Random(seed)
    words = ["".join(rng.choice("abdeiklmnoprstu") for _ in range(rng.randint(2, 8)))
             for _ in range(300)]
    src, tgt = [], []
    for _ in range(count):
        s = rng.choices(words, k=rng.randint(3, 25))
        if rng.random() < 0.2:
            s.insert(1, str(rng.randint(1, 1999)))
        end = rng.choice(".?!")
        src.append(" ".join(s).capitalize() + end)
        t = [w[::-1] if rng.random() < 0.5 else w for w in s if rng.random() > 0.2] or ["x"]
        if rng.random() < 0.15:
            tgt += [" ".join(t[: len(t) // 2 + 1]) + ".", " ".join(t[len(t) // 2:]) + end]
        else:
            tgt.append(" ".join(t).capitalize() + end)
    return src, tgt


def _force(monkeypatch, compiled: bool) -> None:
    for mod, name in FAST_SWITCHES:
        monkeypatch.setattr(mod, name, 0 if compiled else 10 ** 12)


def test_exact_sum_is_math_fsum():
    rng = random.Random(1)
    scratch = np.empty(400)
    for _ in range(300):
        k = rng.randint(0, 200)
        vals = [rng.choice((1.0, -1.0)) * rng.random() * 10.0 ** rng.randint(-20, 20)
                for _ in range(k)]
        got = overlap_fast.exact_sum(np.asarray(vals + [0.0]), k, scratch)
        assert got == math.fsum(vals)
    # the cases fsum exists for: cancellation and half-even rounding over several partials
    for vals in ([1e16, 1.0, 1e-16], [1.0, 1e100, 1.0, -1e100], [1e-16, 1.0, 1e16],
                 [0.1] * 10, [2.0 ** 53, 1.0, 2.0 ** -60]):
        assert overlap_fast.exact_sum(np.asarray(vals), len(vals), scratch) == math.fsum(vals)


def _prepared(src, tgt, compiled: bool, monkeypatch):
    _force(monkeypatch, compiled)
    sf = sentence_features(src, "xx", "yy", target_side=False)
    tf = sentence_features(tgt, "yy", "xx", target_side=True)
    model = Model(sf, tf)
    n, m = model.n, model.m
    band = dp.Band.around([i * m / n for i in range(n + 1)], 6, n, m)
    model.prepare(band.lo, band.hi)

    def tables():  # overlaps, their parts new against the previous target / source, 1-1 costs
        return (list(model._ovlo), [list(r) for r in model._ov], [list(r) for r in model._ovn],
                [list(r) for r in model._ovs], [list(r) for r in model.C11])

    first = tables()
    top, last = dp.widen(band, [n // 3, n // 2], 5, n, m)
    model.prepare(band.lo, band.hi, rows=(top, last))
    return first, tables()


def test_compiled_prepare_equals_the_python_loop(monkeypatch):
    src, tgt = _texts(4, 180)
    reference = _prepared(src, tgt, False, monkeypatch)
    compiled = _prepared(src, tgt, True, monkeypatch)
    assert compiled == reference  # exact floats, band widened or not


def test_alignment_is_the_same_on_every_path(monkeypatch):
    src, tgt = _texts(9, 160)
    del tgt[70:78]  # a passage missing on one side: the band is widened there

    def run(compiled: bool):
        _force(monkeypatch, compiled)
        spans = align_sentences(src, tgt, "xx", "yy")
        return [(s.src_start, s.src_end, s.tgt_start, s.tgt_end, s.score) for s in spans]

    reference = run(False)
    assert len(reference) > 100
    assert run(True) == reference


def test_compiled_margins_equal_the_python_ones(monkeypatch):
    from aligner.align import margins_fast

    src, tgt = _texts(6, 150)
    _force(monkeypatch, True)
    sf = sentence_features(src, "xx", "yy", target_side=False)
    tf = sentence_features(tgt, "yy", "xx", target_side=True)
    model = Model(sf, tf)
    n, m = model.n, model.m
    band = dp.Band.around([i * m / n for i in range(n + 1)], 5, n, m)
    model.prepare(band.lo, band.hi)
    assert margins_fast.usable(model)
    F, BP = dp.forward(model, band)
    B = dp.backward(model, band)
    path = dp.trace(model, band, BP)
    compiled = margins_fast.margins(model, band, F, B, path)
    # the prepared rows as the Python loop reads them
    assert model._ov and model._ovn and model._ovs and model.C11
    model.arrays = None  # the Python loop over the same prepared rows
    assert not margins_fast.usable(model)
    assert compiled == dp.margins(model, band, F, B, path)
    assert len(compiled) == len(path) and any(x < 30 for x in compiled)


def test_name_prefilter_never_turns_a_match_away():
    """could_match is a bound: wherever name_similarity reaches a threshold, could_match
    says so too (learn_names asks it first and skips the letter alignment otherwise)."""
    from aligner.names.translit import could_match, name_similarity, romanize

    rng = random.Random(3)
    arabic_letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى"
    arabic = ["".join(rng.choice(arabic_letters) for _ in range(rng.randint(2, 8)))
              for _ in range(300)]
    arabic += ["ال" + a for a in arabic[:60]] + ["مصر", "القاهرة", "تشارلز", "كسلا"]
    latin = [romanize(a).capitalize() for a in arabic]  # spellings that should match
    latin += ["Al-" + romanize(a).capitalize() for a in arabic[:40]]
    latin += ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
              .capitalize() for _ in range(300)]
    latin += ["Egypt", "Cairo", "Charles", "Kassala", "Shaykh", "Mohammed"]
    pairs = list(zip(arabic, latin)) + [(rng.choice(arabic), rng.choice(latin))
                                         for _ in range(6000)]
    matched = ruled_out = 0
    for a, la in pairs:
        sim = name_similarity(a, la)
        for t in (0.3, 0.5, 0.7, 0.9):
            if sim >= t:
                assert could_match(a, la, t), (a, la, sim, t)
        matched += sim >= 0.7
        ruled_out += not could_match(a, la, 0.7)
    assert matched > 100 and ruled_out > 3000  # both sides of the test were exercised


def _dice_reference(pairs):
    """learn_from_pairs written plainly: a Counter of (source word, target key) pairs."""
    from collections import Counter

    from aligner.align import learn

    beads = [({w[:5] for w in words if len(w) >= 2 and not w[0].isdigit()}, keys)
             for words, keys in pairs]
    f_s = Counter(w for s, _ in beads for w in s)
    f_t = Counter(k for _, t in beads for k in t)
    limit = max(learn.MIN_COUNT + 1, learn.MAX_SHARE * len(beads))
    both = Counter((w, k) for s, t in beads for w in s for k in t
                   if learn.MIN_COUNT <= f_s[w] <= limit and learn.MIN_COUNT <= f_t[k] <= limit)
    best: dict[str, list[tuple[float, str]]] = {}
    for (w, k), c in both.items():
        d = 2.0 * c / (f_s[w] + f_t[k])
        if c >= learn.MIN_COUNT and d >= learn.MIN_DICE:
            best.setdefault(w, []).append((d, k))
    return {w: {k for d, k in ks if d >= 0.7 * max(x for x, _ in ks)} for w, ks in best.items()}


@pytest.mark.parametrize("block", [50, 10 ** 7])
def test_learned_lexicon_equals_plain_counting(monkeypatch, block):
    from aligner.align import learn

    monkeypatch.setattr(learn, "PAIR_BLOCK", block)  # several blocks merged, or one
    rng = random.Random(8)
    vocab = ["".join(rng.choice("abdeiklmnoprstu") for _ in range(rng.randint(2, 7)))
             for _ in range(120)]
    pairs = []
    for _ in range(400):
        words = rng.choices(vocab, [1.0 / (r + 1) for r in range(len(vocab))],
                            k=rng.randint(0, 12))
        keys = {w[::-1][:5] for w in words if rng.random() > 0.2}
        keys |= {rng.choice(vocab)[:5] for _ in range(rng.randint(0, 3))}
        pairs.append((words + [str(rng.randint(1, 99))], keys))
    got = learn.learn_from_pairs(pairs).table
    assert got == _dice_reference(pairs)
    assert len(got) > 20


def test_compiled_learning_equals_learning_from_pairs():
    """learn_from_beads on integer ids (learn_fast) learns the table learn_from_pairs
    learns from the same beads' words and keys, 1-1 and wide beads alike, in the same
    order."""
    from aligner.align import learn, learn_fast

    rng = random.Random(3)
    vocab = ["".join(rng.choice("abdeiklmnoprstu") for _ in range(rng.randint(2, 8)))
             for _ in range(400)]
    zipf = [1.0 / (r + 1) for r in range(len(vocab))]
    src, tgt, beads = [], [], []
    for _ in range(500):  # beads of a 'translation' (each word reversed, some dropped)
        a, b = rng.choice([(1, 1)] * 6 + [(1, 2), (2, 1), (2, 2), (1, 0), (0, 1), (3, 1)])
        s_sents = [rng.choices(vocab, zipf, k=rng.randint(3, 15)) for _ in range(a)]
        words = [w[::-1] for s in s_sents for w in s if rng.random() > 0.1] if a else \
            rng.choices(vocab, k=5)
        cut = [len(words) * q // max(b, 1) for q in range(b + 1)]
        t_sents = [words[cut[q]:cut[q + 1]] or ["x" + str(q)] for q in range(b)]
        beads.append((len(src), len(src) + a, len(tgt), len(tgt) + b))
        src += [" ".join(s) + " " + str(rng.randint(1, 99)) for s in s_sents]
        tgt += [" ".join(t) for t in t_sents]
    sf = sentence_features(src, "xx", "yy", target_side=False)
    tf = sentence_features(tgt, "yy", "xx", target_side=True)
    pairs = [([w for x in range(s0, s1) for w in sf[x].words],
              set().union(*({w[:5] for w in tf[y].words if not w[0].isdigit()}
                            for y in range(t0, t1))))
             for s0, s1, t0, t1 in beads if s1 > s0 and t1 > t0]
    want = learn.learn_from_pairs(pairs).table
    got = learn_fast.learn_from_beads(sf, tf, beads).table
    assert got == want and list(got) == list(want)
    assert len(got) > 50
    learn_fast.forget()


def test_features_from_shared_tokens_equal_the_texts_own():
    """A side tokenised once (features.tokenize) and parts of it give the features each
    text gives on its own: lengths, folded words and keys, with a lexicon or without."""
    from aligner.align.features import tokenize

    src, _ = _texts(9, 80)
    src += ["كَتَبَ محمد العلي في بغداد ـ ١٢:٣٠؟", "Le «Nautilus» ; l'homme!"]
    tok = tokenize(src)

    def translate(word: str) -> list[str]:
        return [word[::-1], "x" + word] if len(word) % 3 == 0 else []

    def fields(sents):
        return [(s.length, s.words, s.keys, s.own) for s in sents]

    for lo, hi in ((0, len(src)), (5, 40), (40, len(src)), (0, 5)):
        for look in (None, translate):
            want = sentence_features(src[lo:hi], "ar", "en", translate=look, target_side=False)
            got = sentence_features(src[lo:hi], "ar", "en", translate=look, target_side=False,
                                    tokens=tok.part(lo, hi))
            assert fields(got) == fields(want)
            assert any(s.keys for s in got)


def test_key_sets_are_sorted_tuples_with_set_operators():
    """Sentence keys are kept as KeySet (a sorted tuple, far smaller than a set) and still
    meet other key collections as sets do."""
    from aligner.align.features import KeySet

    ks = KeySet(["b", "a", "c", "a"])
    assert tuple(ks) == ("a", "b", "c") and "b" in ks and "z" not in ks
    other = KeySet(["c", "d"])
    assert ks == {"a", "b", "c"} and {"c", "b", "a"} == ks and ks != {"a", "b"}
    assert ks & other == {"c"} and {"a", "x"} & ks == {"a"}
    assert ks & {"a": 1, "q": 2}.keys() == {"a"}
    assert ks | other == {"a", "b", "c", "d"} and {"x"} | ks == {"a", "b", "c", "x"}
    union = {"z"}
    union |= ks
    assert union == {"a", "b", "c", "z"}
    sent = sentence_features(["Le chat de Baghdad dort."], "fr", "en", target_side=True)[0]
    assert isinstance(sent.keys, KeySet) and list(sent.keys) == sorted(set(sent.keys))


def test_key_sets_made_for_all_sentences_at_once_equal_each_sentence_on_its_own():
    """features._key_sets dedups and sorts every sentence's keys in one array pass; each
    sentence alone (its words' keys and punctuation keys, as a sorted set) gives the same,
    also for an empty sentence and one of punctuation only."""
    from aligner.align import features as fe

    src, _ = _texts(12, 60)
    src += ["", "?!", "Nautilus 1870 Nautilus « Nemo »", "بغداد ـ ١٢:٣٠ وبغداد"]

    def translate(word: str) -> list[str]:
        return [word[::-1] + " de", word[:3]] if len(word) % 2 else []

    for look in (None, translate):
        got = fe.sentence_features(src, "fr", "ar", translate=look, target_side=False)
        for text, sent in zip(src, got):
            want: set[str] = set(fe.punct_keys(text))
            for w in fe.words_of(text):
                base = fe.base_form(w, "fr")
                if base:
                    want.update(fe._own_keys(w, base, "fr", True, False))
                    if look is not None and not w[0].isdigit():
                        want.update(fe._translated_keys(w, "fr", look, "ar"))
            assert list(sent.keys) == sorted(want) and sent.own is sent.keys
    assert not got[-4].keys and set(got[-3].keys) == {"!?", "!!"}


def test_learning_rows_from_word_ids_equal_the_rows_from_words():
    """learn_fast's prefix rows made from a side's word ids (one prefix per word type)
    are the rows made from every sentence's words, on both sides, with numbers, one-letter
    words, Arabic clitics and a word of marks only; sentences whose words were not made
    from the tokens given are read from their words."""
    from aligner.align import learn_fast
    from aligner.align.features import tokenize

    src, tgt = _texts(12, 150)
    src += ["كَتَبَ محمد والعلي في بغداد ـ ١٢:٣٠؟ و ب", "A l'homme 3.5 «Nautilus» x y!"]
    tgt += ["a b 12 c'est l'été", "ـ"]
    for texts, lang, other, source in ((src, "ar", "en", True), (tgt, "fr", "ar", False),
                                       (tgt, "fr", "ar", True)):
        tok = tokenize(texts)
        sents = sentence_features(texts, lang, other, target_side=not source, tokens=tok)
        want = learn_fast._rows_of_words(sents, source)
        got = learn_fast._rows_of_tokens(tok, learn_fast._bases_of(tok, sents), source)
        assert got[0] == want[0] and len(want[0]) > 100
        assert np.array_equal(got[1], want[1]) and np.array_equal(got[2], want[2])
        assert got[2].dtype == want[2].dtype
        other_sents = sentence_features(texts, lang, other, target_side=not source)
        assert learn_fast._bases_of(tok, other_sents) is None
