"""The window's entity docks and actions: the tagging pane (current bead), the entities
panel (open bitext), Tag Entities (Ctrl+T), next unlinked (F6) and next suggestion (F7),
the panel (Ctrl+Shift+E), the labels (Ctrl+Shift+L), and Propagate / Suggest / Import
Gazetteer, which run in the background and preview before writing (ui.annotation.bulk).
Kept in step with the corpus by the window, which calls set_corpus, show_bead and
on_change; every change goes through `apply_edit`.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from aligner.edits import Edit
from aligner.entities.edits import SetLabels

from ..alignment.model import BeadTableModel
from .entities_panel import EntitiesPanel, bitext_rows
from .label_dialog import LabelDialog
from .labels import LabelKeys
from .pane import AnnotationPane
from .bulk import BulkEntities

FEW_ENTITIES = 20_000  # up to this many, the panel reads only the sentences holding them


class AnnotationDocks(QObject):
    def __init__(self, parent: QWidget, model: BeadTableModel,
                 apply_edit: Callable[[Edit], bool], go_to_bead: Callable[[int], None],
                 labels: LabelKeys) -> None:
        super().__init__(parent)
        self.model, self.labels, self.apply_edit = model, labels, apply_edit
        self.go_to_bead = go_to_bead
        self.corpus: Any = None
        self.pane = AnnotationPane(model, apply_edit)
        self.pane.labels = labels
        for view in self.pane.views.values():
            view.labels = labels
        self.panel = EntitiesPanel(apply_edit, go_to_bead, labels)
        self.bulk = BulkEntities(parent, apply_edit)
        self.actions: list[QAction] = []
        for text, keys, slot in (
                (self.tr("&Tag Entities"), "Ctrl+T", self.focus_pane),
                (self.tr("Next Unlinked &Entity"), "F6", lambda: self.go_next(suggested=False)),
                (self.tr("Ne&xt Suggestion"), "F7", lambda: self.go_next(suggested=True)),
                (self.tr("&Propagate Entities…"), "Ctrl+Shift+P", lambda: self.preview("propagate")),
                (self.tr("Su&ggest Entities…"), "Ctrl+Shift+G", lambda: self.preview("suggest")),
                (self.tr("Entity &Labels…"), "Ctrl+Shift+L", self.edit_labels),
                (self.tr("Import Ga&zetteer…"), "Ctrl+Shift+I", lambda: self.preview("gazetteer")),
                (self.tr("Entities Pa&nel"), "Ctrl+Shift+E", self.focus_panel),
                (self.tr("Back to the &Bead Table"), "Ctrl+Shift+B", self.focus_table)):
            action = QAction(text, self)
            action.setObjectName(f"entities_action_{len(self.actions)}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda checked=False, f=slot: f())
            self.actions.append(action)

    def docks(self) -> list[tuple[str, QWidget, Qt.DockWidgetArea, str]]:
        return [(self.tr("Entities of the bead"), self.pane, Qt.DockWidgetArea.BottomDockWidgetArea,
                 "tagging"),
                (self.tr("Entities"), self.panel, Qt.DockWidgetArea.RightDockWidgetArea, "entities")]

    # --- kept in step by the window ---------------------------------------------------
    def set_corpus(self, corpus: Any) -> None:
        self.corpus = corpus
        self.labels.set_labels(corpus.labels() if corpus is not None else [])
        self.pane.set_labels(self.labels.labels)
        self.panel.set_labels()
        self.refresh_panel()

    def show_bead(self, row: int) -> None:
        if row != self.pane.row:
            self.pane.show_bead(row)

    def on_change(self, change: Any) -> None:
        if self.corpus is not None and self.corpus.labels() != self.labels.labels:
            self.set_corpus(self.corpus)  # the label set changed (or its undo)
        self.pane.refresh()
        self.refresh_panel()

    def refresh_panel(self) -> None:
        model = self.model
        if self.corpus is None or model.bitext is None:
            self.panel.set_rows([])
            return
        found = self.corpus.entities_of_documents([model.bitext.src_doc_id,
                                                   model.bitext.tgt_doc_id])
        sides = {}
        if len(found) <= FEW_ENTITIES:
            # only the sentences holding entities: reading every sentence of a 10^6-bead
            # bitext took seconds and most of a GB at open
            for doc_id, position, ent in found:
                column = 1 if doc_id == model.bitext.src_doc_id else 2
                side = "src" if column == 1 else "tgt"
                sides[ent.segment_id] = (side, position, model.segment(column, position).text)
        else:
            for side, column in (("src", 1), ("tgt", 2)):
                for seg in model.all_segments(column):
                    sides[seg.id] = (side, seg.position, seg.text)
        entities = [e for _, _, e in found]
        self.panel.set_rows(bitext_rows(model.beads, sides.get, entities,
                                        self._elsewhere(entities)) if entities else [])

    def _elsewhere(self, entities: list) -> dict[int, str]:
        """Counterparts outside this bitext, as 'text (lang)': an Arabic document in an
        ar-en and an ar-fr bitext has its names linked to the English and French ones."""
        here = {e.id for e in entities}
        wanted = sorted({i for e in entities for i in e.links if i not in here})
        if not wanted:
            return {}
        langs = {d.id: d.lang for d in self.corpus.documents()}
        out = {}
        for other in self.corpus.entities_by_id(wanted):
            seg = self.corpus.segment(other.segment_id)
            out[other.id] = f"{seg.text[other.start:other.end]} ({langs.get(seg.doc_id, '?')})"
        return out

    # --- actions ----------------------------------------------------------------------
    def focus_pane(self) -> None:
        dock = self.pane.parentWidget()
        if dock is not None:
            dock.show()
        self.pane.views[1].setFocus()

    def go_next(self, *, suggested: bool) -> None:
        row = self.panel.next_after(self.pane.row, suggested=suggested)
        if row is None:
            self.pane.status.setText(self.tr("No suggestion left.") if suggested
                                     else self.tr("No unlinked entity left."))
            return
        self.go_to_bead(row.bead)
        self.panel.select(row)
        view = self.pane.views[1 if row.side == "src" else 2]
        view.select_span(row.entity.segment_id, row.entity.start, row.entity.end)
        view.setFocus()

    def focus_table(self) -> None:
        """Ctrl+Shift+B: back from the tagging pane or the panel to the bead table (where
        F2 edits a sentence and the bead keys work)."""
        view = getattr(self.parent(), "view", None)
        if view is not None:
            view.setFocus()

    def edit_labels(self, decide: Callable[[LabelDialog], bool] | None = None) -> bool:
        """The label set dialog, opened (not run: keys reach it) and applied when accepted;
        `decide` stands in for the user (tests) and then the result is returned."""
        if self.corpus is None:
            return False
        dialog = LabelDialog(self.labels.labels, self.pane)
        if decide is not None:
            return decide(dialog) and self.apply_edit(SetLabels(dialog.labels()))
        dialog.accepted.connect(lambda: self.apply_edit(SetLabels(dialog.labels())))
        self.label_dialog = dialog
        dialog.open()
        return True

    def focus_panel(self) -> None:
        """Ctrl+Shift+E: the entities panel, its first row current (keys act on rows)."""
        dock = self.panel.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        tree = self.panel.tree
        if tree.currentItem() is None and tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        tree.setFocus()

    def preview(self, kind: str) -> None:
        """Propagate, Suggest or Import Gazetteer: scope, worker, preview (bulk.py)."""
        if self.corpus is None or self.model.bitext_id is None:
            return
        self.bulk.start(kind)
