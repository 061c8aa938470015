"""The consistency check: every place a translation spells a registered name differently
from the spelling chosen for its language, and how a fix rewrites the sentence.

A found spelling is consistent when it is the chosen one, an admitted one, or the chosen
one with a capital first letter at the start of a sentence (al-Qaim -> "Al-Qaim said").
A fix writes the chosen spelling there (capitalised the same way).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from aligner.model import Bitext, Entity, FormStatus, NameOccurrence, RegisterEntry, Segment
from aligner.names.occurrences import ArabicIndex, LatinSpotter, Spot, _longest_first

ARABIC = "ar"


@dataclass(frozen=True)
class Inconsistency:
    """A place whose spelling is not the chosen one, and what a fix would write there."""

    occurrence: NameOccurrence
    chosen: str       # the entry's chosen spelling in that language
    replacement: str  # what the fix writes (the chosen spelling, capitalised at a start)

    @property
    def found(self) -> str:
        return self.occurrence.text


_OPENERS = "\"'“‘«‹([{—–- \u00a0\t\n"


def at_sentence_start(text: str, start: int) -> bool:
    """Is `start` the first word of a sentence (after quotes and brackets)?"""
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in ".!?:…؟"


def _capitalised(spelling: str) -> str:
    return spelling[:1].upper() + spelling[1:]


def replacement_for(chosen: str, text: str, start: int) -> str:
    """The chosen spelling as it should stand at `start` of `text`."""
    return _capitalised(chosen) if at_sentence_start(text, start) else chosen


def is_consistent(entry: RegisterEntry, lang: str, found: str, text: str, start: int) -> bool:
    chosen = entry.spelling(lang)
    if not chosen or found == chosen:
        return True
    if found == replacement_for(chosen, text, start):
        return True
    return any(f.text == found and f.status is FormStatus.ADMITTED
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
                bitext_ids: Iterable[int] | None = None) -> Iterator[NameOccurrence]:
    """Every place an entry occurs in the bitexts with an Arabic side (all by default):
    its Arabic forms (lang "ar") and its spellings on the other side, bead by bead."""
    by_id = {e.id: e for e in entries if e.id is not None}
    if not by_id:  # nothing to look for: do not read every sentence (a minute at 10^6 beads)
        return
    index = ArabicIndex(by_id.values())
    spotters: dict[str, LatinSpotter] = {}
    wanted = None if bitext_ids is None else set(bitext_ids)
    for bitext in corpus.bitexts():
        sides = _arabic_side(bitext)
        if sides is None or (wanted is not None and bitext.id not in wanted):
            continue
        ar_doc, tgt_doc, lang = sides
        if lang not in spotters:
            spotters[lang] = LatinSpotter(by_id.values(), lang)
        yield from _bitext_occurrences(corpus, bitext, ar_doc, tgt_doc, lang, index,
                                       spotters[lang], by_id)


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


def _bitext_occurrences(corpus, bitext: Bitext, ar_doc: int, tgt_doc: int, lang: str,
                        index: ArabicIndex, spotter: LatinSpotter,
                        by_id: dict[int, RegisterEntry]) -> Iterator[NameOccurrence]:
    ar_segs = corpus.segments(ar_doc)
    tgt_segs = corpus.segments(tgt_doc)
    ents = _entity_names(corpus, [ar_doc, tgt_doc])
    ar_first = bitext.src_doc_id == ar_doc
    assert bitext.id is not None
    for bead in corpus.beads(bitext.id):
        a_lo, a_hi = (bead.src_start, bead.src_end) if ar_first else (bead.tgt_start, bead.tgt_end)
        t_lo, t_hi = (bead.tgt_start, bead.tgt_end) if ar_first else (bead.src_start, bead.src_end)
        present: set[int] = set()
        for seg in ar_segs[a_lo:a_hi]:
            if seg.excluded:
                continue
            spots = _with_entities(index.spots(seg.text) if index else [], seg, ents[ar_doc])
            for spot in spots:
                present.add(spot.name_id)
                yield _occurrence(spot, bitext, bead.position, seg, ARABIC)
        for seg in tgt_segs[t_lo:t_hi]:
            if seg.excluded:
                continue
            spots = _with_entities(spotter.spots(seg.text, sorted(present)), seg, ents[tgt_doc])
            for spot in spots:
                if spot.name_id in by_id:
                    yield _occurrence(spot, bitext, bead.position, seg, lang)


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
          bitext_ids: Iterable[int] | None = None) -> list[Inconsistency]:
    """Every inconsistent spelling, in bitext, bead and text order (each place once)."""
    by_id = {e.id: e for e in entries}
    texts: dict[int, str] = {}
    out: list[Inconsistency] = []
    seen: set[tuple[int, int, int]] = set()
    for occ in occurrences(corpus, entries, bitext_ids):
        if occ.lang == ARABIC or (occ.segment_id, occ.start, occ.end) in seen:
            continue
        seen.add((occ.segment_id, occ.start, occ.end))
        entry = by_id[occ.name_id]
        if occ.segment_id not in texts:
            texts[occ.segment_id] = corpus.segment(occ.segment_id).text
        text = texts[occ.segment_id]
        if is_consistent(entry, occ.lang, occ.text, text, occ.start):
            continue
        chosen = entry.spelling(occ.lang)
        out.append(Inconsistency(occ, chosen, replacement_for(chosen, text, occ.start)))
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
