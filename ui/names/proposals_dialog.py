"""Proposals for the register (from tagged entities and the name matcher), each with a
checkbox: the user keeps the ones that are right (Space toggles), OK adds them as one
undoable edit."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from aligner.model import FormStatus
from aligner.names.register import Proposal

# Where a proposal comes from (the core's words), marked for lupdate; the kinds are the
# names pane's words (ui.names.pane), translated in its context.
_SOURCES = (QT_TRANSLATE_NOOP("ProposalsDialog", "entities"),
            QT_TRANSLATE_NOOP("ProposalsDialog", "matcher"),
            QT_TRANSLATE_NOOP("ProposalsDialog", "register"))
# Latin spellings kept left to right inside an Arabic interface (else "en: Anbar ✓" is
# laid out as "✓ en: Anbar"): a left-to-right isolate
LTR, END = "\u2066", "\u2069"


class ProposalsDialog(QDialog):
    def __init__(self, proposals: Sequence[Proposal], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("names_proposals_dialog")
        self.setWindowTitle(self.tr("Register proposals"))
        self.proposals = list(proposals)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep the proposals that are right (Space toggles), "
                                        "then add them: one step, Undo takes it back.")))
        self.list = QTreeWidget()
        self.list.setObjectName("names_proposals")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Arabic"), self.tr("Kind"), self.tr("Spellings"),
                                   self.tr("Seen"), self.tr("From")])
        for k, p in enumerate(self.proposals):
            shown = p.entry.forms if p.is_new else p.new_forms
            spellings = "; ".join(f"{f.lang}: {f.text}" + (" ✓" if f.status is FormStatus.PREFERRED
                                                           else "") for f in shown)
            what = p.entry.arabic if p.is_new else self.tr("+ %1").replace("%1", p.entry.arabic)
            kind = QCoreApplication.translate("NamesPane", p.entry.kind.value)
            item = QTreeWidgetItem([what, kind, LTR + spellings + END, str(sum(p.counts.values())),
                                    self.tr(", ").join(self.tr(s) for s in p.sources)])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, Qt.ItemDataRole.UserRole, k)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add checked"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def chosen(self) -> list[Proposal]:
        return [self.proposals[self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)]
                for i in range(self.list.topLevelItemCount())
                if self.list.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]
