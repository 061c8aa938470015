"""How much of each side of a bead the other side accounts for, counted in words.

Why words and not keys: a source word looked up in a dictionary brings every sense it
has as keys (up to twenty, and an Arabic word more through its light stems), so a share
of *keys* matched is small for a real translated pair and smaller the richer the
dictionary (FreeDict, tuning pairs: an Arabic-English translated pair's median 0.09
against an English-French one's 0.15). A share of *words* with at least one key matched
is the same measure on both sides and in any language pair.
"""
from __future__ import annotations

from typing import Collection, Sequence

from aligner.align.features import PUNCT_PREFIX, Translate, sentence_features, tokenize
from aligner.align.parallel import wilson_upper

# Comparable mode, with a dictionary that knows the texts' words: the share of a pair's
# words, on its poorer side, below which the pair's probability of holding translations
# is scaled down (covered). Chosen on tune_comparable's TUNING pairs (FreeDict): of
# 0.1-0.3, the one that removes the most wrong beads >= 0.5 beyond what a uniform
# stricter bar removes for the same right beads kept (0.16 and 0.2 both 7 beads; ties go
# to the one keeping more right beads).
COVER_MIN = 0.16
# Comparable mode with a dictionary, Arabic on one side only: the share of a pair's words
# that are not names (content_coverage), on its poorer side, below which the pair's
# probability is scaled down as well. Chosen on TUNING data (bench/tune_same_event.py's
# same-event pairs we wrote and tune_comparable's pairs, FreeDict): of 0.12-0.25, the one
# removing the most wrong beads >= 0.5 beyond a uniform stricter bar for the same right
# beads kept (0.18: about 6 beads).
CONTENT_MIN = 0.18

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


def _share(words: Collection[frozenset[str]], other: set[str], z: float = 0.0) -> float:
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
    return min(_share(s_words, t_keys, z), _share(t_words, s_keys, z))


def sentence_coverage(src: Sequence[Words], tgt: Sequence[Words], i: int, j: int, a: int,
                      b: int) -> float:
    """The smallest share, over the bead's sentences, of a sentence's words the other side
    matches: for a 1-1 the smaller of the two sides' shares; in a 1-2 each of the two
    sentences must be accounted for by the one (two sides pooled, a sentence the other
    side does not tell would hide behind its partner's matches). A sentence with no word
    (punctuation, a dash) says nothing either way and is left out; words with the same
    keys count once, as in a sentence the keys are what can be matched."""
    s_keys: set[str] = set().union(*(k for x in range(i, i + a) for k in src[x]))
    t_keys: set[str] = set().union(*(k for y in range(j, j + b) for k in tgt[y]))
    shares = [_share(set(src[x]), t_keys) for x in range(i, i + a) if src[x]] + \
        [_share(set(tgt[y]), s_keys) for y in range(j, j + b) if tgt[y]]
    return min(shares) if shares else 0.0


def merged_neighbours(s_words: Sequence[Words], t_words: Sequence[Words], path: Path,
                      margins: Sequence[float], factors: Sequence[float]
                      ) -> tuple[list[tuple[int, int, int, int]], list[float], list[float]]:
    """Comparable mode's 1-1 beads, each merged into the 1-2 or 2-1 bead it makes with an
    unaligned neighbour on the path when that bead's coverage, counted per sentence
    (sentence_coverage), is higher; the path, margins and factors after.

    Why: a retold or translated sentence often comes as two sentences of the other text,
    and comparable mode's path, which weighs only the words shared, leaves the second one
    unaligned (its prior for 1-2 beads is small, so that unrelated texts do not merge).
    Coverage tells the two apart: where the source sentence is told in two, half of its
    words are matched by the first only, and all of them by the two; a neighbour that is
    not part of the translation has few of its own words matched, and counted per
    sentence the bead's coverage falls (pooled with its partner it would hide). A merged
    bead keeps its pair's margin (the DP's doubt about which sentences pair) and factor;
    the caller scales it by its coverage as any pair."""
    out = [(b[0], b[1], b[2], b[3]) for b in path]
    mg, fs = list(margins), list(factors)
    k = 0
    while k < len(out):
        s0, s1, t0, t1 = out[k]
        if s1 - s0 != 1 or t1 - t0 != 1:
            k += 1
            continue
        best = sentence_coverage(s_words, t_words, s0, t0, 1, 1)
        pick: tuple[int, tuple[int, int, int, int]] | None = None
        for n in (k - 1, k + 1):  # the neighbour before, then after: ties go to the first
            if not 0 <= n < len(out):
                continue
            u0, u1, v0, v1 = out[n]
            if (u1 - u0) + (v1 - v0) != 1:
                continue
            bead = (min(s0, u0), max(s1, u1), min(t0, v0), max(t1, v1))
            c = sentence_coverage(s_words, t_words, bead[0], bead[2], bead[1] - bead[0],
                                  bead[3] - bead[2])
            if c > best:
                best, pick = c, (n, bead)
        if pick is None:
            k += 1
            continue
        n, bead = pick
        lo = min(k, n)
        out[lo:lo + 2] = [bead]
        mg[lo:lo + 2] = [mg[k]]
        fs[lo:lo + 2] = [fs[k]]
        k = lo + 1
    return out, mg, fs


def judged(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str,
           translate: Translate | None, path: Path, margins: Sequence[float],
           factors: Sequence[float], names_apart: bool = False
           ) -> tuple[list[tuple[int, int, int, int]], list[float], list[float]]:
    """Comparable mode with a dictionary: the path's 1-1 beads merged with a neighbour
    (merged_neighbours), then each pair's factor scaled by min(1, coverage / COVER_MIN),
    coverage by bead_coverage with the words' keys from `translate` (the dictionary) and
    their own forms (names, numbers, cognates); the words looked up once. With
    `names_apart` (Arabic on one side only), scaled too by min(1, content coverage /
    CONTENT_MIN), the coverage of the words that are not names.

    Why: two reports of one event pair sentences that share the names and a topic word
    and stand out from their neighbours as a translation does; what a retold sentence
    lacks is the rest: most of its words have no counterpart in the other. Where a
    dictionary knows the words, a translated pair matches on both sides. Without one the
    matches are names, numbers and cognates, in translations too, and coverage says
    nothing (tuning pairs: no better than a uniform bar), so the caller asks for it only
    with a dictionary. Names are shared by reports of one event whether or not they are
    translations: they may confirm a pair the other words support, not make one. Only
    across scripts: there a word shared in its own form is a number, a name's skeleton or
    a Latin word in the Arabic; in one script own forms are cognates as often, and on the
    en-fr tuning pairs the names' rule was no better than a uniform stricter bar."""
    if names_apart:
        s_split, t_split = _both_split(src, tgt, src_lang, tgt_lang, translate)
        s_words, t_words = _joined(s_split), _joined(t_split)
    else:
        s_words, t_words = _both_words(src, tgt, src_lang, tgt_lang, translate)
    path, margins, factors = merged_neighbours(s_words, t_words, path, margins, factors)
    factors = _scaled(s_words, t_words, path, factors)
    if names_apart:
        factors = [f * min(1.0, content_coverage(s_split, t_split, s0, t0, s1 - s0, t1 - t0)
                           / CONTENT_MIN) if s1 > s0 and t1 > t0 else f
                   for (s0, s1, t0, t1), f in zip(path, factors)]
    return path, margins, factors


def _both_split(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str,
                translate: Translate | None) -> tuple[list[Split], list[Split]]:
    return (split_words(src, src_lang, tgt_lang, translate=translate, target_side=False),
            split_words(tgt, tgt_lang, src_lang, translate=None, target_side=True))


def _joined(split: Sequence[Split]) -> list[Words]:
    """sentence_words from split_words: each word's keys in one set."""
    return [[o | lx for o, lx, _ in s] for s in split]


def _both_words(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str,
                translate: Translate | None) -> tuple[list[Words], list[Words]]:
    return (sentence_words(src, src_lang, tgt_lang, translate=translate, target_side=False),
            sentence_words(tgt, tgt_lang, src_lang, translate=None, target_side=True))


def _scaled(s_words: Sequence[Words], t_words: Sequence[Words], path: Path,
            factors: Sequence[float]) -> list[float]:
    return [f * min(1.0, bead_coverage(s_words, t_words, s0, t0, s1 - s0, t1 - t0)
                    / COVER_MIN)
            if s1 > s0 and t1 > t0 else f for (s0, s1, t0, t1), f in zip(path, factors)]



# One sentence's distinct words, each as (keys of its own forms, keys only the dictionary
# gives, written as a name): own forms are names, numbers and cognates, the dictionary's
# are translations.
Split = list[tuple[frozenset[str], frozenset[str], bool]]


def split_words(texts: Sequence[str], lang: str, other_lang: str, *,
                translate: Translate | None, target_side: bool) -> list[Split]:
    """sentence_words with each word's keys split into its own forms' and the dictionary's,
    and whether it is written as a name: digits, a capital letter, or (a source word with
    a dictionary, in a script without case) no entry for it."""
    tok = tokenize(texts)
    types = tokenize(tok.types)
    own = sentence_features(tok.types, lang, other_lang, target_side=target_side,
                            tokens=types)
    full = own if translate is None else sentence_features(
        tok.types, lang, other_lang, translate=translate, target_side=target_side,
        tokens=types)
    keys: list[tuple[frozenset[str], frozenset[str], bool]] = []
    for w, o, f in zip(tok.types, own, full):
        mine = frozenset(k for k in o.keys if not k.startswith(PUNCT_PREFIX))
        lexical = frozenset(k for k in f.keys if not k.startswith(PUNCT_PREFIX)) - mine
        # a script without case (Arabic) writes a name as any word: there, a word no
        # entry knows is taken for one
        name = w[0].isdigit() or w[0].isupper() or (
            translate is not None and not lexical and w[0].lower() == w[0].upper())
        keys.append((mine, lexical, name))
    bounds = tok.ptr.tolist()
    ids = tok.ids.tolist()
    return [[keys[t] for t in sorted(set(ids[bounds[x]:bounds[x + 1]]))
             if keys[t][0] or keys[t][1]] for x in range(len(tok))]


def content_coverage(src: Sequence[Split], tgt: Sequence[Split], i: int, j: int, a: int,
                     b: int) -> float:
    """bead_coverage counted on the words that are not names: the smaller of the two
    sides' shares of such words the other side matches. A name is a word written as one
    (split_words), a word whose matches on the other side are names only, or a word
    matched by a name's skeleton. 0 when a side has no such word (names alone)."""
    s_side = set().union(*(src[x] for x in range(i, i + a)))
    t_side = set().union(*(tgt[y] for y in range(j, j + b)))
    s_keys: set[str] = set().union(*(o | lx for o, lx, _ in s_side))
    t_keys: set[str] = set().union(*(o | lx for o, lx, _ in t_side))
    s_names: set[str] = set().union(*(o for o, _, nm in s_side if nm))
    t_names: set[str] = set().union(*(o | lx for o, lx, nm in t_side if nm))
    s_hits = s_total = 0
    for o, lx, nm in s_side:
        hit = (o | lx) & t_keys
        if nm or (hit and hit <= t_names):
            continue
        s_total += 1
        s_hits += bool(hit)
    t_hits = t_total = 0
    for o, lx, nm in t_side:
        hit = (o | lx) & s_keys
        if nm or (hit and (hit <= s_names or any(k.startswith("@") for k in hit))):
            continue
        t_total += 1
        t_hits += bool(hit)
    if not s_total or not t_total:
        return 0.0
    return min(s_hits / s_total, t_hits / t_total)
