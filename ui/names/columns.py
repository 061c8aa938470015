"""Columns of a names-pane list that fit the dock's width.

Why: the pane lives in a narrow dock beside the bead table (ui.main_build.RIGHT_WIDTH at
first), and a table sized to its contents pushed its last columns ("Places", "To fix") out
of sight behind a horizontal scroll bar. Here the short columns (counts, bead numbers) always show
their header and values in full; the text columns (Arabic forms, kind, spellings, bitext
names) share the width left: short values stay whole and the longest texts give up width
first (elided, the full text in a tooltip over an elided cell). Refitted when the list is
filled and when the dock is resized; a column the user drags keeps its width until the next
fit.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QToolTip, QTreeWidget

# a text column never gets narrower than this many average characters (then the list
# scrolls sideways rather than show nothing but "…")
MIN_CHARS = 4


class FittedColumns(QObject):
    """Keep `tree`'s columns inside its viewport. `whole` are the columns shown in full,
    as indexes (a negative one counts from the last column: the count columns of the
    entries list follow a varying number of language columns)."""

    def __init__(self, tree: QTreeWidget, whole: Sequence[int]):
        super().__init__(tree)
        self.tree, self.whole = tree, tuple(whole)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(tree.textElideMode())
        tree.viewport().installEventFilter(self)

    def _whole(self) -> set[int]:
        n = self.tree.columnCount()
        return {c % n for c in self.whole if -n <= c < n}

    def needed(self, column: int) -> int:
        """Width that shows the column's header and values in full."""
        return max(self.tree.header().sectionSizeHint(column),
                   self.tree.sizeHintForColumn(column))

    def fit(self) -> None:
        tree = self.tree
        n = tree.columnCount()
        if n == 0:
            return
        need = [self.needed(c) for c in range(n)]
        whole = self._whole()
        room = tree.viewport().width()
        flex = [c for c in range(n) if c not in whole]
        left = room - sum(need[c] for c in whole)
        wanted = sum(need[c] for c in flex)
        floor = tree.fontMetrics().averageCharWidth() * MIN_CHARS
        widths = list(need)
        if flex and wanted > left:  # too narrow: the longest texts give up width first
            cap = _cap([need[c] for c in flex], max(left, 0))
            for c in flex:
                widths[c] = max(min(need[c], floor), min(need[c], cap))
        elif flex:  # room to spare: the first text column (the Arabic, the bitext) takes it
            widths[flex[0]] += left - wanted
        for c, width in enumerate(widths):
            tree.setColumnWidth(c, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.tree.indexAt(event.pos())
            text = index.data() if index.isValid() else None
            if isinstance(text, str) and text and not index.data(Qt.ItemDataRole.ToolTipRole):
                shown = self.tree.visualRect(index).width()
                if self.tree.sizeHintForIndex(index).width() > shown:
                    QToolTip.showText(event.globalPos(), text, self.tree.viewport())
                    return True
        return super().eventFilter(watched, event)


def _cap(needs: list[int], room: int) -> int:
    """The widest a column may be so that the columns fit `room` when every column keeps
    min(need, cap): the narrow ones keep their width, the wide ones share what is left."""
    left, rest = room, sorted(needs)
    while rest and rest[0] * len(rest) <= left:
        left -= rest.pop(0)
    return left // len(rest) if rest else room
