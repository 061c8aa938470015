"""BeadFilterProxy: show only beads of a status, of some bead types, in a score range.

With no filter set every row is accepted and rows map one to one, so editing through the
proxy costs nothing when the user is not filtering.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from aligner.model import IMPORTED

from .model import SRC, TGT, BeadTableModel


class BeadFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: str | None = None          # "auto" / "confirmed" / None for all
        self.kinds: set[str] | None = None      # {"1-1", "1-2"} / None for all
        self.score_min: float | None = None
        self.score_max: float | None = None
        self.setDynamicSortFilter(True)

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.status, self.kinds, self.score_min, self.score_max))

    def set_filter(self, *, status: str | None = None, kinds: set[str] | None = None,
                   score_min: float | None = None, score_max: float | None = None) -> None:
        modern = hasattr(self, "endFilterChange")  # Qt >= 6.10 deprecates invalidateFilter
        if modern:
            self.beginFilterChange()
        self.status, self.kinds = status, (set(kinds) if kinds else None)
        self.score_min, self.score_max = score_min, score_max
        model = self.sourceModel()
        if kinds and model is not None:
            # a bead's type counts its sentences that are not excluded: read each side in
            # one query now rather than a sentence at a time for every row of the filter
            for column in (SRC, TGT):
                model.all_segments(column)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def clear_filter(self) -> None:
        self.set_filter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self.active:
            return True
        model: BeadTableModel = self.sourceModel()
        bead = model.beads[source_row]
        if self.status == IMPORTED:  # a review status: unconfirmed and never scored
            if bead.review_status != IMPORTED:
                return False
        elif self.status is not None and getattr(bead.status, "value", bead.status) != self.status:
            return False
        if self.kinds is not None and model.kind(source_row) not in self.kinds:
            return False
        if bead.score is None and (self.score_min is not None or self.score_max is not None):
            return False  # no score is in no score range
        if self.score_min is not None and bead.score < self.score_min:
            return False
        if self.score_max is not None and bead.score is not None and bead.score > self.score_max:
            return False
        return True
