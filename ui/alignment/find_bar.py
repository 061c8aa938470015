"""FindBar (Ctrl+F) and FilterBar (Ctrl+Shift+F): thin input strips under the table.

They hold no search logic: FindBar emits an aligner.review.Query (the core does the
matching, with Arabic folded) and FilterBar emits the filter values for the proxy.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QWidget)

from aligner.model import IMPORTED
from aligner.review import Query

from ..score_box import ScoreBox


class FindBar(QWidget):
    findRequested = Signal(object, bool)  # Query, backwards
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Find (Arabic: diacritics and alef forms ignored)"))
        self.text.setClearButtonEnabled(True)
        self.side = QComboBox()
        self.side.addItems([self.tr("Both sides"), self.tr("Source"), self.tr("Target")])
        self.regex = QCheckBox(self.tr("Regex"))
        self.status = QLabel()
        # up and down, as the matches go in the table: a left/right arrow would point the
        # wrong way once an Arabic interface mirrors the bar
        previous = QPushButton("▲")
        previous.setObjectName("find_previous")
        previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        following = QPushButton("▼")
        following.setObjectName("find_next")
        following.setToolTip(self.tr("Next match (F3 or Enter)"))
        close = QPushButton("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        self.text.returnPressed.connect(lambda: self.request(False))
        previous.clicked.connect(lambda: self.request(True))
        following.clicked.connect(lambda: self.request(False))
        close.clicked.connect(self.close_bar)
        for button in (previous, following, close):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("▲") + 24)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (QLabel(self.tr("Find:")), self.text, self.side, self.regex, previous, following,
                       self.status, close):
            layout.addWidget(widget)

    def query(self) -> Query:
        sides = {0: ("src", "tgt"), 1: ("src",), 2: ("tgt",)}[self.side.currentIndex()]
        return Query(self.text.text(), self.regex.isChecked(), sides)

    def request(self, backwards: bool = False) -> None:
        self.findRequested.emit(self.query(), backwards)

    def open_bar(self) -> None:
        self.show()
        self.text.setFocus()
        self.text.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)


class FilterBar(QWidget):
    filterChanged = Signal(object)  # dict of BeadFilterProxy.set_filter keyword arguments

    STATUSES = [(QT_TRANSLATE_NOOP("FilterBar", "Any status"), None),
                (QT_TRANSLATE_NOOP("FilterBar", "Unconfirmed"), "auto"),
                (QT_TRANSLATE_NOOP("FilterBar", "Confirmed"), "confirmed"),
                (QT_TRANSLATE_NOOP("FilterBar", "Imported (no score)"), IMPORTED)]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        for label, _ in self.STATUSES:
            self.status.addItem(self.tr(label))
        self.kinds = QLineEdit()
        self.kinds.setPlaceholderText(self.tr("types, e.g. 1-2, 2-1, 0-1"))
        self.score_min, self.score_max = ScoreBox(0.0), ScoreBox(1.0)
        apply_button = QPushButton(self.tr("Apply"))
        clear_button = QPushButton(self.tr("Clear"))
        apply_button.clicked.connect(self.apply)
        clear_button.clicked.connect(self.clear)
        self.kinds.returnPressed.connect(self.apply)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (QLabel(self.tr("Filter:")), self.status, self.kinds, QLabel(self.tr("score")), self.score_min,
                       QLabel(self.tr("to")), self.score_max, apply_button, clear_button):
            layout.addWidget(widget)

    def values(self) -> dict:
        kinds = {k.strip() for k in self.kinds.text().replace(";", ",").split(",") if k.strip()}
        lo, hi = self.score_min.value(), self.score_max.value()
        return {"status": self.STATUSES[self.status.currentIndex()][1],
                "kinds": kinds or None,
                "score_min": lo if lo > 0.0 else None,
                "score_max": hi if hi < 1.0 else None}

    def apply(self) -> None:
        self.filterChanged.emit(self.values())

    def clear(self) -> None:
        self.status.setCurrentIndex(0)
        self.kinds.clear()
        self.score_min.setValue(0.0)
        self.score_max.setValue(1.0)
        self.filterChanged.emit({})
