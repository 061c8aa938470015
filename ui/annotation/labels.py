"""The corpus's label set as the GUI uses it: colours, number keys, and the sticky label.

The set itself (names, colours, keys, their rules) is the core's (aligner.entities.labels,
stored in the corpus); this only turns it into QColors and remembers the label used last,
which Enter reuses (Label Studio's sticky label).
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtGui import QColor

from aligner.entities.labels import DEFAULT_LABELS, Label

SUGGESTED_ALPHA = 90  # suggestions are drawn paler than accepted entities


class LabelKeys:
    def __init__(self, labels: Sequence[Label] = DEFAULT_LABELS) -> None:
        self.labels: list[Label] = []
        self.sticky: str | None = None
        self.set_labels(labels)

    def set_labels(self, labels: Sequence[Label]) -> None:
        self.labels = list(labels) or list(DEFAULT_LABELS)
        if self.sticky not in {lab.name for lab in self.labels}:
            self.sticky = self.labels[0].name

    def by_key(self, key: str) -> Label | None:
        return next((lab for lab in self.labels if lab.key and lab.key == key), None)

    def colour(self, name: str, suggested: bool = False) -> QColor:
        lab = next((lab for lab in self.labels if lab.name == name), None)
        colour = QColor(lab.colour if lab is not None else "#cccccc")
        if suggested:
            colour.setAlpha(SUGGESTED_ALPHA)
        return colour

    def use(self, name: str) -> None:
        """Remember the label just used (Enter tags with it next time)."""
        self.sticky = name


def corpus_labels(corpus) -> list[Label]:
    """The corpus's label set (the default set for a corpus that has none stored)."""
    return list(corpus.labels()) if corpus is not None else list(DEFAULT_LABELS)
