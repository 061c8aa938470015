"""The names pane's lists fit their dock: counts ("Places", "To fix") and bead numbers are
shown whole at the window's first layout, in the English and the Arabic interface; a text
cut short shows whole in its tooltip."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QToolTip

from ui import i18n

from .test_names_pane import _window, settle


@pytest.fixture(params=["en", "ar"])
def ui_lang(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def _shown_whole(tree, column: int) -> bool:
    """The column's header and values are all inside the list's viewport, uncut."""
    header = tree.header()
    left = header.sectionViewportPosition(column)
    width = tree.columnWidth(column)
    return (0 <= left and left + width <= tree.viewport().width()
            and width >= header.sectionSizeHint(column)
            and width >= tree.sizeHintForColumn(column))


def test_counts_and_bead_numbers_show_whole_at_the_first_layout(qtbot, shown, names_corpus, ui_lang):
    win = _window(qtbot, names_corpus)
    win.names_pane.focus_pane()
    QApplication.processEvents()
    entries, problems = win.names_pane.entries, win.names_pane.problems
    assert entries.topLevelItemCount() == 3 and problems.topLevelItemCount() == 2
    last = entries.columnCount() - 1
    assert entries.headerItem().text(last) == win.names_pane.tr("To fix")
    for column in (last - 1, last):  # Places, To fix
        assert _shown_whole(entries, column), (ui_lang, column)
    assert _shown_whole(problems, 1)  # the bead number
    for tree in (entries, problems):
        assert sum(tree.columnWidth(c) for c in range(tree.columnCount())) \
            <= tree.viewport().width()
        assert not tree.horizontalScrollBar().isVisible()
    if ui_lang == "en":  # the first width holds the whole English list uncut
        for column in range(entries.columnCount()):
            assert _shown_whole(entries, column), column


def test_a_narrow_dock_cuts_long_texts_and_their_tooltip_shows_them_whole(qtbot, shown, names_corpus):
    win = _window(qtbot, names_corpus)
    dock = win.findChild(QDockWidget, "dock_names")
    dock.setFloating(True)  # a size of its own, whatever the window's layout allows
    dock.resize(250, 700)
    QApplication.processEvents()
    pane = win.names_pane
    settle(qtbot, pane)
    entries = pane.entries
    last = entries.columnCount() - 1
    qtbot.waitUntil(lambda: _shown_whole(entries, last))
    cut = [entries.model().index(r, c) for r in range(entries.topLevelItemCount())
           for c in range(entries.columnCount())
           if entries.sizeHintForIndex(entries.model().index(r, c)).width()
           > entries.visualRect(entries.model().index(r, c)).width()]
    assert cut  # 250 px is too narrow for the Arabic forms and the spellings
    index = cut[0]
    centre = entries.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, entries.viewport().mapToGlobal(centre))
    QApplication.sendEvent(entries.viewport(), event)
    assert QToolTip.text() == index.data()
    QToolTip.hideText()
    # widened again, nothing is cut
    dock.resize(600, 700)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: all(_shown_whole(entries, c) for c in range(last + 1)))
