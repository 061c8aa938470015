"""The array form of could_match lets through every pair could_match lets through (and,
but for the exonyms' words, only those)."""
import numpy as np

from aligner.names.translit import could_match
from aligner.names.translit_batch import could_match_pairs

ARABIC = ["محمد", "القاهرة", "مصر", "باركر", "العراق", "تشرشل", "شيء", "كتاب", "الجزائر",
          "ستيفن", "يوسف", "ص"]
LATIN = ["Muhammad", "Cairo", "Egypt", "Parker", "Iraq", "Churchill", "Book", "Al-Qaim",
         "Stephen", "Yusuf", "Zzz", "Algeria", "X"]


def test_same_answers_as_could_match() -> None:
    a_idx, l_idx = np.divmod(np.arange(len(ARABIC) * len(LATIN)), len(LATIN))
    for threshold in (0.3, 0.5, 0.7, 0.9):
        got = could_match_pairs(ARABIC, LATIN, a_idx, l_idx, threshold)
        ref = [could_match(ARABIC[a], LATIN[b], threshold) for a, b in zip(a_idx, l_idx)]
        assert all(g or not r for g, r in zip(got.tolist(), ref))
        exonym = {"القاهرة", "مصر", "العراق", "الجزائر"}
        assert [g for g, a in zip(got.tolist(), a_idx) if ARABIC[a] not in exonym] == \
            [r for r, a in zip(ref, a_idx) if ARABIC[a] not in exonym]
    # and it does rule pairs out (else it would be no filter at all)
    assert not could_match_pairs(ARABIC, LATIN, a_idx, l_idx, 0.7).all()


def test_no_pairs() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert could_match_pairs(ARABIC, LATIN, empty, empty, 0.7).tolist() == []


def test_bounded_alignment_same_answer() -> None:
    from aligner.names.translit import is_same_name, name_similarity
    for a in ARABIC:
        for b in LATIN:
            for threshold in (0.3, 0.5, 0.7, 0.9):
                assert is_same_name(a, b, threshold) == (name_similarity(a, b) >= threshold)


def test_same_answers_on_article_words(
        aren_articles: dict[str, tuple[list[str], list[str]]]) -> None:
    """On the words of real articles (letter pair units, the article, hamzas, alef
    wasla...), the array bounds let through exactly could_match's pairs (and all of an
    exonym's)."""
    from aligner.align.features import tokenize
    from aligner.align.learn import NameSide
    from aligner.names.translit import _EXONYMS, _exonym_key

    arabic = sorted({w for ar, _en in aren_articles.values()
                     for w in NameSide(tokenize(ar), True).words})
    latin = sorted({w for _ar, en in aren_articles.values()
                    for w in NameSide(tokenize(en), False).words})
    rng = np.random.default_rng(4)
    a_idx = rng.integers(0, len(arabic), 6000)
    l_idx = rng.integers(0, len(latin), 6000)
    exonym = [_EXONYMS.get(_exonym_key(w)) is not None for w in arabic]
    for threshold in (0.5, 0.7):
        got = could_match_pairs(arabic, latin, a_idx, l_idx, threshold).tolist()
        ref = [could_match(arabic[a], latin[b], threshold) for a, b in zip(a_idx, l_idx)]
        assert all(g == r or (g and exonym[a]) for g, r, a in zip(got, ref, a_idx))
        assert sum(ref) > 20 and sum(ref) < len(ref) / 2  # both answers are met
