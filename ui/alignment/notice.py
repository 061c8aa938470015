"""The line above the bead table that says what the last alignment of this bitext warned
about (texts that are not translations of each other, a stretch where the path is unsure):
what `dragoman align` prints on stderr, shown where the translator works."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from aligner.align.service import alignment_note
from aligner.corpus import Corpus

from ..i18n import translate


def notice_text(corpus: Corpus, bitext_id: int | None) -> str:
    """The translated warning for the bitext, or '' when there is none."""
    note = alignment_note(corpus, bitext_id) if bitext_id is not None else None
    if note is None:
        return ""
    kind, sentence = note
    if kind == "not-parallel":
        return translate("Notice", "These two texts do not look like translations of each "
                         "other: they were aligned in comparable mode, and only sentence "
                         "pairs that match became beads.")
    return translate("Notice", "The alignment is unsure of its path near source sentence "
                     "{sentence} (few rare words to anchor on, or a passage missing on one "
                     "side): check the beads there.").format(sentence=sentence)


class NoticeLabel(QLabel):
    """A pale warning strip, hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alignment_notice")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#alignment_notice { background: #fff4c2; color: #3d3000; "
                           "padding: 4px 8px; border-bottom: 1px solid #d9c36a; }")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
