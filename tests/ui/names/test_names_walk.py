"""A translator makes the sample corpus's names consistent with the keyboard alone (issue
10's "Done when", the GUI part): every step is a key press where the focus is, and each
result is read back from the corpus file. Set DRAGOMAN_WALK_SHOTS=DIR to keep a PNG of
each step (the screenshots looked at for the issue)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from aligner.corpus import Corpus
from aligner.model import Entity
from tests.ui.conftest import open_window
from tests.ui.test_keyboard_walk import CTRL, CTRL_SHIFT, SHIFT, Keys, sample, ui_lang  # noqa: F401

TAB = Qt.Key.Key_Tab


def in_dialog(cls: type, act) -> None:
    """Run `act(dialog)` once a modal dialog of `cls` is up: the key that opens it runs the
    dialog's own event loop, so the keys pressed in it are sent from there. The dialog is
    closed whatever happens, so a failing step cannot leave the test waiting."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, cls) and dialog.isVisible() and dialog.isActiveWindow()):
            QTimer.singleShot(10, poll)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, poll)


def _english(path: Path) -> list[str]:
    with Corpus.open(path, read_only=True) as c:
        return [s.text for s in c.segments(2)]


def _entry(path: Path, arabic: str):
    with Corpus.open(path, read_only=True) as c:
        return next(e for e in c.register_entries() if e.arabic == arabic)


@pytest.fixture
def tagged(sample: Path) -> Path:  # noqa: F811 - the fixture imported above
    """The sample with one entity after a name in English sentence 2 (Anbar, after
    al-Qaim): a fix before it must move it."""
    with Corpus.open(sample) as c:
        seg = c.segments(2)[1]
        at = seg.text.index("Anbar")
        c.add_entity(Entity(None, seg.id, at, at + 5, "LOC"))
    return sample


def test_a_translator_makes_the_names_consistent_with_the_keyboard(  # noqa: F811
        qtbot, shown, tagged, ui_lang) -> None:
    from ui.names.fix_dialog import FixAllDialog
    from ui.names.proposals_dialog import ProposalsDialog

    original = _english(tagged)
    window = open_window(qtbot, tagged)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pane = window.names_pane
    key = Keys(qtbot, window)

    def settle() -> None:
        qtbot.waitUntil(lambda: not pane.scanning and not pane.proposing,
                    timeout=120_000)

    # the names pane, from the bead table: Ctrl+Shift+N; the register is empty
    key((Qt.Key.Key_N, CTRL_SHIFT))
    settle()
    assert key.focus() is pane.entries and pane.isVisible()
    assert pane.entries.topLevelItemCount() == 0

    # P: proposals, spelling variants clustered into one entry (al-Qaim / al-Qa'im and
    # هالفورسن / هالفرسن), no month (مايو, May) nor nationality adjective (العراقية, Iraqi);
    # the translator unticks one village (راوة, Rawa) and Enter adds the rest
    offered: list[str] = []
    spelled: list[str] = []

    def keep_the_names(dialog) -> None:
        offered.extend(dialog.list.topLevelItem(i).text(0)
                       for i in range(dialog.list.topLevelItemCount()))
        row = dialog.list.topLevelItem(offered.index("القائم"))
        spelled.append(row.text(2))
        if ui_lang == "ar":  # the kind and the source in Arabic too, not the core's words
            assert row.text(1) == "اسم علم" and row.text(4) == "مطابقة الأسماء"
        assert key.focus() is dialog.list
        assert "مايو" not in offered and "العراقية" not in offered
        key(Qt.Key.Key_Down, times=offered.index("راوة"))
        key(Qt.Key.Key_Space)
        key.shot("names-1-proposals", dialog)
        key(Qt.Key.Key_Return)

    in_dialog(ProposalsDialog, keep_the_names)
    key(Qt.Key.Key_P)
    settle()
    assert "al-Qaim" in spelled[0] and "al-Qa'im" in spelled[0]
    with Corpus.open(tagged, read_only=True) as c:
        arabic = {e.arabic for e in c.register_entries()}
    assert "القائم" in arabic and "راوة" not in arabic
    with Corpus.open(tagged, read_only=True) as c:
        halvorsen = next(e for e in c.register_entries() if e.arabic == "هالفورسن")
        assert halvorsen.arabic_forms() == ["هالفورسن", "هالفرسن"]
    names = [pane.entries.topLevelItem(i).text(0) for i in range(pane.entries.topLevelItemCount())]
    assert "القائم" in names
    if ui_lang == "ar" and 3 <= len(names) <= 10:  # Arabic's plural of 3-10: أسماء
        assert pane.summary.text().startswith(f"{len(names)} أسماء ·")
    # one inconsistency: al-Qa'im (bead 6) against the chosen al-Qaim
    assert [pane.problems.topLevelItem(i).text(2)
            for i in range(pane.problems.topLevelItemCount())] == ["al-Qa'im"]

    # the scheme: Shift+Tab from the entries to the scheme box, Home and Down to DIN
    assert pane.entries.currentItem().text(0) == "القائم" and key.focus() is pane.entries
    key((TAB, SHIFT))
    assert key.focus() is pane.scheme
    assert pane.scheme.currentData() == "news"  # the corpus's scheme until chosen
    key(Qt.Key.Key_Home)  # ALA-LC, then DIN 31635
    key(Qt.Key.Key_Down)
    settle()
    chosen_scheme = pane.scheme.currentData()
    assert chosen_scheme == "din"
    with Corpus.open(tagged, read_only=True) as c:
        assert c.name_schemes().get("en") == chosen_scheme

    # a spelling: Tab to the entries, Tab to the spellings; the scheme's romanization is
    # offered; Down to it, Enter chooses it
    key(TAB)
    assert key.focus() is pane.entries
    key(TAB)
    assert key.focus() is pane.spellings
    sources = [pane.spellings.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(pane.spellings.count())]
    texts = [text for text, _ in sources]
    ours = next(k for k, (_, scheme) in enumerate(sources) if scheme == chosen_scheme)
    spelling = texts[ours]
    assert spelling not in ("al-Qaim", "al-Qa'im")
    pane.spellings.setCurrentRow(0)
    key(Qt.Key.Key_Down, times=ours)
    key.shot("names-2-spellings", pane)
    key(Qt.Key.Key_Return)
    settle()
    assert _entry(tagged, "القائم").spelling("en") == spelling
    # now every al-Qaim and al-Qa'im of the English is to fix
    english = _english(tagged)
    written = sum(t.count("al-Qaim") + t.count("al-Qa'im") + t.count("Al-Qaim") for t in english)
    assert pane.problems.topLevelItemCount() == written >= 3

    # F8 (window-wide) jumps to the first one's bead; F in the list fixes one
    key(Qt.Key.Key_F8)
    first = pane.problems.currentItem()
    assert first is not None
    assert window.current_position() == int(first.text(1)) - 1
    pane.problems.setFocus()
    key(Qt.Key.Key_F)
    settle()
    assert pane.problems.topLevelItemCount() == written - 1
    assert sum(t.count(spelling) for t in _english(tagged)) == 1

    # Shift+F: the preview lists the rest; Enter fixes them all as one edit
    previewed: list[int] = []

    def fix_them_all(preview) -> None:
        previewed.append(preview.list.topLevelItemCount())
        key.shot("names-3-fix-all", preview)
        key(Qt.Key.Key_Return)

    in_dialog(FixAllDialog, fix_them_all)
    key((Qt.Key.Key_F, SHIFT))
    settle()
    assert previewed == [written - 1]
    assert pane.problems.topLevelItemCount() == 0
    english = _english(tagged)
    assert not any("al-Qaim" in t or "al-Qa'im" in t for t in english)
    with Corpus.open(tagged, read_only=True) as c:
        seg = c.segments(2)[1]
        (ent,) = c.entities([seg.id])
        assert seg.text[ent.start:ent.end] == "Anbar"  # moved with the text
    key.shot("names-4-consistent")
    undo = window.actions["undo"].text()
    assert undo.endswith({"en": f"Fix {written - 1} name spellings",
                          "ar": f"تصحيح كتابة {written - 1} من الأسماء"}[ui_lang])

    # one Ctrl+Z takes the whole fix back; a second one the single fix
    key((Qt.Key.Key_Z, CTRL))
    settle()
    assert pane.problems.topLevelItemCount() == written - 1
    key((Qt.Key.Key_Z, CTRL))
    settle()
    assert pane.problems.topLevelItemCount() == written
    assert _english(tagged) == original

