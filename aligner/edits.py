"""Every change a user makes to a corpus, as a small invertible command.

Why commands: undo/redo must work the same in the GUI and in the CLI/tests (the one
history is `aligner.history.History`; several edits as one step are an `EditGroup` there),
and each edit must say what it changed so views refresh only that (`Change`).

Rules every edit follows:
- It refers to beads and segments only by ids and positions, and captures what undo needs
  as plain data when it is first done, so undo/redo keep working after the corpus was
  closed and reopened in the same session.
- do() and undo() each run in one transaction and leave the bead invariants true. An edit
  that cannot be applied raises EditError with a clear message and changes nothing.
- Status rule: bead-structural edits (merge, shift, split bead, insert/delete empty bead,
  re-align) give the beads they produce status AUTO and a new changed_at: the user has not
  confirmed that new pairing yet. Status edits (SetStatus, ConfirmThrough) change status
  and changed_at only. Segment edits (split/merge/edit/exclude a sentence) keep the status
  of the beads around them, because which text is paired with which does not change.
- Bead numbers in labels and messages count from 1, as the user sees them.
- Redo reapplies the exact result of the first do (same new ids), so later edits in the
  history that name those ids stay valid.
"""
from __future__ import annotations

import dataclasses
from abc import abstractmethod
from typing import Sequence

from aligner.corpus import Corpus, now_iso
from aligner.edit_base import Change as Change  # re-exported: the protocol lives there
from aligner.edit_base import Edit as Edit
from aligner.edit_base import EditError as EditError
from aligner.edit_base import _refusals
from aligner.messages import Problem
from aligner.model import Bead, BeadSpan, BeadStatus, Entity, Segment
from aligner.restore import beads_taking_in

SIDES = ("src", "tgt")
DIRECTIONS = ("up", "down")


# --- bead edits --------------------------------------------------------------------------

class _BeadEdit(Edit):
    """Replaces the bead rows [first, last) of one bitext; undo puts the old rows back
    (ids, status, changed_at) and redo puts back the rows the first do() made."""

    def __init__(self, bitext_id: int):
        self.bitext_id = bitext_id
        self._first = 0
        self._before: list[Bead] | None = None
        self._after: list[Bead] | None = None

    @abstractmethod
    def _plan(self, corpus: Corpus) -> tuple[int, int, list[Bead]]:
        """(first, last, new beads) from the current state; EditError if not possible."""

    def _bead(self, corpus: Corpus, position: int) -> Bead:
        count = corpus.bead_count(self.bitext_id)
        if not 0 <= position < count:
            raise EditError(Problem("edit.no_bead", bead=position + 1, count=count))
        return corpus.bead(self.bitext_id, position)

    def do(self, corpus: Corpus) -> Change:
        with _refusals(), corpus.transaction():
            if self._after is None:
                first, last, new = self._plan(corpus)
                before = corpus.beads(self.bitext_id, first, last)
                corpus.set_beads(self.bitext_id, new, first, last)
                after = corpus.beads(self.bitext_id, first, first + len(new))
                self._first, self._before, self._after = first, before, after
            else:
                assert self._before is not None
                corpus.set_beads(self.bitext_id, self._after, self._first,
                                 self._first + len(self._before))
        return Change(self.bitext_id, self._first, len(self._before), len(self._after))

    def undo(self, corpus: Corpus) -> Change:
        if self._before is None or self._after is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.set_beads(self.bitext_id, self._before, self._first,
                             self._first + len(self._after))
        return Change(self.bitext_id, self._first, len(self._after), len(self._before))


def _rescored(corpus: Corpus, bitext_id: int, beads: list[Bead]) -> list[Bead]:
    """Beads a structural edit reshaped, with scores recomputed (aligner.align.rescore),
    not copied from the old beads: a hand-made bead's score is what the model thinks of
    it. Imported here, not at the top: the aligner's service imports this module."""
    from aligner.align.rescore import rescore

    return rescore(corpus, bitext_id, beads)


def _auto(bead: Bead, **changes) -> Bead:
    """A bead produced by a structural edit: status AUTO, fresh changed_at."""
    return dataclasses.replace(bead, status=BeadStatus.AUTO, changed_at="", **changes)


class MergeBeads(_BeadEdit):
    """Bead `position` absorbs bead position+1 (both sides)."""

    def __init__(self, bitext_id: int, position: int):
        super().__init__(bitext_id)
        self.position = position
        self.label = f"Merge beads {position + 1}-{position + 2}"
        self.kind, self.params = "merge_beads", {"bead": position + 1}

    def _plan(self, corpus: Corpus) -> tuple[int, int, list[Bead]]:
        count = corpus.bead_count(self.bitext_id)
        if not 0 <= self.position < count - 1:
            raise EditError(Problem("edit.merge_last", bead=self.position + 1, count=count))
        a, b = corpus.beads(self.bitext_id, self.position, self.position + 2)
        merged = _auto(a, src_end=b.src_end, tgt_end=b.tgt_end)
        return self.position, self.position + 2, _rescored(corpus, self.bitext_id, [merged])


class ShiftSentence(_BeadEdit):
    """Move one sentence across a bead boundary on one side.

    "down": the last sentence of bead `position` becomes the first of the next bead;
    "up": the first sentence of bead `position` becomes the last of the previous bead.
    A bead may end up empty on both sides (0-0); DeleteEmptyBead removes it.
    """

    def __init__(self, bitext_id: int, position: int, side: str, direction: str):
        super().__init__(bitext_id)
        if side not in SIDES:
            raise EditError(f"side must be 'src' or 'tgt', not {side!r}")
        if direction not in DIRECTIONS:
            raise EditError(f"direction must be 'up' or 'down', not {direction!r}")
        self.position, self.side, self.direction = position, side, direction
        where = "source" if side == "src" else "target"
        self.label = (f"Move {where} sentence {'down' if direction == 'down' else 'up'} "
                      f"from bead {position + 1}")
        self.kind = "shift"
        self.params = {"side": side, "direction": direction, "bead": position + 1}

    def _plan(self, corpus: Corpus) -> tuple[int, int, list[Bead]]:
        s, e = f"{self.side}_start", f"{self.side}_end"
        bead = self._bead(corpus, self.position)
        if getattr(bead, s) == getattr(bead, e):
            raise EditError(Problem(f"edit.shift_no_{self.side}", bead=self.position + 1))
        if self.direction == "down":
            if self.position + 1 >= corpus.bead_count(self.bitext_id):
                raise EditError(Problem("edit.shift_last", bead=self.position + 1))
            nxt = corpus.bead(self.bitext_id, self.position + 1)
            cut = getattr(bead, e) - 1
            return self.position, self.position + 2, _rescored(
                corpus, self.bitext_id, [_auto(bead, **{e: cut}), _auto(nxt, **{s: cut})])
        if self.position == 0:
            raise EditError(Problem("edit.shift_first"))
        prev = corpus.bead(self.bitext_id, self.position - 1)
        cut = getattr(bead, s) + 1
        return self.position - 1, self.position + 1, _rescored(
            corpus, self.bitext_id, [_auto(prev, **{e: cut}), _auto(bead, **{s: cut})])


class InsertEmptyBead(_BeadEdit):
    """Insert an empty 0-0 bead before `position` (at the segment boundary there), as a
    place to shift sentences into."""

    def __init__(self, bitext_id: int, position: int):
        super().__init__(bitext_id)
        self.position = position
        self.label = f"Insert empty bead at {position + 1}"
        self.kind, self.params = "insert_bead", {"bead": position + 1}

    def _plan(self, corpus: Corpus) -> tuple[int, int, list[Bead]]:
        count = corpus.bead_count(self.bitext_id)
        if count == 0:
            raise EditError(Problem("edit.insert_unaligned"))
        if not 0 <= self.position <= count:
            raise EditError(Problem("edit.insert_outside", bead=self.position + 1, count=count))
        if self.position < count:
            nxt = corpus.bead(self.bitext_id, self.position)
            src, tgt = nxt.src_start, nxt.tgt_start
        else:
            prev = corpus.bead(self.bitext_id, count - 1)
            src, tgt = prev.src_end, prev.tgt_end
        empty = Bead(None, self.bitext_id, self.position, src, src, tgt, tgt, 0.0,
                     BeadStatus.AUTO, "")
        return self.position, self.position, [empty]


class SplitBead(_BeadEdit):
    """The bead keeps its first src_count/tgt_count sentences; the rest becomes a new bead
    right after it."""

    def __init__(self, bitext_id: int, position: int, src_count: int, tgt_count: int):
        super().__init__(bitext_id)
        self.position, self.src_count, self.tgt_count = position, src_count, tgt_count
        self.label = f"Split bead {position + 1}"
        self.kind, self.params = "split_bead", {"bead": position + 1}

    def _plan(self, corpus: Corpus) -> tuple[int, int, list[Bead]]:
        bead = self._bead(corpus, self.position)
        n_src, n_tgt = bead.src_end - bead.src_start, bead.tgt_end - bead.tgt_start
        if not (0 <= self.src_count <= n_src and 0 <= self.tgt_count <= n_tgt):
            raise EditError(Problem("edit.split_cannot_keep", bead=self.position + 1,
                                    kind=bead.kind, src=self.src_count, tgt=self.tgt_count))
        if (self.src_count, self.tgt_count) in ((0, 0), (n_src, n_tgt)):
            raise EditError(Problem("edit.split_empty_part", bead=self.position + 1,
                                    src=self.src_count, tgt=self.tgt_count))
        s_cut, t_cut = bead.src_start + self.src_count, bead.tgt_start + self.tgt_count
        head = _auto(bead, src_end=s_cut, tgt_end=t_cut)
        tail = _auto(bead, id=None, src_start=s_cut, tgt_start=t_cut)
        return self.position, self.position + 1, _rescored(corpus, self.bitext_id,
                                                            [head, tail])


class DeleteEmptyBead(_BeadEdit):
    """Remove a 0-0 bead."""

    def __init__(self, bitext_id: int, position: int):
        super().__init__(bitext_id)
        self.position = position
        self.label = f"Delete empty bead {position + 1}"
        self.kind, self.params = "delete_bead", {"bead": position + 1}

    def _plan(self, corpus: Corpus) -> tuple[int, int, list[Bead]]:
        bead = self._bead(corpus, self.position)
        if bead.kind != "0-0":
            raise EditError(Problem("edit.delete_not_empty", bead=self.position + 1,
                                    kind=bead.kind))
        return self.position, self.position + 1, []


class _StatusEdit(Edit):
    """Changes bead status only: remembers (position, old status, old changed_at) of the
    beads it changed, which stays cheap when confirming 100,000 beads."""

    def __init__(self, bitext_id: int):
        self.bitext_id = bitext_id
        self._old: list[tuple[int, BeadStatus, str]] | None = None
        self._new: list[tuple[int, BeadStatus, str]] = []
        self._span = (0, 0)
        self._whole = False

    @abstractmethod
    def _targets(self, corpus: Corpus) -> tuple[int, int, set[int] | None, BeadStatus]:
        """(first, last, positions or None for all in [first, last), status)."""

    def _change(self) -> Change:
        first, last = self._span
        return Change(self.bitext_id, first, last - first, last - first)

    def do(self, corpus: Corpus) -> Change:
        with _refusals(), corpus.transaction():
            if self._old is None:
                first, last, wanted, status = self._targets(corpus)
                old = [row for row in corpus.bead_statuses(self.bitext_id, first, last)
                       if (wanted is None or row[0] in wanted) and row[1] is not status]
                stamp = now_iso()
                self._new = [(p, status, stamp) for p, _, _ in old]
                self._old, self._span, self._whole = old, (first, last), wanted is None
            if self._whole:  # every bead of the range: one UPDATE, fast for 100k beads
                first, last = self._span
                if self._new:
                    _, status, stamp = self._new[0]
                    corpus.set_status_range(self.bitext_id, first, last, status, stamp)
            else:
                corpus.set_statuses(self.bitext_id, self._new)
        return self._change()

    def undo(self, corpus: Corpus) -> Change:
        if self._old is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")
        with _refusals(), corpus.transaction():
            corpus.set_statuses(self.bitext_id, self._old)
        return self._change()


class SetStatus(_StatusEdit):
    """Set the status of the beads at these positions (e.g. confirm a selection)."""

    def __init__(self, bitext_id: int, positions: Sequence[int], status: BeadStatus | str):
        super().__init__(bitext_id)
        self.positions = sorted(set(positions))
        try:
            self.status = BeadStatus(status)
        except ValueError:
            raise EditError(f"unknown bead status {status!r}") from None
        verb = "Confirm" if self.status is BeadStatus.CONFIRMED else "Unconfirm"
        if len(self.positions) == 1:
            self.label = f"{verb} bead {self.positions[0] + 1}"
        else:
            self.label = f"{verb} {len(self.positions)} beads"
        self.kind = verb.lower()  # n beads; one: its number
        self.params = {"n": len(self.positions), "bead": self.positions[0] + 1 if self.positions
                       else 0}

    def _targets(self, corpus: Corpus) -> tuple[int, int, set[int] | None, BeadStatus]:
        if not self.positions:
            raise EditError(Problem("edit.none_selected"))
        count = corpus.bead_count(self.bitext_id)
        if self.positions[0] < 0 or self.positions[-1] >= count:
            raise EditError(Problem("edit.positions_outside", first=self.positions[0] + 1,
                                    last=self.positions[-1] + 1, count=count))
        return self.positions[0], self.positions[-1] + 1, set(self.positions), self.status


class ConfirmThrough(_StatusEdit):
    """Confirm every bead from the first one to `position` (the user checked up to here)."""

    def __init__(self, bitext_id: int, position: int):
        super().__init__(bitext_id)
        self.position = position
        self.label = f"Confirm beads 1-{position + 1}"
        self.kind, self.params = "confirm_through", {"bead": position + 1}

    def _targets(self, corpus: Corpus) -> tuple[int, int, set[int] | None, BeadStatus]:
        count = corpus.bead_count(self.bitext_id)
        if not 0 <= self.position < count:
            raise EditError(Problem("edit.no_bead", bead=self.position + 1, count=count))
        return 0, self.position + 1, None, BeadStatus.CONFIRMED


class ReplaceBeads(_BeadEdit):
    """Apply an alignment result to beads [first, last) (last None: to the end).

    Spans index segment positions minus the offsets (see Corpus.replace_beads). New beads
    are AUTO with the span's score; undo restores the old beads with ids and status.
    """

    def __init__(self, bitext_id: int, first: int, last: int | None, spans: Sequence[BeadSpan],
                 src_offset: int = 0, tgt_offset: int = 0, label: str = "Re-align"):
        super().__init__(bitext_id)
        self.first, self.last = first, last
        self.spans = list(spans)
        self.src_offset, self.tgt_offset = src_offset, tgt_offset
        self.label = label
        # a caller that names the edit itself keeps its own words in every language
        self.kind = "realign" if label == "Re-align" else ""

    def _plan(self, corpus: Corpus) -> tuple[int, int, list[Bead]]:
        last = corpus.bead_count(self.bitext_id) if self.last is None else self.last
        new = [Bead(None, self.bitext_id, 0, s.src_start + self.src_offset,
                    s.src_end + self.src_offset, s.tgt_start + self.tgt_offset,
                    s.tgt_end + self.tgt_offset, float(s.score), BeadStatus.AUTO, "")
               for s in self.spans]
        return self.first, last, new


# --- segment edits -----------------------------------------------------------------------

class _SegmentEdit(Edit):
    def __init__(self, segment_id: int):
        self.segment_id = segment_id
        self._doc_id: int | None = None

    def _change(self) -> Change:
        assert self._doc_id is not None
        return Change(None, doc_ids=frozenset({self._doc_id}))

    def _done_once(self) -> None:
        if self._doc_id is None:
            raise EditError(f"'{self.label}' was never done, so it cannot be undone")


class SplitSegment(_SegmentEdit):
    """Split a sentence's text at a code-point offset (whitespace at the cut is dropped);
    both halves stay in the same bead in every bitext of the document."""

    def __init__(self, segment_id: int, offset: int):
        super().__init__(segment_id)
        self.offset = offset
        self.label = "Split sentence"
        self.kind = "split_sentence"
        self._orig: Segment | None = None
        self._entities: list[Entity] = []
        self._new_id: int | None = None
        self._unconfirmed: list[int] = []

    def do(self, corpus: Corpus) -> Change:
        with _refusals(), corpus.transaction():
            seg = corpus.segment(self.segment_id)
            if self._orig is None:
                text = seg.text
                if not (0 < self.offset < len(text) and text[:self.offset].strip()
                        and text[self.offset:].strip()):
                    raise EditError(Problem("edit.split_sentence", sentence=seg.position + 1,
                                            offset=self.offset))
                self._orig, self._entities = seg, corpus.entities([seg.id])
            # the beads holding the sentence changed: a confirmed one is confirmed no more
            self._unconfirmed = _confirmed_beads_of(corpus, seg)
            corpus.set_status(self._unconfirmed, BeadStatus.AUTO)
            self._new_id = corpus.split_segment(self.segment_id, self.offset, new_id=self._new_id)
        self._doc_id = seg.doc_id
        return self._change()

    def undo(self, corpus: Corpus) -> Change:
        self._done_once()
        assert self._orig is not None
        with _refusals(), corpus.transaction():
            corpus.merge_segments(self.segment_id)
            corpus.restore_segment(self._orig)
            corpus.restore_entities(self._entities)
            corpus.set_status(self._unconfirmed, BeadStatus.CONFIRMED)
        return self._change()


def _confirmed_beads_of(corpus: Corpus, seg: Segment) -> list[int]:
    """Ids of the confirmed beads, in every bitext of the sentence's document, that hold it."""
    ids = []
    for bitext in corpus.bitexts_of_document(seg.doc_id):
        side = "src" if bitext.src_doc_id == seg.doc_id else "tgt"
        position = corpus.bead_covering(bitext.id, side, seg.position)
        if position is not None:
            bead = corpus.bead(bitext.id, position)
            if bead.status == BeadStatus.CONFIRMED and bead.id is not None:
                ids.append(bead.id)
    return ids


class MergeSegments(_SegmentEdit):
    """Merge a sentence with the next one of its document (joined by a space). Only when
    both are in the same bead in every bitext of the document."""

    def __init__(self, segment_id: int):
        super().__init__(segment_id)
        self.label = "Merge sentences"
        self.kind = "merge_sentences"
        self._a: Segment | None = None
        self._b: Segment | None = None
        self._b_key: int | None = None
        self._entities: list[Entity] = []

    def do(self, corpus: Corpus) -> Change:
        with _refusals(), corpus.transaction():
            problem = corpus.merge_check(self.segment_id)
            if problem:
                raise EditError(Problem("edit.merge_refused", problem=problem))
            a = corpus.segment(self.segment_id)
            b = corpus.segment_at(a.doc_id, a.position + 1)
            entities = corpus.entities([a.id, b.id])
            b_key = corpus.segment_key(b.id)  # undo puts it back under the same key
            corpus.merge_segments(self.segment_id)
        self._a, self._b, self._entities, self._doc_id = a, b, entities, a.doc_id
        self._b_key = b_key
        return self._change()

    def undo(self, corpus: Corpus) -> Change:
        self._done_once()
        assert self._a is not None and self._b is not None
        with _refusals(), corpus.transaction():
            corpus.split_segment(self._a.id, len(self._a.text), new_id=self._b.id,
                                 new_key=self._b_key)
            corpus.restore_segment(self._a)
            corpus.restore_segment(self._b)
            corpus.restore_entities(self._entities)
        return self._change()


class EntitiesCutError(EditError):
    """A sentence edit would cut through entities: `cuts` lists them (aligner.entities.
    offsets.Cut, with the part of each that would be left). Ask the user, then make the
    edit again with on_cut="shrink" or "remove"."""

    def __init__(self, message: str, cuts: list):
        super().__init__(message)
        self.cuts = cuts


class EditSegmentText(_SegmentEdit):
    """Replace a sentence's current text (the document's original text is never changed).

    Entities move with the text (aligner.entities.offsets.remap). One that the change cuts
    through is, by `on_cut`: "ask" (refuse with EntitiesCutError naming them), "shrink"
    (to the part left, removed if none is) or "remove"; all in this one undoable step."""

    def __init__(self, segment_id: int, text: str, on_cut: str = "ask"):
        super().__init__(segment_id)
        if on_cut not in ("ask", "shrink", "remove"):
            raise ValueError(f"on_cut must be ask, shrink or remove, not {on_cut!r}")
        self.text = text
        self.on_cut = on_cut
        self.label = "Edit sentence"
        self.kind = "edit_sentence"
        self._old: str | None = None
        self._before: list[Entity] = []
        self._moved: list[Entity] = []
        self._removed: list[int] = []

    def _plan(self, corpus: Corpus, seg: Segment) -> None:
        from aligner.entities.offsets import plan_text_change

        if not self.text.strip():
            raise EditError(Problem("edit.sentence_empty", sentence=seg.position + 1))
        self._moved, self._removed, self._before = plan_text_change(corpus, seg, self.text,
                                                                    self.on_cut)
        self._old = seg.text

    def do(self, corpus: Corpus) -> Change:
        with _refusals(), corpus.transaction():
            seg = corpus.segment(self.segment_id)
            if self._old is None:
                self._plan(corpus, seg)
            corpus.set_segment_text(self.segment_id, self.text)
            corpus.delete_entities(self._removed)
            corpus.restore_entities(self._moved)
        self._doc_id = seg.doc_id
        return self._change()

    def undo(self, corpus: Corpus) -> Change:
        self._done_once()
        assert self._old is not None
        with _refusals(), corpus.transaction():
            corpus.set_segment_text(self.segment_id, self._old)
            corpus.write_entities(self._before)
        return self._change()


class SetExcluded(_SegmentEdit):
    """Mark a sentence as boilerplate (kept, shown, left out of bead texts) or include it.
    Including one no bead covers puts it into the bead whose row draws it (review.shown_range)
    in each aligned bitext of its document, unconfirmed (it pairs more text); one edit."""

    def __init__(self, segment_id: int, excluded: bool, reason: str = ""):
        super().__init__(segment_id)
        self.excluded, self.reason = bool(excluded), reason
        self.label = "Exclude sentence" if excluded else "Include sentence"
        self.kind = "exclude_sentence" if excluded else "include_sentence"
        self._orig: Segment | None = None
        self._grown: list[tuple[int, int, Bead, Bead]] = []  # bitext, position, old, new

    def do(self, corpus: Corpus) -> Change:
        with _refusals(), corpus.transaction():
            seg = corpus.segment(self.segment_id)
            if self._orig is None:
                self._orig = seg
                if not self.excluded and seg.excluded:
                    self._grown = beads_taking_in(corpus, seg)
            for k, (bitext_id, position, old, new) in enumerate(self._grown):
                corpus.set_beads(bitext_id, [new], position, position + 1)
                if not new.changed_at:  # first do: keep the exact bead for redo
                    self._grown[k] = (bitext_id, position, old, corpus.bead(bitext_id, position))
            corpus.set_excluded(self.segment_id, self.excluded, self.reason)
        self._doc_id = seg.doc_id
        return self._change()

    def undo(self, corpus: Corpus) -> Change:
        self._done_once()
        assert self._orig is not None
        with _refusals(), corpus.transaction():
            seg = corpus.segment(self.segment_id)
            # only the flag and reason go back: other fields are as the do() left them
            corpus.restore_segment(dataclasses.replace(
                seg, excluded=self._orig.excluded, exclude_reason=self._orig.exclude_reason))
            for bitext_id, position, old, _ in reversed(self._grown):
                corpus.set_beads(bitext_id, [old], position, position + 1)
        return self._change()
