"""Painting of bead cells: each sentence of a side as its own wrapped paragraph, Arabic
right-aligned with a right-to-left base direction, excluded sentences greyed and struck
through, empty sides as a grey "∅ empty".

A bead is shown whole (a row grows to fit its text, up to the height of the viewport), and
the sentences inside it are told apart: every other sentence is shaded and a thin rule
separates them, so a 1-3 bead reads as three sentences, in either direction of text.

Spans to highlight (find matches, entities) come from `highlighters`: each gives, for a
sentence, code-point spans with a text format; they are drawn by Qt's own text layout,
so they sit on the right glyphs in right-to-left and mixed lines.

Text goes to QPainter in logical order: Qt's text engine shapes and orders it.
"""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat,
                           QTextLayout, QTextOption)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from aligner.model import Segment

from ..fonts import is_rtl, paragraph_rtl
from ..offsets import codepoint_to_utf16
from .model import KIND, LangRole, SegmentsRole

MIN_CAP_LINES = 12  # a row may always grow to this many lines, even in a short viewport
PAD = 4
EMPTY_TEXT = QT_TRANSLATE_NOOP("BeadDelegate", "∅ empty")
SENTENCE_GAP = 3  # px between the sentences of a bead side, where the rule is drawn
SHADE = QColor(0, 0, 0, 14)  # every other sentence of a bead side
RULE = QColor(0, 0, 0, 60)

#: (sentence, side column) -> [(start, end, format)] in code points of sentence.text
Highlighter = Callable[[Segment, int], Sequence[tuple[int, int, QTextCharFormat]]]


def text_option(rtl: bool) -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if rtl:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    else:
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    return option


_heights: dict[tuple[str, int, bool, str], int] = {}


def make_layout(text: str, font: QFont, width: float, rtl: bool) -> QTextLayout:
    """The wrapped layout of one paragraph, exactly as it is painted (measuring with the
    same object is what keeps row heights and painted lines in agreement)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(text_option(rtl))
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10.0))
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    layout.endLayout()
    return layout


def paragraph_height(text: str, font: QFont, width: int, rtl: bool) -> int:
    """Wrapped height of a paragraph; cached, since fitting a row and painting it measure
    the same texts (text layout is the expensive part of painting Arabic)."""
    key = (font.key(), width, rtl, text)
    height = _heights.get(key)
    if height is None:
        if len(_heights) > 50_000:
            _heights.clear()
        height = _heights[key] = int(make_layout(text, font, width, rtl).boundingRect().height() + 0.999)
    return height


class BeadDelegate(QStyledItemDelegate):
    """Paints and measures bead cells; the view asks `row_height` only for visible rows."""

    def __init__(self, parent=None, show_excluded_getter=None) -> None:
        super().__init__(parent)
        self._show_excluded = show_excluded_getter or (lambda: True)
        self.highlighters: list[Highlighter] = []
        self.max_height = 0  # set by the view: the viewport's height (0: only MIN_CAP_LINES)

    def _cap(self, metrics: QFontMetrics) -> int:
        return max(metrics.height() * MIN_CAP_LINES, self.max_height - 2 * PAD - 2)

    def _font(self, option: QStyleOptionViewItem, index: QModelIndex) -> QFont:
        font = index.data(Qt.ItemDataRole.FontRole)
        return QFont(font) if font is not None else QFont(option.font)

    def _paragraphs(self, index: QModelIndex) -> list[Segment]:
        segments = index.data(SegmentsRole) or []
        show = self._show_excluded()
        return [s for s in segments if show or not s.excluded]

    def _formats(self, segment: Segment, column: int) -> list[QTextLayout.FormatRange]:
        ranges = []
        for highlight in self.highlighters:
            for start, end, fmt in highlight(segment, column):
                if end <= start:
                    continue
                r = QTextLayout.FormatRange()
                r.start = codepoint_to_utf16(segment.text, start)
                r.length = codepoint_to_utf16(segment.text, end) - r.start
                r.format = fmt
                ranges.append(r)
        return ranges

    def cell_height(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> int:
        font = self._font(option, index)
        metrics = QFontMetrics(font)
        cap = self._cap(metrics)
        if index.column() == KIND:
            return metrics.lineSpacing() * 2 + 2 * PAD + 2
        paragraphs = self._paragraphs(index)
        if not paragraphs:
            return metrics.lineSpacing() + 2 * PAD + 2
        rtl = is_rtl(index.data(LangRole) or "")
        total = sum(paragraph_height(s.text, font, width - 2 * PAD, paragraph_rtl(s.text, rtl))
                    for s in paragraphs) + SENTENCE_GAP * (len(paragraphs) - 1)
        return min(total, cap) + 2 * PAD + 2  # +2: the grid line and rounding

    def sentence_at(self, option: QStyleOptionViewItem, index: QModelIndex, width: int,
                    y: int) -> Segment | None:
        """The sentence drawn at height `y` inside the cell (for a double-click)."""
        paragraphs = self._paragraphs(index)
        if not paragraphs:
            return None
        font = self._font(option, index)
        rtl = is_rtl(index.data(LangRole) or "")
        top = PAD
        for segment in paragraphs:
            top += paragraph_height(segment.text, font, width - 2 * PAD,
                                    paragraph_rtl(segment.text, rtl)) + SENTENCE_GAP
            if y < top:
                return segment
        return paragraphs[-1]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 300
        return QSize(width, self.cell_height(option, index, width))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.column() == KIND:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # we draw the text ourselves; the style draws background/selection
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        grey = QColor(text_color)
        grey.setAlpha(120)
        font = self._font(option, index)
        rtl = is_rtl(index.data(LangRole) or "")
        text_opt = text_option(rtl)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        painter.setClipRect(option.rect)
        paragraphs = self._paragraphs(index)
        if not paragraphs:
            painter.setFont(font)
            painter.setPen(grey)
            painter.drawText(QRectF(rect), self.tr(EMPTY_TEXT), text_opt)
            painter.restore()
            return
        metrics = QFontMetrics(font)
        y = float(rect.top())
        bottom = rect.bottom() + 1.0
        cut = False
        several = len(paragraphs) > 1
        for number, segment in enumerate(paragraphs):
            para_font = QFont(font)
            para_font.setStrikeOut(bool(segment.excluded))
            layout = make_layout(segment.text, para_font, rect.width(),
                                 paragraph_rtl(segment.text, rtl))
            height = layout.boundingRect().height()
            if several and not selected:
                if number % 2 == 1:  # every other sentence shaded, the full cell width
                    painter.fillRect(QRectF(option.rect.left(), y - SENTENCE_GAP / 2,
                                            option.rect.width(), height + SENTENCE_GAP), SHADE)
            if number > 0:  # a thin rule between two sentences of the bead
                painter.setPen(RULE if not selected else grey)
                rule_y = y - SENTENCE_GAP / 2
                painter.drawLine(QPointF(rect.left(), rule_y), QPointF(rect.right(), rule_y))
            painter.setPen(grey if segment.excluded else text_color)
            formats = self._formats(segment, index.column())
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                if y + line.y() + line.height() > bottom + 1:  # whole lines only
                    cut = True
                    break
            if formats:
                # QTextLayout.draw paints the format ranges (backgrounds included)
                layout.draw(painter, QPointF(rect.left(), y), formats,
                            QRectF(rect.left(), y, rect.width(), bottom - y))
            else:
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    if y + line.y() + line.height() > bottom + 1:
                        break
                    line.draw(painter, QPointF(rect.left(), y))
            if cut:
                break
            y += height + SENTENCE_GAP
        if cut:  # say so; the details panel has the full text
            painter.setPen(grey)
            painter.setFont(font)
            height = metrics.height()
            box = QRectF(rect.left() if rtl else rect.right() - 18, bottom - height, 18, height)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            painter.fillRect(box, option.palette.highlight() if selected else
                             (background if background is not None else option.palette.base()))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "…")
        painter.restore()
