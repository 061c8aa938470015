"""ShortcutsDialog: every action with its key, editable; saved in QSettings by action id."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QKeySequenceEdit, QLabel,
                               QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from .. import settings
from ..actions import SPECS, apply_shortcut, shortcut_for
from ..i18n import translated


class ShortcutsDialog(QDialog):
    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(640, 600)
        self.actions = actions
        self.table = QTableWidget(len(SPECS), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # whole names
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.editors: dict[str, QKeySequenceEdit] = {}
        for row, spec in enumerate(SPECS):
            item = QTableWidgetItem(translated("Actions", spec.text).replace("&", "").rstrip("…"))
            item.setToolTip(translated("Actions", spec.tip))
            self.table.setItem(row, 0, item)
            edit = QKeySequenceEdit(QKeySequence(shortcut_for(spec.id)))
            edit.setClearButtonEnabled(True)
            self.editors[spec.id] = edit
            self.table.setCellWidget(row, 1, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Click a shortcut and press the new keys.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        for spec in SPECS:
            self.editors[spec.id].setKeySequence(QKeySequence(spec.shortcut))

    def accept(self) -> None:
        """Save only what differs from the default, so later default changes still apply."""
        for spec in SPECS:
            text = self.editors[spec.id].keySequence().toString(QKeySequence.SequenceFormat.PortableText)
            default = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.PortableText)
            settings.set_shortcut(spec.id, None if text == default else text)
            if spec.id in self.actions:
                apply_shortcut(self.actions[spec.id], spec.id)
        super().accept()
