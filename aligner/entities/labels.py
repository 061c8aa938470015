"""The label set of a corpus: names, colours and number keys.

Default PER, LOC, ORG, MISC (the CoNLL set the guidelines use). The corpus stores its own
set (table `labels`); this module holds the rules every editor of it follows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from aligner.errors import Refusal
from aligner.messages import Problem


@dataclass(frozen=True)
class Label:
    name: str
    colour: str  # "#rrggbb"
    key: str = ""  # "1".."9" or "" (no key)


DEFAULT_LABELS: tuple[Label, ...] = (
    Label("PER", "#f4a6a6", "1"), Label("LOC", "#9fd3a8", "2"),
    Label("ORG", "#9ec5f0", "3"), Label("MISC", "#f2d58a", "4"),
)
# Colours offered to a new label, in order: distinct, light enough under black text.
PALETTE = ("#f4a6a6", "#9fd3a8", "#9ec5f0", "#f2d58a", "#d7b4f0", "#a8e6e2", "#f7c59f",
           "#c9d99a", "#f0b3d3", "#b8c4d9", "#e6d3a3", "#a3d9c2")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{0,23}$")


class LabelError(Refusal):
    """A label set change that cannot be made (its problem says why)."""


def check_labels(labels: list[Label]) -> None:
    """Raise LabelError unless names are valid and unique, colours #rrggbb, keys 1-9 unique."""
    seen: set[str] = set()
    keys: set[str] = set()
    for lab in labels:
        if not _NAME.match(lab.name):
            raise LabelError(Problem("label.bad_name", name=repr(lab.name)))
        if lab.name in seen:
            raise LabelError(Problem("label.twice", name=lab.name))
        seen.add(lab.name)
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", lab.colour):
            raise LabelError(Problem("label.bad_colour", name=lab.name,
                                     colour=repr(lab.colour)))
        if lab.key:
            if lab.key not in "123456789" or len(lab.key) != 1:
                raise LabelError(Problem("label.bad_key", name=lab.name, number=repr(lab.key)))
            if lab.key in keys:
                raise LabelError(Problem("label.key_used", name=lab.name, number=lab.key))
            keys.add(lab.key)


def next_colour(labels: list[Label]) -> str:
    """A palette colour no label uses yet; LabelError when all are taken."""
    used = {lab.colour.lower() for lab in labels}
    for c in PALETTE:
        if c not in used:
            return c
    raise LabelError(Problem("label.no_colour", count=len(PALETTE)))


def next_key(labels: list[Label]) -> str:
    used = {lab.key for lab in labels}
    return next((k for k in "123456789" if k not in used), "")
