"""The entities panel and the propagate/suggest previews, through their widgets: filters,
jumping, keys on the selection (each one undoable edit), next unlinked / suggestion."""
from __future__ import annotations

from PySide6.QtCore import Qt

from aligner.corpus import Corpus
from aligner.entities import edits as entity_edits

from .test_tagging import AR, EN, entities, tagging  # noqa: F401 - fixture


def _tag(window, side: str, position: int, word: str, label: str,
         status: str = "accepted") -> None:
    """Tag through the window's history, as the tagging pane would."""
    corpus = window.session.corpus
    bitext = corpus.bitext(window.model.bitext_id)
    seg = corpus.segments(bitext.src_doc_id if side == "src" else bitext.tgt_doc_id)[position]
    at = seg.text.index(word)
    assert window.apply_edit(entity_edits.tag(corpus, seg.id, at, at + len(word), label,
                                              status=status))


def test_filters_keys_and_next_keys(qtbot, tagging, shown):
    window, path = tagging
    _tag(window, "src", 1, "بغداد", "LOC")
    _tag(window, "tgt", 2, "market", "MISC", status="suggested")
    panel = window.annotation.panel
    assert panel.tree.topLevelItemCount() == 2
    panel.kind.setCurrentIndex(2)  # suggested
    assert [panel.tree.topLevelItem(i).text(2) for i in range(panel.tree.topLevelItemCount())] \
        == ["market"]
    panel.kind.setCurrentIndex(1)  # unlinked
    assert panel.tree.topLevelItem(0).text(2) == "بغداد"
    panel.kind.setCurrentIndex(0)
    window.go_to_position(0)
    window.annotation.actions[2].trigger()  # F7: next suggestion
    assert window.current_position() == 2 and panel.tree.currentItem().text(2) == "market"
    panel.tree.setFocus()
    panel.tree.currentItem().setSelected(True)
    qtbot.keyClick(panel.tree, Qt.Key.Key_A)  # accept it
    assert ("market", "MISC", False) in entities(path)
    with Corpus.open(path, read_only=True) as corpus:
        assert {e.status for e in corpus.entities()} == {"accepted"}
    window.annotation.actions[1].trigger()  # F6: next unlinked (wraps to bead 2)
    assert window.current_position() in (1, 2)
    item = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                if panel.tree.topLevelItem(i).text(2) == "بغداد")
    panel.tree.clearSelection()
    item.setSelected(True)
    qtbot.keyClick(panel.tree, Qt.Key.Key_1)  # relabel as PER
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert entities(path) == [("market", "MISC", False)]
    window.actions["undo"].trigger()
    assert ("بغداد", "PER", False) in entities(path)
    assert shown.errors == []


def test_label_set_is_edited_in_its_dialog_and_undone(qtbot, tagging, shown):
    window, path = tagging
    docks = window.annotation

    def add_date(dialog) -> bool:
        dialog.add_label()
        row = dialog.table.rowCount() - 1
        dialog.table.item(row, 0).setText("DATE")
        dialog.set_colour(row, "#d7b4f0")
        return True

    assert docks.edit_labels(decide=add_date)
    assert [lab.name for lab in window.session.corpus.labels()][-1] == "DATE"
    assert "5&nbsp;DATE" in docks.pane.label_bar.text()
    src = docks.pane.views[1]
    seg = src.segments[0]
    at = seg.text.index("الأحد")
    src.select_span(seg.id, at, at + 5)
    qtbot.keyClick(src, Qt.Key.Key_5)
    assert ("الأحد", "DATE", False) in entities(path)
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert "DATE" not in docks.pane.label_bar.text() and entities(path) == []
    assert shown.errors == []


def test_a_and_r_answer_the_suggestion_under_the_cursor(qtbot, tagging, shown):
    window, path = tagging
    _tag(window, "src", 0, "الوفد", "ORG", status="suggested")
    _tag(window, "tgt", 0, "Sunday", "MISC", status="suggested")
    pane = window.annotation.pane
    src, tgt = pane.views[1], pane.views[2]
    seg = src.segments[0]
    src.select_span(seg.id, seg.text.index("الوفد") + 1, seg.text.index("الوفد") + 1)
    qtbot.keyClick(src, Qt.Key.Key_A)
    seg = tgt.segments[0]
    tgt.select_span(seg.id, seg.text.index("Sunday") + 2, seg.text.index("Sunday") + 2)
    qtbot.keyClick(tgt, Qt.Key.Key_R)
    assert entities(path) == [("الوفد", "ORG", False)]
    with Corpus.open(path, read_only=True) as corpus:
        assert [e.status for e in corpus.entities()] == ["accepted"]
    assert shown.errors == []
