"""Corpus glue for the aligner: align a stored bitext, re-align a range, learn from the
beads users confirmed.

Why a separate module: the aligner itself works on plain sentence lists (testable, usable
from the CLI without a corpus); this module decides which segments take part (excluded
ones do not), maps results back to segment positions, keeps confirmed beads fixed, and
turns every correction a user made into lexicon entries for the next alignment.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable, Optional, Sequence, cast

from aligner.corpus import Corpus
from aligner.edits import ReplaceBeads
from aligner.model import Bead, BeadSpan, BeadStatus, Segment
from aligner.tasks import TaskControl

from aligner.align.aligner import AlignStats, Translator, align_sentences
from aligner.align.learn import LearnedLexicon, learn_from_pairs
from aligner.align.features import KEY_PREFIX, base_form, words_of

from aligner.align.lexicon import Lexicon
from aligner.messages import Problem


def map_spans(spans: Iterable[BeadSpan], src_positions: Sequence[int],
              tgt_positions: Sequence[int]) -> list[BeadSpan]:
    """Turn spans over filtered sentence lists into spans over segment positions.

    An aligner that skips excluded segments aligns lists whose i-th item is segment
    `src_positions[i]`; this maps its result back so `replace_beads` (offsets 0) can store
    it. Excluded segments between two beads stay uncovered, which the invariants allow.
    """
    def side(lo: int, hi: int, positions: Sequence[int]) -> tuple[int, int]:
        if hi > lo:
            return positions[lo], positions[hi - 1] + 1
        # empty side: place it just after the previous aligned sentence
        at = positions[lo - 1] + 1 if lo > 0 else (positions[0] if positions else 0)
        return at, at

    out = []
    for span in spans:
        s0, s1 = side(span.src_start, span.src_end, src_positions)
        t0, t1 = side(span.tgt_start, span.tgt_end, tgt_positions)
        out.append(BeadSpan(s0, s1, t0, t1, span.score))
    return out


def _langs(corpus: Corpus, bitext_id: int) -> tuple[str, str, int, int]:
    bt = corpus.bitext(bitext_id)
    src_lang = bt.src_lang or corpus.document(bt.src_doc_id).lang
    tgt_lang = bt.tgt_lang or corpus.document(bt.tgt_doc_id).lang
    return src_lang, tgt_lang, bt.src_doc_id, bt.tgt_doc_id


def default_lexicons(corpus: Corpus | None, src_lang: str, tgt_lang: str,
                     extra: Translator | Sequence[Translator] | None = None, *,
                     dictionary: bool = True) -> list[Translator]:
    """The installed dictionary (if any and wanted), what users confirmed, and `extra`."""
    out: list[Translator] = []
    if extra is not None:
        out.extend(extra if isinstance(extra, (list, tuple)) else [cast(Translator, extra)])
    if dictionary:
        installed = Lexicon.installed(src_lang, tgt_lang)
        if installed is not None:
            out.append(installed)
    if corpus is not None:
        learned = learned_lexicon(corpus, src_lang, tgt_lang)
        if len(learned):
            out.append(learned)
    return out


def _aligned(segments: Sequence[Segment], lo: int = 0, hi: int | None = None
             ) -> tuple[list[str], list[int], list[int]]:
    """Texts, paragraphs and positions of the non-excluded segments in positions [lo, hi)."""
    hi = len(segments) if hi is None else hi
    keep = [s for s in segments[lo:hi] if not s.excluded]
    return [s.text for s in keep], [s.paragraph for s in keep], [s.position for s in keep]


# Setting under which a bitext's parallelness estimate is kept (see parallel_estimate).
PARALLEL_KEY = "align.parallel.{}"


def parallel_estimate(corpus: Corpus, bitext_id: int) -> float | None:
    """How parallel the bitext's texts looked at its last alignment (0..1: the estimated
    share of sentences in beads of translations), or None if never aligned since this
    was recorded. Below aligner.align.parallel.PARALLEL_MIN they do not look like
    translations of each other."""
    value = corpus.get_setting(PARALLEL_KEY.format(bitext_id))
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


# Setting under which a bitext's alignment warning is kept for the GUI: "not-parallel",
# "unsure:N" (N: the first source sentence, counted from 1, where the path was unsure) or "".
NOTE_KEY = "align.note.{}"


def alignment_note(corpus: Corpus, bitext_id: int) -> tuple[str, int | None] | None:
    """The warning of the bitext's last whole alignment, as (kind, sentence): ("not-parallel",
    None), ("unsure", N), or None when there was none (or it was never recorded)."""
    value = corpus.get_setting(NOTE_KEY.format(bitext_id)) or ""
    if value == "not-parallel":
        return value, None
    kind, _, row = value.partition(":")
    if kind == "unsure" and row.isdigit():
        return kind, int(row)
    return None


def _note(stats: AlignStats) -> str:
    if not stats.looks_parallel:
        return "not-parallel"
    if stats.unsure:
        return f"unsure:{min(stats.unsure_rows) + 1}"
    return ""


def not_parallel_warning(name: str, stats: AlignStats) -> str | None:
    """The one warning line for texts that do not look like translations, else None."""
    if stats.looks_parallel:
        return None
    return (f"warning: {name}: the two texts do not look like translations of each other "
            f"(parallel estimate {stats.parallel:.2f}); "
            f"aligned in comparable mode: only sentence pairs that match became beads")


def unsure_path_warning(name: str, stats: AlignStats) -> str | None:
    """The one warning line for an alignment unsure of its path (the DP's best path still
    ran along the edge of its search band after every widening it was allowed), else
    None. Texts that are not translations get not_parallel_warning instead."""
    if not stats.unsure or not stats.looks_parallel:
        return None
    rows = sorted(set(stats.unsure_rows))
    where = ", ".join(str(r + 1) for r in rows[:3]) + (" ..." if len(rows) > 3 else "")
    return (f"warning: {name}: the alignment is unsure of its path near source sentence "
            f"{where}: no sure footing there (few rare words to anchor on, or a passage "
            f"missing on one side); check those beads")


def align_bitext(corpus: Corpus, bitext_id: int, *, lexicon=None,
                 control: Optional[TaskControl] = None, dictionary: bool = True,
                 stats: AlignStats | None = None, comparable: bool | None = None) -> int:
    """Align a whole bitext and store its beads (replacing all); returns the bead count.
    The parallelness estimate is stored with it (parallel_estimate) and left in `stats`."""
    stats = stats if stats is not None else AlignStats()
    src_lang, tgt_lang, sd, td = _langs(corpus, bitext_id)
    s_text, s_par, s_pos = _aligned(corpus.segments(sd))
    t_text, t_par, t_pos = _aligned(corpus.segments(td))
    spans = align_sentences(s_text, t_text, src_lang, tgt_lang, src_paragraphs=s_par,
                            tgt_paragraphs=t_par,
                            lexicon=default_lexicons(corpus, src_lang, tgt_lang, lexicon,
                                                     dictionary=dictionary),
                            control=control, stats=stats, comparable=comparable)
    mapped = map_spans(spans, s_pos, t_pos)
    corpus.replace_beads(bitext_id, mapped)
    corpus.set_setting(PARALLEL_KEY.format(bitext_id), f"{stats.parallel:.4f}")
    corpus.set_setting(NOTE_KEY.format(bitext_id), _note(stats))
    return len(mapped)


class RealignBeads(ReplaceBeads):
    """A ReplaceBeads whose result keeps some existing beads as they are (id, status).

    `items` are new BeadSpans (over segment positions) and kept Beads, in order.
    """

    def __init__(self, bitext_id: int, first: int, last: int | None,
                 items: Sequence[BeadSpan | Bead], label: str = "Re-align"):
        super().__init__(bitext_id, first, last,
                         [x for x in items if isinstance(x, BeadSpan)], label=label)
        self.items = list(items)

    def _plan(self, corpus: Corpus) -> tuple[int, int, list[Bead]]:
        first, last, _ = super()._plan(corpus)
        new = []
        for x in self.items:
            if isinstance(x, Bead):
                new.append(dataclasses.replace(x))
            else:
                new.append(Bead(None, self.bitext_id, 0, x.src_start, x.src_end, x.tgt_start,
                                x.tgt_end, float(x.score), BeadStatus.AUTO, ""))
        return first, last, new


def realign_edit(corpus: Corpus, bitext_id: int, first: int = 0, last: int | None = None, *,
                 lexicon=None, control: Optional[TaskControl] = None,
                 dictionary: bool = True) -> ReplaceBeads:
    """The edit that re-aligns beads [first, last), keeping confirmed beads fixed.

    Each stretch of unconfirmed beads between confirmed ones is aligned on its own (the
    confirmed beads are anchors); the edit is returned, not applied, so the caller can
    push it on its undo history.
    """
    src_lang, tgt_lang, sd, td = _langs(corpus, bitext_id)
    beads = corpus.beads(bitext_id)
    last = len(beads) if last is None else min(last, len(beads))
    first = max(0, first)
    s_segs, t_segs = corpus.segments(sd), corpus.segments(td)
    lexicons = default_lexicons(corpus, src_lang, tgt_lang, lexicon, dictionary=dictionary)
    items: list[BeadSpan | Bead] = []
    stretch: list[Bead] = []
    total = max(1, last - first)

    def flush() -> None:
        if not stretch:
            return
        s0 = min(b.src_start for b in stretch)
        s1 = max(b.src_end for b in stretch)
        t0 = min(b.tgt_start for b in stretch)
        t1 = max(b.tgt_end for b in stretch)
        s_text, s_par, s_pos = _aligned(s_segs, s0, s1)
        t_text, t_par, t_pos = _aligned(t_segs, t0, t1)
        spans = align_sentences(s_text, t_text, src_lang, tgt_lang, src_paragraphs=s_par,
                                tgt_paragraphs=t_par, lexicon=lexicons)
        if not s_pos and not t_pos:  # only excluded segments: keep one covering bead
            items.append(BeadSpan(s0, s1, t0, t1, 1.0))
        else:
            items.extend(_map_into(spans, s_pos, t_pos, s0, t0))
        stretch.clear()

    for k in range(first, last):
        if control is not None:
            control.report(k - first, total, Problem("progress.realigning"))
        b = beads[k]
        if b.status == BeadStatus.CONFIRMED:
            flush()
            items.append(b)
        else:
            stretch.append(b)
    flush()
    if control is not None:
        control.report(total, total, Problem("progress.realigned"))
    return RealignBeads(bitext_id, first, last, items)


def _map_into(spans: Sequence[BeadSpan], s_pos: list[int], t_pos: list[int],
              s0: int, t0: int) -> list[BeadSpan]:
    """map_spans for a stretch: an empty side with nothing before it sits at the stretch
    start (not at position 0 of the document)."""
    mapped = map_spans(spans, s_pos or [s0], t_pos or [t0]) if (s_pos and t_pos) else None
    if mapped is None:
        # one side has no aligned sentence at all: every bead is one-sided
        out = []
        for sp in spans:
            if sp.src_end > sp.src_start:
                out.append(BeadSpan(s_pos[sp.src_start], s_pos[sp.src_end - 1] + 1, t0, t0,
                                    sp.score))
            else:
                out.append(BeadSpan(s0, s0, t_pos[sp.tgt_start], t_pos[sp.tgt_end - 1] + 1,
                                    sp.score))
        return out
    fixed = []
    for sp, orig in zip(mapped, spans):
        a0, a1, b0, b1 = sp.src_start, sp.src_end, sp.tgt_start, sp.tgt_end
        if orig.src_start == orig.src_end == 0:
            a0 = a1 = s0
        if orig.tgt_start == orig.tgt_end == 0:
            b0 = b1 = t0
        fixed.append(BeadSpan(a0, a1, b0, b1, sp.score))
    return fixed


def learned_lexicon(corpus: Corpus, src_lang: str, tgt_lang: str) -> LearnedLexicon:
    """A lexicon learned from every confirmed bead of every bitext with these languages."""
    pairs = []
    for bt in corpus.bitexts():
        sl, tl, sd, td = _langs(corpus, bt.id)
        if (sl[:2], tl[:2]) != (src_lang[:2], tgt_lang[:2]):
            continue
        confirmed = [b for b in corpus.beads(bt.id) if b.status == BeadStatus.CONFIRMED
                     and b.src_end > b.src_start and b.tgt_end > b.tgt_start]
        if not confirmed:
            continue
        s_segs, t_segs = corpus.segments(sd), corpus.segments(td)
        for b in confirmed:
            words = [base_form(w, sl[:2]) for s in s_segs[b.src_start:b.src_end]
                     if not s.excluded for w in words_of(s.text)]
            keys = {base_form(w, tl[:2])[:KEY_PREFIX] for s in t_segs[b.tgt_start:b.tgt_end]
                    if not s.excluded for w in words_of(s.text) if not w[0].isdigit()}
            pairs.append((words, keys))
    return learn_from_pairs(pairs)
