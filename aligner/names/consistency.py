"""The consistency check: every place a translation spells a registered name differently
from the spelling chosen for its language, and how a fix rewrites the sentence.

A found spelling is consistent when it is the chosen one, an admitted one, or the chosen
one with a capital first letter at the start of a sentence (al-Qaim -> "Al-Qaim said").
A fix writes the chosen spelling there (capitalised the same way), and in French the word
before it elides or not to suit the name's first sound (de Qaem / d’al-Qaïm, elision.py).
The chosen spelling is written as the user chose it ("Al-Hadithi" keeps its capital
mid-sentence); only a sentence start capitalises a chosen lower-case article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from aligner.model import Bitext, Entity, FormStatus, NameOccurrence, RegisterEntry, Segment
from aligner.names.elision import elision_fix
from aligner.names.occurrences import ArabicIndex, LatinSpotter, Spot, _longest_first
from aligner.tasks import TaskControl, report
from aligner.text.fold import APOSTROPHES

ARABIC = "ar"


@dataclass(frozen=True)
class Inconsistency:
    """A place whose spelling is not the chosen one, and what a fix would write there."""

    occurrence: NameOccurrence
    chosen: str       # the entry's chosen spelling in that language
    replacement: str  # what the fix writes (the chosen spelling, capitalised at a start)
    # the word before the name, when the new name changes it (French de -> d’):
    # (start, end, text there now, text the fix writes)
    before: tuple[int, int, str, str] | None = None

    @property
    def found(self) -> str:
        return self.occurrence.text

    @property
    def found_in_context(self) -> str:
        """What the place reads now, with the word before when the fix changes it."""
        return (self.before[2] if self.before else "") + self.found

    @property
    def written(self) -> str:
        """What the fix writes there, with the word before when it changes (d’al-Qaïm)."""
        return (self.before[3] if self.before else "") + self.replacement

    def edits(self) -> list[tuple[int, int, str]]:
        """The replacements (start, end, new text) in the sentence."""
        occ = self.occurrence
        out = [(occ.start, occ.end, self.replacement)]
        if self.before:
            out.insert(0, (self.before[0], self.before[1], self.before[3]))
        return out


_OPENERS = "\"'“‘«‹([{—–- \u00a0\t\n"


def at_sentence_start(text: str, start: int) -> bool:
    """Is `start` the first word of a sentence (after quotes and brackets)? A capital is
    right there (after a colon too)."""
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in ".!?:…؟"


def _must_capitalise(text: str, start: int) -> bool:
    """Must a name at `start` begin with a capital? At the start of a sentence, not after
    a colon (English and French go on in lower case there)."""
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in ".!?…؟"


def _capitalised(spelling: str) -> str:
    """The first letter upper-case (past a leading ʻ or ’: ʻAbd), the rest as chosen."""
    for i, ch in enumerate(spelling):
        if ch in APOSTROPHES:  # ʻ is a letter to Unicode, with no capital
            continue
        if ch.isalpha():
            return spelling[:i] + ch.upper() + spelling[i + 1:]
        break
    return spelling


def replacement_for(chosen: str, text: str, start: int) -> str:
    """The chosen spelling as it should stand at `start` of `text`: as the user wrote it
    (Al-Hadithi keeps its capital mid-sentence), capitalised at a sentence start."""
    return _capitalised(chosen) if _must_capitalise(text, start) else chosen


def _fits(spelling: str, found: str, text: str, start: int) -> bool:
    """Is `found` this spelling as it may stand at `start`? Capitalised at a sentence start
    (or after a colon, where either is right), as written elsewhere."""
    if _must_capitalise(text, start):
        return found == _capitalised(spelling)
    return found == spelling or (at_sentence_start(text, start) and found == _capitalised(spelling))


def is_consistent(entry: RegisterEntry, lang: str, found: str, text: str, start: int) -> bool:
    chosen = entry.spelling(lang)
    if not chosen:
        return True
    return _fits(chosen, found, text, start) or any(
        f.status is FormStatus.ADMITTED and _fits(f.text, found, text, start)
        for f in entry.spellings(lang))


# --- walking a corpus --------------------------------------------------------------------

def _arabic_side(bitext: Bitext) -> tuple[int, int, str] | None:
    """(Arabic doc id, other doc id, other language), or None for a bitext without Arabic."""
    if bitext.src_lang == ARABIC and bitext.tgt_lang != ARABIC:
        return bitext.src_doc_id, bitext.tgt_doc_id, bitext.tgt_lang
    if bitext.tgt_lang == ARABIC and bitext.src_lang != ARABIC:
        return bitext.tgt_doc_id, bitext.src_doc_id, bitext.src_lang
    return None


def occurrences(corpus, entries: Sequence[RegisterEntry],
                bitext_ids: Iterable[int] | None = None,
                control: TaskControl | None = None) -> Iterator[NameOccurrence]:
    """Every place an entry occurs in the bitexts with an Arabic side (all by default):
    its Arabic forms (lang "ar") and its spellings on the other side, bead by bead.
    `control` hears the beads read so far (of all the bitexts') and may cancel."""
    by_id = {e.id: e for e in entries if e.id is not None}
    if not by_id:  # nothing to look for: do not read every sentence (a minute at 10^6 beads)
        return
    index = ArabicIndex(by_id.values())
    spotters: dict[str, LatinSpotter] = {}
    wanted = None if bitext_ids is None else set(bitext_ids)
    todo = []
    for bitext in corpus.bitexts():
        sides = _arabic_side(bitext)
        if sides is None or (wanted is not None and bitext.id not in wanted):
            continue
        todo.append((bitext, sides))
    progress = _Progress(control, sum(corpus.bead_count(b.id) for b, _ in todo)
                         if control is not None else 0)
    for bitext, (ar_doc, tgt_doc, lang) in todo:
        if lang not in spotters:
            spotters[lang] = LatinSpotter(by_id.values(), lang)
        yield from _bitext_occurrences(corpus, bitext, ar_doc, tgt_doc, lang, index,
                                       spotters[lang], by_id, progress)
    progress.finish()


class _Progress:
    """Reports beads read every few thousand (a report per bead would cost more than the
    reading)."""

    EVERY = 250  # a few ms of reading: Cancel answers at once

    def __init__(self, control: TaskControl | None, total: int):
        self.control, self.total, self.done = control, total, 0

    def bead(self) -> None:
        self.done += 1
        if self.control is not None and self.done % self.EVERY == 0:
            self.control.report(self.done, self.total)

    def check(self) -> None:
        """Cancel between chunks of beads (and before the entities are read)."""
        if self.control is not None:
            self.control.check()

    def finish(self) -> None:
        report(self.control, self.total, self.total)


def _entity_names(corpus, doc_ids: list[int]) -> dict[int, dict[int, list[Entity]]]:
    """doc id -> segment id -> entities; an entity without an entry takes its
    counterpart's (an English span linked to an Arabic entity of the register)."""
    found = corpus.entities_of_documents(doc_ids)
    by_id = {e.id: e for _, _, e in found}
    out: dict[int, dict[int, list[Entity]]] = {d: {} for d in doc_ids}
    for doc_id, _, ent in found:
        name_id = ent.name_id
        if name_id is None and ent.counterpart_id in by_id:
            name_id = by_id[ent.counterpart_id].name_id
        if name_id is not None:
            out[doc_id].setdefault(ent.segment_id, []).append(
                Entity(ent.id, ent.segment_id, ent.start, ent.end, ent.label, ent.counterpart_id,
                       name_id))
    return out


# Beads read at a time: the sentences of a chunk are fetched together (a query per chunk,
# not per bead), and Cancel is heard between chunks, never after a whole document.
CHUNK_BEADS = 2048


def _bitext_occurrences(corpus, bitext: Bitext, ar_doc: int, tgt_doc: int, lang: str,
                        index: ArabicIndex, spotter: LatinSpotter,
                        by_id: dict[int, RegisterEntry],
                        progress: _Progress | None = None) -> Iterator[NameOccurrence]:
    ents = _entity_names(corpus, [ar_doc, tgt_doc])
    ar_first = bitext.src_doc_id == ar_doc
    assert bitext.id is not None
    first = 0
    while True:
        if progress is not None:
            progress.check()
        beads = corpus.beads(bitext.id, first, first + CHUNK_BEADS)
        if not beads:
            return
        first += len(beads)
        if ar_first:
            ar_at, tgt_at = beads[0].src_start, beads[0].tgt_start
            ar_segs = corpus.segments_in(ar_doc, ar_at, beads[-1].src_end)
            tgt_segs = corpus.segments_in(tgt_doc, tgt_at, beads[-1].tgt_end)
        else:
            ar_at, tgt_at = beads[0].tgt_start, beads[0].src_start
            ar_segs = corpus.segments_in(ar_doc, ar_at, beads[-1].tgt_end)
            tgt_segs = corpus.segments_in(tgt_doc, tgt_at, beads[-1].src_end)
        for bead in beads:
            if progress is not None:
                progress.bead()
            a_lo, a_hi = ((bead.src_start, bead.src_end) if ar_first
                          else (bead.tgt_start, bead.tgt_end))
            t_lo, t_hi = ((bead.tgt_start, bead.tgt_end) if ar_first
                          else (bead.src_start, bead.src_end))
            present: set[int] = set()
            for seg in ar_segs[a_lo - ar_at:a_hi - ar_at]:
                if seg.excluded:
                    continue
                spots = _with_entities(index.spots(seg.text) if index else [], seg, ents[ar_doc])
                for spot in spots:
                    present.add(spot.name_id)
                    yield _occurrence(spot, bitext, bead.position, seg, ARABIC)
            for seg in tgt_segs[t_lo - tgt_at:t_hi - tgt_at]:
                if seg.excluded:
                    continue
                spots = _with_entities(spotter.spots(seg.text, sorted(present)), seg,
                                       ents[tgt_doc])
                for spot in spots:
                    if spot.name_id in by_id:
                        yield _occurrence(spot, bitext, bead.position, seg, lang)
        if len(beads) < CHUNK_BEADS:
            return


def _with_entities(spots: list[Spot], seg: Segment, ents: dict[int, list[Entity]]) -> list[Spot]:
    """The spots, plus the spans of entities tied to an entry (the annotator said so, even
    when the spelling looks nothing like the entry's: ISIS for Daesh)."""
    extra = [Spot(e.name_id, e.start, e.end, seg.text[e.start:e.end])
             for e in ents.get(seg.id or -1, []) if e.name_id is not None]
    if not extra:
        return spots
    tagged = [s for s in extra if not any(s.start < o.end and o.start < s.end for o in spots)]
    return _longest_first(spots + tagged)


def _occurrence(spot: Spot, bitext: Bitext, bead: int, seg: Segment, lang: str) -> NameOccurrence:
    assert bitext.id is not None and seg.id is not None
    return NameOccurrence(spot.name_id, bitext.id, bead, seg.id, lang, spot.start, spot.end,
                          spot.text)


def check(corpus, entries: Sequence[RegisterEntry],
          bitext_ids: Iterable[int] | None = None,
          found: Iterable[NameOccurrence] | None = None,
          control: TaskControl | None = None) -> list[Inconsistency]:
    """Every inconsistent spelling, in bitext, bead and text order (each place once).
    `found`: the occurrences when the caller has read them already (the overview);
    `control` may cancel."""
    by_id = {e.id: e for e in entries}
    texts: dict[int, str] = {}
    out: list[Inconsistency] = []
    seen: set[tuple[int, int, int]] = set()
    for k, occ in enumerate(occurrences(corpus, entries, bitext_ids, control)
                            if found is None else found):
        if control is not None and k % _Progress.EVERY == 0:
            control.check()
        if occ.lang == ARABIC or (occ.segment_id, occ.start, occ.end) in seen:
            continue
        seen.add((occ.segment_id, occ.start, occ.end))
        entry = by_id[occ.name_id]
        if occ.segment_id not in texts:
            texts[occ.segment_id] = corpus.segment(occ.segment_id).text
        text = texts[occ.segment_id]
        chosen = entry.spelling(occ.lang)
        consistent = is_consistent(entry, occ.lang, occ.text, text, occ.start)
        # a consistent spelling keeps its text; only a wrong elision before it (d’Qaem)
        new = occ.text if consistent else replacement_for(chosen, text, occ.start)
        fix = elision_fix(text, occ.start, new, occ.lang)
        if consistent and fix is None:
            continue
        before = (fix[0], fix[1], text[fix[0]:fix[1]], fix[2]) if fix else None
        out.append(Inconsistency(occ, chosen, new, before))
    return out


# --- rewriting a sentence ----------------------------------------------------------------

_SPACE = re.compile(r"\s")


def rewrite(text: str, replacements: Sequence[tuple[int, int, str]],
            spans: Sequence[tuple[int, int]] = ()) -> tuple[str, list[tuple[int, int]]]:
    """Apply non-overlapping replacements (start, end, new) to `text`, and move the spans
    (entity offsets) with the text: a span after a replacement shifts, a span holding it
    grows or shrinks, a span equal to the replaced text becomes the new text, and a span
    edge inside a replaced text moves to that replacement's edge.
    """
    reps = sorted(replacements)
    for (_s1, e1, _), (s2, _, _) in zip(reps, reps[1:]):
        if s2 < e1:
            raise ValueError(f"replacements overlap at {s2}")
    parts: list[str] = []
    pos = 0
    for start, end, new in reps:
        parts.append(text[pos:start])
        parts.append(new)
        pos = end
    parts.append(text[pos:])

    def move(offset: int, is_end: bool) -> int:
        delta = 0
        for start, end, new in reps:
            if offset <= start:
                break
            if offset >= end:
                delta += len(new) - (end - start)
                continue
            # inside a replaced text: to its edge
            return start + delta + (len(new) if is_end else 0)
        return offset + delta

    moved = [(move(s, False), move(e, True)) for s, e in spans]
    return "".join(parts), moved
