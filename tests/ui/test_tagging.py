"""Tagging entities in the bead's side views with the keyboard: number keys, snapping off
Arabic proclitics (Alt for the exact selection), the counterpart proposed at once (Enter
accepts, Esc rejects), relabel and delete, each one undo step; offsets right after a
character outside the BMP."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from aligner.corpus import Corpus

from .conftest import build_corpus

# A briefing written for these tests: a moon (U+1F319, two UTF-16 units) before the name.
AR = ["زار الوفد 🌙 والقائم يوم الأحد.", "ثم عاد الوفد إلى بغداد.", "وقال إن بالقائم سوقا كبيرا."]
EN = ["The delegation visited 🌙 al-Qaim on Sunday.", "Then it went back to Baghdad.",
      "He said al-Qaim has a big market."]
ALT = Qt.KeyboardModifier.AltModifier


def entities(path: Path) -> list[tuple[str, str, bool]]:
    """(text, label, linked) of every entity in the file."""
    with Corpus.open(path, read_only=True) as corpus:
        out = []
        for e in corpus.entities():
            text = corpus.segment(e.segment_id).text
            out.append((text[e.start:e.end], e.label, e.counterpart_id is not None))
        return sorted(out)


@pytest.fixture
def tagging(qtbot, shown, tmp_path):
    from ui.main_window import MainWindow

    path = build_corpus(tmp_path / "names.dragoman", AR, EN, [0.9, 0.9, 0.9])
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_corpus(path)
    window.go_to_position(0)
    window.annotation.actions[0].trigger()  # Entities > Tag Entities (Ctrl+T)
    return window, path


def select(view, text: str, part: str) -> None:
    start = view.segments[0].text.index(part)
    seg = view.segments[0]
    view.select_span(seg.id, start, start + len(part))


def test_tag_snaps_off_the_proclitic_and_enter_links_the_proposal(qtbot, tagging, shown):
    window, path = tagging
    src, tgt = window.annotation.pane.views[1], window.annotation.pane.views[2]
    assert src.hasFocus()
    select(src, AR[0], "والق")  # part of a word, with its proclitic
    qtbot.keyClick(src, Qt.Key.Key_2)  # LOC
    assert entities(path) == [("القائم", "LOC", False)]
    assert src.proposal is None and tgt.proposal is not None  # shown on the other side
    seg, start, end = tgt.proposal[0], tgt.proposal[1], tgt.proposal[2]
    assert EN[0][start:end] == "al-Qaim" and seg == tgt.segments[0].id
    qtbot.keyClick(src, Qt.Key.Key_Return)  # accept
    assert entities(path) == [("al-Qaim", "LOC", True), ("القائم", "LOC", True)]
    assert window.session.history.labels()[-1].startswith("Tag 'al-Qaim'")
    window.actions["undo"].trigger()
    assert entities(path) == [("القائم", "LOC", False)]
    window.actions["undo"].trigger()
    assert entities(path) == [] and shown.errors == []


def test_esc_rejects_alt_tags_exactly_and_keys_relabel_and_delete(qtbot, tagging, shown):
    window, path = tagging
    src = window.annotation.pane.views[1]
    select(src, AR[0], "والقائم")
    qtbot.keyClick(src, Qt.Key.Key_1, ALT)  # PER, exactly as selected
    qtbot.keyClick(src, Qt.Key.Key_Escape)
    assert window.annotation.pane.proposal is None
    assert entities(path) == [("والقائم", "PER", False)]
    cursor = src.textCursor()
    cursor.clearSelection()
    src.setTextCursor(cursor)  # the caret on the entity: a key relabels it
    qtbot.keyClick(src, Qt.Key.Key_3)
    assert entities(path) == [("والقائم", "ORG", False)]
    qtbot.keyClick(src, Qt.Key.Key_Delete)
    assert entities(path) == []
    assert len(window.session.history) == 3 and shown.errors == []


def test_enter_without_a_proposal_tags_with_the_sticky_label(qtbot, tagging, shown):
    window, path = tagging
    pane = window.annotation.pane
    src, tgt = pane.views[1], pane.views[2]
    select(tgt, EN[0], "Sunday")
    qtbot.keyClick(tgt, Qt.Key.Key_4)  # MISC; nothing on the Arabic side fits
    qtbot.keyClick(tgt, Qt.Key.Key_Escape)
    assert pane.labels.sticky == "MISC"
    select(src, AR[0], "الأحد")
    qtbot.keyClick(src, Qt.Key.Key_Return)  # Enter: the sticky label
    assert ("الأحد", "MISC", False) in entities(path)
    assert shown.errors == []


def test_link_by_hand_with_l(qtbot, tagging, shown):
    window, path = tagging
    pane = window.annotation.pane
    src, tgt = pane.views[1], pane.views[2]
    select(src, AR[0], "الوفد")
    qtbot.keyClick(src, Qt.Key.Key_3)  # ORG; instead of a proposal, pick it by hand
    select(tgt, EN[0], "delegation")
    qtbot.keyClick(tgt, Qt.Key.Key_L)  # link: tagged with the same label, linked
    assert entities(path) == [("delegation", "ORG", True), ("الوفد", "ORG", True)]
    assert shown.errors == []


def test_an_edit_cutting_through_an_entity_asks_and_is_one_step(qtbot, tagging, shown):
    """F2 on a sentence whose edit cuts into a tagged name: the user is asked; Cancel
    keeps everything, Shrink keeps what is left of the name, all undone in one step; a
    prefix typed before the name moves it (the offsets follow the text)."""
    window, path = tagging
    pane = window.annotation.pane
    select(pane.views[1], AR[0], "والقائم")
    qtbot.keyClick(pane.views[1], Qt.Key.Key_2)
    qtbot.keyClick(pane.views[1], Qt.Key.Key_Escape)
    window.go_to_position(0, 1)
    window.edit_segment()
    editor = window.segment_editor
    editor.editor.setPlainText("قال: " + AR[0])  # a prefix: the entity moves with the text
    editor._save()
    assert entities(path) == [("القائم", "LOC", False)] and shown.choices == []
    cut = ("قال: " + AR[0]).replace("والقائم يوم", "والقاوم")  # across the name's end
    editor.editor.setPlainText(cut)
    shown.choice = None  # Cancel
    editor._save()
    assert len(shown.choices) == 1 and "«القائم»" in shown.choices[0][0]
    assert entities(path) == [("القائم", "LOC", False)]
    shown.choice = 0  # Shrink
    editor._save()
    assert entities(path) == [("القا", "LOC", False)]
    steps = len(window.session.history)
    window.actions["undo"].trigger()
    assert entities(path) == [("القائم", "LOC", False)] and len(window.session.history) == steps
    assert shown.errors == []


def test_entities_panel_reads_only_the_tagged_sentences_and_agrees(qtbot, tagging, shown,
                                                                   monkeypatch):
    """The panel maps entities to beads from their own sentences (not every sentence of
    the bitext, which costs seconds at 10^6 beads); both ways give the same rows."""
    from ui.annotation import docks

    window, path = tagging
    pane = window.annotation.pane
    src, tgt = pane.views[1], pane.views[2]
    select(src, AR[0], "الوفد")
    qtbot.keyClick(src, Qt.Key.Key_3)
    select(tgt, EN[0], "delegation")
    qtbot.keyClick(tgt, Qt.Key.Key_L)
    window.go_to_position(2)
    select(pane.views[2], EN[2], "market")
    qtbot.keyClick(pane.views[2], Qt.Key.Key_3)
    window.annotation.refresh_panel()
    few = [(r.entity.id, r.side, r.bead, r.text, r.counterpart)
           for r in window.annotation.panel.rows]
    assert window.model._all == {1: None, 2: None}  # no side was read whole
    monkeypatch.setattr(docks, "FEW_ENTITIES", 0)
    window.annotation.refresh_panel()
    every = [(r.entity.id, r.side, r.bead, r.text, r.counterpart)
             for r in window.annotation.panel.rows]
    assert few == every
    assert sorted((side, bead, text) for _, side, bead, text, _ in few) == \
        [("src", 0, "الوفد"), ("tgt", 0, "delegation"), ("tgt", 2, "market")]


def test_a_link_offers_the_names_register_and_n_takes_it(qtbot, tagging):
    """Tagging and linking an Arabic name offers a register entry (issue 10): N adds the
    pair, as one undoable step, with both entities tied to it."""
    window, path = tagging
    src = window.annotation.pane.views[1]
    select(src, AR[0], "والق")
    qtbot.keyClick(src, Qt.Key.Key_2)
    qtbot.keyClick(src, Qt.Key.Key_Return)  # accept the proposed al-Qaim
    assert "N" in window.annotation.pane.status.text()
    qtbot.keyClick(src, Qt.Key.Key_N)
    with Corpus.open(path, read_only=True) as corpus:
        entries = corpus.register_entries()
        assert [e.arabic for e in entries] == ["القائم"]
        assert any(f.text == "al-Qaim" for f in entries[0].forms)
        assert all(e.name_id == entries[0].id for e in corpus.entities())
    window.session.undo()
    with Corpus.open(path, read_only=True) as corpus:
        assert corpus.register_entries() == []
        assert len(corpus.entities()) == 2  # the linked pair stays; only the entry went


def test_n_without_a_link_says_what_to_do(qtbot, tagging):
    window, _ = tagging
    src = window.annotation.pane.views[1]
    qtbot.keyClick(src, Qt.Key.Key_N)
    assert "Link" in window.annotation.pane.status.text()
