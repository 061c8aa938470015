"""EditController: turns the main window's editing actions into core edits.

Each handler reads the current bead (a source row of the model, which is the bead's
position), builds one aligner.edits command and hands it to the window, which applies it
through the session's history and reports refusals (EditError) in a message.
"""
from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from aligner import edits
from aligner.entities.offsets import remap
from aligner.model import BeadStatus

from .. import messages
from .model import BeadTableModel


class EditHost(Protocol):
    """What the controller needs from the window (structural: no import of it)."""

    model: BeadTableModel

    def current_position(self) -> int: ...

    def selected_positions(self) -> list[int]: ...

    def segment_text(self, segment_id: int) -> str | None: ...

    def apply_edit(self, edit: Any) -> bool: ...

    def apply_group(self, label: str, edits: list[Any], kind: str = "") -> bool: ...

    def go_to_position(self, position: int, column: int | None = None) -> None: ...


class EditController:
    def __init__(self, window: EditHost) -> None:
        self.window = window

    @property
    def model(self):
        return self.window.model

    def _bitext(self) -> int | None:
        return self.model.bitext_id

    def _row(self) -> int | None:
        row = self.window.current_position()
        return None if row < 0 or self._bitext() is None else row

    # --- beads ------------------------------------------------------------------------
    def merge_beads(self) -> None:
        row = self._row()
        if row is not None and self.window.apply_edit(edits.MergeBeads(self._bitext(), row)):
            self.window.go_to_position(row)  # the merged bead

    def shift(self, side: str, direction: str) -> None:
        row = self._row()
        if row is not None:
            self.window.apply_edit(edits.ShiftSentence(self._bitext(), row, side, direction))

    def insert_bead(self) -> None:
        row = self._row()
        bitext = self._bitext()
        if bitext is None:
            return
        position = 0 if row is None else row
        if self.window.apply_edit(edits.InsertEmptyBead(bitext, position)):
            # the cursor goes to the new empty bead (Qt would keep it on the bead that moved
            # down), so Ctrl+Delete right after removes what Ctrl+Return made
            self.window.go_to_position(position)

    def split_bead(self) -> None:
        """Keep one sentence per side (none for an empty side) and move the rest down: the
        usual fix for an n-m bead that should have been 1-1 followed by the rest."""
        row = self._row()
        if row is None:
            return
        bead = self.model.beads[row]
        n_src, n_tgt = bead.src_end - bead.src_start, bead.tgt_end - bead.tgt_start
        if self.window.apply_edit(edits.SplitBead(self._bitext(), row, min(1, n_src),
                                                  min(1, n_tgt))):
            self.window.go_to_position(row + 1)  # the new bead: the rest, to check next

    def delete_bead(self) -> None:
        row = self._row()
        if row is not None:
            self.window.apply_edit(edits.DeleteEmptyBead(self._bitext(), row))

    def toggle_confirm(self) -> None:
        rows = self.window.selected_positions()
        if not rows or self._bitext() is None:
            return
        all_confirmed = all(self.model.beads[r].status == BeadStatus.CONFIRMED for r in rows)
        status = BeadStatus.AUTO if all_confirmed else BeadStatus.CONFIRMED
        self.window.apply_edit(edits.SetStatus(self._bitext(), rows, status))

    def confirm_through(self) -> None:
        row = self._row()
        if row is not None:
            self.window.apply_edit(edits.ConfirmThrough(self._bitext(), row))

    # --- sentences (from the F2 editor) -------------------------------------------------
    def _cut_choice(self, segment_id: int, text: str) -> str | None:
        """How entities the new text cuts through go ("ask": none is cut): the user
        chooses to shrink them to what is left or remove them, or cancels (None). Which
        entities a change cuts is the core's rule (aligner.entities.offsets.remap)."""
        corpus = self.model.corpus
        if corpus is None:
            return "ask"
        old = corpus.segment(segment_id).text
        _, cuts = remap(old, text, corpus.entities([segment_id]))
        if not cuts:
            return "ask"
        names = ", ".join(f"«{old[c.entity.start:c.entity.end]}»" for c in cuts)
        translate = QCoreApplication.translate
        answer = messages.choose(
            self.window, translate("EditController", "Edit cuts through entities"),
            translate("EditController", "The change cuts through {names}. Shrink them to "
                      "what is left (removed where nothing is), or remove them? Either way it "
                      "is one undoable step.").format(names=names),
            [translate("EditController", "Shrink"), translate("EditController", "Remove")])
        return None if answer is None else ("shrink", "remove")[answer]

    def save_text(self, segment_id: int, text: str) -> None:
        on_cut = self._cut_choice(segment_id, text)
        if on_cut is not None:
            self.window.apply_edit(edits.EditSegmentText(segment_id, text, on_cut))

    def split_segment(self, segment_id: int, offset: int, text: str) -> None:
        """Split at a code-point offset of the editor's text; unsaved typing is saved first,
        both as one undo step."""
        current = self.window.segment_text(segment_id)
        if current is not None and current != text:
            on_cut = self._cut_choice(segment_id, text)
            if on_cut is None:
                return
            self.window.apply_group("Edit and split sentence",
                                    [edits.EditSegmentText(segment_id, text, on_cut),
                                     edits.SplitSegment(segment_id, offset)],
                                    kind="edit_split_sentence")
        else:
            self.window.apply_edit(edits.SplitSegment(segment_id, offset))

    def merge_segments(self, segment_id: int) -> None:
        self.window.apply_edit(edits.MergeSegments(segment_id))

    def set_excluded(self, segment_id: int, excluded: bool) -> None:
        self.window.apply_edit(edits.SetExcluded(segment_id, excluded))

