"""Painting of bead cells: each sentence of a side as its own wrapped paragraph, Arabic
right-aligned with a right-to-left base direction, excluded sentences greyed and struck
through, empty sides as a grey "∅ empty", and at most MAX_LINES lines per row (the details
panel shows the full text).

Text goes to QPainter in logical order: Qt's text engine shapes and orders it.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..fonts import is_rtl, paragraph_rtl
from .model import KIND, LangRole, SegmentsRole

MAX_LINES = 12  # rows fit their text up to here; longer ones elide (details panel has it all)
PAD = 4
EMPTY_TEXT = "∅ empty"


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

    def _font(self, option: QStyleOptionViewItem, index: QModelIndex) -> QFont:
        font = index.data(Qt.ItemDataRole.FontRole)
        return QFont(font) if font is not None else QFont(option.font)

    def _paragraphs(self, index: QModelIndex) -> list[tuple[str, bool]]:
        segments = index.data(SegmentsRole) or []
        show = self._show_excluded()
        return [(s.text, bool(s.excluded)) for s in segments if show or not s.excluded]

    def cell_height(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> int:
        font = self._font(option, index)
        metrics = QFontMetrics(font)
        cap = metrics.height() * MAX_LINES
        if index.column() == KIND:
            return metrics.lineSpacing() * 2 + 2 * PAD + 2
        paragraphs = self._paragraphs(index)
        if not paragraphs:
            return metrics.lineSpacing() + 2 * PAD + 2
        rtl = is_rtl(index.data(LangRole) or "")
        total = sum(paragraph_height(text, font, width - 2 * PAD, paragraph_rtl(text, rtl))
                    for text, _ in paragraphs)
        return min(total, cap) + 2 * PAD + 2  # +2: the grid line and rounding

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
            painter.drawText(QRectF(rect), EMPTY_TEXT, text_opt)
            painter.restore()
            return
        metrics = QFontMetrics(font)
        y = float(rect.top())
        bottom = rect.bottom() + 1.0
        cut = False
        for text, excluded in paragraphs:
            para_font = QFont(font)
            para_font.setStrikeOut(excluded)
            layout = make_layout(text, para_font, rect.width(), paragraph_rtl(text, rtl))
            painter.setPen(grey if excluded else text_color)
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                if y + line.y() + line.height() > bottom + 1:  # whole lines only
                    cut = True
                    break
                line.draw(painter, QPointF(rect.left(), y))
            if cut:
                break
            y += layout.boundingRect().height()
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
