"""Painting of bead cells: each sentence of a side as its own wrapped paragraph, Arabic
right-aligned with a right-to-left base direction, excluded sentences greyed and struck
through, empty sides as a grey "∅ empty", and at most MAX_LINES lines per row (the details
panel shows the full text).

Text goes to QPainter in logical order: Qt's text engine shapes and orders it.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .fonts import is_rtl
from .models import KIND, LangRole, SegmentsRole

MAX_LINES = 4
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


_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere)
_heights: dict[tuple[str, int, str], int] = {}


def _paragraph_height(metrics: QFontMetrics, width: int, text: str, font_key: str = "") -> int:
    """Wrapped height of a paragraph; cached, since fitting a row and painting it measure
    the same texts (text layout is the expensive part of painting Arabic)."""
    key = (font_key, width, text)
    height = _heights.get(key)
    if height is None:
        if len(_heights) > 50_000:
            _heights.clear()
        height = metrics.boundingRect(QRect(0, 0, max(width, 10), 1_000_000), _WRAP, text).height()
        _heights[key] = height
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
        cap = metrics.lineSpacing() * MAX_LINES
        if index.column() == KIND:
            return metrics.lineSpacing() * 2 + 2 * PAD + 2
        paragraphs = self._paragraphs(index)
        if not paragraphs:
            return metrics.lineSpacing() + 2 * PAD + 2
        font_key = font.key()
        total = sum(_paragraph_height(metrics, width - 2 * PAD, text, font_key) for text, _ in paragraphs)
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
        font_key = font.key()
        y = rect.top()
        bottom = rect.bottom()
        for text, excluded in paragraphs:
            if y > bottom:
                break
            height = _paragraph_height(metrics, rect.width(), text, font_key)
            para_font = QFont(font)
            para_font.setStrikeOut(excluded)
            painter.setFont(para_font)
            painter.setPen(grey if excluded else text_color)
            visible = min(height, bottom - y + 1)
            painter.drawText(QRectF(rect.left(), y, rect.width(), visible), text, text_opt)
            y += height
        if y > bottom + 3:  # cut: say so; the details panel has the full text
            painter.setPen(grey)
            painter.setFont(font)
            corner = QRectF(rect.left(), rect.bottom() - metrics.lineSpacing(), rect.width(),
                            metrics.lineSpacing())
            align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.fillRect(QRectF(rect.right() - 20 if not rtl else rect.left(), corner.top(), 20,
                                    corner.height()), option.palette.base() if not selected
                             else option.palette.highlight())
            painter.drawText(corner, int(align | Qt.AlignmentFlag.AlignBottom), "…")
        painter.restore()
