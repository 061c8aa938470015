"""BeadTableModel: one row per bead, source and target side by side, over the corpus.

The beads are held as columns (aligner.bead_rows.BeadRows): a small bitext is read whole
when it is opened; a large one reads the chunk the first screen shows, then the rest a
chunk at a time while the event loop is idle, so the table paints at once and input is
never blocked for long. Sentences are read a few per visible row; row texts are joined on
demand. After an edit only the rows the core's `Change` names are spliced, removed,
inserted or refreshed, so the view keeps its scroll position and the cost of an edit does
not grow with the table. Texts are returned exactly as stored (logical order, unshaped):
Qt shapes Arabic itself.
"""
from __future__ import annotations

import dataclasses

from typing import Any

import numpy as np
from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QBrush, QColor

from aligner.bead_rows import BeadRows
from aligner.corpus import Corpus
from aligner.find_index import FindIndex
from aligner.model import IMPORTED, BeadStatus, Bitext, Entity, Segment
from aligner.review import fold, shown_range, side_text

from ..fonts import font_for_lang, is_rtl
from .find_upkeep import FindUpkeep

KIND, SRC, TGT = 0, 1, 2
SIDES = {SRC: "src", TGT: "tgt"}

BeadRole = Qt.ItemDataRole.UserRole + 1
SegmentsRole = Qt.ItemDataRole.UserRole + 2  # list[Segment] of the side (excluded included)
LangRole = Qt.ItemDataRole.UserRole + 3
ScoreRole = Qt.ItemDataRole.UserRole + 4

CONFIRMED_BG = QColor("#e3f4e1")


NO_SCORE = "—"  # shown for a bead never scored (a unit imported without a score)
UNSCORED_BG = QColor("#d8d8d8")  # neutral: no score is not a bad score


def score_text(score: float | None, digits: int = 2) -> str:
    return NO_SCORE if score is None else f"{score:.{digits}f}"


def confidence_color(score: float | None) -> QColor:
    """Green for sure beads, amber for doubtful, red for likely wrong (scores are 0..1);
    grey for a bead without a score."""
    if score is None:
        return UNSCORED_BG
    if score >= 0.7:
        return QColor("#8fd18a")
    if score >= 0.4:
        return QColor("#f2d27a")
    return QColor("#ee9a8f")


READ_WHOLE_BELOW = 50_000  # beads: a bitext this small is read in one query at open
IDLE_CHUNKS = 1  # chunks of rows read per idle turn of the event loop (a few ms each)
IDLE_AFTER_MS = 200  # the first screen is painted before idle reading starts


class BeadTableModel(QAbstractTableModel):
    beadsChanged = Signal()  # any change of the bead list (the overview repaints)
    rowsComplete = Signal()  # every row is read (after opening a large bitext, or an edit)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.corpus: Corpus | None = None
        self.bitext: Bitext | None = None
        self.beads = BeadRows(0, 0, None)
        self._idle = QTimer(self)  # reads the rows not read yet, a chunk per idle turn
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._read_some)
        self._idle_later = QTimer(self)
        self._idle_later.setSingleShot(True)
        self._idle_later.setInterval(IDLE_AFTER_MS)
        self._idle_later.timeout.connect(self._idle.start)
        # segments are read lazily, a few per visible row, until something needs them all
        # (find): reading 2 x 100,000 segments up front would cost seconds at open
        self._all: dict[int, list[Segment] | None] = {SRC: None, TGT: None}
        self._cache: dict[tuple[int, int], Segment] = {}
        self._entities: dict[int, list[Entity]] | None = None
        self._counts: dict[int, int] = {}
        self._folded: dict[tuple[int, int], str] = {}  # (row, column) -> find key
        # the find index of all rows (built by a worker), kept in step with edits
        self.upkeep = FindUpkeep(self._row_key, lambda: len(self.beads))
        self.generation = 0  # counts changes
        self.src_lang = ""
        self.tgt_lang = ""
        self.show_excluded = True
        self._fonts: dict[int, Any] = {}

    @property
    def find_index(self) -> FindIndex | None:
        return self.upkeep.index

    def _row_key(self, row: int, side: str) -> str:
        return fold(self.side_text(row, SRC if side == "src" else TGT))

    def confirmed_count(self) -> int | None:
        """Confirmed beads (a count over a column: cheap), None while rows are being read."""
        return self.beads.confirmed_count()

    def _read_some(self) -> None:
        if self.beads.load_some(IDLE_CHUNKS):
            self._idle.stop()
            self.rowsComplete.emit()
            self.beadsChanged.emit()

    def _read_rest_when_idle(self) -> None:
        self._idle.stop()
        if self.beads.complete:
            self._idle_later.stop()
        else:
            self._idle_later.start()

    # --- loading ----------------------------------------------------------------------
    def load(self, corpus: Corpus | None, bitext_id: int | None) -> None:
        self.beginResetModel()
        self.generation += 1
        self.corpus = corpus
        self._forget_segments()
        self.upkeep.drop()
        if corpus is None or bitext_id is None:
            self.bitext, self.beads = None, BeadRows(0, 0, None)
        else:
            self.bitext = corpus.bitext(bitext_id)
            self.beads = self._rows(corpus, bitext_id)
            self.src_lang = self.bitext.src_lang or self._doc_lang(self.bitext.src_doc_id)
            self.tgt_lang = self.bitext.tgt_lang or self._doc_lang(self.bitext.tgt_doc_id)
            self._fonts = {SRC: font_for_lang(self.src_lang), TGT: font_for_lang(self.tgt_lang)}
        self.endResetModel()
        self._read_rest_when_idle()
        self.beadsChanged.emit()

    @staticmethod
    def _rows(corpus: Corpus, bitext_id: int) -> BeadRows:
        count = corpus.bead_count(bitext_id)

        def read(first: int, last: int) -> list:
            return corpus.beads(bitext_id, first, last)

        if count < READ_WHOLE_BELOW:
            return BeadRows.of(bitext_id, corpus.beads(bitext_id), read)
        rows = BeadRows(bitext_id, count, read)
        rows.ensure(0, 1)  # the first screen's chunk
        return rows

    def _doc_lang(self, doc_id: int) -> str:
        return self.corpus.document(doc_id).lang

    # --- segments -----------------------------------------------------------------------
    def _forget_segments(self) -> None:
        self._all = {SRC: None, TGT: None}
        self._cache.clear()
        self._counts.clear()
        self._folded.clear()
        self._entities = None

    def entities_of(self, segment_id: int) -> list[Entity]:
        """The entities of a sentence of this bitext, by start (read for both documents at
        the first call after a change: one query)."""
        if self._entities is None:
            self._entities = {}
            if self.corpus is not None and self.bitext is not None:
                docs = [self.bitext.src_doc_id, self.bitext.tgt_doc_id]
                found = self.corpus.entities_of_documents(docs)
                by_doc = {d: {e.id for doc, _, e in found if doc == d} for d in docs}
                for doc, _, entity in found:
                    # its counterpart in this bitext (it may have one in another language)
                    there = by_doc[docs[1] if doc == docs[0] else docs[0]]
                    entity = dataclasses.replace(entity, counterpart_id=next(
                        (i for i in entity.links if i in there), None))
                    self._entities.setdefault(entity.segment_id, []).append(entity)
        return self._entities.get(segment_id, [])

    def folded_text(self, row: int, side: str) -> str:
        """A side's text in find form (aligner.review.fold), cached until a change."""
        if self.find_index is not None:
            return self.find_index[side][row]
        column = SRC if side == "src" else TGT
        key = (row, column)
        folded = self._folded.get(key)
        if folded is None:
            folded = self._folded[key] = fold(self.side_text(row, column))
        return folded

    def _doc(self, column: int) -> int:
        return self.bitext.src_doc_id if column == SRC else self.bitext.tgt_doc_id

    def segment(self, column: int, position: int) -> Segment:
        full = self._all[column]
        if full is not None:
            return full[position]
        key = (column, position)
        seg = self._cache.get(key)
        if seg is None:
            if len(self._cache) > 20_000:  # a long scroll: start over rather than grow
                self._cache.clear()
            seg = self._cache[key] = self.corpus.segment_at(self._doc(column), position)
        return seg

    def all_segments(self, column: int) -> list[Segment]:
        """Every segment of a side (read once, then kept until a segment edit)."""
        if self._all[column] is None:
            self._all[column] = self.corpus.segments(self._doc(column)) if self.bitext else []
        return self._all[column]

    def rebind(self, corpus: Corpus | None) -> None:
        """Point at a reopened connection to the same file and reread everything."""
        bitext_id = self.bitext.id if self.bitext else None
        self.load(corpus, bitext_id)

    @property
    def bitext_id(self) -> int | None:
        return self.bitext.id if self.bitext else None

    def apply_change(self, change: Any) -> None:
        """Refresh after a core edit: only the bead rows the Change names are re-read
        (bead edits), or the segments of the documents it names (segment edits)."""
        if self.corpus is None or self.bitext is None:
            return
        if change is None:
            self.rebind(self.corpus)
            return
        doc_ids = set(getattr(change, "doc_ids", ()) or ())
        ours = {self.bitext.src_doc_id, self.bitext.tgt_doc_id}
        if change.bitext_id != self.bitext.id:
            if doc_ids & ours:
                ids = getattr(change, "segment_ids", None)
                if ids is not None and not ids:  # entities only: no text or range moved
                    self._entities = None
                    self._repaint_all()
                elif ids is None or not self._sentences_changed(ids):
                    self._reload_segments_and_beads()
            return
        first, old, new = change.first, change.old_count, change.new_count
        if first + old > len(self.beads):  # the Change does not fit our list: reread all
            self.rebind(self.corpus)
            return
        self.generation += 1
        self._folded.clear()
        fresh = self.corpus.beads(self.bitext.id, first, first + new)
        if new > old:
            self.beginInsertRows(QModelIndex(), first + old, first + new - 1)
            self.beads.replace(first, old, fresh)
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), first + new, first + old - 1)
            self.beads.replace(first, old, fresh)
            self.endRemoveRows()
        else:
            self.beads.replace(first, old, fresh)
        self.upkeep.spliced(first, old, new)
        touched = min(old, new)
        if touched:
            self.dataChanged.emit(self.index(first, 0), self.index(first + touched - 1, TGT))
        self.beadsChanged.emit()

    def _repaint_all(self) -> None:
        if len(self.beads):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.beads) - 1, TGT))

    def _sentences_changed(self, segment_ids: frozenset[int]) -> bool:
        """Refresh the rows showing these sentences (after a split, merge, text edit or
        exclusion): those rows are read again, the later rows' ranges on that side move by
        what the next row's start moved, and the last row is checked against the store.
        False when that cannot be done here (the caller rereads the documents)."""
        self.generation += 1
        self._forget_segments()
        beads, bitext, n = self.beads, self.bitext, len(self.beads)
        refold: set[int] = {n - 1}
        for segment_id in sorted(segment_ids):
            try:
                segment = self.corpus.segment(segment_id)
            except Exception:  # noqa: BLE001 - gone: let the caller reread
                return False
            sides = [side for side, doc in (("src", bitext.src_doc_id),
                                            ("tgt", bitext.tgt_doc_id)) if doc == segment.doc_id]
            for side in sides:
                row = self._row_showing(side, segment.position)
                if row is None:
                    return False
                lo, hi = max(row - 1, 0), min(row + 2, n)
                fresh = self.corpus.beads(bitext.id, lo, hi)
                if row + 1 < n:
                    if not beads.loaded[row + 1]:
                        return False
                    delta = getattr(fresh[row + 1 - lo], f"{side}_start") - \
                        int(getattr(beads, f"{side}_start")[row + 1])
                    if delta:
                        beads.shift(row + 1, side, delta)
                beads.replace(lo, hi - lo, fresh)
                refold |= set(range(lo, hi))
        if beads.loaded[n - 1] and not beads.same(n - 1, self.corpus.beads(bitext.id, n - 1, n)[0]):
            beads.forget()  # the ranges did not move as this assumed: read them again
        self.upkeep.rows_changed(refold)
        self._repaint_all()
        self._read_rest_when_idle()
        self.beadsChanged.emit()
        return True

    def _row_showing(self, side: str, position: int) -> int | None:
        """The row whose shown range holds a sentence position (rows partition the
        sentences by their ends: aligner.review.shown_range)."""
        if self.beads.complete:
            ends = getattr(self.beads, f"{side}_end")
            return min(int(np.searchsorted(ends, position, side="right")), len(self.beads) - 1)
        return self.corpus.bead_covering(self.bitext.id, side, position)

    def _reload_segments_and_beads(self) -> None:
        """A sentence was split, merged or edited: bead ranges may shift but the number of
        beads does not, so rows stay; they are read again as they are shown (and the rest
        while idle) rather than all at once."""
        self.generation += 1
        self._forget_segments()
        self.upkeep.rows_changed(None)
        if self.corpus.bead_count(self.bitext.id) != len(self.beads):
            self.beginResetModel()
            self.beads = self._rows(self.corpus, self.bitext.id)
            self.endResetModel()
        else:
            self.beads.forget()
            if len(self.beads):
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.beads) - 1, TGT))
        self._read_rest_when_idle()
        self.beadsChanged.emit()

    # --- row helpers ------------------------------------------------------------------
    def _side_range(self, row: int, column: int) -> tuple[int, int]:
        last = row == len(self.beads) - 1
        return shown_range(self.beads, row, SIDES[column],
                           self._segment_count(column) if last else 0)

    def _segment_count(self, column: int) -> int:
        if column not in self._counts:
            full = self._all[column]
            self._counts[column] = len(full) if full is not None else \
                self.corpus.doc_segment_count(self._doc(column))
        return self._counts[column]

    def side_segments(self, row: int, column: int) -> list[Segment]:
        lo, hi = self._side_range(row, column)
        full = self._all[column]
        if full is not None:
            return full[lo:hi]
        return [self.segment(column, p) for p in range(lo, hi)]

    def kind(self, row: int) -> str:
        """The bead's type as the reader sees it: excluded sentences (boilerplate the
        aligner skipped) inside its ranges are not counted, so a 2-1 with two excluded
        lines reads 2-1, not 4-1."""
        bead = self.beads[row]
        counts = []
        for column, (lo, hi) in ((SRC, (bead.src_start, bead.src_end)),
                                 (TGT, (bead.tgt_start, bead.tgt_end))):
            counts.append(sum(1 for p in range(lo, hi) if not self.segment(column, p).excluded))
        return f"{counts[0]}-{counts[1]}"

    def side_text(self, row: int, column: int) -> str:
        """The side's sentences, one a line, in logical order; excluded ones only when shown."""
        return side_text(self.side_segments(row, column), self.show_excluded)

    def lang(self, column: int) -> str:
        return self.src_lang if column == SRC else self.tgt_lang

    def set_show_excluded(self, show: bool) -> None:
        self.show_excluded = show
        self.generation += 1
        self._folded.clear()
        self.upkeep.drop()
        if len(self.beads):
            self.dataChanged.emit(self.index(0, SRC), self.index(len(self.beads) - 1, TGT))

    # --- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.beads)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == KIND:
            return self.tr("Type")
        lang = self.lang(section)
        name = self.tr("Source") if section == SRC else self.tr("Target")
        return f"{name} ({lang})" if lang else name

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        bead = self.beads.bead(row)
        confirmed = bead.status == BeadStatus.CONFIRMED
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                mark = "✓ " if confirmed else ""
                return f"{mark}{self.kind(row)}\n{score_text(bead.score)}"
            return self.side_text(row, column)
        if role == BeadRole:
            return bead
        if role == ScoreRole:
            return bead.score
        if role == SegmentsRole:
            return self.side_segments(row, column) if column != KIND else []
        if role == LangRole:
            return self.lang(column) if column != KIND else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == KIND:
                return QBrush(confidence_color(bead.score))
            return QBrush(CONFIRMED_BG) if confirmed else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column != KIND and is_rtl(self.lang(column)):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                           | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.FontRole and column in self._fonts:
            return self._fonts[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == KIND:
            return self.tr("Bead {row}: {kind}, score {score}, {status}").format(
                row=row + 1, kind=self.kind(row), score=score_text(bead.score, 3),
                status={"auto": self.tr("auto"), "confirmed": self.tr("confirmed"),
                        IMPORTED: self.tr("imported")}[bead.review_status])
        return None
