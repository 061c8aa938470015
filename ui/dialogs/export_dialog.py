"""ExportDialog: format, output file, which bitexts, and which beads (confirmed only, a
minimum score). The main window runs aligner.exchange.export_corpus in a worker."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from aligner.formats import FORMATS, PER_LANGUAGE

from ..score_box import ScoreBox


def per_language(fmt: str) -> bool:
    """Formats written as one file per language take a file stem, not a file name."""
    return fmt in PER_LANGUAGE


@dataclass
class ExportRequest:
    fmt: str
    out: str
    bitext_ids: list[int] | None
    confirmed_only: bool
    min_score: float | None


class ExportDialog(QDialog):
    def __init__(self, current_bitext: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.resize(520, 220)
        self.current_bitext = current_bitext
        self.fmt = QComboBox()
        self.fmt.addItems(list(FORMATS))  # what the core writes
        self.out = QLineEdit()
        browse = QPushButton("…")
        browse.clicked.connect(self._browse)
        out_row = QWidget()
        row = QHBoxLayout(out_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.out)
        row.addWidget(browse)
        self.only_current = QCheckBox(self.tr("Only the open bitext"))
        self.only_current.setChecked(current_bitext is not None)
        self.only_current.setEnabled(current_bitext is not None)
        self.confirmed_only = QCheckBox(self.tr("Confirmed beads only"))
        self.min_score = ScoreBox()
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.fmt)
        form.addRow(self.tr("&Output file"), out_row)
        form.addRow("", self.only_current)
        form.addRow("", self.confirmed_only)
        form.addRow(self.tr("&Minimum score"), self.min_score)
        form.labelForField(out_row).setBuddy(self.out)  # to the file name, not its row
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        fmt = self.fmt.currentText()
        if per_language(fmt):  # corpus -> corpus.ar.txt, corpus.en.txt...
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to (file stem)"), "corpus")
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), f"corpus.{fmt}", f"{fmt} (*.{fmt})")
        if path:
            self.out.setText(path)

    def request(self) -> ExportRequest:
        score = self.min_score.value()
        return ExportRequest(
            fmt=self.fmt.currentText(), out=self.out.text().strip(),
            bitext_ids=[self.current_bitext] if self.only_current.isChecked() and self.current_bitext else None,
            confirmed_only=self.confirmed_only.isChecked(),
            min_score=score if score > 0 else None)
