"""SideTextView: one side of the current bead as read-only text, for tagging.

Every sentence is a paragraph (right to left for Arabic). The text cannot be changed but
has a cursor: Shift+arrows (or the mouse) select, a number key tags the selection with
its label, Alt+number tags it exactly as selected (no snapping to words), Enter and Esc
answer a projection proposal, Delete removes the entity under the cursor, A and R accept
or reject the suggestion under it. The view only
reports these as signals with code-point offsets; the pane decides what they do.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget

from aligner.model import Entity, Segment

from ..fonts import font_for_lang, is_rtl, paragraph_rtl
from ..offsets import codepoint_to_utf16, utf16_to_codepoint
from .labels import LabelKeys
from .paint import entity_format

PROPOSAL_COLOUR = "#ff8c00"


class SideTextView(QTextEdit):
    tagRequested = Signal(str, bool)   # number key, exact (no snapping)
    acceptRequested = Signal()         # Enter
    rejectRequested = Signal()         # Esc
    deleteRequested = Signal()         # Delete
    linkRequested = Signal()           # L: link the selection to the entity awaiting one
    suggestionAnswered = Signal(bool)  # A accepts, R rejects the suggestion at the cursor
    registerRequested = Signal()       # N: take the names-register offer of the last link

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTabChangesFocus(True)
        self.segments: list[Segment] = []
        self.lang = ""
        self.entities: dict[int, list[Entity]] = {}
        self.labels = LabelKeys()
        self.proposal: tuple[int, int, int] | None = None  # segment id, start, end

    # --- content ----------------------------------------------------------------------
    def set_content(self, segments: list[Segment], lang: str,
                    entities: dict[int, list[Entity]], labels: LabelKeys) -> None:
        """Show these sentences (excluded ones are left out: they are not tagged)."""
        self.segments = [s for s in segments if not s.excluded]
        self.lang, self.entities, self.labels = lang, entities, labels
        self.proposal = None
        rtl = is_rtl(lang)
        self.setFont(font_for_lang(lang))
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDefaultTextOption(option)
        self.clear()
        cursor = QTextCursor(self.document())
        for k, seg in enumerate(self.segments):
            block = QTextBlockFormat()
            para_rtl = paragraph_rtl(seg.text, rtl)
            block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if para_rtl
                                     else Qt.LayoutDirection.LeftToRight)
            block.setAlignment((Qt.AlignmentFlag.AlignRight if para_rtl else Qt.AlignmentFlag.AlignLeft)
                               | Qt.AlignmentFlag.AlignAbsolute)
            block.setBottomMargin(6)
            if k == 0:
                cursor.setBlockFormat(block)
            else:
                cursor.insertBlock(block)
            cursor.insertText(seg.text)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.refresh()

    def set_entities(self, entities: dict[int, list[Entity]]) -> None:
        self.entities = entities
        self.refresh()

    def set_proposal(self, proposal: tuple[int, int, int] | None) -> None:
        self.proposal = proposal
        self.refresh()

    def refresh(self) -> None:
        """Entities (and a pending proposal) as extra selections over the text."""
        selections = []
        for k, seg in enumerate(self.segments):
            for entity in self.entities.get(seg.id or -1, []):
                sel = self._selection(k, entity.start, entity.end)
                if sel is not None:
                    sel.format = entity_format(entity, self.labels)
                    selections.append(sel)
        if self.proposal is not None:
            k = self._index_of(self.proposal[0])
            sel = self._selection(k, self.proposal[1], self.proposal[2]) if k >= 0 else None
            if sel is not None:
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(PROPOSAL_COLOUR)
                fmt.setFontWeight(700)
                fmt.setBackground(QColor(255, 140, 0, 50))
                sel.format = fmt
                selections.append(sel)
        self.setExtraSelections(selections)

    def _index_of(self, segment_id: int) -> int:
        return next((k for k, s in enumerate(self.segments) if s.id == segment_id), -1)

    def _selection(self, k: int, start: int, end: int) -> QTextEdit.ExtraSelection | None:
        text = self.segments[k].text
        if not 0 <= start < end <= len(text):
            return None
        block = self.document().findBlockByNumber(k)
        cursor = QTextCursor(self.document())
        cursor.setPosition(block.position() + codepoint_to_utf16(text, start))
        cursor.setPosition(block.position() + codepoint_to_utf16(text, end),
                           QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        return sel

    # --- where the user is ------------------------------------------------------------
    def _locate(self, position: int) -> tuple[int, int]:
        """(sentence index, code-point offset in it) of a document position."""
        block = self.document().findBlock(position)
        k = block.blockNumber()
        if not 0 <= k < len(self.segments):
            return -1, 0
        return k, utf16_to_codepoint(self.segments[k].text, position - block.position())

    def selection(self) -> tuple[Segment, int, int] | None:
        """The selected span in one sentence (code points); the caret alone gives an empty
        span at it. None when the selection runs across sentences."""
        cursor = self.textCursor()
        k1, a = self._locate(cursor.selectionStart())
        k2, b = self._locate(cursor.selectionEnd())
        if k1 < 0 or k1 != k2:
            return None
        return self.segments[k1], a, b

    def select_span(self, segment_id: int, start: int, end: int) -> None:
        """Select a code-point span, or put the caret at `start` when end == start (the
        panel's jump, tests)."""
        k = self._index_of(segment_id)
        if k < 0 or not 0 <= start <= end <= len(self.segments[k].text):
            return
        text = self.segments[k].text
        block = self.document().findBlockByNumber(k)
        cursor = QTextCursor(self.document())
        cursor.setPosition(block.position() + codepoint_to_utf16(text, start))
        cursor.setPosition(block.position() + codepoint_to_utf16(text, end),
                           QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def entity_at_cursor(self) -> Entity | None:
        cursor = self.textCursor()
        k, offset = self._locate(cursor.selectionStart())
        if k < 0:
            return None
        for entity in self.entities.get(self.segments[k].id or -1, []):
            if entity.start <= offset < entity.end or (offset == entity.end and not cursor.hasSelection()):
                return entity
        return None

    # --- keys -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        plain = mods & ~Qt.KeyboardModifier.KeypadModifier
        if Qt.Key.Key_1.value <= key <= Qt.Key.Key_9.value and \
                plain in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier):
            self.tagRequested.emit(chr(key), plain == Qt.KeyboardModifier.AltModifier)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain == Qt.KeyboardModifier.NoModifier:
            self.acceptRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.rejectRequested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain == Qt.KeyboardModifier.NoModifier:
            self.deleteRequested.emit()
        elif key == Qt.Key.Key_L and plain == Qt.KeyboardModifier.NoModifier:
            self.linkRequested.emit()
        elif key in (Qt.Key.Key_A, Qt.Key.Key_R) and plain == Qt.KeyboardModifier.NoModifier:
            self.suggestionAnswered.emit(key == Qt.Key.Key_A)
        elif key == Qt.Key.Key_N and plain == Qt.KeyboardModifier.NoModifier:
            self.registerRequested.emit()
        else:
            super().keyPressEvent(event)
