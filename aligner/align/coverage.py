"""How much of each side of a bead the other side accounts for, counted in words.

Why words and not keys: a source word looked up in a dictionary brings every sense it
has as keys (up to twenty, and an Arabic word more through its light stems), so a share
of *keys* matched is small for a real translated pair and smaller the richer the
dictionary (FreeDict, tuning pairs: an Arabic-English translated pair's median 0.09
against an English-French one's 0.15). A share of *words* with at least one key matched
is the same measure on both sides and in any language pair.
"""
from __future__ import annotations

from typing import Sequence

from aligner.align.features import PUNCT_PREFIX, Translate, sentence_features, tokenize
from aligner.align.parallel import wilson_upper

# Comparable mode, with a dictionary that knows the texts' words: the share of a pair's
# words, on its poorer side, below which the pair's probability of holding translations
# is scaled down (covered). Chosen on tune_comparable's TUNING pairs (FreeDict): of
# 0.1-0.3, the one that removes the most wrong beads >= 0.5 beyond what a uniform
# stricter bar removes for the same right beads kept (0.16 and 0.2 both 7 beads; ties go
# to the one keeping more right beads).
COVER_MIN = 0.16

Path = Sequence[tuple[int, int, int, int]]

# One sentence's distinct words, each as the set of its keys (words with no key left out).
Words = list[frozenset[str]]


def sentence_words(texts: Sequence[str], lang: str, other_lang: str, *,
                   translate: Translate | None, target_side: bool) -> list[Words]:
    """Each sentence's distinct words with their keys, made by the features' own rules
    (each word type's keys computed once, as a sentence of one word)."""
    tok = tokenize(texts)
    per_type = sentence_features(tok.types, lang, other_lang, translate=translate,
                                 target_side=target_side)
    keys = [frozenset(k for k in s.keys if not k.startswith(PUNCT_PREFIX)) for s in per_type]
    bounds = tok.ptr.tolist()
    ids = tok.ids.tolist()
    out: list[Words] = []
    for x in range(len(tok)):
        seen = sorted(set(ids[bounds[x]:bounds[x + 1]]))
        out.append([keys[t] for t in seen if keys[t]])
    return out


def _share(words: Sequence[frozenset[str]], other: set[str], z: float = 0.0) -> float:
    """Share of `words` with at least one key in `other` (0 with no words); with z > 0,
    its lower Wilson bound (a share seen on few words is uncertain)."""
    if not words:
        return 0.0
    hits, total = sum(1 for w in words if not w.isdisjoint(other)), len(words)
    if z <= 0.0:
        return hits / total
    return 1.0 - wilson_upper(total - hits, total, z)


def bead_coverage(src: Sequence[Words], tgt: Sequence[Words], i: int, j: int, a: int,
                  b: int, z: float = 0.0) -> float:
    """The smaller of the bead's two sides' shares of words the other side matches (a
    word met in two sentences of one side counts once)."""
    s_words: set[frozenset[str]] = set().union(*(src[x] for x in range(i, i + a)))
    t_words: set[frozenset[str]] = set().union(*(tgt[y] for y in range(j, j + b)))
    s_keys: set[str] = set().union(*s_words)
    t_keys: set[str] = set().union(*t_words)
    return min(_share(list(s_words), t_keys, z), _share(list(t_words), s_keys, z))


def covered(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str,
            translate: Translate | None, path: Path, factors: Sequence[float]
            ) -> list[float]:
    """Comparable mode's per-bead factors, each pair's scaled by min(1, coverage /
    COVER_MIN), coverage by bead_coverage with the words' keys from `translate` (the
    dictionary) and their own forms (names, numbers, cognates).

    Why: two reports of one event pair sentences that share the names and a topic word
    and stand out from their neighbours as a translation does; what a retold sentence
    lacks is the rest: most of its words have no counterpart in the other. Where a
    dictionary knows the words, a translated pair matches on both sides. Without one the
    matches are names, numbers and cognates, in translations too, and coverage says
    nothing (tuning pairs: no better than a uniform bar), so the caller asks for it only
    with a dictionary."""
    s_words = sentence_words(src, src_lang, tgt_lang, translate=translate, target_side=False)
    t_words = sentence_words(tgt, tgt_lang, src_lang, translate=None, target_side=True)
    return [f * min(1.0, bead_coverage(s_words, t_words, s0, t0, s1 - s0, t1 - t0)
                    / COVER_MIN)
            if s1 > s0 and t1 > t0 else f for (s0, s1, t0, t1), f in zip(path, factors)]
