"""LabelDialog: the corpus's label set, editable: name, colour and number key of each
label, in order; Add takes the next free colour and key (aligner.entities.labels), Remove
drops the selected label. The result goes to the corpus as one undoable SetLabels edit,
which refuses what breaks the rules (a label still in use, a key twice)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from aligner.entities.labels import Label, LabelError, next_colour, next_key

from ..core_messages import detail, error_text
from ..i18n import ui_paragraph

COLOUR_ROLE = Qt.ItemDataRole.UserRole  # the colour itself; the text shown may be isolated


class LabelDialog(QDialog):
    def __init__(self, labels: list[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Entity Labels"))
        self.resize(420, 320)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Colour"), self.tr("Key")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (to Add, then OK)
        self.table.cellActivated.connect(self._cell_activated)
        self.table.cellDoubleClicked.connect(self._cell_activated)
        for lab in labels:
            self._add_row(lab)
        add, remove = QPushButton(self.tr("&Add")), QPushButton(self.tr("&Remove"))
        add.clicked.connect(self.add_label)
        remove.clicked.connect(self.remove_label)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in (add, remove):  # Enter means OK, wherever the focus went before
            button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        hint = QLabel(ui_paragraph(self.tr("Enter on a colour picks another; keys are 1-9.")))
        hint.setObjectName("labels_hint")
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _add_row(self, lab: Label) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(lab.name))
        colour = QTableWidgetItem()
        colour.setFlags(colour.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(r, 1, colour)
        self.set_colour(r, lab.colour)
        self.table.setItem(r, 2, QTableWidgetItem(lab.key))

    def labels(self) -> list[Label]:
        out = []
        for r in range(self.table.rowCount()):
            name, key = (self.table.item(r, c).text().strip() for c in (0, 2))
            out.append(Label(name, self.colour(r), key))
        return out

    def colour(self, row: int) -> str:
        return str(self.table.item(row, 1).data(COLOUR_ROLE))

    def set_colour(self, row: int, colour: str) -> None:
        """The colour kept as it is; shown isolated, since a right-to-left cell would put
        the '#' of '#f4a6a6' at the end."""
        item = self.table.item(row, 1)
        item.setData(COLOUR_ROLE, colour)
        item.setText(detail(colour))
        item.setBackground(QBrush(QColor(colour)))

    def _cell_activated(self, row: int, column: int) -> None:
        if column != 1:
            return
        chosen = QColorDialog.getColor(QColor(self.colour(row)), self)
        if chosen.isValid():
            self.set_colour(row, chosen.name())

    def add_label(self) -> None:
        current = self.labels()
        try:
            colour = next_colour(current)
        except LabelError as exc:  # every palette colour taken: the user picks one
            self.problem.setText(error_text(exc))
            colour = "#cccccc"
        self._add_row(Label(f"LABEL{len(current) + 1}", colour, next_key(current)))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.currentItem())

    def remove_label(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
