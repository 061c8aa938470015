"""How parallel two texts are, and how likely each bead is to pair translations at all.

Why: the DP always finds *a* path, and its margins say how much better that path is than
its neighbours, not whether the two sides are translations. Two unrelated articles get a
path whose beads look as confident as a real alignment's. The evidence that a bead holds
translations is its lexical similarity compared with what the same procedure finds when
there is nothing to find: the same aligner run on the same source against the target
in reverse order (so the same sentences, lengths and vocabulary, the same selection by the
DP, but no monotone correspondence to follow). That null distribution gives each bead a
tail probability q (how often chance alone reaches its similarity); Storey's estimate on
the q's gives the share of beads that are translations (how parallel the texts are), and
Bayes' rule with it gives each bead's probability of holding translations.

Only first-pass features are used here (dictionary, names, numbers, cognates): the lexicon
learned from the path itself would find its own path similar, translations or not.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from aligner.align import overlap_fast
from aligner.align.features import PUNCT_PREFIX, KeySet, Sentence
from aligner.align.scoring import Model

# Storey's lambda: q-values above it are taken to come from the null only.
LAMBDA = 0.5
# The prior guess: a user aligns texts they take for translations (share PRIOR_PARALLEL),
# worth PRIOR_BEADS beads, so a three-sentence text is not judged on three beads alone.
PRIOR_PARALLEL = 0.9
PRIOR_BEADS = 10.0
# In comparable mode that guess does not hold (the texts are not translations, asked for or
# found so): the paired beads are as likely to hold translations as not. With 0.9 a pair
# sharing one quotation mark scored 0.52 between two reports of one event (seeds 001/004);
# on the tuning mixes (en-fr novels, 8 translated sentences slipped among 40 of another
# book) 0.5 kept 12 of 64 shared pairs at >= 0.5 with no other bead there, 0.9 17 with 6.
PRIOR_COMPARABLE = 0.5
# Below this estimated share of translated sentences the texts are "not translations".
PARALLEL_MIN = 0.5

# A text with at least this many target sentences gets one rotation as its null.
NULL_BEADS = 200

Path = Sequence[tuple[int, int, int, int]]


@dataclass
class Evidence:
    """The estimate for one alignment: `parallel` in [0, 1] (share of the sentences that
    are in beads of translations) and, for each bead, the probability it holds
    translations (1-0 / 0-1 beads: the probability the sentence really has no partner)."""

    parallel: float
    translated: list[float]
    beads: int = 0  # beads with both sides the estimate rests on
    # how much better the path's beads fit a translation's shape than the null's, as a
    # normal deviate (shape_gain); None when not measured
    shape_z: float | None = None
    # some bead of the path or of the null had a nonzero statistic: the similarity
    # estimate weighed evidence, not its prior alone
    lexical: bool = True

    @property
    def shape_unlike(self) -> bool:
        """The path's lengths and bead types are not clearly better than the null's
        (shape_gain below Z_TAIL): what the DP found is the best it could do on two texts
        that do not correspond, not a translation's path.

        With no lexical evidence at all (`lexical` False: no dictionary, no names,
        numbers or cognates, every bead of path and null at similarity 0) every bead ties
        with the null, Storey counts them all as chance and the estimate is its prior
        alone, so "not clearly better" called a short translation unrelated on no
        evidence (six and eight beads of our own legal text: z 1.1 and 1.3, estimate
        0.19 and 0.06; warned, and comparable mode left every sentence unaligned). There
        the shape decides alone, and says "unlike" only when the path fits no better than
        the null at all (z <= 0: the rank statistic at or below its expectation under the
        null; two unrelated news articles with no key in common: -0.3 and -0.1). The
        beads keep the low estimate as their factor, so none scores 0.5 or more."""
        if self.shape_z is None:
            return False
        return self.shape_z < Z_TAIL if self.lexical else self.shape_z <= 0.0

    @property
    def clearly_not_parallel(self) -> bool:
        """The estimate is below PARALLEL_MIN by more than its sampling error (about
        1/sqrt(beads)): a seven-sentence translation with few shared words is not enough
        evidence to call two texts unrelated."""
        # (with no lexical evidence the estimate is its prior alone: see shape_unlike)
        return self.lexical and \
            self.parallel + 1.0 / math.sqrt(max(1, self.beads)) < PARALLEL_MIN


def clearly_parallel(share: float, beads: int) -> bool:
    """An estimated translated share `share` (resting on `beads` beads) is above
    PARALLEL_MIN by more than its sampling error (about 1/sqrt(beads)): the mirror of
    Evidence.clearly_not_parallel."""
    return share - 1.0 / math.sqrt(max(1, beads)) >= PARALLEL_MIN


def similarity(model: Model, i: int, j: int, a: int, b: int) -> float:
    """Lexical similarity of any bead (not only one inside the prepared band)."""
    if a == 0 or b == 0:
        return 0.0
    kw = model.key_weight
    union: set[str] = set()
    for x in range(i, i + a):
        union.update(model.src[x].keys)
    o = 0.0
    for y in range(j, j + b):
        common = union & model.tgt[y].own
        if common:
            o += math.fsum(kw[k] for k in common)
    den = model.WS[i + a] - model.WS[i] + model.WT[j + b] - model.WT[j] + model.smooth
    return min(1.0, 2.0 * o / den) if den > 0 else 0.0


def words_only(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences with their punctuation keys left out: what comparable mode's
    evidence of a translated pair rests on.

    Why: punctuation is a closed set of eight classes, so two sentences that are not
    translations share a class (a dash, a colon, quotation marks) far more often than
    the within-text rarity weight of that key says, and between two short lines that
    one key is most of their similarity. Inside a translation it corroborates a pair
    the words already make (the paths still use it); alone it is no evidence that one
    sentence translates the other."""
    out = []
    for s in sentences:
        keys = KeySet({k for k in s.keys if not k.startswith(PUNCT_PREFIX)})
        own = keys if s.own is s.keys else KeySet(
            {k for k in s.own if not k.startswith(PUNCT_PREFIX)})
        out.append(Sentence(s.length, s.words, keys, own))
    return out


Statistic = Callable[[Model, int, int, int, int], float]


# Texts with at least this many sentences a side have their similarities summed by the
# compiled loop: their passes were prepared compiled (each row of the first pass's band
# holds at least 13 cells, overlap_fast.MIN_CELLS in all), so nothing more is loaded.
COMPILED_ROWS = 2_000


def similarities(model: Model, beads: Sequence[tuple[int, int, int, int]]) -> list[float]:
    """similarity() of each (i, j, a, b) bead with both sides; on a long text compiled
    over the model's key ids (a set union and intersections per bead in Python were most
    of the evidence's time), the same sums and the same arithmetic."""
    if not overlap_fast.available() or min(model.n, model.m) < COMPILED_ROWS or not beads:
        return [similarity(model, i, j, a, b) for i, j, a, b in beads]
    arr = np.asarray(beads, dtype=np.int64).reshape(-1, 4)
    o = overlap_fast.bead_overlaps(model, arr)
    ws, wt = np.asarray(model.WS, dtype=np.float64), np.asarray(model.WT, dtype=np.float64)
    i, j, a, b = arr.T
    den = ws[i + a] - ws[i] + wt[j + b] - wt[j] + model.smooth
    pos = den > 0
    out = np.zeros(len(arr))
    out[pos] = np.minimum(1.0, 2.0 * o[pos] / den[pos])
    return out.tolist()


def bead_sims(model: Model, path: Path, stat: Statistic = similarity) -> list[float]:
    """similarity() (or `stat`) of each bead of a path that has both sides."""
    if stat is similarity:
        return similarities(model, [(s0, t0, s1 - s0, t1 - t0) for s0, s1, t0, t1 in path
                                    if s1 > s0 and t1 > t0])
    return [stat(model, s0, t0, s1 - s0, t1 - t0) for s0, s1, t0, t1 in path
            if s1 > s0 and t1 > t0]


def margin_stat(model: Model) -> Statistic:
    """The bead's similarity minus the mean of its sentences' K_NEAREST best similarities
    (a margin, as in bitext mining). A difference, not a ratio: where evidence is sparse
    the ratio grows without bound (a pair sharing one weak key, in rows with nothing
    else, gets the largest); on the tuning mixes both counted the same.

    Why, in comparable mode: two reports of one event share their topic words (the
    place, the parties, "withdraw") in most sentences, so a pair of different sentences
    on the same topic is as similar as a shared sentence with its translation. What sets
    a translation apart is that it is far more similar to its partner than to the other
    sentences; the margin measures that, and the same topic words raise both sides of it.
    """
    row, col = knn_means(model)

    def stat(m: Model, i: int, j: int, a: int, b: int) -> float:
        base = (sum(row[i:i + a]) / a + sum(col[j:j + b]) / b) / 2.0
        return similarity(m, i, j, a, b) - base

    return stat


K_NEAREST = 3


def knn_means(model: Model) -> tuple[list[float], list[float]]:
    """For each source and each target sentence, the mean of its K_NEAREST highest 1-1
    similarities (zeros count: a sentence with fewer matches has a lower mean)."""
    col_top: list[list[float]] = [[] for _ in range(model.m)]
    row: list[float] = []
    for sims in pair_sims(model):
        for j, sim in sims.items():
            col_top[j].append(sim)
        row.append(sum(sorted(sims.values(), reverse=True)[:K_NEAREST]) / K_NEAREST)
    col = [sum(sorted(c, reverse=True)[:K_NEAREST]) / K_NEAREST for c in col_top]
    return row, col


def pair_sims(model: Model) -> list[dict[int, float]]:
    """similarity() of every 1-1 pair that shares a key, by source sentence ({j: sim},
    j ascending), through an index of the target's keys (linear in the matches, not n x m)."""
    where: dict[str, list[int]] = {}
    for j, s in enumerate(model.tgt):
        for k in s.own:
            where.setdefault(k, []).append(j)
    kw = model.key_weight
    out: list[dict[int, float]] = []
    for i, s in enumerate(model.src):
        o: dict[int, float] = {}
        for k in sorted(s.keys & where.keys()):
            for j in where[k]:
                o[j] = o.get(j, 0.0) + kw[k]
        sims: dict[int, float] = {}
        for j in sorted(o):
            den = (model.WS[i + 1] - model.WS[i] + model.WT[j + 1] - model.WT[j]
                   + model.smooth)
            sims[j] = min(1.0, 2.0 * o[j] / den) if den > 0 else 0.0
        out.append(sims)
    return out


# Fewest beads a path (and its null) needs for shape_gain to say anything: a mean of
# fewer costs is one wide bead's prior (three sentences as a 1-3 bead), not a test.
SHAPE_MIN_BEADS = 6


def shape_cost(model: Model, i: int, j: int, a: int, b: int) -> float:
    """How well a bead's shape fits a translation: its bead type's cost plus, with both
    sides, its length term (Gale-Church), in nats (an unknown type costs as the rarest)."""
    try:
        cost = model.prior_of(a, b)
    except KeyError:
        cost = model.transitions[-1][2]
    return cost + (model.length_cost(i, j, a, b) if a and b else 0.0)


def bead_shapes(model: Model, path: Path) -> list[float]:
    """shape_cost() per sentence of every bead of a path, empty ones included (a wide
    bead's type cost is spread over its sentences: a translation's one 1-6 bead is not
    six times as unlikely as the 1-1 beads around it)."""
    return [shape_cost(model, s0, t0, s1 - s0, t1 - t0) / ((s1 - s0) + (t1 - t0))
            for s0, s1, t0, t1 in path]


def shape_gain(path_shapes: Sequence[float], null_shapes: Sequence[float]) -> float | None:
    """How clearly the path's beads fit a translation's shape better than the null's: the
    Wilcoxon-Mann-Whitney rank-sum statistic of "a path bead costs less than a null
    bead", as a normal deviate (None when either side is too small to say). Ranks, not
    means: one rare bead type (a 1-6 bead, a translation's own) must not outweigh the
    rest.

    Why: with no dictionary a short Arabic-English text shares few names or numbers, and
    similarity alone leaves a translation and two articles on one event alike (seed 003
    against seed 000's English: estimate 0.87 on six beads). Lengths and bead types tell
    them apart: a translation's path fits them far better than a path through the
    reversed target can; between texts that are not translations the DP's best path fits
    them no better than that null. ar-en gold articles, no dictionary: translations 2.0
    to 3.9, the same with 5-8 Arabic sentences joined into one (synthetic) 1.7 to 2.7,
    crossed articles and seeds 002/003 against seed 000's English -0.1 to 0.9."""
    k, nn = len(path_shapes), len(null_shapes)
    if k < SHAPE_MIN_BEADS or nn < SHAPE_MIN_BEADS:
        return None
    ranked = sorted(null_shapes)
    u = 0.0
    for x in path_shapes:  # null beads costing more, ties counted half
        lo = bisect.bisect_left(ranked, x - 1e-12)
        hi = bisect.bisect_right(ranked, x + 1e-12)
        u += (nn - hi) + 0.5 * (hi - lo)
    spread = math.sqrt(k * nn * (k + nn + 1) / 12.0)
    return (u - k * nn / 2.0) / spread


def estimate(model: Model, path: Path, null_runs: Sequence[Sequence[float]],
             stat: Statistic = similarity, prior: float = PRIOR_PARALLEL,
             chance_beads: float | None = None,
             within: tuple[int, int, int, int] | None = None) -> Evidence:
    """Parallelness and per-bead probabilities from the path's and the null's
    similarities (or another statistic of a bead, the same for both); `null_runs`: the
    statistic of each null path's beads, one list per null path, in path order; `prior`:
    the guessed share of translated beads (worth PRIOR_BEADS beads); `chance_beads`: how
    many beads the null makes on this source, for comparable mode (see below); `within`:
    (s0, s1, t0, t1), the part where both texts run when their ends do not meet (see
    shared()): the share is of that part."""
    null = sorted(x for run in null_runs for x in run)
    nn = len(null)

    def tail(s: float) -> float:
        return null_tail(null, s)

    def tail_hi(s: float) -> float:
        # the same tail's upper confidence bound (Wilson, one-sided, Z_TAIL): a short
        # text's null has 20-50 beads, and a bead above all of them only says its tail is
        # below about 3/nn; the point estimate 1/(nn+1) made one shared number between
        # two unrelated articles a translation (tail 0.04, probability 0.8)
        return wilson_upper(_at_or_above(null, s), nn)

    got = iter(bead_sims(model, path, stat))
    sims: list[float | None] = [next(got) if s1 > s0 and t1 > t0 else None
                                for s0, s1, t0, t1 in path]
    pairs = [s for s in sims if s is not None]
    k = len(pairs)
    # the translated share is judged on runs of POOL beads (see windows) as far as there
    # are independent runs to outweigh the prior: a short text's few overlapping runs are
    # one or two draws, and the prior's PRIOR_BEADS would decide alone (seed 002 against
    # seed 000's English, no dictionary, eight beads of near-zero similarity: 0.93)
    pi = storey_share(pairs, null, prior)
    pooled = storey_share(windows(pairs, POOL),
                          sorted(x for run in null_runs for x in windows(run, POOL)), prior)
    pi += min(1.0, k / (POOL * PRIOR_BEADS)) * (pooled - pi)
    if chance_beads is not None:
        # comparable mode pairs only what stands out, and so does its null: how many beads
        # the null makes says how many of the path's are chance. (Storey's count needs a
        # null about as large as the path; on a real translation the null is nearly
        # empty, and fifteen sentences of a novel in comparable mode all scored 0.)
        pi = (max(0.0, k - chance_beads) + PRIOR_BEADS * prior) / (k + PRIOR_BEADS)
    ranked = sorted(pairs)

    def posterior(s: float, q: float) -> float:
        # P(similarity >= s | translation), from the path's own tail minus the null's part
        path_tail = (k - bisect.bisect_left(ranked, s - 1e-12)) / k if k else 1.0
        p1 = (path_tail - (1.0 - pi) * q) / pi if pi > 0 else 0.0
        p1 = max(q, min(1.0, p1))
        num = pi * p1
        return num / (num + (1.0 - pi) * q) if num > 0 else 0.0

    # each bead is judged on its null tail's upper bound; the share of translated
    # sentences, an average over the beads, on the point estimate
    translated = [posterior(s, tail_hi(s)) if s is not None else 1.0 for s in sims]
    total = model.n + model.m
    lo_s, hi_s, lo_t, hi_t = within or (0, model.n, 0, model.m)
    if within is not None:  # a ragged start or end is no part of what the texts share
        total = (hi_s - lo_s) + (hi_t - lo_t)
    covered = 0.0
    for (s0, s1, t0, t1), s in zip(path, sims):
        if s is not None and lo_s <= s0 and s1 <= hi_s and lo_t <= t0 and t1 <= hi_t:
            covered += posterior(s, tail(s)) * ((s1 - s0) + (t1 - t0))
    parallel = covered / total if total else 0.0
    # an unaligned sentence inside a translation is rarely right by chance; between texts
    # that are not translations nothing is known of it: no confidence either way
    translated = [p if s is not None else parallel
                  for p, s in zip(translated, sims)]
    lexical = any(s != 0.0 for s in pairs) or any(s != 0.0 for s in null)
    return Evidence(parallel, translated, k, lexical=lexical)


# Beads pooled (their statistic averaged) when estimating the translated share.
POOL = 5


def windows(stats: Sequence[float], w: int) -> list[float]:
    """The means of every run of w consecutive values (one mean of all when fewer).

    Why the translated share is estimated on runs of beads: Storey's count takes every
    bead whose tail is above LAMBDA for chance, which holds when a translated bead stands
    clearly above the null. In a loose translation with no dictionary it often does not:
    on the gold path of Emma's first 120 lines a translated bead's similarity (median
    0.15, 11% share no key) is hardly above what the null's DP picks by chance (0.11,
    12%), so about half the translated beads were counted as chance (estimate 0.49, true
    share about 0.8). Being a translation is a property of a stretch of text, not of one
    bead; a run's mean separates the two as sqrt(w) times better, and between texts that
    are not translations the path's runs are drawn as the null's are."""
    if len(stats) <= w:
        return [math.fsum(stats) / len(stats)] if stats else []
    out = []
    run = math.fsum(stats[:w])
    out.append(run / w)
    for x in range(w, len(stats)):
        run += stats[x] - stats[x - w]
        out.append(run / w)
    return out


def _at_or_above(null: Sequence[float], s: float) -> int:
    """How many values of the sorted `null` are at or above s."""
    return len(null) - bisect.bisect_left(null, s - 1e-12)


def null_tail(null: Sequence[float], s: float) -> float:
    """P_null(statistic >= s) against the sorted `null`, smoothed."""
    return (_at_or_above(null, s) + 1.0) / (len(null) + 1.0)


def storey_share(path: Sequence[float], null: Sequence[float], prior: float) -> float:
    """Share of the path's statistics that are not chance, by Storey's estimate against
    the sorted `null` (with the prior guess `prior` worth PRIOR_BEADS values)."""
    k = len(path)
    above = sum(1 for s in path if null_tail(null, s) > LAMBDA)
    # Storey: values from the null have q spread over (0, 1], so (1 - LAMBDA) of them
    # lie above LAMBDA; what is missing there is the translated share
    pi0 = (above + PRIOR_BEADS * (1 - prior) * (1 - LAMBDA)) / ((1 - LAMBDA) * (k + PRIOR_BEADS))
    return max(0.0, min(1.0, 1.0 - pi0))


def inner(path: Path) -> Path:
    """The path without a ragged start and end: its leading and trailing runs of
    unaligned sentences of one text (all 1-0 or all 0-1)."""
    def run(beads: Path) -> int:
        k, side = 0, -1
        for s0, s1, t0, t1 in beads:
            one = 0 if t1 == t0 else 1 if s1 == s0 else -1
            if one < 0 or side not in (-1, one):
                break
            side, k = one, k + 1
        return k
    lead = run(path)
    trail = min(run(path[::-1]), len(path) - lead)
    return path[lead:len(path) - trail]


def shared(path: Path) -> tuple[int, int, int, int] | None:
    """(s0, s1, t0, t1): the sentences of both texts between a path's ragged start and
    end (inner()), or None when it has none."""
    mid = inner(path)
    if not mid:
        return None
    return mid[0][0], mid[-1][1], mid[0][2], mid[-1][3]


# One-sided normal quantile of the null tail's upper bound (95%).
Z_TAIL = 1.645


def wilson_upper(hits: int, total: int, z: float = Z_TAIL) -> float:
    """Upper Wilson score bound of a proportion seen as hits / total (1.0 when total
    is 0)."""
    if total <= 0:
        return 1.0
    z2 = z * z
    p = hits / total
    centre = p + z2 / (2 * total)
    spread = z * math.sqrt(p * (1 - p) / total + z2 / (4 * total * total))
    return min(1.0, (centre + spread) / (1 + z2 / total))


def rotations(m: int) -> list[int]:
    """Null partners of the target: -1 is the target in reverse order (no monotone path
    can follow a true correspondence there, even in a text that repeats itself, where a
    rotation by half would land every sentence on its own copy); a short text also gets
    rotations by a quarter, half and three quarters, so that the null has enough beads."""
    if m < 2:
        return []
    if m >= NULL_BEADS:
        return [-1]
    return [-1] + sorted({max(1, m // 4), m // 2, min(m - 1, 3 * m // 4)})


def rotated(tgt: Sequence, by: int) -> list:
    """The target list rotated by `by` sentences (-1: reversed): a null partner."""
    if by < 0:
        return list(tgt)[::-1]
    return list(tgt[by:]) + list(tgt[:by])


def reversed_order(m: int, by: int) -> list[int]:
    """The target's indices in the order of comparable mode's null partner: reversed,
    then rotated by `by` (-1 or 0: reversed only)."""
    order = list(range(m))[::-1]
    by = max(0, by)
    return order[by:] + order[:by]


def off_path(null_path: Path, order: Sequence[int], path: Path) -> list:
    """The null path's beads that do not pair a source sentence with the very target
    sentence the real path pairs it with. A shuffled target still lets a monotone path
    meet a few true pairs (where the shuffle crosses the diagonal); in a short text those
    few are a large part of the null and made real translations look like chance."""
    pairs = {(i, j) for s0, s1, t0, t1 in path for i in range(s0, s1) for j in range(t0, t1)}
    return [(s0, s1, t0, t1) for s0, s1, t0, t1 in null_path
            if not any((i, order[k]) in pairs for i in range(s0, s1) for k in range(t0, t1))]


# Weight, in pairs, of the prior guess "ratio = 1" in pair_ratio.
RATIO_PRIOR_PAIRS = 2.0


def pair_ratio(model: Model) -> float | None:
    """Length ratio (target / source) of the sentence pairs that are each other's best
    lexical match, or None when there are none.

    Why: the totals' ratio assumes both texts say the same thing. Two articles on one
    event share a few sentences at most, and their totals say only which article is
    longer (an Arabic page against a shorter English one: 0.58, where its shared pairs
    run at 1.4); with that ratio the length term pushes the shared pairs apart. Mutual
    best matches are mostly the shared sentences; the median of their log ratios, pulled
    towards 1 by a prior worth RATIO_PRIOR_PAIRS pairs, is what a translated pair
    looks like here."""
    if model.n == 0 or model.m == 0:
        return None
    best_t: list[tuple[float, int]] = [(0.0, -1)] * model.m
    best_s: list[tuple[float, int]] = []
    for i, sims in enumerate(pair_sims(model)):
        top = (0.0, -1)
        for j, sim in sims.items():
            if sim > top[0]:
                top = (sim, j)
            if sim > best_t[j][0]:
                best_t[j] = (sim, i)
        best_s.append(top)
    logs = []
    for i, (_sim, j) in enumerate(best_s):
        if j >= 0 and best_t[j][1] == i:
            ls = model.SL[i + 1] - model.SL[i]
            lt = model.TL[j + 1] - model.TL[j]
            if ls > 0 and lt > 0:
                logs.append(math.log(lt / ls))
    if not logs:
        return None
    logs.sort()
    count = len(logs)
    median = (logs[(count - 1) // 2] + logs[count // 2]) / 2.0
    return math.exp(median * count / (count + RATIO_PRIOR_PAIRS))
