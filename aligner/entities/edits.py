"""Every entity change as one undoable core edit: add (one, a linked pair, or many at once:
propagation, projection, suggestions), relabel, link, unlink, accept, shrink, delete.

One command class does them all: `EntityEdit` takes what to add, what to change, which
links to make or break and what to delete; on its first do() it reads the rows it touches
(and their counterparts), works out the rows as they must be after, and keeps both lists,
so undo writes the before rows back and redo the after rows (same ids, same links) even
after the corpus was closed and reopened. Links are kept symmetric: linking a to b unlinks
their former partners.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from aligner.corpus import Corpus
from aligner.edits import Change, Edit, EditError, _refusals
from aligner.entities.labels import Label
from aligner.model import Entity

_FIELDS = {"start", "end", "label", "status", "source", "name_id", "segment_id"}


class EntityEdit(Edit):
    """Add, change, link, unlink and delete entities as one step.

    `add`: new entities (ids None). In `links`, an id below 0 names an added one: -1 is
    add[0], -2 add[1]... `change`: (id, {field: value}) for start, end, label, status,
    source, name_id. `unlink`: ids whose links all go, or (a, b) pairs: that link goes
    (both ways). `delete`: ids. An entity has one counterpart per language: linking it to
    another entity of that language unlinks the former one.
    """

    def __init__(self, label: str, *, kind: str = "", params: dict | None = None,
                 add: Sequence[Entity] = (),
                 change: Sequence[tuple[int, dict]] = (),
                 links: Sequence[tuple[int, int]] = (),
                 unlink: Sequence[int | tuple[int, int]] = (),
                 delete: Sequence[int] = ()):
        self.label = label
        self.kind = kind  # with params: the GUI's translated label (ui.edit_names)
        self.params = dict(params or {})
        self.add = [dataclasses.replace(e) for e in add]
        self.change = [(i, dict(f)) for i, f in change]
        self.links = list(links)
        self.unlink: list[int | tuple[int, int]] = list(unlink)
        self.delete = list(dict.fromkeys(delete))
        for _, fields in self.change:
            if set(fields) - _FIELDS:
                raise ValueError(f"cannot change {sorted(set(fields) - _FIELDS)}")
        self._before: list[Entity] | None = None
        self._after: list[Entity] = []
        self._added: list[int] = []
        self._docs: frozenset[int] = frozenset()

    @property
    def added_ids(self) -> list[int]:
        """Ids of the entities this edit added (known after the first do)."""
        return list(self._added)

    def _plan(self, corpus: Corpus) -> None:
        if not (self.add or self.change or self.links or self.unlink or self.delete):
            raise EditError(f"'{self.label}': nothing to do")
        first = corpus.next_entity_id()
        new_ids = [first + k for k in range(len(self.add))]

        def ref(i: int) -> int:
            if i < 0:
                if -i > len(new_ids):
                    raise EditError(f"'{self.label}': link to a missing new entity")
                return new_ids[-i - 1]
            return i

        unlink_all = [i for i in self.unlink if isinstance(i, int)]
        unlink_pairs = [p for p in self.unlink if not isinstance(p, int)]
        touched = ({i for i, _ in self.change} | set(unlink_all) | set(self.delete)
                   | {i for pair in unlink_pairs for i in pair}
                   | {ref(i) for pair in self.links for i in pair if i >= 0}
                   | {e.counterpart_id for e in self.add if e.counterpart_id})
        before = {e.id: e for e in corpus.entities_by_id(sorted(touched))}
        missing = sorted(touched - set(before))
        if missing:
            raise EditError(f"entity {missing[0]} no longer exists")
        partners = {i for e in before.values() for i in e.links} - set(before)
        before.update({e.id: e for e in corpus.entities_by_id(sorted(partners))})
        after = {i: dataclasses.replace(e) for i, e in before.items()}
        for k, e in enumerate(self.add):
            after[new_ids[k]] = dataclasses.replace(e, id=new_ids[k], counterpart_id=None,
                                                    links=())
        for i, fields in self.change:
            after[i] = dataclasses.replace(after[i], **fields)
        segs = {e.segment_id for e in after.values()}
        seg_lang = corpus.segment_langs(sorted(segs))
        lang = {i: seg_lang[e.segment_id] for i, e in after.items()}

        def drop_link(a: int, b: int) -> None:
            for x, y in ((a, b), (b, a)):
                if x in after:
                    after[x] = dataclasses.replace(
                        after[x], links=tuple(i for i in after[x].links if i != y))

        def set_link(a: int, b: int) -> None:
            if a == b:
                raise EditError("an entity cannot be its own counterpart")
            if lang[a] == lang[b]:
                raise EditError(f"both entities are in {lang[a]}: a link joins two languages")
            for x, y in ((a, b), (b, a)):  # one counterpart per language: the old one goes
                for old in after[x].links:
                    if old != y and lang.get(old) == lang[y]:
                        drop_link(x, old)
            for x, y in ((a, b), (b, a)):
                after[x] = dataclasses.replace(after[x],
                                               links=tuple(sorted({*after[x].links, y})))

        for i in unlink_all:
            for other in after[i].links:
                drop_link(i, other)
        for a, b in unlink_pairs:
            drop_link(a, b)
        pairs = [(new_ids[k], e.counterpart_id) for k, e in enumerate(self.add)
                 if e.counterpart_id] + [(ref(a), ref(b)) for a, b in self.links]
        for a, b in pairs:
            set_link(a, b)
        for i in self.delete:
            for other in after[i].links:
                drop_link(i, other)
            del after[i]
        for i, e in after.items():  # read on its own, counterpart_id is the lowest link
            after[i] = dataclasses.replace(e, counterpart_id=e.links[0] if e.links else None)
        segs = {e.segment_id for e in list(before.values()) + list(after.values())}
        self._docs = frozenset(corpus.segment(s).doc_id for s in segs)
        self._before = sorted(before.values(), key=lambda e: e.id or 0)
        self._after = sorted(after.values(), key=lambda e: e.id or 0)
        self._added = new_ids

    def do(self, corpus: Corpus) -> Change:
        with _refusals(), corpus.transaction():
            if self._before is None:
                self._plan(corpus)
            assert self._before is not None
            after_ids = {e.id for e in self._after}
            corpus.delete_entities([e.id for e in self._before if e.id not in after_ids])
            corpus.write_entities(self._after)
        return Change(None, doc_ids=self._docs, segment_ids=frozenset())  # entities only

    def undo(self, corpus: Corpus) -> Change:
        if self._before is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.delete_entities(self._added)
            corpus.write_entities(self._before)
        return Change(None, doc_ids=self._docs, segment_ids=frozenset())  # entities only


# --- the changes the annotator makes, by name ------------------------------------------

def _quote(text: str) -> str:
    return text if len(text) <= 30 else text[:29] + "…"


def tag(corpus: Corpus, segment_id: int, start: int, end: int, label: str, *,
        counterpart_id: int | None = None, status: str = "accepted",
        source: str = "") -> EntityEdit:
    """Tag a span (optionally linked at once to an entity on the other side)."""
    text = corpus.segment(segment_id).text[start:end]
    return EntityEdit(f"Tag '{_quote(text)}' as {label}", kind="tag",
                      params={"text": _quote(text), "label": label},
                      add=[Entity(None, segment_id, start, end, label, counterpart_id,
                                  status=status, source=source)])


def relabel(ids: Sequence[int], label: str) -> EntityEdit:
    return EntityEdit(f"Relabel {len(ids)} entities as {label}" if len(ids) > 1
                      else f"Relabel entity as {label}", kind="relabel",
                      params={"n": len(ids), "label": label},
                      change=[(i, {"label": label}) for i in ids])


def link(a: int, b: int) -> EntityEdit:
    return EntityEdit("Link entities", kind="link", links=[(a, b)])


def unlink(ids: Sequence[int | tuple[int, int]]) -> EntityEdit:
    return EntityEdit("Unlink entity" if len(ids) == 1 else f"Unlink {len(ids)} entities",
                      kind="unlink", params={"n": len(ids)}, unlink=ids)


def delete(ids: Sequence[int]) -> EntityEdit:
    return EntityEdit("Delete entity" if len(ids) == 1 else f"Delete {len(ids)} entities",
                      kind="delete", params={"n": len(ids)}, delete=ids)


def accept(ids: Sequence[int]) -> EntityEdit:
    """Accept suggestions: they become ordinary entities (exported from now on)."""
    return EntityEdit("Accept suggestion" if len(ids) == 1 else f"Accept {len(ids)} suggestions",
                      kind="accept", params={"n": len(ids)}, change=[(i, {"status": "accepted"}) for i in ids])


def reject(ids: Sequence[int]) -> EntityEdit:
    """Reject suggestions: they go."""
    return EntityEdit("Reject suggestion" if len(ids) == 1 else f"Reject {len(ids)} suggestions",
                      kind="reject", params={"n": len(ids)}, delete=ids)


def reshape(entity_id: int, start: int, end: int) -> EntityEdit:
    """Move an entity's edges (shrink, grow, or override a snapped selection)."""
    return EntityEdit("Resize entity", kind="resize", change=[(entity_id, {"start": start, "end": end})])


def keep_added(edit: EntityEdit, keep: Sequence[int]) -> EntityEdit | None:
    """The edit with only the added entities at these indices (a preview's checked rows),
    links among them kept and renumbered, links to a dropped one dropped; None when
    nothing is left. Only for a fresh edit that adds (propagation, suggestions)."""
    kept = sorted(set(k for k in keep if 0 <= k < len(edit.add)))
    if not kept:
        return None
    new_ref = {-(k + 1): -(n + 1) for n, k in enumerate(kept)}

    def ref(i: int) -> int | None:
        return new_ref.get(i) if i < 0 else i

    links = [(ref(a), ref(b)) for a, b in edit.links]
    label = edit.label if len(kept) == len(edit.add) else \
        f"{edit.label} ({len(kept)} of {len(edit.add)} kept)"
    params = edit.params if len(kept) == len(edit.add) else \
        {**edit.params, "kept": len(kept), "total": len(edit.add)}
    return EntityEdit(label, kind=edit.kind, params=params,
                      add=[edit.add[k] for k in kept], change=edit.change,
                      links=[(a, b) for a, b in links if a is not None and b is not None],
                      unlink=edit.unlink, delete=edit.delete)


class SetLabels(Edit):
    """Replace the corpus's label set (names, colours, number keys, order) as one undoable
    step; refused like Corpus.set_labels (a label still in use cannot go, keys unique...)."""

    def __init__(self, labels: Sequence[Label]):
        self.labels = list(labels)
        self.label = "Change labels"
        self.kind = "labels"
        self._old: list[Label] | None = None

    def do(self, corpus: Corpus) -> Change:
        with _refusals(), corpus.transaction():
            old = corpus.labels()
            corpus.set_labels(self.labels)
        if self._old is None:
            self._old = old
        return Change(None)  # views reread the label set after every change

    def undo(self, corpus: Corpus) -> Change:
        if self._old is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.set_labels(self._old)
        return Change(None)  # views reread the label set after every change
