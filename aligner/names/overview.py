"""What the register pane shows, computed without Qt: each entry with its spellings and
how often each occurs, the places, the inconsistencies, and spelling candidates ranked.

Why a core object: the pane, the CLI and the tests read the same figures; the pane only
lays them out.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from aligner.model import FormStatus, NameOccurrence, RegisterEntry
from aligner.names import romanize as engine
from aligner.names import schemes
from aligner.names.consistency import Inconsistency, check, occurrences
from aligner.tasks import TaskControl

# The schemes the corpus may follow (ids as `dragoman romanize --scheme` spells them);
# Buckwalter is left out: a transliteration for machines, not a spelling for a translation.
SCHEMES = tuple(schemes.SCHEMES)
# A second or third romanization is offered when the engine gives it at least this share.
MIN_ALTERNATIVE = 0.02


@dataclass
class EntryRow:
    entry: RegisterEntry
    counts: Counter = field(default_factory=Counter)    # (lang, spelling) -> occurrences
    places: list[NameOccurrence] = field(default_factory=list)
    inconsistencies: int = 0

    def total(self, lang: str | None = None) -> int:
        return sum(n for (lg, _), n in self.counts.items() if lang is None or lg == lang)


@dataclass(frozen=True)
class Candidate:
    """A spelling the user may choose for an entry in one language, and why it is offered."""

    text: str
    source: str       # "chosen", "corpus" (found there), a scheme id, "other language"
    count: int = 0    # occurrences in the corpus
    confidence: float = 0.0


def romanizations(arabic: str, scheme: str, counterpart: str = "") -> list[tuple[str, float]]:
    """The romanization engine's candidates for `arabic` in `scheme`, best first."""
    if scheme not in schemes.SCHEMES:
        return []
    return [(c.text, c.confidence) for c in engine.candidates(arabic, scheme,
                                                              counterpart=counterpart)]


class RegisterOverview:
    """The register of a corpus seen from a scope (some bitexts, or all)."""

    def __init__(self, corpus, bitext_ids: Iterable[int] | None = None,
                 control: TaskControl | None = None):
        """Reads every bead of the scope once (`control`: progress and cancel)."""
        self.bitext_ids = None if bitext_ids is None else list(bitext_ids)
        self.entries = corpus.register_entries()
        self.schemes = corpus.name_schemes()
        self.rows: dict[int, EntryRow] = {e.id: EntryRow(e) for e in self.entries
                                          if e.id is not None}
        found = list(occurrences(corpus, self.entries, self.bitext_ids, control))
        for occ in found:
            row = self.rows[occ.name_id]
            row.counts[(occ.lang, occ.text)] += 1
            row.places.append(occ)
        self.inconsistencies: list[Inconsistency] = check(corpus, self.entries,
                                                          self.bitext_ids, found, control)
        for inc in self.inconsistencies:
            self.rows[inc.occurrence.name_id].inconsistencies += 1
        self.languages = sorted({lang for e in self.entries for lang in e.languages()}
                                | {occ.lang for r in self.rows.values() for occ in r.places
                                   if occ.lang != "ar"})

    def row(self, name_id: int) -> EntryRow:
        return self.rows[name_id]

    def places(self, name_id: int, lang: str | None = None,
               text: str | None = None) -> list[NameOccurrence]:
        return [o for o in self.rows[name_id].places
                if (lang is None or o.lang == lang) and (text is None or o.text == text)]

    def candidates(self, name_id: int, lang: str, limit: int = 12) -> list[Candidate]:
        """Spellings to choose from for an entry in `lang`: the chosen one, the ones found
        in the corpus (most frequent first), the corpus scheme's romanizations and the
        other schemes' renderings (names only: exonyms and translations are never
        romanized), the other languages'."""
        row = self.rows[name_id]
        entry = row.entry
        out: list[Candidate] = []
        seen: set[str] = set()

        def add(text: str, source: str, confidence: float = 0.0) -> None:
            if text and text not in seen:
                seen.add(text)
                out.append(Candidate(text, source, row.counts[(lang, text)], confidence))

        add(entry.spelling(lang), "chosen", 1.0)
        found = sorted(((n, t) for (lg, t), n in row.counts.items() if lg == lang),
                       key=lambda x: (-x[0], x[1]))
        for _, text in found:
            add(text, "corpus")
        for f in entry.spellings(lang):
            add(f.text, FormStatus(f.status).value)
        if entry.kind.romanized:
            scheme = self.schemes.get(lang, "news")
            counterpart = found[0][1] if found else ""
            for k, (text, conf) in enumerate(romanizations(entry.arabic, scheme, counterpart)[:3]):
                if k == 0 or conf >= MIN_ALTERNATIVE:  # not readings the engine all but rules out
                    add(text, scheme, conf)
            for other in SCHEMES:  # how the other schemes write it, one each
                if other != scheme:
                    for text, conf in romanizations(entry.arabic, other, counterpart)[:1]:
                        add(text, other, conf)
        for f in entry.forms:
            if f.lang not in ("ar", lang):
                add(f.text, "other language")
        return out[:limit]

    def next_inconsistency(self, after: tuple[int, int] | None,
                           order: Sequence[int] | None = None) -> Inconsistency | None:
        """The first inconsistency after (bitext id, bead position) in bitext and bead
        order, wrapping round; None when there is none."""
        if not self.inconsistencies:
            return None
        rank = {b: k for k, b in enumerate(order or [])}

        def key(i: Inconsistency) -> tuple[int, int, int, int]:
            o = i.occurrence
            return (rank.get(o.bitext_id, o.bitext_id), o.bead, o.segment_id, o.start)

        ordered = sorted(self.inconsistencies, key=key)
        if after is None:
            return ordered[0]
        here = (rank.get(after[0], after[0]), after[1])
        return next((i for i in ordered if key(i)[:2] > here), ordered[0])
