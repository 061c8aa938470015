"""Propagate and Suggest with a preview: the entities the core would add, each with a
checkbox (all ticked), written as one undoable edit for the ticked ones only."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from aligner.edits import Edit
from aligner.entities import service
from aligner.entities.edits import keep_added


class PreviewDialog(QDialog):
    def __init__(self, title: str, rows: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 420)
        self.list = QListWidget()
        for row in rows:
            where = f"bead {row['bead']}" if "bead" in row else f"sentence {row.get('sentence', '?')}"
            item = QListWidgetItem(f"{row['label']}  {row['text']}   ({row.get('lang', '')}, {where})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{n} entities; Space ticks or unticks the selected "
                                        "one.").format(n=len(rows))))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()

    def checked(self) -> list[int]:
        return [i for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


def plan_for(corpus: Any, bitext_id: int, kind: str) -> service.Plan:
    if kind == "propagate":
        return service.propagate(corpus, [bitext_id])
    return service.suggest_bitexts(corpus, [bitext_id])


def run_preview(parent: QWidget, corpus: Any, bitext_id: int, kind: str,
                apply_edit: Callable[[Edit], bool],
                decide: Callable[[PreviewDialog], bool] | None = None) -> bool:
    """Compute the plan, show it, apply the ticked part. `decide` stands in for exec()
    (tests tick boxes and accept)."""
    plan = plan_for(corpus, bitext_id, kind)
    translate = QCoreApplication.translate
    title = translate("Preview", "Propagate entities") if kind == "propagate" else \
        translate("Preview", "Suggest entities")
    if plan.edit is None:
        from .. import messages

        messages.info(parent, title, translate("Preview", "Nothing new to tag."))
        return False
    dialog = PreviewDialog(title, plan.rows, parent)
    if not (decide(dialog) if decide is not None else dialog.exec()):
        return False
    edit = keep_added(plan.edit, dialog.checked())
    return edit is not None and apply_edit(edit)
