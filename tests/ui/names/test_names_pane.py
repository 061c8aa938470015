"""The names register pane through real widgets, keyboard first, on a real corpus file."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from aligner.corpus import Corpus
from tests.core.names.register_corpus import build_registered, EN, build

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def trip(tmp_path: Path) -> Path:
    return build_registered(tmp_path / "trip.dragoman")


def _window(qtbot, path: Path):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)  # shortcuts need it
    assert w.open_corpus(path)
    settle(qtbot, w.names_pane)
    return w


def settle(qtbot, pane) -> None:
    """Wait for the pane's reading (always in the background) to be shown."""
    qtbot.waitUntil(lambda: not pane.scanning and not pane.proposing,
                    timeout=120_000)  # a loaded machine


@pytest.fixture
def win(qtbot, shown, trip):
    return _window(qtbot, trip)


def _english(path: Path) -> list[str]:
    with Corpus.open(path, read_only=True) as c:
        return [s.text for s in c.segments(2)]


def when_modal(cls, act) -> None:
    """Run `act(dialog)` as soon as a modal dialog of class `cls` is up (it runs its own
    event loop, so the test reaches it through a timer)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            act(dialog)
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


def _key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()
    pane = widget
    while pane is not None and pane.objectName() != "names_pane":
        pane = pane.parentWidget()
    if pane is not None:
        settle(qtbot, pane)


def _undo(qtbot, win) -> None:
    win.actions["undo"].trigger()
    QApplication.processEvents()
    settle(qtbot, win.names_pane)


def test_pane_lists_the_bitexts_names_with_arabic(qtbot, win) -> None:
    pane = win.names_pane
    rows = [pane.entries.topLevelItem(i).text(0) for i in range(pane.entries.topLevelItemCount())]
    assert rows == ["القائم", "بغداد", "كاغينز / كاغيتر"]
    assert [pane.problems.topLevelItem(i).text(2) for i in range(2)] == ["Al Qaim", "Bagdad"]
    pane.scope.setCurrentIndex(pane.scope.findData("corpus"))
    settle(qtbot, pane)
    assert pane.problems.topLevelItemCount() == 3  # the French bitext too


def test_choose_a_spelling_with_enter_and_undo(qtbot, win, trip) -> None:
    pane = win.names_pane
    pane.entries.setCurrentItem(pane.entries.topLevelItem(0))  # القائم
    assert pane.lang.currentData() == "en"
    texts = [pane.spellings.item(i).data(Qt.ItemDataRole.UserRole)[0]
             for i in range(pane.spellings.count())]
    assert texts[:2] == ["al-Qaim", "Al Qaim"]
    pane.spellings.setFocus()
    pane.spellings.setCurrentRow(1)
    _key(qtbot, pane.spellings, Qt.Key.Key_Return)
    with Corpus.open(trip, read_only=True) as c:
        assert c.register_entries()[0].spelling("en") == "Al Qaim"
    # now the bead-1 spelling al-Qaim is the inconsistent one
    assert [pane.problems.topLevelItem(i).text(2)
            for i in range(pane.problems.topLevelItemCount())] == ["al-Qaim", "Bagdad"]
    _undo(qtbot, win)
    with Corpus.open(trip, read_only=True) as c:
        assert c.register_entries()[0].spelling("en") == "al-Qaim"


def test_f8_jumps_f_fixes_one_and_undo_puts_it_back(qtbot, win, trip) -> None:
    pane = win.names_pane
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_F8)
    QApplication.processEvents()
    assert win.current_position() == 1  # bead 2, where "Al Qaim" is
    qtbot.keyClick(win.view, Qt.Key.Key_F8)
    assert win.current_position() == 3
    assert pane.problems.currentItem().text(2) == "Bagdad"
    _key(qtbot, pane.problems, Qt.Key.Key_F)
    assert _english(trip)[3] == "Then Caggins flew to Baghdad with Nour al-Din."
    assert _english(trip)[1] == EN[1]
    assert pane.problems.topLevelItemCount() == 1
    _undo(qtbot, win)
    assert _english(trip) == EN
    assert pane.problems.topLevelItemCount() == 2


def test_fix_all_previews_then_makes_one_undoable_edit(qtbot, win, trip) -> None:
    from ui.names.fix_dialog import FixAllDialog

    pane = win.names_pane
    pane.scope.setCurrentIndex(pane.scope.findData("corpus"))
    settle(qtbot, pane)
    seen = []

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FixAllDialog)
        seen.append([dialog.list.topLevelItem(i).text(3)
                     for i in range(dialog.list.topLevelItemCount())])
        dialog.accept()

    QTimer.singleShot(0, accept)
    _key(qtbot, pane.problems, Qt.Key.Key_F, SHIFT)
    assert seen == [["al-Qaim", "Baghdad", "Qaem"]]
    assert pane.problems.topLevelItemCount() == 0
    assert _english(trip)[1] == "Al-Hamrawi said the road to al-Qaim is open."
    assert win.actions["undo"].text().startswith("&Undo Fix 3 name spellings")
    _undo(qtbot, win)
    assert _english(trip) == EN and pane.problems.topLevelItemCount() == 3


def test_fix_all_cancelled_changes_nothing(qtbot, win, trip) -> None:
    pane = win.names_pane
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    _key(qtbot, pane.problems, Qt.Key.Key_F, SHIFT)
    assert _english(trip) == EN and not win.actions["undo"].isEnabled()


def test_k_changes_the_kind(qtbot, win, trip) -> None:
    pane = win.names_pane
    pane.entries.setCurrentItem(pane.entries.topLevelItem(0))
    _key(qtbot, pane.entries, Qt.Key.Key_K)
    assert pane.entries.currentItem().text(1) == "exonym"
    with Corpus.open(trip, read_only=True) as c:
        assert c.register_entries()[0].kind.value == "exonym"


def test_enter_on_a_variant_place_jumps_to_its_bead(qtbot, win) -> None:
    pane = win.names_pane
    pane.entries.setCurrentItem(pane.entries.topLevelItem(1))  # بغداد
    top = next(pane.variants.topLevelItem(i) for i in range(pane.variants.topLevelItemCount())
               if pane.variants.topLevelItem(i).text(0) == "Bagdad"
               and pane.variants.topLevelItem(i).text(1) == "en")
    assert top.text(2) == "1"
    pane.variants.setCurrentItem(top.child(0))
    _key(qtbot, pane.variants, Qt.Key.Key_Return)
    assert win.current_position() == 3


def test_screenshot_of_the_pane(win, tmp_path: Path) -> None:
    pane = win.names_pane
    pane.variants.expandAll()
    out = tmp_path / "names.png"
    assert pane.grab().save(str(out)) and out.stat().st_size > 5000


def test_p_proposes_and_adds_only_the_checked_ones(qtbot, tmp_path: Path, shown) -> None:
    from ui.names.proposals_dialog import ProposalsDialog

    path = tmp_path / "bare.dragoman"
    c, _ = build(path)
    c.close()
    w = _window(qtbot, path)
    pane = w.names_pane
    assert pane.entries.topLevelItemCount() == 0
    offered = []

    def keep_two(dialog) -> None:
        items = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
        offered.extend(i.text(0) for i in items)
        for item in items:
            if item.text(0) not in ("القائم", "بغداد"):
                dialog.list.setCurrentItem(item)
                qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # uncheck
        dialog.accept()

    when_modal(ProposalsDialog, keep_two)
    pane.entries.setFocus()
    qtbot.keyClick(pane.entries, Qt.Key.Key_P)
    assert pane.proposing  # looked for in a worker: the key returns at once
    settle(qtbot, pane)
    assert {"القائم", "بغداد", "كاغينز"} <= set(offered)
    with Corpus.open(path, read_only=True) as c:
        assert sorted(e.arabic for e in c.register_entries()) == ["القائم", "بغداد"]
    assert pane.problems.topLevelItemCount() == 2  # Al Qaim, Bagdad
    _undo(qtbot, w)
    with Corpus.open(path, read_only=True) as c:
        assert c.register_entries() == []


def test_the_reading_runs_in_the_background_with_progress_and_cancel(
        qtbot, win, trip) -> None:
    """Whatever the scope's size the reading runs in a worker (the GUI thread never waits
    for it): the bar shows once it takes a moment, Esc cancels (the pane says so and offers
    Read again), and the result fills the pane as before."""
    pane = win.names_pane
    before = [pane.entries.topLevelItem(i).text(0)
              for i in range(pane.entries.topLevelItemCount())]
    pane._scan_shown.setInterval(0)  # show the bar at once: the test corpus reads fast
    pane.refresh()
    assert pane.scanning and pane.overview is not None  # still the last reading
    qtbot.waitUntil(lambda: pane.scan_row.isVisible() or not pane.scanning, timeout=120_000)
    pane.refresh()
    assert pane.scanning
    pane.entries.setFocus()
    qtbot.keyClick(pane.entries, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not pane.scanning and not pane.proposing,
                    timeout=120_000)
    qtbot.waitUntil(lambda: pane.scan_again.isVisible())
    assert not pane.scan_bar.isVisible()
    assert pane.scan_label.text() == "Names not read (cancelled)."
    qtbot.mouseClick(pane.scan_again, Qt.MouseButton.LeftButton)
    assert pane.scanning
    qtbot.waitUntil(lambda: not pane.scanning and not pane.scan_row.isVisible(),
                    timeout=120_000)
    assert [pane.entries.topLevelItem(i).text(0)
            for i in range(pane.entries.topLevelItemCount())] == before
    assert [pane.problems.topLevelItem(i).text(2) for i in range(2)] == ["Al Qaim", "Bagdad"]
    # an edit: the pane reads again; meanwhile a fix from the old lists is refused
    pane.problems.setCurrentItem(pane.problems.topLevelItem(1))
    assert pane.fix_selected()
    assert pane.scanning
    pane.problems.setCurrentItem(pane.problems.topLevelItem(0))
    assert not pane.fix_selected() and not pane.fix_all()
    qtbot.waitUntil(lambda: not pane.scanning and pane.problems.topLevelItemCount() == 1,
                    timeout=120_000)
    assert _english(trip)[3] == "Then Caggins flew to Baghdad with Nour al-Din."
    assert _english(trip)[1] == EN[1]


def test_a_reading_gives_the_same_lists_as_on_the_gui_thread(qtbot, win, trip) -> None:
    """The background reading shows exactly what reading on the GUI thread shows."""
    from ui.names.scan import read

    pane = win.names_pane
    pane.scope.setCurrentIndex(pane.scope.findData("corpus"))
    settle(qtbot, pane)

    def lists():
        return ([[pane.entries.topLevelItem(i).text(c) for c in range(pane.entries.columnCount())]
                 for i in range(pane.entries.topLevelItemCount())],
                [[pane.problems.topLevelItem(i).text(c) for c in range(4)]
                 for i in range(pane.problems.topLevelItemCount())],
                [pane.spellings.item(i).text() for i in range(pane.spellings.count())])

    shown = lists()
    pane._show_reading(read(win.session.corpus, None))
    assert lists() == shown and len(shown[1]) == 3


def test_long_lists_show_their_first_rows_and_f8_reaches_the_rest(
        qtbot, win, trip, monkeypatch) -> None:
    """The lists stop at pane.LISTED rows (a tree of 10^5 rows would hold the GUI thread
    for a minute); the rest is counted, F8 still jumps there, Shift+F still fixes all."""
    from ui.names import pane as pane_module
    from ui.names.fix_dialog import FixAllDialog

    monkeypatch.setattr(pane_module, "LISTED", 1)
    pane = win.names_pane
    pane.refresh()
    settle(qtbot, pane)
    assert pane.problems.topLevelItemCount() == 2
    assert pane.problems.topLevelItem(0).text(2) == "Al Qaim"
    assert pane.problems.topLevelItem(1).text(2) == "… 1 more (F8 and Shift+F reach them)"
    assert not pane.problems.topLevelItem(1).flags() & Qt.ItemFlag.ItemIsSelectable
    pane.next_inconsistency()
    nxt = pane.next_inconsistency()
    assert nxt is not None and nxt.found == "Bagdad" and win.current_position() == 3
    assert pane.problems.currentItem() is None
    seen = []

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FixAllDialog)
        seen.append(dialog.list.topLevelItemCount())
        dialog.accept()

    QTimer.singleShot(0, accept)
    assert pane.fix_all()
    settle(qtbot, pane)
    assert seen == [1]
    assert _english(trip)[3] == "Then Caggins flew to Baghdad with Nour al-Din."
    assert _english(trip)[1] == "Al-Hamrawi said the road to al-Qaim is open."


def test_before_the_first_reading_the_lists_have_their_headers(qtbot, trip) -> None:
    """While a corpus is read for the first time (or after Cancel) the entries list shows
    its column names and the scheme box the corpus's default, not Qt's "1" and ALA-LC."""
    from ui.names.pane import NamesPane

    pane = NamesPane(lambda edit: False, lambda b, p: None)
    qtbot.addWidget(pane)
    with Corpus.open(trip) as corpus:
        pane.set_corpus(corpus, 1)
        assert pane.scanning
        header = pane.entries.headerItem()
        assert [header.text(i) for i in range(header.columnCount())] == [
            "Arabic", "Kind", "Places", "To fix"]
        assert pane.scheme.currentData() == "news"
        pane.cancel_scan()
        qtbot.waitUntil(lambda: not pane.scanning, timeout=120_000)
        pane.set_corpus(None, None)
