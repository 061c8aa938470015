"""AlignmentPane: the centre of the window, the bead table beside its overview plot with
the find and filter bars below, and the row bookkeeping between them.

Rows and bead positions differ only while a filter is set (the proxy sits between model
and view then); everything outside speaks bead positions. Which bead find or "next
unconfirmed" goes to is decided by aligner.review; this pane only maps rows.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from aligner.review import Query, find_in_index, find_next, match_spans, next_to_review

from ..core_messages import detail
from .notice import NoticeLabel
from .filtering import BeadFilterProxy
from .find_bar import FilterBar, FindBar
from .model import SIDES, BeadTableModel
from .overview import AlignmentOverview
from .view import AlignmentView

FIND_INDEX_ABOVE = 20_000  # beads; above this the first find prepares its index in a worker


class AlignmentPane(QWidget):
    currentChanged = Signal(int)  # bead position, -1 when none
    message = Signal(str)         # for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BeadTableModel(self)
        # the filter proxy sits between model and view only while a filter is set: a proxy
        # over 100,000 rows costs a Python call per row at every reset
        self.proxy = BeadFilterProxy(self)
        self.view = AlignmentView()
        self.view.setModel(self.model)
        self.overview = AlignmentOverview()
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.filter_bar = FilterBar()
        self.filter_bar.hide()
        # set by the window: builds the find index in a worker (a Task), then calls back
        self.index_builder: Callable[..., Any] | None = None
        self._index_task: Any = None  # the build under way
        self._after_index: Callable[[], None] | None = None  # the find waiting for it
        self.model.rowsComplete.connect(self.prepare_find_index)
        self.model.modelReset.connect(self._forget_index_task)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("alignment_splitter")
        splitter.addWidget(self.view)
        splitter.addWidget(self.overview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice = NoticeLabel()
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.filter_bar)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.overview.beadClicked.connect(self.go_to_position)
        self.model.beadsChanged.connect(lambda: self.overview.set_beads(self.model.beads))
        self.find_bar.findRequested.connect(self.find)
        self.find_bar.closed.connect(self.view.setFocus)
        self.find_bar.closed.connect(lambda: self.highlight(None))
        self._highlighted: Query | None = None  # the find query whose matches are painted
        self._match_format = QTextCharFormat()
        self._match_format.setBackground(QColor("#ffe14d"))
        self.view.delegate.highlighters.append(self._find_matches)
        self.filter_bar.filterChanged.connect(self.set_filter)
        self.filter_bar.filterChanged.connect(lambda _: self.view.setFocus())  # bead keys

    # --- positions --------------------------------------------------------------------
    def current_position(self) -> int:
        """The current bead's position (a source-model row), -1 when there is none."""
        index = self.view.currentIndex()
        if not index.isValid():
            return -1
        return self.source_row(index.row())

    def selected_positions(self) -> list[int]:
        rows = {self.source_row(r) for r in self.view.selected_rows()}
        return sorted(r for r in rows if r >= 0)

    def go_to_position(self, position: int, column: int | None = None) -> None:
        if not self.model.beads:
            return
        position = max(0, min(position, len(self.model.beads) - 1))
        view_row = self.view_row(position)
        if view_row >= 0:
            self.view.go_to_row(view_row, column or self.view.current_column())

    @property
    def filtering(self) -> bool:
        return self.view.model() is self.proxy

    def source_row(self, view_row: int) -> int:
        if not self.filtering:
            return view_row
        return self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()

    def view_row(self, position: int) -> int:
        """The view row showing a bead, -1 when a filter hides it."""
        if not self.filtering:
            return position
        return self.proxy.mapFromSource(self.model.index(position, 0)).row()

    def shown_positions(self) -> range | list[int]:
        if not self.filtering:
            return range(len(self.model.beads))
        return [self.source_row(r) for r in range(self.proxy.rowCount())]

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex | None = None) -> None:
        row = self.current_position()
        self.overview.set_current(row)
        self.currentChanged.emit(row)

    # --- filter -----------------------------------------------------------------------
    def use_filter(self, on: bool) -> None:
        if on == self.filtering:
            return
        if on:
            self.proxy.setSourceModel(self.model)
            self.view.setModel(self.proxy)
        else:
            self.proxy.clear_filter()
            self.view.setModel(self.model)
            self.proxy.setSourceModel(None)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)

    def set_filter(self, values: dict) -> None:
        position = self.current_position()
        active = any(v is not None for v in values.values())
        self.use_filter(active)
        if active:
            self.proxy.set_filter(**values)
        self.view.forget_heights()
        if position >= 0:
            self.go_to_position(position)
        shown = self.view.model().rowCount()
        self.message.emit(self.tr("{shown} of {total} beads shown").format(
            shown=shown, total=self.model.rowCount()))

    def toggle_filter_bar(self) -> None:
        self.filter_bar.setVisible(not self.filter_bar.isVisible())

    def set_show_excluded(self, show: bool) -> None:
        self.model.set_show_excluded(show)
        self.view.forget_heights()

    # --- find and review --------------------------------------------------------------
    def _find_matches(self, segment, column: int):
        query = self._highlighted
        if query is None or SIDES.get(column) not in query.sides:
            return []
        return [(start, end, self._match_format) for start, end in match_spans(query, segment.text)]

    def highlight(self, query: Query | None) -> None:
        """Paint every match of `query` in the rows as they are drawn (None: none)."""
        self._highlighted = query if query is not None and query.pattern else None
        self.view.viewport().update()

    def find(self, query: Query | None = None, backwards: bool = False) -> int | None:
        query = query or self.find_bar.query()
        self.highlight(query)
        if not query.pattern:
            self.find_bar.open_bar()
            return None
        if self.model.find_index is None and len(self.model.beads) > FIND_INDEX_ABOVE \
                and self.index_builder is not None:
            self._after_index = lambda: self.find(query, backwards)
            if self._index_task is None:
                self._start_index_build(quiet=False)
            else:
                self._index_task.reveal()  # the background build: now the user waits for it
            return None
        try:
            index = self.model.find_index
            if index is not None:
                position = find_in_index(query, index, self.shown_positions(),
                                         self.current_position(), backwards=backwards)
            else:
                position = find_next(query, self.model.folded_text, self.shown_positions(),
                                     self.current_position(), backwards=backwards)
        except Exception as exc:  # noqa: BLE001 - a bad regex is the user's to fix
            self.find_bar.status.setText(self.tr("bad pattern:") + " " + detail(str(exc)))
            return None
        self.find_bar.status.setText("" if position is not None else self.tr("not found"))
        if position is not None:
            self.go_to_position(position)
        return position

    # --- the find index -----------------------------------------------------------------
    def prepare_find_index(self) -> None:
        """Once every row of a large bitext is read, fold its texts for find in the
        background, so the first find does not wait for it."""
        if self.model.find_index is None and self._index_task is None \
                and len(self.model.beads) > FIND_INDEX_ABOVE and self.index_builder is not None:
            self._start_index_build(quiet=True)

    def _start_index_build(self, quiet: bool) -> None:
        task = self.index_builder(quiet=quiet)
        self._index_task = task
        task.finished.connect(lambda outcome, task=task: self._index_built(task, outcome))

    def _index_built(self, task: Any, outcome: str) -> None:
        if task is not self._index_task:
            return
        self._index_task = None
        then, self._after_index = self._after_index, None
        if then is None or outcome != "done":
            return
        if self.model.find_index is not None:
            then()
        else:  # an edit the index could not follow came meanwhile: build it again
            self._after_index = then
            self._start_index_build(quiet=False)

    def _forget_index_task(self) -> None:
        """Another bitext (or a reread): a build under way is for rows that are gone."""
        if self._index_task is not None:
            self._index_task.cancel()
        self._index_task, self._after_index = None, None

    def go_next(self, *, low_below: float | None = None) -> int | None:
        """The next unconfirmed bead (scoring under `low_below` when given) the filter shows."""
        position = next_to_review(self.model.beads, self.current_position(),
                                  low_below=low_below, shown=lambda p: self.view_row(p) >= 0)
        if position is None:
            self.message.emit(self.tr("No more low-confidence beads below.") if low_below is not None
                              else self.tr("No more unconfirmed beads below."))
            return None
        self.go_to_position(position)
        return position
