"""DetailsPanel: the selected bead in full (every sentence, ids, score, status), since the
table cuts long rows after a few lines. Arabic paragraphs are marked dir="rtl" and go to
Qt as logical text."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser, QWidget

from typing import Callable

from aligner.model import IMPORTED, Bead, Entity, Segment

from ..annotation.labels import LabelKeys
from ..annotation.paint import entity_html
from ..fonts import font_for_lang, is_rtl
from ..i18n import translated
from .model import score_text

# why the importer left a sentence out (aligner/text/boilerplate.py, R_*): the core's words,
# marked for lupdate here and translated where shown; a reason not listed shows as stored
REASONS = (QT_TRANSLATE_NOOP("DetailsPanel", "url slug"), QT_TRANSLATE_NOOP("DetailsPanel", "link list"),
           QT_TRANSLATE_NOOP("DetailsPanel", "repeated"), QT_TRANSLATE_NOOP("DetailsPanel", "fragment"),
           QT_TRANSLATE_NOOP("DetailsPanel", "page furniture"),
           QT_TRANSLATE_NOOP("DetailsPanel", "page end"), QT_TRANSLATE_NOOP("DetailsPanel", "no words"))


class DetailsPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setPlaceholderText(self.tr("Select a bead to see it in full."))
        self.labels = LabelKeys()
        self.entities_of: Callable[[int], list[Entity]] = lambda segment_id: []

    def show_bead(self, bead: Bead | None, row: int, src: list[Segment], tgt: list[Segment],
                  src_lang: str, tgt_lang: str) -> None:
        if bead is None:
            self.clear()
            return
        # excluded sentences inside the bead's ranges do not count in its type
        n_src = sum(1 for s in src if bead.src_start <= s.position < bead.src_end and not s.excluded)
        n_tgt = sum(1 for s in tgt if bead.tgt_start <= s.position < bead.tgt_end and not s.excluded)
        status_text = {"auto": self.tr("auto"), "confirmed": self.tr("confirmed"),
                       IMPORTED: self.tr("imported")}[bead.review_status]
        head = self.tr("<b>Bead {row}</b> (id {id}) — type {kind}, score {score}, <b>{status}</b>").format(
            row=row + 1, id=bead.id, kind=f"{n_src}-{n_tgt}", score=score_text(bead.score, 3),
            status=escape(str(status_text)))
        if bead.changed_at:
            # a timestamp is left-to-right inside whatever direction the interface reads
            when = "\u202a" + escape(bead.changed_at) + "\u202c"
            head += self.tr(", ") + self.tr("changed {when}").format(when=when)
        parts = [f"<p>{head}</p>"]
        for title, segments, lang in ((self.tr("Source"), src, src_lang),
                                      (self.tr("Target"), tgt, tgt_lang)):
            parts.append(f"<p><b>{title}</b> ({escape(lang)})</p>")
            if not segments:  # tr() outside the f-string: lupdate does not look inside one
                empty = self.tr("empty")
                parts.append(f'<p style="color:gray">∅ {empty}</p>')
            family = font_for_lang(lang).family()
            direction = 'dir="rtl" align="right"' if is_rtl(lang) else 'dir="ltr"'
            for seg in segments:
                style = f"font-family:'{family}';"
                if seg.excluded:
                    style += "color:gray;text-decoration:line-through;"
                reason = translated("DetailsPanel", seg.exclude_reason) \
                    if seg.exclude_reason in REASONS else seg.exclude_reason
                note = (" — " + self.tr("excluded:") + f" {escape(reason)}"
                        if seg.excluded and seg.exclude_reason else "")
                body = entity_html(seg.text, self.entities_of(seg.id) if seg.id else [],
                                   self.labels)
                where = self.tr("#{position}, id {id}").format(position=seg.position + 1,
                                                               id=seg.id)
                parts.append(f'<p {direction} style="{style}">{body}</p>'
                             f'<p style="color:gray;font-size:small">{where}{note}</p>')
        self.setHtml("".join(parts))
