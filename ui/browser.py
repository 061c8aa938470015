"""CorpusBrowser: the documents and bitexts of the open corpus, each bitext with its
language pair and progress (beads confirmed / total). Double-click or Enter on a bitext
opens it.

Long names are elided in the middle (two halves of a bilingual import share a long
prefix and differ at the end) and shown whole in the tooltip; languages have a column of
their own, so a document's language never sits under the progress header."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from aligner.corpus import Corpus
from aligner.corpus.reads import document_list
from aligner.model import BeadStatus

BitextRole = Qt.ItemDataRole.UserRole + 10
NAME, PROGRESS, LANGS = 0, 1, 2


def bitext_progress(corpus: Corpus, bitext_id: int) -> tuple[int, int]:
    beads = corpus.beads(bitext_id)
    return sum(1 for b in beads if b.status == BeadStatus.CONFIRMED), len(beads)


class CorpusBrowser(QTreeWidget):
    bitextActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Name"), self.tr("Done"), self.tr("Lang")])
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LANGS, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)

    def populate(self, corpus: Corpus | None, current_bitext: int | None = None,
                 progress: dict[int, tuple[int | None, int]] | None = None) -> None:
        """Fill from the corpus; `progress` may supply counts already known (the open bitext)."""
        self.clear()
        if corpus is None:
            return
        documents = document_list(corpus)  # titles and languages, not the texts
        names = {d.id: d.title or d.source_name or self.tr("document {id}").format(id=d.id)
                 for d in documents}
        langs = {d.id: d.lang for d in documents}
        docs_item = QTreeWidgetItem(self, [self.tr("Documents ({n})").format(n=len(documents)), "", ""])
        for doc in documents:
            item = QTreeWidgetItem(docs_item, [names[doc.id], "", doc.lang])
            item.setToolTip(NAME, f"{names[doc.id]}\n{doc.source_name} ({doc.encoding})")
        bitexts = corpus.bitexts()
        bitexts_item = QTreeWidgetItem(self, [self.tr("Bitexts ({n})").format(n=len(bitexts)), "", ""])
        progress = progress or {}
        for bitext in bitexts:
            done: int | str | None
            done, total = progress.get(bitext.id) or bitext_progress(corpus, bitext.id)
            name = bitext.name or f"{names.get(bitext.src_doc_id, '?')} ↔ {names.get(bitext.tgt_doc_id, '?')}"
            pair = f"{langs.get(bitext.src_doc_id, '?')} → {langs.get(bitext.tgt_doc_id, '?')}"
            done = "…" if done is None else done  # the open bitext is still being read
            item = QTreeWidgetItem(bitexts_item, [name, f"{done}/{total}", pair])
            item.setData(0, BitextRole, bitext.id)
            item.setToolTip(NAME, f"{name}\n{pair}, " + self.tr("bitext {id}").format(id=bitext.id))
            item.setToolTip(PROGRESS, self.tr("{done} of {total} beads confirmed").format(done=done, total=total))
            if bitext.id == current_bitext:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                self.setCurrentItem(item)
        for top in (docs_item, bitexts_item):
            top.setFirstColumnSpanned(True)  # "Documents (3)" needs the whole width
        self.expandAll()

    def update_progress(self, bitext_id: int, done: int | None, total: int) -> None:
        """`done` None: still being counted (a large bitext's rows are read while idle)."""
        root = self.topLevelItem(1)
        if root is None:
            return
        for i in range(root.childCount()):
            item = root.child(i)
            if item.data(0, BitextRole) == bitext_id:
                shown = "…" if done is None else done
                item.setText(1, f"{shown}/{total}")
                item.setToolTip(1, self.tr("{done} of {total} beads confirmed").format(
                    done=shown, total=total))

    def _activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        bitext_id = item.data(0, BitextRole)
        if bitext_id is not None:
            self.bitextActivated.emit(int(bitext_id))
