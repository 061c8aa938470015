"""AnnotationPane: tag the current bead's entities, both sides side by side.

Keyboard first: Tab moves between the two sides, Shift+arrows select, a label's number key
tags (snapped to words, Arabic proclitics cut: aligner.entities.selection; Alt+number tags
the exact selection), Enter tags with the label used last. Right after a tag, the
counterpart the core proposes (aligner.entities.service) is marked on the other side: Enter
accepts, Esc rejects, or select the counterpart yourself and press its number key or L.
A number key on an entity relabels it; Delete removes it. Every change is one core edit
(aligner.entities.edits) run through the window, so it is undoable.
"""
from __future__ import annotations

from html import escape
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from aligner.edits import Edit
from aligner.entities import edits as entity_edits
from aligner.entities.selection import snap_selection
from aligner.entities.service import Proposal, propose_counterpart
from aligner.model import Entity
from aligner.names.evidence import register_offer
from aligner.names.register import Proposal as RegisterProposal

from ..alignment.model import SRC, TGT, BeadTableModel
from ..i18n import as_written, ui_paragraph
from .labels import LabelKeys
from .side_view import SideTextView


class AnnotationPane(QWidget):
    def __init__(self, model: BeadTableModel, apply_edit: Callable[[Edit], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.apply_edit = apply_edit
        self.labels = LabelKeys()
        self.row = -1
        self.proposal: Proposal | None = None
        self.awaiting: Entity | None = None  # tagged just now, its counterpart not yet given
        self.offer: RegisterProposal | None = None  # what the last link offers the register
        self.label_bar = QLabel()
        self.label_bar.setTextFormat(Qt.TextFormat.RichText)
        self.label_bar.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.views = {SRC: SideTextView("src"), TGT: SideTextView("tgt")}
        splitter = QSplitter(Qt.Orientation.Horizontal)
        # source then target as in the bead table: the corpus's order, whatever the UI's
        splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for column, view in self.views.items():
            view.setObjectName(f"entities_{view.side}")
            view.tagRequested.connect(lambda key, exact, c=column: self.tag(c, key, exact))
            view.acceptRequested.connect(lambda c=column: self.accept(c))
            view.rejectRequested.connect(self.reject)
            view.deleteRequested.connect(lambda c=column: self.delete_at_cursor(c))
            view.linkRequested.connect(lambda c=column: self.link_selection(c))
            view.registerRequested.connect(self.take_register_offer)
            view.suggestionAnswered.connect(lambda yes, c=column: self.answer_suggestion(c, yes))
            splitter.addWidget(view)
        top = QHBoxLayout()
        top.addWidget(self.label_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._show_labels()

    # --- what is shown ----------------------------------------------------------------
    def set_labels(self, labels) -> None:
        self.labels.set_labels(labels)
        for view in self.views.values():
            view.labels = self.labels
        self._show_labels()

    def _show_labels(self) -> None:
        # each chip and the label name isolated (first strong: a name may be Arabic), so a
        # right-to-left bar keeps '1 PER' together instead of one Latin run across chips
        chips = " ".join(
            as_written(f'<span style="background-color:{lab.colour};">&nbsp;{escape(lab.key)}'
                       f'&nbsp;{escape(lab.name)}&nbsp;</span>') for lab in self.labels.labels)
        keys = self.tr("Enter: {label} · Alt+key: exact · Del: remove · L: link · "
                       "A/R: suggestion").format(
            label=f"<b>{as_written(escape(self.labels.sticky or ''))}</b>")
        self.label_bar.setText(ui_paragraph(f"{chips} &nbsp; {keys}"))

    def show_bead(self, row: int) -> None:
        """Show bead `row` of the model (-1: none); a pending proposal is dropped."""
        self.row = row
        self.proposal = self.awaiting = None
        self.status.clear()
        for column, view in self.views.items():
            if 0 <= row < len(self.model.beads):
                segments = self.model.side_segments(row, column)
                view.set_content(segments, self.model.lang(column), self._entities(segments),
                                 self.labels)
            else:
                view.set_content([], "", {}, self.labels)

    def refresh(self) -> None:
        """Reread entities (after an edit or an undo) without moving the cursors."""
        if not 0 <= self.row < len(self.model.beads):
            return
        for column, view in self.views.items():
            segments = self.model.side_segments(self.row, column)
            if [s.id for s in segments if not s.excluded] != [s.id for s in view.segments] or \
                    [s.text for s in segments if not s.excluded] != [s.text for s in view.segments]:
                self.show_bead(self.row)  # the sentences themselves changed
                return
            view.set_entities(self._entities(segments))

    def _entities(self, segments) -> dict[int, list[Entity]]:
        return {s.id: self.model.entities_of(s.id) for s in segments if s.id is not None}

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # --- tagging ----------------------------------------------------------------------
    def tag(self, column: int, key: str, exact: bool = False) -> None:
        label = self.labels.by_key(key)
        if label is None:
            self._say(self.tr("No label has the key {key}.").format(key=key))
            return
        self._tag_with(column, label.name, exact)

    def _tag_with(self, column: int, label: str, exact: bool) -> None:
        view = self.views[column]
        chosen = view.selection()
        if chosen is None:
            self._say(self.tr("Select within one sentence."))
            return
        segment, start, end = chosen
        on = view.entity_at_cursor()
        if start == end and on is not None:  # a key on an entity relabels it
            if on.label != label and on.id is not None:
                self.apply_edit(entity_edits.relabel([on.id], label))
                self.labels.use(label)
            return
        if not exact:
            start, end = snap_selection(segment.text, start, end, view.lang)
        if start >= end:
            self._say(self.tr("Nothing to tag here: select a word."))
            return
        counterpart = self.awaiting if self.awaiting is not None and \
            self._column_of(self.awaiting) != column else None
        assert segment.id is not None
        edit = entity_edits.tag(self.model.corpus, segment.id, start, end, label,
                                counterpart_id=counterpart.id if counterpart else None)
        if not self.apply_edit(edit):
            return
        self.labels.use(label)
        self._show_labels()
        self._clear_proposal()
        if counterpart is None:
            self._propose(column, edit.added_ids[0])
        else:
            self.awaiting = None
            self._say(self.tr("Tagged and linked."))
            self._offer_register(edit.added_ids[0])

    def _column_of(self, entity: Entity) -> int:
        for column, view in self.views.items():
            if any(s.id == entity.segment_id for s in view.segments):
                return column
        return -1

    def _propose(self, column: int, entity_id: int) -> None:
        entity = next((e for view in self.views.values() for segs in view.entities.values()
                       for e in segs if e.id == entity_id), None)
        if entity is None or self.model.bitext_id is None:
            return
        other_view = self.views[TGT if column == SRC else SRC]
        proposal = propose_counterpart(self.model.corpus, self.model.bitext_id, entity_id)
        self.awaiting = entity
        if proposal is None:
            self._say(self.tr("No counterpart found: select it on the other side and press "
                              "its key (or L), or leave the entity unlinked."))
            return
        self.proposal = proposal
        other_view.set_proposal((proposal.segment_id, proposal.start, proposal.end))
        text = next(s.text for s in other_view.segments if s.id == proposal.segment_id)
        self._say(self.tr("Counterpart proposed: «{text}» ({label}). Enter accepts, Esc "
                          "rejects.").format(text=text[proposal.start:proposal.end],
                                             label=proposal.label))

    def _clear_proposal(self) -> None:
        self.proposal = None
        for view in self.views.values():
            view.set_proposal(None)

    def accept(self, column: int) -> None:
        """Enter: accept the proposal, else tag the selection with the sticky label."""
        proposal, entity = self.proposal, self.awaiting
        if proposal is None or entity is None or entity.id is None:
            if self.labels.sticky:
                self._tag_with(column, self.labels.sticky, exact=False)
            return
        if proposal.existing_id is not None:
            edit: Edit = entity_edits.link(entity.id, proposal.existing_id)
        else:
            edit = entity_edits.tag(self.model.corpus, proposal.segment_id, proposal.start,
                                    proposal.end, proposal.label,
                                    counterpart_id=entity.id)
        if self.apply_edit(edit):
            self._clear_proposal()
            self.awaiting = None
            self._say(self.tr("Linked."))
            self._offer_register(entity.id)

    def reject(self) -> None:
        if self.proposal is not None or self.awaiting is not None:
            self._clear_proposal()
            self.awaiting = None
            self._say(self.tr("Left unlinked."))

    def link_selection(self, column: int) -> None:
        """L on the other side: link the entity awaiting a counterpart to the entity at the
        cursor, or to the selection tagged with the awaiting entity's label."""
        if self.awaiting is None or self._column_of(self.awaiting) == column:
            self._say(self.tr("Tag an entity first; then select its counterpart here and "
                              "press L."))
            return
        on = self.views[column].entity_at_cursor()
        if on is not None and on.id is not None and not self.views[column].textCursor().hasSelection():
            if self.apply_edit(entity_edits.link(self.awaiting.id, on.id)):
                self._clear_proposal()
                self.awaiting = None
                self._offer_register(on.id)
            return
        self._tag_with(column, self.awaiting.label, exact=False)

    # --- the names register ------------------------------------------------------------
    def _offer_register(self, entity_id: int) -> None:
        """After a link: say what the names register would gain (a new entry, or the
        entry this Arabic name already has, with the linked spelling); N takes it."""
        self.offer = None
        if self.model.corpus is None:
            return
        offer = register_offer(self.model.corpus, entity_id)
        if offer is None:
            return
        self.offer = offer
        what = self.tr("new entry") if offer.is_new else self.tr("join the entry")
        self._say(self.status.text() + " " + self.tr("Names register: {what} {name}. N takes it.")
                  .format(what=what, name=offer.entry.arabic))

    def take_register_offer(self) -> None:
        offer, self.offer = self.offer, None
        if offer is None:
            self._say(self.tr("Link an Arabic name to its counterpart first; N then adds the "
                              "pair to the names register."))
            return
        if self.apply_edit(offer.edit()):
            self._say(self.tr("Added to the names register."))

    def answer_suggestion(self, column: int, accept: bool) -> None:
        on = self.views[column].entity_at_cursor()
        if on is None or on.id is None or on.status != "suggested":
            self._say(self.tr("Put the cursor on a suggestion (drawn pale, dotted) to "
                              "accept (A) or reject (R) it."))
            return
        self.apply_edit((entity_edits.accept if accept else entity_edits.reject)([on.id]))

    def delete_at_cursor(self, column: int) -> None:
        on = self.views[column].entity_at_cursor()
        if on is not None and on.id is not None:
            self.apply_edit(entity_edits.delete([on.id]))
