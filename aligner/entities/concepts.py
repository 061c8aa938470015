"""The terms of one TBX concept name the same thing: an Arabic term and the English (or
French) term of its termEntry found on the two sides of a bead are one linked suggestion.

Why apart from the suggester's spelling match: a concept's terms often do not spell each
other (بلاد الرافدين / Mesopotamia, exonyms, translated names), so each side was suggested
alone and unlinked although the glossary says they are the same name. Only the pairing
is done here; which spans are suggested, and their confidence, stay the suggester's."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from aligner.entities.gazetteer import GazetteerEntry
from aligner.entities.occurrences import name_key
from aligner.entities.suggest import Suggestion

ConceptIndex = dict[tuple[bool, tuple[str, ...]], set[str]]


def _key(text: str, arabic: bool) -> tuple[bool, tuple[str, ...]] | None:
    key = name_key(text, "ar" if arabic else "en")
    return None if key is None else (arabic, key.words)


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def concept_index(entries: Sequence[GazetteerEntry]) -> ConceptIndex:
    """Matchable form of each term -> the concepts it is a term of (TBX entries only)."""
    out: ConceptIndex = {}
    for e in entries:
        if e.concept:
            key = _key(e.text, _is_arabic(e.text))
            if key is not None:
                out.setdefault(key, set()).add(e.concept)
    return out


def pair_by_concept(found: Sequence[Suggestion], src_text: str, src_lang: str, tgt_text: str,
                    tgt_lang: str, index: ConceptIndex) -> list[Suggestion]:
    """`found` with each one-sided gazetteer suggestion of the source joined to a one-sided
    one of the target that is a term of the same concept (first in text order)."""
    if not index:
        return list(found)

    def concepts(text: str, lang: str) -> set[str]:
        key = _key(text, lang.lower().startswith("ar"))
        return index.get(key, set()) if key is not None else set()

    out = list(found)
    lone_tgt = [k for k, sg in enumerate(out) if sg.src is None and sg.tgt is not None
                and sg.origin == "gazetteer"]
    used: set[int] = set()
    for k, sg in enumerate(out):
        if sg.src is None or sg.tgt is not None or sg.origin != "gazetteer":
            continue
        mine = concepts(src_text[sg.src.start:sg.src.end], src_lang)
        for j in lone_tgt:
            t = out[j].tgt
            assert t is not None
            if j not in used and mine & concepts(tgt_text[t.start:t.end], tgt_lang):
                used.add(j)
                out[k] = dataclasses.replace(sg, tgt=t, confidence=min(sg.confidence,
                                                                       out[j].confidence))
                break
    return [sg for j, sg in enumerate(out) if j not in used]
