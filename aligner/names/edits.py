"""Every change to the names register, as invertible edits of the core undo history.

Why beside aligner.edits and not in it: the same Edit/Change contract (do/undo in one
transaction, plain data captured at the first do, redo repeats that exact result), kept
apart so each module stays one job. The GUI wraps these in its QUndoStack like any edit.

Entries are captured whole (headword, kind, forms) when an edit is first done, so undo
puts back exactly what was there and redo exactly what the first do wrote, ids included.
"""
from __future__ import annotations

import copy
from typing import Sequence

from aligner.edits import Change, Edit, EditError, _refusals
from aligner.history import EditGroup
from aligner.messages import Problem
from aligner.model import Entity, RegisterEntry
from aligner.names.consistency import Inconsistency, rewrite


def _register_change() -> Change:
    return Change(None, register=True)


class AddEntry(Edit):
    """Add an entry to the register, and tie these entities to it."""

    def __init__(self, entry: RegisterEntry, entity_ids: Sequence[int] = ()):
        self.entry = copy.deepcopy(entry)
        self.entity_ids = list(entity_ids)
        self.label = f"Add {entry.arabic} to the names register"
        self._old_links: dict[int, int | None] | None = None

    @property
    def name_id(self) -> int | None:
        return self.entry.id

    def do(self, corpus) -> Change:
        with _refusals(), corpus.transaction():
            old = corpus.entity_name_ids(self.entity_ids)
            missing = [i for i in self.entity_ids if i not in old]
            if missing:
                raise EditError(Problem("entity.missing", entity=missing[0]))
            corpus.add_register_entry(self.entry)  # sets entry.id; redo reuses it
            corpus.set_entity_names((i, self.entry.id) for i in self.entity_ids)
            if self._old_links is None:
                self._old_links = old
        return _register_change()

    def undo(self, corpus) -> Change:
        if self._old_links is None or self.entry.id is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.set_entity_names(self._old_links.items())
            corpus.delete_register_entry(self.entry.id)
        return _register_change()


class ChangeEntry(Edit):
    """Replace an entry's headword, kind, label, note and forms (choose a spelling, add a
    variant, make it an exonym...): `entry` is the entry as it should be."""

    def __init__(self, entry: RegisterEntry, label: str = ""):
        if entry.id is None:
            raise EditError(Problem("register.only_stored"))
        self.entry = copy.deepcopy(entry)
        self.label = label or f"Change {entry.arabic} in the names register"
        self._old: RegisterEntry | None = None

    def do(self, corpus) -> Change:
        with _refusals(), corpus.transaction():
            if self._old is None:
                self._old = corpus.register_entry(self.entry.id)
            corpus.update_register_entry(self.entry)
        return _register_change()

    def undo(self, corpus) -> Change:
        if self._old is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.update_register_entry(self._old)
        return _register_change()


class DeleteEntry(Edit):
    """Remove an entry (its entities stay, tied to no entry)."""

    def __init__(self, name_id: int):
        self.name_id = name_id
        self.label = "Delete a names register entry"
        self._old: RegisterEntry | None = None
        self._entities: list[int] = []

    def do(self, corpus) -> Change:
        with _refusals(), corpus.transaction():
            if self._old is None:
                self._old = corpus.register_entry(self.name_id)
                self._entities = corpus.entities_of_name(self.name_id)
                self.label = f"Delete {self._old.arabic} from the names register"
            corpus.delete_register_entry(self.name_id)
        return _register_change()

    def undo(self, corpus) -> Change:
        if self._old is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.add_register_entry(copy.deepcopy(self._old))
            corpus.set_entity_names((i, self.name_id) for i in self._entities)
        return _register_change()


class TieEntities(Edit):
    """Tie entities to an entry (None: untie them)."""

    def __init__(self, entity_ids: Sequence[int], name_id: int | None):
        self.entity_ids, self.name_id = list(entity_ids), name_id
        self.label = "Untie entities from the register" if name_id is None else \
            "Tie entities to a register entry"
        self._old: dict[int, int | None] | None = None

    def do(self, corpus) -> Change:
        with _refusals(), corpus.transaction():
            old = corpus.entity_name_ids(self.entity_ids)
            if len(old) != len(set(self.entity_ids)):
                raise EditError(Problem("entity.gone"))
            if self.name_id is not None:
                corpus.register_entry(self.name_id)  # raises when it is gone
            corpus.set_entity_names((i, self.name_id) for i in self.entity_ids)
            if self._old is None:
                self._old = old
        return _register_change()

    def undo(self, corpus) -> Change:
        if self._old is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.set_entity_names(self._old.items())
        return _register_change()


class SetScheme(Edit):
    """Choose the romanization scheme the corpus follows in one target language."""

    def __init__(self, lang: str, scheme: str | None):
        self.lang, self.scheme = lang, scheme or None
        self.label = f"Use {scheme} for {lang} names" if scheme else f"No scheme for {lang}"
        self._old: str | None = None
        self._done = False

    def do(self, corpus) -> Change:
        with _refusals(), corpus.transaction():
            if not self._done:
                self._old = corpus.name_schemes().get(self.lang)
                self._done = True
            corpus.set_name_scheme(self.lang, self.scheme)
        return _register_change()

    def undo(self, corpus) -> Change:
        if not self._done:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.set_name_scheme(self.lang, self._old)
        return _register_change()


def merge_entries(keep: RegisterEntry, others: Sequence[RegisterEntry], corpus) -> EditGroup:
    """One edit that folds `others` into `keep`: their Arabic forms and spellings join
    `keep` (a spelling chosen there becomes a deprecated variant unless `keep` has none
    in that language), their entities are tied to `keep`, and they are removed."""
    from aligner.names.register import merged_entry

    assert keep.id is not None
    merged = merged_entry(keep, others)
    ties: list[int] = []
    for other in others:
        assert other.id is not None
        ties += corpus.entities_of_name(other.id)
    edits: list[Edit] = [DeleteEntry(o.id) for o in others if o.id is not None]
    edits += [ChangeEntry(merged), TieEntities(ties, keep.id)]
    return EditGroup(f"Merge {len(others) + 1} register entries into {keep.arabic}", edits)


class FixSpellings(Edit):
    """Write the chosen spelling at these places (one or all from the check), as one step.

    Each place must still read as it did when the check found it; entity offsets in the
    rewritten sentences move with the text.
    """

    def __init__(self, fixes: Sequence[Inconsistency]):
        if not fixes:
            raise EditError("nothing to fix")
        self.fixes = list(fixes)
        first = fixes[0]
        if len(fixes) == 1:
            self.label = f"Write '{first.written}' for '{first.found_in_context}'"
        else:
            self.label = f"Fix {len(fixes)} name spellings"
        self._before: list[tuple[int, str, list[Entity]]] | None = None
        self._after: list[tuple[int, str, list[Entity]]] = []
        self._docs: frozenset[int] = frozenset()

    def _plan(self, corpus) -> None:
        by_seg: dict[int, list[Inconsistency]] = {}
        for fix in self.fixes:
            by_seg.setdefault(fix.occurrence.segment_id, []).append(fix)
        before, after, docs = [], [], set()
        for seg_id, fixes in sorted(by_seg.items()):
            seg = corpus.segment(seg_id)
            for fix in fixes:
                occ = fix.occurrence
                stale = seg.text[occ.start:occ.end] != occ.text or (
                    fix.before is not None
                    and seg.text[fix.before[0]:fix.before[1]] != fix.before[2])
                if stale:
                    raise EditError(Problem("names.fix_stale", text=fix.found_in_context,
                                            bead=occ.bead + 1))
            ents = corpus.entities([seg_id])
            reps = sorted({rep for f in fixes for rep in f.edits()})
            try:
                text, spans = rewrite(seg.text, reps, [(e.start, e.end) for e in ents])
            except ValueError as exc:
                raise EditError(Problem("names.fixes_overlap", sentence=seg.position + 1,
                                                error=exc)) from None
            moved = [Entity(e.id, e.segment_id, s, t, e.label, e.counterpart_id, e.name_id)
                     for e, (s, t) in zip(ents, spans)]
            before.append((seg_id, seg.text, ents))
            after.append((seg_id, text, moved))
            docs.add(seg.doc_id)
        self._before, self._after, self._docs = before, after, frozenset(docs)

    @staticmethod
    def _write(corpus, states: list[tuple[int, str, list[Entity]]]) -> None:
        for seg_id, text, ents in states:
            corpus.set_segment_text(seg_id, text)
            corpus.restore_entities(ents)

    def do(self, corpus) -> Change:
        with _refusals(), corpus.transaction():
            if self._before is None:
                self._plan(corpus)
            self._write(corpus, self._after)
        return Change(None, doc_ids=self._docs)

    def undo(self, corpus) -> Change:
        if self._before is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            self._write(corpus, self._before)
        return Change(None, doc_ids=self._docs)
