"""Undo/redo texts of the core's edits in the interface language.

The core names an edit with an English `label` and a `kind` with the `params` its text
needs (aligner.edit_base.Edit): here each kind gets its text through tr(), so the Undo
entry reads in Arabic in the Arabic interface. An edit with no kind, or a kind this module
does not know (an edit made before kinds existed, or one whose caller named it in its own
words), keeps its label."""
from __future__ import annotations

from PySide6.QtCore import QObject

from aligner.edit_base import Edit


def named(edit: Edit, kind: str, **params: object) -> Edit:
    """Give an edit whose core class has no kind of its own one that this module words
    (the names pane's deletion of a register entry)."""
    edit.kind, edit.params = kind, dict(params)
    return edit


class EditNames(QObject):
    """tr() texts for edit kinds (a QObject so lupdate files them under one context)."""

    def text(self, edit: Edit | None) -> str:
        if edit is None:
            return ""
        return self.words(edit.kind, edit.params, edit.label)

    def words(self, kind: str, params: dict, fallback: str) -> str:
        """The text of an edit of `kind` with `params`; `fallback` for an unknown kind."""
        p = dict(params)
        out = self._bead_words(kind, p) or self._sentence_words(kind) \
            or self._entity_words(kind, p) or self._register_words(kind, p)
        if out is None:
            return fallback
        if "kept" in p:
            out += " " + self.tr("({kept} of {total} kept)").format(kept=p["kept"],
                                                                 total=p["total"])
        return out

    def _bead_words(self, kind: str, p: dict) -> str | None:
        bead = int(p.get("bead", 0))
        many = int(p.get("n", 1)) != 1
        if kind == "merge_beads":
            return self.tr("Merge beads {first}-{second}").format(first=bead, second=bead + 1)
        if kind == "shift":
            down, source = p.get("direction") == "down", p.get("side") == "src"
            if source:
                text = (self.tr("Move source sentence down from bead {bead}") if down
                        else self.tr("Move source sentence up from bead {bead}"))
            else:
                text = (self.tr("Move target sentence down from bead {bead}") if down
                        else self.tr("Move target sentence up from bead {bead}"))
            return text.format(bead=bead)
        if kind == "insert_bead":
            return self.tr("Insert empty bead at {bead}").format(bead=bead)
        if kind == "split_bead":
            return self.tr("Split bead {bead}").format(bead=bead)
        if kind == "delete_bead":
            return self.tr("Delete empty bead {bead}").format(bead=bead)
        if kind == "confirm":
            return (self.tr("Confirm {n} beads").format(n=p["n"]) if many
                    else self.tr("Confirm bead {bead}").format(bead=bead))
        if kind == "unconfirm":
            return (self.tr("Unconfirm {n} beads").format(n=p["n"]) if many
                    else self.tr("Unconfirm bead {bead}").format(bead=bead))
        if kind == "confirm_through":
            return self.tr("Confirm beads 1-{bead}").format(bead=bead)
        if kind == "realign":
            return self.tr("Re-align")
        return None

    def _sentence_words(self, kind: str) -> str | None:
        if kind == "split_sentence":
            return self.tr("Split sentence")
        if kind == "merge_sentences":
            return self.tr("Merge sentences")
        if kind == "edit_sentence":
            return self.tr("Edit sentence")
        if kind == "edit_split_sentence":
            return self.tr("Edit and split sentence")
        if kind == "exclude_sentence":
            return self.tr("Exclude sentence")
        if kind == "include_sentence":
            return self.tr("Include sentence")
        return None

    def _register_words(self, kind: str, p: dict) -> str | None:
        if kind == "delete_entry":
            return self.tr("Delete {arabic} from the names register").format(arabic=p.get("arabic", ""))
        return None

    def _entity_words(self, kind: str, p: dict) -> str | None:
        n = int(p.get("n", 1))
        many = n != 1
        if kind == "tag":
            return self.tr("Tag '{text}' as {label}").format(**p)
        if kind == "relabel":
            return (self.tr("Relabel {n} entities as {label}") if many
                    else self.tr("Relabel entity as {label}")).format(**p)
        if kind == "link":
            return self.tr("Link entities")
        if kind == "unlink":
            return self.tr("Unlink {n} entities").format(n=n) if many else self.tr("Unlink entity")
        if kind == "delete":
            return self.tr("Delete {n} entities").format(n=n) if many else self.tr("Delete entity")
        if kind == "accept":
            return (self.tr("Accept {n} suggestions").format(n=n) if many
                    else self.tr("Accept suggestion"))
        if kind == "reject":
            return (self.tr("Reject {n} suggestions").format(n=n) if many
                    else self.tr("Reject suggestion"))
        if kind == "resize":
            return self.tr("Resize entity")
        if kind == "project":
            return self.tr("Project {n} entities from {lang}").format(n=n, lang=p.get("lang", ""))
        if kind == "suggest":
            return self.tr("Suggest {n} entities").format(n=n)
        if kind == "add":
            return self.tr("Add {n} entities").format(n=n)
        if kind == "propagate":
            return self.tr("Tag {n} occurrences").format(n=n)
        if kind == "labels":
            return self.tr("Change labels")
        return None
