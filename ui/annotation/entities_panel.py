"""EntitiesPanel: every entity of the open bitext, both sides, with its counterpart.

Filter by label, unlinked or suggested; Enter or a double-click jumps to its bead; Delete
removes, U unlinks, A accepts and R rejects suggestions, a label's number key relabels;
all on the selected rows at once, each as one core edit. F6 / F7 (window-wide) go to the
next unlinked entity and the next suggestion after the current bead.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from aligner.edits import Edit
from aligner.entities import edits as entity_edits
from aligner.model import Bead, Entity

from ..i18n import ui_paragraph
from .labels import LabelKeys

ROW_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Row:
    """One entity as the panel lists it."""

    entity: Entity
    side: str  # "src" / "tgt"
    bead: int  # bead position, -1 when no bead holds the sentence
    text: str
    counterpart: str  # the linked entity's text, "" when unlinked


class _Tree(QTreeWidget):
    keyPressed = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                           Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            super().keyPressEvent(event)
        else:
            self.keyPressed.emit(event)


class EntitiesPanel(QWidget):
    FILTERS = (QT_TRANSLATE_NOOP("EntitiesPanel", "All entities"),
               QT_TRANSLATE_NOOP("EntitiesPanel", "Unlinked"),
               QT_TRANSLATE_NOOP("EntitiesPanel", "Suggested"))

    def __init__(self, apply_edit: Callable[[Edit], bool], go_to_bead: Callable[[int], None],
                 labels: LabelKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.apply_edit, self.go_to_bead, self.labels = apply_edit, go_to_bead, labels
        self.rows: list[Row] = []
        self.kind = QComboBox()
        self.kind.addItems([self.tr(f) for f in self.FILTERS])
        self.label_filter = QComboBox()
        for combo in (self.kind, self.label_filter):  # keep the dock narrow
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(3)
        self.kind.currentIndexChanged.connect(self._fill)
        self.label_filter.currentIndexChanged.connect(self._fill)
        self.count = QLabel()
        self.tree = _Tree()
        self.tree.setObjectName("entities_list")
        self.tree.setHeaderLabels([self.tr("Bead"), self.tr("Label"), self.tr("Entity"),
                                   self.tr("Counterpart"), ""])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for column in (0, 1, 4):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._jump)
        self.tree.keyPressed.connect(self._key)
        bar = QHBoxLayout()
        bar.addWidget(self.kind, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.label_filter)
        layout.addWidget(self.tree, 1)
        hint = QLabel(ui_paragraph(self.tr(
            "Enter: go · Del: remove · U: unlink · A/R: accept/reject suggestion · 1-9: "
            "relabel · F6/F7: next unlinked/suggestion")))
        hint.setObjectName("entities_hint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray")
        layout.addWidget(hint)
        self.set_labels()

    def set_labels(self) -> None:
        current = self.label_filter.currentText()
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("Any label"))
        self.label_filter.addItems([lab.name for lab in self.labels.labels])
        self.label_filter.setCurrentIndex(max(0, self.label_filter.findText(current)))
        self.label_filter.blockSignals(False)

    # --- data -------------------------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self._fill()

    def _shown(self) -> list[Row]:
        kind = self.kind.currentIndex()
        label = self.label_filter.currentText() if self.label_filter.currentIndex() > 0 else None
        return [r for r in self.rows
                if (label is None or r.entity.label == label)
                and (kind != 1 or (r.entity.counterpart_id is None
                                   and r.entity.status == "accepted"))
                and (kind != 2 or r.entity.status == "suggested")]

    def _fill(self) -> None:
        keep = {r.entity.id for r in self.selected()}
        self.tree.clear()
        shown = self._shown()
        for row in shown:
            status = self.tr("suggested") if row.entity.status == "suggested" else \
                (self.tr("unlinked") if row.entity.counterpart_id is None else "")
            item = QTreeWidgetItem([str(row.bead + 1) if row.bead >= 0 else "—",
                                    row.entity.label, row.text, row.counterpart or "—", status])
            item.setData(0, ROW_ROLE, row)
            item.setBackground(1, QBrush(self.labels.colour(row.entity.label,
                                                             row.entity.status == "suggested")))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight if _rtl(row.text)
                                  else Qt.AlignmentFlag.AlignLeft)
            self.tree.addTopLevelItem(item)
            if row.entity.id in keep:
                item.setSelected(True)
        self.count.setText(self.tr("{shown} of {total}").format(shown=len(shown), total=len(self.rows)))

    def selected(self) -> list[Row]:
        return [item.data(0, ROW_ROLE) for item in self.tree.selectedItems()]

    # --- actions ----------------------------------------------------------------------
    def _jump(self, item: QTreeWidgetItem, column: int = 0) -> None:
        row: Row = item.data(0, ROW_ROLE)
        if row.bead >= 0:
            self.go_to_bead(row.bead)

    def _key(self, event: QKeyEvent) -> None:
        rows = self.selected()
        ids = [r.entity.id for r in rows if r.entity.id is not None]
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tree.currentItem() is not None:
            self._jump(self.tree.currentItem())
        elif not ids:
            return
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.apply_edit(entity_edits.delete(ids))
        elif key == Qt.Key.Key_U:
            linked = [(r.entity.id, r.entity.counterpart_id) for r in rows
                      if r.entity.counterpart_id is not None]  # the link in this bitext
            if linked:
                self.apply_edit(entity_edits.unlink(linked))
        elif key in (Qt.Key.Key_A, Qt.Key.Key_R):
            suggested = [r.entity.id for r in rows if r.entity.status == "suggested"]
            if suggested:
                make = entity_edits.accept if key == Qt.Key.Key_A else entity_edits.reject
                self.apply_edit(make(suggested))
        elif text and self.labels.by_key(text) is not None:
            label = self.labels.by_key(text).name  # type: ignore[union-attr]
            self.apply_edit(entity_edits.relabel(ids, label))
            self.labels.use(label)

    def next_after(self, bead: int, *, suggested: bool) -> Row | None:
        """The first unlinked (or suggested) entity in a bead after `bead`, wrapping."""
        wanted = [r for r in self.rows if r.bead >= 0 and (
            r.entity.status == "suggested" if suggested else
            (r.entity.status == "accepted" and r.entity.counterpart_id is None))]
        wanted.sort(key=lambda r: (r.bead, r.side, r.entity.start))
        after = [r for r in wanted if r.bead > bead]
        return (after or wanted or [None])[0]

    def select(self, row: Row) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ROW_ROLE).entity.id == row.entity.id:
                self.tree.setCurrentItem(item)
                return


def _rtl(text: str) -> bool:
    return any("\u0590" <= ch <= "\u08ff" for ch in text)


def bitext_rows(beads: list[Bead], side_of: Callable[[int], tuple[str, int, str] | None],
                entities: list[Entity], elsewhere: dict[int, str] | None = None) -> list[Row]:
    """Rows for a bitext's entities. `side_of(segment_id)` gives (side, segment position,
    sentence text) for a sentence of the bitext; `elsewhere` the text shown for
    counterparts in another bitext's document (by entity id)."""
    import bisect

    starts = {"src": [b.src_start for b in beads], "tgt": [b.tgt_start for b in beads]}
    by_id = {e.id: e for e in entities}
    rows = []
    for e in entities:
        where = side_of(e.segment_id)
        if where is None:
            continue
        side, position, text = where
        bead = bisect.bisect_right(starts[side], position) - 1 if beads else -1
        # the counterpart in this bitext (its row's entity carries it as counterpart_id);
        # without one, those in other languages (another bitext's document) are named
        here = [i for i in e.links if i in by_id and side_of(by_id[i].segment_id) is not None
                and side_of(by_id[i].segment_id)[0] != side]  # type: ignore[index]
        other = by_id[here[0]] if here else None
        e = dataclasses.replace(e, counterpart_id=other.id if other is not None else None)
        other_text = ""
        if other is not None:
            found = side_of(other.segment_id)
            other_text = found[2][other.start:other.end] if found else "?"
        elif e.links:
            other_text = ", ".join((elsewhere or {}).get(i, "?") for i in e.links)
        rows.append(Row(e, side, bead, text[e.start:e.end], other_text))
    return rows
