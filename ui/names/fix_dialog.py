"""Preview of "fix all": every place, its sentence before and after, then one edit."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from aligner.names.consistency import Inconsistency

from ..i18n import as_written


class FixAllDialog(QDialog):
    """Lists what fixing every inconsistency would write; OK applies it as one undoable
    edit, Esc leaves everything as it is."""

    def __init__(self, fixes: Sequence[Inconsistency], bitext_names: dict[int, str],
                 texts: dict[int, str], parent: QWidget | None = None, shown: int = 1000):
        """Lists the first `shown` places (the edit fixes them all)."""
        super().__init__(parent)
        self.setObjectName("fix_all_dialog")
        self.setWindowTitle(self.tr("Fix all spellings"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write the chosen spelling at these %n place(s)? "
                                        "One step: Undo takes it all back.", "", len(fixes))))
        self.list = QTreeWidget()
        self.list.setObjectName("fix_all_list")
        self.list.setHeaderLabels([self.tr("Bitext"), self.tr("Bead"), self.tr("Found"),
                                   self.tr("Becomes"), self.tr("Sentence")])
        self.list.setRootIsDecorated(False)
        for fix in fixes[:shown]:
            occ = fix.occurrence
            text = texts.get(occ.segment_id, "")
            snippet = _around(text, occ.start, occ.end)
            # the sentence in its own direction: its full stop at its end in either interface
            item = QTreeWidgetItem([bitext_names.get(occ.bitext_id, str(occ.bitext_id)),
                                    str(occ.bead + 1), fix.found_in_context, fix.written,
                                    as_written(snippet)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        layout.addWidget(self.list)
        if len(fixes) > shown:
            layout.addWidget(QLabel(self.tr("… and %n more, not listed here.", "",
                                            len(fixes) - shown)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fix all"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 360)


def _around(text: str, start: int, end: int, reach: int = 30) -> str:
    """The words within `reach` characters of text[start:end], whole, with '…' where the
    sentence goes on (a cut at a fixed width began 'ld come back to...')."""
    left, right = max(0, start - reach), min(len(text), end + reach)
    while 0 < left < start and not text[left - 1].isspace():
        left += 1
    while end < right < len(text) and not text[right].isspace():
        right -= 1
    return ("…" if left > 0 else "") + text[left:right].strip() + ("…" if right < len(text) else "")
