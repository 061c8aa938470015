"""AlignmentOverview: the alignment path as a small plot (source position across, target
position down), each bead a dot coloured by its score, the current bead marked.

A 1,000,000-bead path is drawn once into a cached image per size/data change (one pixel
column holds many beads; the pixels are worked out over the bead columns with numpy), so
repainting for a moved cursor is only a blit and a cross. Rows of a large bitext not read
yet are left out until they are. Clicking picks the bead whose source position is
nearest the click.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from aligner.bead_rows import BeadRows

from .model import confidence_color

_UNSCORED = float("inf")

MARGIN = 6


REDRAW_DELAY_MS = 400
LARGE = 20_000  # beads: below this the path is redrawn at once (a few ms)


class AlignmentOverview(QWidget):
    beadClicked = Signal(int)  # bead row (= position in the bitext)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("Alignment path: source position → across, target position ↓. "
                                "Click to jump to a bead."))
        self._beads = BeadRows(0, 0, None)
        self._n_src = 1
        self._n_tgt = 1
        self._current = -1
        self._image: QImage | None = None
        # after an edit the path is redrawn once the user pauses: drawing 100,000 beads
        # takes ~100 ms, which would double the time every edit takes on a huge bitext
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_DELAY_MS)
        self._redraw.timeout.connect(self._forget_image)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, 300)

    def set_beads(self, beads: BeadRows) -> None:
        self._beads = beads
        last = beads[-1] if len(beads) else None
        self._n_src = max(last.src_end if last else 0, 1)
        self._n_tgt = max(last.tgt_end if last else 0, 1)
        if self._image is None or len(beads) < LARGE:
            self._forget_image()
        else:  # keep showing the previous picture until the user pauses
            self._redraw.start()

    def _forget_image(self) -> None:
        self._image = None
        self.update()

    def set_current(self, row: int) -> None:
        if row != self._current:
            self._current = row
            self.update()

    def _plot_rect(self) -> QRectF:
        return QRectF(MARGIN, MARGIN, max(1, self.width() - 2 * MARGIN),
                      max(1, self.height() - 2 * MARGIN))

    def _point(self, bead, rect: QRectF) -> QPointF:
        x = rect.left() + rect.width() * (bead.src_start + bead.src_end) / 2 / self._n_src
        y = rect.top() + rect.height() * (bead.tgt_start + bead.tgt_end) / 2 / self._n_tgt
        return QPointF(x, y)

    def _render(self) -> QImage:
        image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().base().color())
        painter = QPainter(image)
        rect = self._plot_rect()
        painter.setPen(QPen(QColor("#cccccc")))
        painter.drawRect(rect)
        painter.drawLine(rect.topLeft(), rect.bottomRight())  # the diagonal a good path hugs
        # one point per pixel: a 100,000-bead path has far fewer pixels than beads; the
        # worst score in a pixel decides its colour, so doubtful stretches stay visible
        order, worst = self._cells(rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#909090"), 1))
        painter.drawPolyline([QPointF(x, y) for x, y in order])
        painter.setPen(Qt.PenStyle.NoPen)
        radius = 2.5 if len(order) < 400 else 1.5
        for (x, y), value in zip(order, worst):
            painter.setBrush(confidence_color(None if value == _UNSCORED else value).darker(120))
            painter.drawEllipse(QPointF(x, y), radius, radius)
        painter.end()
        return image

    def _cells(self, rect: QRectF) -> tuple[list[tuple[int, int]], list[float]]:
        """The pixels the path goes through, in bead order (each once), and the worst
        score in each (an unscored bead counts as above any score)."""
        beads = self._beads
        read = beads.loaded
        left, top = rect.left(), rect.top()
        sx, sy = rect.width() / (2 * self._n_src), rect.height() / (2 * self._n_tgt)
        xs = (left + sx * (beads.src_start[read] + beads.src_end[read])).astype(np.int64)
        ys = (top + sy * (beads.tgt_start[read] + beads.tgt_end[read])).astype(np.int64)
        values = np.where(np.isnan(beads.score[read]), _UNSCORED, beads.score[read])
        if not len(xs):
            return [], []
        cells = xs * (int(ys.max()) + 1) + ys
        unique, first, inverse = np.unique(cells, return_index=True, return_inverse=True)
        worst = np.full(len(unique), _UNSCORED)
        np.minimum.at(worst, inverse, values)
        by_first = np.argsort(first, kind="stable")  # the order the path reaches them
        at = first[by_first]
        return list(zip(xs[at].tolist(), ys[at].tolist())), worst[by_first].tolist()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._image is None or self._image.size() != self.size():
            self._image = self._render()
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        if 0 <= self._current < len(self._beads) and self._beads.loaded[self._current]:
            point = self._point(self._beads[self._current], self._plot_rect())
            painter.setPen(QPen(QColor("#2060d0"), 1))
            painter.drawLine(QPointF(point.x(), MARGIN), QPointF(point.x(), self.height() - MARGIN))
            painter.drawLine(QPointF(MARGIN, point.y()), QPointF(self.width() - MARGIN, point.y()))
        painter.end()

    def row_at(self, x: float) -> int:
        """The bead whose source range is nearest the x position (by binary search)."""
        if not self._beads:
            return -1
        rect = self._plot_rect()
        src = (x - rect.left()) / rect.width() * self._n_src
        self._beads.ensure_all()  # a click before every row is read: read them now
        row = int(np.searchsorted(self._beads.src_start, src, side="right")) - 1
        return max(0, min(row, len(self._beads) - 1))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._beads:
            self.beadClicked.emit(self.row_at(event.position().x()))
