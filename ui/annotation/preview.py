"""PreviewDialog: the entities a propagation, a suggestion run or a gazetteer would add,
one row each with a checkbox (all ticked), so nothing is written before the user says so.

Keyboard: arrows move, Shift+arrows and Ctrl+A select, Space ticks or unticks every
selected row at once, Enter writes the ticked rows (one undoable edit), Esc writes none.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)


class _Checklist(QTreeWidget):
    """Space ticks or unticks all selected rows (as the current row goes)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            items = self.selectedItems() or [self.currentItem()]
            on = self.currentItem().checkState(0) != Qt.CheckState.Checked
            for item in items:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
        super().keyPressEvent(event)


class PreviewDialog(QDialog):
    """`rows` are the core plan's rows (aligner.entities.service.Plan): label, text, lang
    and either bitext + bead (suggestions) or doc + sentence (propagation); `titles` names
    documents by id."""

    def __init__(self, title: str, rows: list[dict], parent: QWidget | None = None,
                 titles: dict[int, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 440)
        titles = titles or {}
        self.list = _Checklist()
        self.list.setObjectName("preview_list")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("Label"), self.tr("Entity"), self.tr("Language"),
                                   self.tr("Where")])
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row in rows:
            if "bead" in row:
                where = self.tr("bead {bead}, {bitext}").format(bead=row["bead"],
                                                                bitext=row.get("bitext", ""))
            else:
                where = self.tr("sentence {sentence}, {document}").format(
                    sentence=row.get("sentence", "?"),
                    document=titles.get(row.get("doc", -1), ""))
            item = QTreeWidgetItem([row["label"], row["text"], row.get("lang", ""), where])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            # an Arabic name sits on the right, whatever the interface's direction
            # (AlignRight alone is mirrored to the left in the Arabic interface)
            if any("\u0590" <= ch <= "\u08ff" for ch in row["text"]):
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write Ticked"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{n} entities. Space ticks or unticks the selected rows "
                               "(Ctrl+A selects all); Enter writes the ticked ones as one "
                               "undoable edit.").format(n=len(rows)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()

    def checked(self) -> list[int]:
        return [i for i in range(self.list.topLevelItemCount())
                if self.list.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, index: int, on: bool) -> None:
        self.list.topLevelItem(index).setCheckState(
            0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
