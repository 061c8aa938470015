"""Entities as text formats, for every view that draws sentences (table cells, the bead
details, the tagging views).

Offsets stay code points here; the table's delegate and the tagging view convert them to
Qt's UTF-16 units (ui.offsets), so an entity after a character outside the BMP is drawn
where it is. Formats are applied to the
logical text and Qt lays out the bidi runs, so a highlight stays on its word in a
right-to-left or mixed line.
"""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtGui import QTextCharFormat

from aligner.model import Entity, Segment

from .labels import LabelKeys


def entity_format(entity: Entity, labels: LabelKeys) -> QTextCharFormat:
    """Accepted: the label's colour behind the text. Suggested: paler, dotted underline.
    Unlinked entities get a thin underline, so a missing counterpart shows at a glance."""
    suggested = getattr(entity, "status", "accepted") == "suggested"
    fmt = QTextCharFormat()
    fmt.setBackground(labels.colour(entity.label, suggested))
    if suggested:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    elif entity.counterpart_id is None:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    return fmt


def entity_highlighter(entities_of: Callable[[int], list[Entity]],
                       labels: LabelKeys) -> Callable[[Segment, int], list]:
    """A highlighter for the bead table's delegate: a sentence's entities as
    (start, end, format) in code points (the delegate converts to UTF-16)."""
    def highlight(segment: Segment, column: int) -> list:
        if segment.id is None:
            return []
        return [(e.start, e.end, entity_format(e, labels)) for e in entities_of(segment.id)
                if 0 <= e.start < e.end <= len(segment.text)]
    return highlight


def entity_html(text: str, entities: Iterable[Entity], labels: LabelKeys) -> str:
    """The sentence as escaped HTML with each entity in a coloured span (its label in the
    tooltip); spans stay in logical order, the paragraph's dir decides the layout."""
    from html import escape

    out, at = [], 0
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        if entity.start < at or not 0 <= entity.start < entity.end <= len(text):
            continue  # overlapping or stale: drawn plain
        suggested = getattr(entity, "status", "accepted") == "suggested"
        colour = labels.colour(entity.label, suggested)
        style = f"background-color:rgba({colour.red()},{colour.green()},{colour.blue()}," \
                f"{colour.alphaF():.2f});"
        if suggested or entity.counterpart_id is None:
            style += "text-decoration:underline;"
        out.append(escape(text[at:entity.start]))
        out.append(f'<span style="{style}" title="{escape(entity.label)}">'
                   f"{escape(text[entity.start:entity.end])}</span>")
        at = entity.end
    out.append(escape(text[at:]))
    return "".join(out)
