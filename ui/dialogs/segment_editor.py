"""SegmentEditor (F2): edit one sentence's text, split it at the cursor, merge it with the
next sentence, or mark it as excluded boilerplate.

The editor only emits requests; the main window turns each into a core edit on the undo
history. Cursor positions are UTF-16 units in Qt and are converted to code points here, the
one place where they cross into the core.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from aligner.model import Segment

from ..alignment.delegates import text_option
from ..fonts import font_for_lang, is_rtl
from ..offsets import utf16_to_codepoint


class SegmentEditor(QDialog):
    saveRequested = Signal(int, str)          # segment id, new text
    splitRequested = Signal(int, int, str)    # segment id, code-point offset, current text
    mergeRequested = Signal(int)              # segment id (merged with the next one)
    excludeRequested = Signal(int, bool)      # segment id, excluded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Sentence"))
        self.setModal(False)
        self.resize(560, 260)
        self.segments: list[Segment] = []
        self.lang = ""
        self.picker = QComboBox()
        self.picker.currentIndexChanged.connect(self._show_segment)
        self.info = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.excluded = QCheckBox(self.tr("Excluded (boilerplate: kept, not aligned)"))
        self.excluded.toggled.connect(self._on_excluded)
        self.save_button = QPushButton(self.tr("&Save Text"))
        self.split_button = QPushButton(self.tr("S&plit at Cursor"))
        self.merge_button = QPushButton(self.tr("&Merge With Next Sentence"))
        self.save_button.setToolTip(self.tr("Save the edited text (Ctrl+S)"))
        self.split_button.setToolTip(self.tr("Split the sentence where the cursor is (Ctrl+K)"))
        self.merge_button.setToolTip(self.tr("Join this sentence and the next one (Ctrl+M)"))
        self.save_button.clicked.connect(self._save)
        self.split_button.clicked.connect(self._split)
        self.merge_button.clicked.connect(self._merge)
        for keys, slot in (("Ctrl+S", self._save), ("Ctrl+K", self._split), ("Ctrl+M", self._merge)):
            QShortcut(QKeySequence(keys), self, slot)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        for button in (self.save_button, self.split_button, self.merge_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.info)
        layout.addWidget(self.editor)
        layout.addWidget(self.excluded)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def set_segments(self, segments: list[Segment], lang: str, select: int = 0) -> None:
        """Show the sentences of one bead side; `select` is the index to edit."""
        self.segments = list(segments)
        self.lang = lang
        rtl = is_rtl(lang)
        self.editor.setFont(font_for_lang(lang))
        self.editor.document().setDefaultTextOption(text_option(rtl))
        self.editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.picker.blockSignals(True)
        self.picker.clear()
        for number, seg in enumerate(self.segments, 1):
            preview = seg.text if len(seg.text) < 60 else seg.text[:57] + "…"
            self.picker.addItem(f"{number}. {preview}")
        self.picker.blockSignals(False)
        enabled = bool(self.segments)
        for widget in (self.editor, self.excluded, self.save_button, self.split_button, self.merge_button):
            widget.setEnabled(enabled)
        if enabled:
            self.picker.setCurrentIndex(max(0, min(select, len(self.segments) - 1)))
            self._show_segment(self.picker.currentIndex())
        else:
            self.editor.setPlainText("")
            self.info.setText(self.tr("This side of the bead is empty."))

    def current_segment(self) -> Segment | None:
        index = self.picker.currentIndex()
        return self.segments[index] if 0 <= index < len(self.segments) else None

    def _show_segment(self, index: int) -> None:
        seg = self.current_segment()
        if seg is None:
            return
        self.editor.setPlainText(seg.text)
        self.excluded.blockSignals(True)
        self.excluded.setChecked(bool(seg.excluded))
        self.excluded.blockSignals(False)
        self.info.setText(self.tr("Sentence id {id}, position {position}, paragraph {paragraph}")
                          .format(id=seg.id, position=seg.position + 1,
                                  paragraph=seg.paragraph + 1))

    def text(self) -> str:
        """The editor's text as typed. Not toPlainText(): that turns no-break spaces
        (French « », : ; ! ?) into plain spaces, which a save or split would store."""
        raw = self.editor.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")  # line breaks as \n

    def set_cursor_codepoint(self, offset: int) -> None:
        """Place the cursor at a code-point offset (tests and 'split here' helpers)."""
        from ..offsets import codepoint_to_utf16

        cursor = self.editor.textCursor()
        cursor.setPosition(codepoint_to_utf16(self.text(), offset))
        self.editor.setTextCursor(cursor)

    def cursor_codepoint(self) -> int:
        return utf16_to_codepoint(self.text(), self.editor.textCursor().position())

    def _save(self) -> None:
        seg = self.current_segment()
        if seg is not None and self.text() != seg.text:
            self.saveRequested.emit(seg.id, self.text())

    def _split(self) -> None:
        seg = self.current_segment()
        if seg is not None:
            self.splitRequested.emit(seg.id, self.cursor_codepoint(), self.text())

    def _merge(self) -> None:
        seg = self.current_segment()
        if seg is not None:
            self.mergeRequested.emit(seg.id)

    def _on_excluded(self, checked: bool) -> None:
        seg = self.current_segment()
        if seg is not None and bool(seg.excluded) != checked:
            self.excludeRequested.emit(seg.id, checked)
            # the request ran synchronously: done, the segments were reloaded; refused,
            # they were not and the box goes back to what the corpus holds
            seg = self.current_segment()
            if seg is not None and bool(seg.excluded) != self.excluded.isChecked():
                self.excluded.blockSignals(True)
                self.excluded.setChecked(bool(seg.excluded))
                self.excluded.blockSignals(False)
