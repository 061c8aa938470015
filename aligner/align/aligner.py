"""Sentence alignment of two sentence lists: the public entry point `align_sentences`.

Why two passes: the first pass (lengths, numbers, names, cognates, dictionary) is mostly
right; a lexicon learned from its confident beads, a length variance and bead-type priors
re-estimated on this very document pair then make the second pass better, with no constant
tuned to a particular language pair. Both passes run in a band (see dp.py), so time and
memory grow linearly with the text.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
import dataclasses
import math
from dataclasses import dataclass, field
from typing import Iterator, Optional, Sequence, cast

from aligner.model import BeadSpan
from aligner.tasks import TaskControl

from aligner.align import coverage, dp, learn_fast, parallel, ragged, reestimate, skeleton, turns
from aligner.align.anchors import find_anchors
from aligner.align.blocks import paragraph_blocks
from aligner.align.doubt import disputed
from aligner.align.features import sentence_features
from aligner.align.sides import Sides, Translator, sides_of, translator
from aligner.align.learn import NameMemo, learn_from_beads, learn_names
from aligner.align.scoring import DEFAULT_PRIORS, DEFAULT_VAR, Model, forget_sides
from aligner.messages import Problem

# Band half-widths (sentences): the first pass only has a guessed centre line, the second
# follows the first pass's path. Both widen automatically where the path meets the edge.
FIRST_WIDTH = 6
SECOND_WIDTH = 3
MAX_WIDENINGS = 6
# Each widening adds `width` around the rows where the path met the edge. Growing steps
# (doubling) made a band so wide that the model's errors showed (a synthetic text missing
# 20% on one side: strict F1 0.69 and 42 s, against 0.94 and 8 s with steps of one width).
FIRST_PASS_TYPES = set(DEFAULT_PRIORS)
# Passes: the first, then re-estimation and learning from the previous pass's path. More
# passes reinforce the first pass's mistakes (en-fr gold: 3 passes scored below 2).
PASSES = 2
# Comparable mode: unaligned sentences as likely as pairs; wide beads not looked for.
COMPARABLE_PRIORS = {(1, 1): 0.3, (1, 2): 0.03, (2, 1): 0.03, (1, 0): 0.3, (0, 1): 0.3}
# Up to this many cells, comparable mode searches the whole table.
FULL_CELLS = 250_000
# Band cells from which the last pass's prepared overlaps are let go while the scores'
# evidence runs (about 50k sentences a side): 110 MB at 100k x 100k, for a second
# prepare (0.4 s there).
RELEASE_CELLS = 500_000
# Estimated share of sentences in translated beads (parallel.estimate) from which two
# texts are taken for complete translations of each other.
COMPLETE = 0.8
# Texts up to this many sentences (both sides) are checked for ends that do not meet
# (ragged.py); in a longer one a run-on part moves the totals' ratio little.
RAGGED_CHECK = 2000
# Share of the source's words a dictionary must translate for comparable mode's evidence
# to judge whether a short text pair is parallel. Without a dictionary that evidence
# (names, numbers, cognates) misses most pairs of real translations (twenty sentences of
# Alice: 0.14); FreeDict knows 46-70% of the words of the en-fr novels and the ar-en news.
COVERAGE_MIN = 0.3


@dataclass
class AlignStats:
    """What happened, for the CLI's --verbose and the benchmark."""

    cells: int = 0
    widenings: int = 0
    anchors: int = 0
    learned: int = 0
    ratio: float = 1.0
    var: float = DEFAULT_VAR
    comparable: bool = False  # comparable mode was used (asked for, or texts not parallel)
    parallel_parts: list[tuple[float, int]] = field(default_factory=list)

    @property
    def parallel(self) -> float:
        """Estimated share of the sentences that are in beads of translations (0..1)."""
        total = sum(w for _, w in self.parallel_parts)
        return sum(p * w for p, w in self.parallel_parts) / total if total else 1.0

    parallel_beads: int = 0
    # the last pass's node costs by turn flags (turns.node_costs): (0,0), (0,1), (1,0), (1,1)
    turn_costs: tuple[float, ...] = ()
    unrelated_blocks: int = 0
    # blocks found unrelated by the shape of their path (parallel.Evidence.shape_unlike),
    # whatever their estimate; and all blocks aligned
    unlike_blocks: int = 0
    blocks: int = 0
    # source sentences (of the aligned block) where the path still ran along the search
    # band's edge when no more widening was allowed: the path there is a guess
    unsure_rows: list[int] = field(default_factory=list)

    @property
    def unsure(self) -> bool:
        """The alignment is not sure of its path somewhere (see unsure_rows)."""
        return bool(self.unsure_rows)

    @property
    def looks_parallel(self) -> bool:
        """False when the texts clearly do not look like translations of each other."""
        if self.blocks and self.unlike_blocks == self.blocks:
            return False
        return not (self.unrelated_blocks and self.parallel
                    + 1.0 / max(1, self.parallel_beads) ** 0.5 < parallel.PARALLEL_MIN)


def align_sentences(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str, *,
                    src_paragraphs: Sequence[int] | None = None,
                    tgt_paragraphs: Sequence[int] | None = None,
                    lexicon: Translator | Sequence[Translator] | None = None,
                    control: Optional[TaskControl] = None,
                    stats: AlignStats | None = None,
                    comparable: bool | None = None) -> list[BeadSpan]:
    """Align two sentence lists; beads cover both lists in order, each with a score.

    `src_paragraphs[i]` is the paragraph number of source sentence i (same for target):
    when both sides have the same number of paragraphs of plausible lengths, paragraph
    boundaries are taken as fixed anchors. `lexicon`: objects with `translations(word)`
    mapping source words to target words (dictd / TSV lexicon, learned lexicons).
    `comparable`: True aligns in comparable mode (only sentence pairs that are translations
    become beads), False never does, None (default) does when the texts do not look like
    translations of each other; `stats.parallel` says how parallel they looked.
    """
    with _gc_paused():
        return _align(src, tgt, src_lang, tgt_lang, src_paragraphs, tgt_paragraphs, lexicon,
                      control, stats, comparable)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while aligning. The aligner builds millions of small
    objects that live until it returns and makes no reference cycles of its own; the
    collector kept walking them (about a third of a book's CPU time). Reference counting
    still frees everything; the collector runs again afterwards, as before. The models'
    shared side statistics are let go at the end too (scoring.forget_sides)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        forget_sides()
        learn_fast.forget()
        if was:
            gc.enable()


def _align(src, tgt, src_lang, tgt_lang, src_paragraphs, tgt_paragraphs, lexicon, control,
           stats, comparable) -> list[BeadSpan]:
    lexicons: list[Translator] = []
    if lexicon is not None:
        lexicons = list(lexicon) if isinstance(lexicon, (list, tuple)) else [cast(Translator, lexicon)]
    stats = stats if stats is not None else AlignStats()
    blocks = paragraph_blocks(src, tgt, src_paragraphs, tgt_paragraphs)
    out: list[BeadSpan] = []
    total = len(src) + len(tgt)
    done = 0
    for (s0, s1), (t0, t1) in blocks:
        size = (s1 - s0) + (t1 - t0)
        sub_control = _Offset(control, done, size, total) if control is not None else None
        unsure_before = len(stats.unsure_rows)
        for b in _align_block(list(src[s0:s1]), list(tgt[t0:t1]), src_lang, tgt_lang,
                              lexicons, sub_control, stats, comparable=bool(comparable),
                              auto_comparable=comparable is None):
            out.append(BeadSpan(b.src_start + s0, b.src_end + s0, b.tgt_start + t0,
                                b.tgt_end + t0, b.score))
        stats.unsure_rows[unsure_before:] = [r + s0 for r in stats.unsure_rows[unsure_before:]]
        done += size
    if control is not None:
        control.report(total, total, Problem("progress.aligned"))
    return out


class _Offset(TaskControl):
    """Progress of one block reported as part of the whole (cancel passes through)."""

    def __init__(self, parent: TaskControl, done: int, size: int, total: int) -> None:
        super().__init__()
        self.parent, self.done, self.size, self.total = parent, done, size, total

    def report(self, done: int, total: int, message: str = "") -> None:
        part = (done / total) if total else 1.0
        self.parent.report(self.done + int(part * self.size), self.total, message)

    def check(self) -> None:
        self.parent.check()


def _align_block(src: list[str], tgt: list[str], src_lang: str, tgt_lang: str,
                 lexicons: list[Translator], control: Optional[TaskControl],
                 stats: AlignStats, comparable: bool = False,
                 auto_comparable: bool = True) -> list[BeadSpan]:
    """_align_pass; and for a short text it takes for no translation, again with ragged
    ends and the matched pairs' ratio (ragged.py), kept when that finds the part where
    both run clearly parallel (texts that are not translations have no such part)."""
    args = (src, tgt, src_lang, tgt_lang, lexicons, control)
    first = AlignStats()
    sides = sides_of(src, tgt, src_lang, tgt_lang, lexicons) if src and tgt else None
    # the name learner's words and verdicts, shared by every pass over the block
    names = NameMemo(*((sides[0], sides[4]) if src_lang[:2] == "ar" else (sides[4], sides[0]))) \
        if sides is not None and _names_across(src_lang, tgt_lang) else None
    out = _align_pass(*args, first, comparable, auto_comparable, sides=sides, names=names)
    assert out is not None
    if comparable or (first.looks_parallel and not first.comparable) or \
            len(src) + len(tgt) > RAGGED_CHECK:
        return _merged(stats, first, out)
    second = AlignStats()
    alt = _align_pass(*args, second, comparable, auto_comparable, True, sides=sides,
                      names=names)
    if alt is not None and second.looks_parallel and not second.comparable and \
            ragged.kept(second.parallel, second.parallel_beads):
        return _merged(stats, second, alt)
    return _merged(stats, first, out)


def _merged(stats: AlignStats, part: AlignStats, out: list[BeadSpan]) -> list[BeadSpan]:
    """Add one block's statistics to the whole's; `out` passed through."""
    for f in dataclasses.fields(AlignStats):
        mine, theirs = getattr(stats, f.name), getattr(part, f.name)
        if isinstance(mine, list):
            mine.extend(theirs)
        elif isinstance(mine, bool):
            setattr(stats, f.name, mine or theirs)
        elif isinstance(mine, int):
            setattr(stats, f.name, mine + theirs)
        else:
            setattr(stats, f.name, theirs)
    return out


def _names_across(src_lang: str, tgt_lang: str) -> bool:
    """Whether names are learned (learn_names): Arabic on one side only, so that its
    words and the other side's Latin ones may write the same name."""
    return (src_lang[:2] == "ar") != (tgt_lang[:2] == "ar")


def _align_pass(src: list[str], tgt: list[str], src_lang: str, tgt_lang: str,
                lexicons: list[Translator], control: Optional[TaskControl],
                stats: AlignStats, comparable: bool = False, auto_comparable: bool = True,
                ragged_ends: bool = False, sides: Sides | None = None,
                names: NameMemo | None = None) -> list[BeadSpan] | None:
    """One alignment of a block; with `ragged_ends`, with a ragged start and end and the
    matched pairs' ratio, or None when no pairs match. `sides`: sides_of() the block,
    when the caller has it."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:  # nothing to choose: every sentence is left unaligned
        return ([BeadSpan(i, i + 1, 0, 0, 1.0) for i in range(n)]
                + [BeadSpan(n, n, j, j + 1, 1.0) for j in range(m)])
    s_tok, sf, tf, dict_translate, t_tok = sides or sides_of(src, tgt, src_lang, tgt_lang,
                                                             lexicons)
    translate = dict_translate
    if control is not None:
        control.report(0, 3 * n, Problem("progress.first_pass"))

    # --- first pass: centre line through anchors --------------------------------------
    # (the first pass could do with fewer bead types, but on the en-fr gold that costs
    # more accuracy than the time it saves is worth)
    # Unsure rows are those of the pass whose path is kept: a later pass searches again
    # around the earlier path, and where it settles inside its band the earlier pass's
    # doubt is answered (the eight en-fr books told five times: the first pass still met
    # its band's edge after every widening at the end of Emma, the second settled after
    # two, and the result, F1 0.928, beat the books told once, 0.926; it warned all the same)
    mark = len(stats.unsure_rows)
    # the ends may not meet: the matched pairs' ratio and ragged ends (ragged.py)
    ratio0 = ragged.pass_ratio(Model(sf, tf)) if ragged_ends else None
    if ragged_ends and ratio0 is None:
        return None
    model, band, path, F = _first_pass(sf, tf, DEFAULT_PRIORS, control, stats, ratio=ratio0)
    unsure = _taken(stats, mark)
    sf0 = sf
    if comparable:
        path = _comparable_path(sf, tf, control, stats)
        unsure = _taken(stats, mark)

    # --- re-estimate on this document pair, learn a lexicon, run again -----------------
    seen = set(FIRST_PASS_TYPES)
    turn_marks = (turns.turn_starts(src), turns.turn_starts(tgt))
    for _ in range(0 if comparable else PASSES - 1):
        # beads with both sides and some lexical evidence: the ones worth learning from
        good = [b for b in path if b[1] > b[0] and b[3] > b[2]
                and model.similarity(b[0], b[2], b[1] - b[0], b[3] - b[2]) > 0.0]
        learned = learn_from_beads(sf, tf, good, (s_tok, t_tok))
        if _names_across(src_lang, tgt_lang):
            learn_names(src, tgt, good, src_is_arabic=src_lang[:2] == "ar", table=learned,
                        memo=names)
        stats.learned = len(learned)
        if len(learned):
            translate = translator(lexicons + [learned])
            sf = sentence_features(src, src_lang, tgt_lang, translate=translate,
                                   target_side=False, tokens=s_tok)
        ratio, var = reestimate.length_params(model, path)
        stats.ratio, stats.var = ratio, var
        model = ragged.model(sf, tf, reestimate.priors(path, seen), ratio, var, ratio0 is not None)
        # cuts at turns of dialogue, priced on the earlier path (turns.py)
        model.turns_src, model.turns_tgt = turn_marks
        model.node_costs, model.cuts = turns.node_costs(path, *turn_marks), True
        stats.turn_costs = tuple(model.node_costs.ravel().tolist())
        band = _band_around_path(path, SECOND_WIDTH, n, m)
        F = None  # the earlier pass's costs are not needed again (memory)
        earlier = path
        path, F = _run(model, band, SECOND_WIDTH, control, (n, 3 * n), stats)
        unsure = _taken(stats, mark) + disputed(earlier, path)
        seen = set(DEFAULT_PRIORS)

    # --- confidence of each bead --------------------------------------------------------
    if control is not None:
        control.report(2 * n, 3 * n, Problem("progress.scores"))
    # a long text: the last pass's prepared overlaps (rows x band width, four arrays) are
    # let go while the evidence runs a pass of its own, and made again for the margins
    released = model.arrays is not None and band.cells() >= RELEASE_CELLS
    if released:
        model.release()
    sf_cf = _crossfit_features(src, tgt, src_lang, tgt_lang, lexicons, sf0, tf, path,
                               (s_tok, t_tok), names)
    # texts whose ends do not meet are judged on the part where both run
    within = parallel.shared(path) if ratio0 is not None else None
    ev = _evidence(sf_cf, tf, Model(sf_cf, tf, ratio=ratio0), path, comparable, stats,
                   ratio0, within)
    doc_parallel = ev.parallel
    unrelated = ev.clearly_not_parallel
    # a short text whose similarity does not make it clearly parallel, and whose path
    # fits lengths and bead types no better than the null's: two texts that do not
    # correspond (the similarity estimate there rests mostly on its prior)
    by_shape = (not comparable and not unrelated and ev.beads < parallel.NULL_BEADS
                and ev.shape_unlike and not parallel.clearly_parallel(ev.parallel, ev.beads))
    unrelated = unrelated or by_shape
    c_path: list | None = None
    c_unsure: list[int] = []
    if not comparable and not unrelated and ev.beads < parallel.NULL_BEADS and \
            _dictionary_coverage(sf0, dict_translate) >= COVERAGE_MIN:
        # a short text: the estimate above rests on few beads and mostly on its prior;
        # with a dictionary that knows the words, comparable mode's evidence (which pairs
        # stand out from their neighbours) tells translations from texts that are not
        c_path = _comparable_path(sf0, tf, control, stats)
        c_unsure = _taken(stats, mark)
        c_ev = _evidence(sf_cf, tf, Model(sf_cf, tf), c_path, True, stats, None, within)
        if c_ev.parallel + 1.0 / math.sqrt(n + m) < parallel.PARALLEL_MIN:
            unrelated, doc_parallel = True, c_ev.parallel
            ev = dataclasses.replace(ev, beads=n + m)  # the estimate rests on sentences
        elif ev.shape_unlike and c_ev.parallel < parallel.PARALLEL_MIN:
            # two lines of evidence agree: the path fits no better than its null, and only
            # a minority of the sentences stand out as translations (seed 001 against
            # seed 000's English, FreeDict: similarity 0.86 on nine beads, shape 0.5,
            # comparable 0.39; the en-fr openings whose shape is as poor keep 0.57-0.64)
            unrelated = by_shape = True
    stats.parallel_beads += ev.beads
    stats.blocks += 1
    if unrelated:
        stats.unrelated_blocks += 1
    if not comparable and unrelated and auto_comparable:
        # not translations of each other: keep only the pairs that stand out
        if c_path is None:
            c_path = _comparable_path(sf0, tf, control, stats)
            c_unsure = _taken(stats, mark)
        path, unsure = c_path, c_unsure
        ev = _evidence(sf_cf, tf, Model(sf_cf, tf), path, True, stats)
        if by_shape:
            doc_parallel = min(doc_parallel, ev.parallel)
            stats.unlike_blocks += 1
        comparable = True
        model, band, F = _comparable_model(sf0, tf, path)
    elif comparable:
        model, band, F = _comparable_model(sf0, tf, path)
    stats.comparable = stats.comparable or comparable
    stats.unsure_rows += unsure
    stats.parallel_parts.append((doc_parallel, n + m))
    if not comparable and doc_parallel >= COMPLETE:
        # a complete translation: no sentence dropped on one side where one is added on
        # the other (dp.close_gaps)
        path = dp.close_gaps(path, {(a, b) for a, b, _ in model.transitions if a and b})
    if released and model.arrays is None:  # (comparable mode's model has its own)
        model.prepare(band.lo, band.hi)
    B = dp.backward(model, band)
    margins = dp.margins(model, band, F, B, path)
    # texts that clearly look parallel: the margin alone is a calibrated probability (en-fr
    # gold); otherwise each bead also needs the evidence that it holds translations at
    # all. "Clearly": above PARALLEL_MIN by more than the estimate's sampling error; a
    # short text's estimate rests mostly on its prior (unrelated Arabic-English articles
    # of 6-17 sentences reached 0.53-0.87, and every bead of the path kept its margin),
    # or its path fits lengths and bead types clearly better than the null's (with no
    # dictionary the similarity of a short ar-en translation rests on a few names)
    shape_fits = ev.shape_z is not None and ev.shape_z >= parallel.Z_TAIL
    doubtful = comparable or not (parallel.clearly_parallel(doc_parallel, ev.beads)
                                  or shape_fits)
    factors = ev.translated if doubtful else [1.0] * len(path)
    if comparable and _dictionary_coverage(sf0, dict_translate) >= COVERAGE_MIN:
        # a dictionary that knows the words: a pair must match on both sides, and a 1-1
        # becomes the 1-2 or 2-1 its unaligned neighbour makes where that matches more
        path, margins, factors = coverage.judged(src, tgt, src_lang, tgt_lang, dict_translate,
                                                 path, margins, factors,
                                                 _names_across(src_lang, tgt_lang))
    return [BeadSpan(s0, s1, t0, t1, round(dp.confidence(mg) * p, 4))
            for (s0, s1, t0, t1), mg, p in zip(path, margins, factors)]


def _taken(stats: AlignStats, mark: int) -> list[int]:
    """The unsure rows recorded since `mark`, removed from stats (see _align_block)."""
    rows = stats.unsure_rows[mark:]
    del stats.unsure_rows[mark:]
    return rows


def _dictionary_coverage(sf, translate) -> float:
    """Share of the source's distinct words the given lexicons translate (0 without)."""
    if translate is None:
        return 0.0
    words = sorted({w for s in sf for w in s.words})
    return sum(1 for w in words if translate(w)) / len(words) if words else 0.0


def _comparable_setup(sf, tf) -> Model:
    """The model of comparable mode: unaligned sentences as likely as pairs, and the
    length ratio of the pairs that match best (parallel.pair_ratio), not of the totals
    (two articles on one event are not the same length for the same content)."""
    model = Model(sf, tf, priors=COMPARABLE_PRIORS)
    ratio = parallel.pair_ratio(model)
    if ratio is not None:
        model = Model(sf, tf, priors=COMPARABLE_PRIORS, ratio=ratio)
    return model


def _comparable_model(sf, tf, path):
    """Model, band and forward costs of comparable mode around `path` (for the margins)."""
    n, m = len(sf), len(tf)
    model = _comparable_setup(sf, tf)
    band = dp.Band([0] * (n + 1), [m] * (n + 1)) if n * m <= FULL_CELLS else \
        _band_around_path(path, FIRST_WIDTH, n, m)
    band.fix(n, m)
    model.prepare(band.lo, band.hi)
    F, _ = dp.forward(model, band)
    return model, band, F


def _first_pass(sf, tf, priors, control, stats: AlignStats, widenings: int = MAX_WIDENINGS,
                ratio: float | None = None):
    """Anchors, a band around the line through them, the DP: model, band, path, F.
    `widenings`: how often the band may be widened where the path meets its edge; `ratio`:
    the matched pairs' length ratio of texts whose ends do not meet (ragged.py)."""
    n, m = len(sf), len(tf)
    model = ragged.model(sf, tf, priors, ratio, DEFAULT_VAR, ratio is not None)
    anchors = find_anchors(sf, tf, model.SL, model.TL)
    stats.anchors += len(anchors)
    # where rare words give no anchors (a text that repeats itself), lengths lead
    if ratio is not None:  # a ragged start or end (ragged.py)
        def run(b: dp.Band):
            mark = len(stats.unsure_rows)
            got = _run(model, b, FIRST_WIDTH, control, (0, 3 * n), stats, widenings)
            return got + (_taken(stats, mark),)
        band, path, F, rows = ragged.first_band(model, anchors, ratio, FIRST_WIDTH, run)
        stats.unsure_rows += rows
        return model, band, path, F
    line = skeleton.centre_through(anchors, model.SL, model.TL, model.ratio, DEFAULT_VAR)
    band = dp.Band.around(line, FIRST_WIDTH, n, m)
    path, F = _run(model, band, FIRST_WIDTH, control, (0, 3 * n), stats, widenings)
    return model, band, path, F


def _comparable_path(sf, tf, control, stats: AlignStats):
    """The path of comparable mode: leaving a sentence unaligned is as likely as pairing
    it, so only pairs whose words match beat leaving both sides unaligned. Short texts
    get the whole table (shared sentences may sit anywhere), long ones a band."""
    n, m = len(sf), len(tf)
    if n * m <= FULL_CELLS:
        model = _comparable_setup(sf, tf)
        band = dp.Band([0] * (n + 1), [m] * (n + 1))
        band.fix(n, m)
        model.prepare(band.lo, band.hi)
        F, BP = dp.forward(model, band, control, (0, 3 * n))
        return dp.trace(model, band, BP)
    return _first_pass(sf, tf, COMPARABLE_PRIORS, control, stats)[2]


def _crossfit_features(src, tgt, src_lang, tgt_lang, lexicons, sf0, tf, path, toks=None,
                       names: NameMemo | None = None):
    """Source features for judging the path: each half of the source gets the lexicon
    learned from the beads of the other half (cross-fitting). A lexicon learned from a
    path finds that very path similar whether or not it holds translations; learned on
    one half, it only helps on the other if the texts really are translations. Without
    it a language pair with no dictionary and no shared forms would show no evidence.
    `toks`: both sides' tokens (sides_of), when at hand."""
    n = len(src)
    half = n // 2
    if half < 10:  # too short to learn anything from half of it
        return sf0
    out = list(sf0)
    cross_names = _names_across(src_lang, tgt_lang)
    for learn_part, lo, hi in (((half, n), 0, half), ((0, half), half, n)):
        beads = [b for b in path if b[1] > b[0] and b[3] > b[2]
                 and learn_part[0] <= b[0] and b[1] <= learn_part[1]]
        learned = learn_from_beads(sf0, tf, beads, toks)
        if cross_names:
            learn_names(src, tgt, beads, src_is_arabic=src_lang[:2] == "ar", table=learned,
                        memo=names)
        if len(learned):
            translate = translator(lexicons + [learned])
            out[lo:hi] = sentence_features(src[lo:hi], src_lang, tgt_lang,
                                           translate=translate, target_side=False,
                                           tokens=toks[0].part(lo, hi) if toks else None)
    return out


def _evidence(sf, tf, model0: Model, path, comparable: bool, stats: AlignStats,
              ratio: float | None = None, within=None) -> parallel.Evidence:
    """Parallelness and per-bead translation probabilities against a null alignment of
    the same source with the target reversed (see parallel.py). In comparable mode the
    statistic is the similarity's margin over each sentence's nearest others
    (parallel.margin_stat: texts on one topic are similar everywhere), and the prior
    share of translated beads is even (parallel.PRIOR_COMPARABLE)."""
    _n, m = len(sf), len(tf)
    # comparable mode judges pairs on their words and numbers alone (the paths are still
    # found with all the evidence): see parallel.words_only
    sf_w, tf_w = (parallel.words_only(sf), parallel.words_only(tf)) if comparable \
        else (sf, tf)
    if comparable:
        model0 = Model(sf_w, tf_w)
    null: list[list[float]] = []
    shapes: list[float] = []
    for by in parallel.rotations(m):
        null_stats = AlignStats()
        # rotations of the reversed target: a rotation of the target itself keeps most of
        # the text in order (rotated by a quarter, three quarters of a translation still
        # follow one diagonal, the null's band found it, and 120 sentences of Alice or
        # Swann looked no more parallel than that null: estimate 0.14-0.18, no dictionary)
        order = parallel.reversed_order(m, by)
        tf_rot = [tf[j] for j in order]
        if comparable:
            # without the true pairs it still meets
            null_path = parallel.off_path(_comparable_path(sf, tf_rot, None, null_stats),
                                          order, path)
        else:
            # no widening: a path with nothing to follow meets the band's edge everywhere,
            # and one band's worth of choice is the selection the null must reproduce
            null_path = _first_pass(sf, tf_rot, DEFAULT_PRIORS, None, null_stats, 0,
                                    ratio)[2]
        null_model = Model(sf_w, [tf_w[j] for j in order]) if comparable \
            else Model(sf, tf_rot, ratio=ratio)
        null.append(parallel.bead_sims(null_model, null_path,
                                       parallel.margin_stat(null_model) if comparable
                                       else parallel.similarity))
        shapes += parallel.bead_shapes(null_model, _shared(null_path, ratio))
    if comparable:
        runs = len(parallel.rotations(m))
        chance = sum(len(r) for r in null) / runs if runs else None
        return parallel.estimate(model0, path, null, parallel.margin_stat(model0),
                                 parallel.PRIOR_COMPARABLE, chance, within)
    ev = parallel.estimate(model0, path, null, within=within)
    ev.shape_z = parallel.shape_gain(parallel.bead_shapes(model0, _shared(path, ratio)),
                                     shapes)
    return ev


def _shared(path, ratio: float | None):
    """The path without a ragged start and end when the texts' ends do not meet."""
    return parallel.inner(path) if ratio is not None else path


def _run(model: Model, band: dp.Band, width: int, control, progress, stats: AlignStats,
         max_widenings: int = MAX_WIDENINGS):
    """Forward pass + trace; where the path met the band's edge, widen the band there and
    redo the DP from the first changed row on (rows before it cannot change)."""
    n, m = model.n, model.m
    model.prepare(band.lo, band.hi)
    F, BP = dp.forward(model, band, control, progress)
    stats.cells += band.cells()
    for attempt in range(max_widenings + 1):
        path = dp.trace(model, band, BP)
        hits = dp.edge_hits(path, band, n, m)
        if hits and attempt == max_widenings and max_widenings > 0:
            stats.unsure_rows.append(min(hits))
        if not hits or attempt == max_widenings:
            break
        stats.widenings += 1
        first, last = dp.widen(band, hits, width, n, m)
        model.prepare(band.lo, band.hi, rows=(first, last))
        F, BP = dp.forward(model, band, control, progress, start=first, F=F, BP=BP)
        stats.cells += sum(band.hi[i] - band.lo[i] + 1 for i in range(first, n + 1))
    return path, F


def _band_around_path(path, width: int, n: int, m: int) -> dp.Band:
    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for s0, s1, t0, t1 in path:
        for i in range(s0, s1 + 1):
            lo[i] = min(lo[i], t0)
            hi[i] = max(hi[i], t1)
    band = dp.Band([max(0, x - width) for x in lo], [min(m, x + width) for x in hi])
    band.fix(n, m)
    return band
