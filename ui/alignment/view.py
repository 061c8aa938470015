"""AlignmentView: the bead table with row heights fitted lazily.

ResizeToContents would measure all 100,000 rows on every change, so every row starts at a
default height and only rows that become visible are measured (by the delegate: a row fits its whole bead, up to the
viewport's height). Widths change -> the measured set is forgotten and visible rows refit.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QMenu, QStyleOptionViewItem,
                               QTableView)

from .delegates import BeadDelegate
from .model import KIND, SRC, TGT


class AlignmentView(QTableView):
    sentenceActivated = Signal(int)  # a sentence was double-clicked: its segment id (-1: none)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.context_actions: list[QAction | None] = []  # None: a separator
        # source and target stay in the corpus's order whatever the interface direction:
        # an Arabic interface mirrors the window, not the text's columns
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setTabKeyNavigation(False)
        self.delegate = BeadDelegate(self, self._show_excluded)
        self.setItemDelegate(self.delegate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        vheader = self.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self._fitted: set[int] = set()
        self._removed_current: tuple[int, int] | None = None  # see rowsAboutToBeRemoved
        self._watched: set[int] = set()
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._schedule_fit)

    def _show_excluded(self) -> bool:
        model = self.source_model()
        return getattr(model, "show_excluded", True)

    def source_model(self):
        model = self.model()
        return model.sourceModel() if hasattr(model, "sourceModel") else model

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if model is not None and id(model) not in self._watched:
            self._watched.add(id(model))  # models are switched (filter on/off): connect once
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved, model.dataChanged):
                signal.connect(self.forget_heights)
            model.rowsRemoved.connect(
                lambda parent, start, end, m=model: self._after_rows_removed(m, start))
        self._layout_columns()
        self.forget_heights()

    # --- mouse ----------------------------------------------------------------------------
    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """The bead and sentence actions the right-click menu offers (with their keys)."""
        self.context_actions = list(actions)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), index.parent()):
            self.setCurrentIndex(index)  # act on the row under the mouse, as users expect
        if self.context_actions:
            self.context_menu().exec(event.globalPos())

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if index.isValid() and index.column() in (SRC, TGT):
            self.setCurrentIndex(index)
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            rect = self.visualRect(index)
            segment = self.delegate.sentence_at(option, index, rect.width(),
                                                pos.y() - rect.top())
            self.sentenceActivated.emit(segment.id if segment is not None else -1)
            return
        super().mouseDoubleClickEvent(event)

    # --- the current row when its row goes ----------------------------------------------
    def rowsAboutToBeRemoved(self, parent, start: int, end: int) -> None:  # noqa: N802
        """Qt would make the row above the current one; when the current bead leaves the
        list (confirmed under an "unconfirmed" filter, an empty bead deleted) the cursor
        should take the row that moves into its place, the next one to review."""
        current = self.currentIndex()
        inside = current.isValid() and not parent.isValid() and start <= current.row() <= end
        self._removed_current = (start, current.column()) if inside else None
        super().rowsAboutToBeRemoved(parent, start, end)

    def _after_rows_removed(self, sender, start: int) -> None:
        model = self.model()
        if sender is not model:  # the source model under a filter proxy: not our rows
            return
        pending, self._removed_current = self._removed_current, None
        if pending is None or model.rowCount() == 0:
            return
        row, column = pending
        self.setCurrentIndex(model.index(min(row, model.rowCount() - 1), column))

    # --- lazy row heights -------------------------------------------------------------
    def forget_heights(self, *args) -> None:
        self._fitted.clear()
        self._schedule_fit()

    def _schedule_fit(self, *args) -> None:
        self._fit_timer.start()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.delegate.max_height = self.viewport().height()
        self._layout_columns()
        self.forget_heights()

    def _layout_columns(self) -> None:
        """Type column narrow; source and target share the rest equally."""
        if self.model() is None:
            return
        kind_width = self.fontMetrics().horizontalAdvance("✓ 10-10") + 16
        rest = max(200, self.viewport().width() - kind_width)
        self.setColumnWidth(KIND, kind_width)
        self.setColumnWidth(SRC, rest // 2)
        self.setColumnWidth(TGT, rest - rest // 2)

    def fit_visible_rows(self) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        vheader = self.verticalHeader()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        for _ in range(4):  # resizing can bring new rows into view; a few passes settle it
            top = max(0, self.rowAt(0))
            bottom = self.rowAt(self.viewport().height() - 1)
            if bottom < 0:
                bottom = model.rowCount() - 1
            todo = [r for r in range(top, bottom + 1) if r not in self._fitted]
            if not todo:
                break
            # cells are painted 1 px narrower than their column when the grid is shown:
            # measure at the painted width, or a line that just fits wraps when painted
            grid = 1 if self.showGrid() else 0
            for row in todo:
                height = max(self.delegate.cell_height(option, model.index(row, c),
                                                       self.columnWidth(c) - grid)
                             for c in (KIND, SRC, TGT))
                if vheader.sectionSize(row) != height:
                    vheader.resizeSection(row, height)
                self._fitted.add(row)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def go_to_row(self, row: int, column: int = SRC) -> None:
        model = self.model()
        if model is None or not (0 <= row < model.rowCount()):
            return
        index = model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._schedule_fit()

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()}) if self.selectionModel() else []
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return rows

    def current_column(self) -> int:
        index = self.currentIndex()
        return index.column() if index.isValid() and index.column() in (SRC, TGT) else SRC
