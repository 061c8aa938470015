"""Undo/redo texts of the core's edits in the interface language.

The core names an edit with an English `label` and, for the edits an annotator makes on
entities, a `kind` with `params` (aligner.edit_base.Edit): here each kind gets its text
through tr(), so the Undo entry reads in Arabic in the Arabic interface. An edit of
another kind keeps its English label."""
from __future__ import annotations

from PySide6.QtCore import QObject

from aligner.edit_base import Edit


class EditNames(QObject):
    """tr() texts for edit kinds (a QObject so lupdate files them under one context)."""

    def text(self, edit: Edit | None) -> str:
        if edit is None:
            return ""
        p = dict(edit.params)
        n = int(p.get("n", 1))
        many = n != 1
        kind = edit.kind
        if kind == "tag":
            out = self.tr("Tag '{text}' as {label}").format(**p)
        elif kind == "relabel":
            out = (self.tr("Relabel {n} entities as {label}") if many
                   else self.tr("Relabel entity as {label}")).format(**p)
        elif kind == "link":
            out = self.tr("Link entities")
        elif kind == "unlink":
            out = self.tr("Unlink {n} entities").format(n=n) if many else self.tr("Unlink entity")
        elif kind == "delete":
            out = self.tr("Delete {n} entities").format(n=n) if many else self.tr("Delete entity")
        elif kind == "accept":
            out = (self.tr("Accept {n} suggestions").format(n=n) if many
                   else self.tr("Accept suggestion"))
        elif kind == "reject":
            out = (self.tr("Reject {n} suggestions").format(n=n) if many
                   else self.tr("Reject suggestion"))
        elif kind == "resize":
            out = self.tr("Resize entity")
        elif kind == "project":
            out = self.tr("Project {n} entities from {lang}").format(n=n, lang=p.get("lang", ""))
        elif kind == "suggest":
            out = self.tr("Suggest {n} entities").format(n=n)
        elif kind == "add":
            out = self.tr("Add {n} entities").format(n=n)
        elif kind == "propagate":
            out = self.tr("Tag {n} occurrences").format(n=n)
        elif kind == "labels":
            out = self.tr("Change labels")
        else:
            return edit.label
        if "kept" in p:
            out += " " + self.tr("({kept} of {total} kept)").format(kept=p["kept"],
                                                                 total=p["total"])
        return out
