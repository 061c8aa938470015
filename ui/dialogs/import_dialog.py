"""ImportDialog: what to import (a file pair, one bilingual file, a folder, or a TMX/JSONL/TSV
file of aligned units), with optional languages and encoding. It only collects the
request; a worker runs aligner.imports.import_any, which picks the reader."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

ENCODINGS = [QT_TRANSLATE_NOOP("ImportDialog", "(detect)"), "utf-8", "utf-16", "cp1256", "iso-8859-6",
             "cp1252", "iso-8859-1"]


@dataclass
class ImportRequest:
    paths: list[str]
    bilingual: bool = False
    langs: list[str] | None = None
    encoding: str | None = None
    align: bool = True
    extra: dict = field(default_factory=dict)


class ImportDialog(QDialog):
    MODES = ("pair", "bilingual", "folder")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Texts"))
        self.resize(560, 240)
        self.mode_buttons = QButtonGroup(self)
        modes = QHBoxLayout()
        for i, label in enumerate((self.tr("File &pair"), self.tr("&Bilingual file"), self.tr("F&older"))):
            button = QRadioButton(label)
            self.mode_buttons.addButton(button, i)
            modes.addWidget(button)
        self.mode_buttons.button(0).setChecked(True)
        self.mode_buttons.idToggled.connect(self._update)
        self.first = QLineEdit()
        self.second = QLineEdit()
        self.first_browse = QPushButton("…")
        self.second_browse = QPushButton("…")
        self.first_browse.clicked.connect(lambda: self._browse(self.first))
        self.second_browse.clicked.connect(lambda: self._browse(self.second))
        self.first.setToolTip(self.tr("A text, or a TMX, JSONL or TSV file of aligned units (it "
                              "needs no second file and is not re-aligned)"))
        self.src_lang = QLineEdit()
        self.tgt_lang = QLineEdit()
        self.src_lang.setPlaceholderText(self.tr("detect (e.g. ar)"))
        self.tgt_lang.setPlaceholderText(self.tr("detect (e.g. en)"))
        self.encoding = QComboBox()
        self.encoding.addItems([self.tr(ENCODINGS[0])] + ENCODINGS[1:])
        form = QFormLayout()
        form.addRow(self.tr("What"), modes)
        # each field reached with Alt and its letter, as the mode buttons are
        form.addRow(self.tr("Source &file"), self._with_button(self.first, self.first_browse))
        form.addRow(self.tr("&Target file"), self._with_button(self.second, self.second_browse))
        form.addRow(self.tr("Source &language"), self.src_lang)
        form.addRow(self.tr("Target lan&guage"), self.tgt_lang)
        form.addRow(self.tr("&Encoding"), self.encoding)
        for edit in (self.first, self.second):  # the label leads to the field, not its row
            form.labelForField(edit.parentWidget()).setBuddy(edit)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update()

    @staticmethod
    def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        row.addWidget(button)
        return box

    def mode(self) -> str:
        return self.MODES[self.mode_buttons.checkedId()]

    def _update(self, *args) -> None:
        pair = self.mode() == "pair"
        self.second.setEnabled(pair)
        self.second_browse.setEnabled(pair)
        label = {"pair": self.tr("Source &file"), "bilingual": self.tr("Bilingual &file"),
                 "folder": self.tr("&Folder")}[self.mode()]
        self.form.labelForField(self.first.parentWidget()).setText(label)

    def _browse(self, edit: QLineEdit) -> None:
        if self.mode() == "folder":
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder to import"))
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("File to import"), "",
                self.tr("Texts and translation memories (*.txt *.tmx *.jsonl *.tsv);;Text (*.txt);;"
                        "TMX, JSONL, TSV (*.tmx *.jsonl *.json *.ndjson *.tsv);;All files (*)"))
        if path:
            edit.setText(path)

    def request(self) -> ImportRequest:
        mode = self.mode()
        paths = [self.first.text().strip()]
        if mode == "pair":
            paths.append(self.second.text().strip())
        paths = [p for p in paths if p]
        langs = [l.strip() for l in (self.src_lang.text(), self.tgt_lang.text())]
        encoding = self.encoding.currentText()
        return ImportRequest(paths=paths, bilingual=(mode == "bilingual"),
                             langs=langs if all(langs) else None,
                             encoding=None if self.encoding.currentIndex() == 0 else encoding)
