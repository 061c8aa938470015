"""An annotator does issue 9's points 1-8 on the sample corpus with the keyboard alone:
every step is a key press on the widget that has the focus (no trigger(), no setters), and
each result is read back from the corpus file. Set DRAGOMAN_WALK_SHOTS=DIR to keep a PNG
of each step's window or dialog (the screenshots looked at for the issue)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from aligner.cli import main
from aligner.corpus import Corpus

from .conftest import open_window

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = CTRL | SHIFT
SHOTS = os.environ.get("DRAGOMAN_WALK_SHOTS")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """samples/sample.dragoman as scripts/run.sh builds it: ar-en, then ar-fr."""
    path = tmp_path / "sample.dragoman"
    for other in ("en", "fr"):
        assert main(["import", str(path), str(SAMPLES / "briefing_ar.txt"),
                     str(SAMPLES / f"briefing_{other}.txt")]) == 0
    return path


def entities(path: Path) -> list[tuple[str, str, str, str, bool]]:
    """(lang, text, label, status, linked) of every entity in the file, read separately."""
    with Corpus.open(path, read_only=True) as corpus:
        langs = {d.id: d.lang for d in corpus.documents()}
        out = []
        for e in corpus.entities():
            seg = corpus.segment(e.segment_id)
            out.append((langs[seg.doc_id], seg.text[e.start:e.end], e.label, e.status,
                        e.counterpart_id is not None))
        return sorted(out)


class Keys:
    """Presses keys where the focus is, as a user does."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window

    def focus(self) -> QWidget:
        if QApplication.activeModalWidget() is None and QApplication.activeWindow() is None:
            # a dialog closed: a desktop's window manager activates the main window again,
            # offscreen Qt leaves no window active (as in helpers.press)
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def __call__(self, *keys, times: int = 1) -> None:
        for _ in range(times):
            for key in keys:
                key, mod = key if isinstance(key, tuple) else (key, NO)
                self.qtbot.keyClick(self.focus(), key, mod)
                QApplication.processEvents()

    def type(self, text: str) -> None:
        """Type text; an Arabic letter comes as an Arabic keyboard layout sends it (a key
        event carrying the letter: QTest's keyClicks only knows Latin keys)."""
        for ch in text:
            if ch.isascii():
                self.qtbot.keyClicks(self.focus(), ch)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.focus(), QKeyEvent(kind, 0, NO, ch))

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            lang = "ar" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
                else "en"
            (widget or self.window).grab().save(str(Path(SHOTS) / f"{name}-{lang}.png"))

    def dialog(self, kind: type, timeout: int = 20000):
        """The dialog of that kind once it is shown (and has the focus)."""
        found: list = []

        def shown() -> bool:
            modal = QApplication.activeModalWidget()
            if not (isinstance(modal, kind) and modal.isVisible()):
                return False
            # offscreen Qt gives the dialog the focus an event-loop turn after it shows
            # (seen as a flaky 'nothing has the keyboard focus' on a loaded CI run)
            focus = QApplication.focusWidget()
            if focus is None or not (focus is modal or modal.isAncestorOf(focus)):
                return False
            found[:] = [modal]
            return True

        self.qtbot.waitUntil(shown, timeout=timeout)
        return found[0]


@pytest.fixture(params=["en", "ar"])
def ui_lang(request, qapp):
    """Both interface languages (the Arabic one mirrors the window right to left)."""
    from ui import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def test_points_1_to_8_with_the_keyboard_alone(qtbot, shown, sample, tmp_path, ui_lang):
    from ui.annotation.bulk import ScopeDialog
    from ui.annotation.label_dialog import LabelDialog
    from ui.annotation.preview import PreviewDialog

    window = open_window(qtbot, sample)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key = Keys(qtbot, window)
    assert key.focus() is window.view

    # 1. Labels: Ctrl+Shift+L, Tab to Add, Space, name it, Enter, Enter
    key((Qt.Key.Key_L, CTRL_SHIFT))
    labels = key.dialog(LabelDialog)
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Space)  # Add: a new row, its name being edited
    key((Qt.Key.Key_A, CTRL))
    key.type("DATE")
    key.shot("1-labels", labels)
    key(Qt.Key.Key_Return)  # the name
    key(Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: not labels.isVisible())
    with Corpus.open(sample, read_only=True) as corpus:
        assert [lab.name for lab in corpus.labels()][-1] == "DATE"

    # 2-3. Tag and link: Ctrl+T, Tab to the English side, select al-Qaim with
    # Ctrl+Shift+Left from the end, 2 (LOC); the Arabic counterpart is proposed; Enter
    key((Qt.Key.Key_T, CTRL))
    pane = window.annotation.pane
    assert key.focus() is pane.views[1]
    key(Qt.Key.Key_Tab)
    english = pane.views[2]
    assert key.focus() is english
    key((Qt.Key.Key_End, CTRL))
    for _ in range(4):
        key((Qt.Key.Key_Left, CTRL_SHIFT))
        if english.textCursor().selectedText() == "al-Qaim":
            break
    assert english.textCursor().selectedText() == "al-Qaim"
    key(Qt.Key.Key_2)
    assert pane.views[1].proposal is not None  # shown on the Arabic side at once
    key.shot("2-tagged-proposal")
    key(Qt.Key.Key_Return)
    assert entities(sample) == [("ar", "القائم", "LOC", "accepted", True),
                                ("en", "al-Qaim", "LOC", "accepted", True)]

    # 4. Propagate over the whole corpus: Ctrl+Shift+P, Down, Enter; the preview, Enter
    key((Qt.Key.Key_P, CTRL_SHIFT))
    scope = key.dialog(ScopeDialog)
    key(Qt.Key.Key_Down)
    assert scope.whole_corpus()
    key.shot("4-scope", scope)
    key(Qt.Key.Key_Return)
    preview = key.dialog(PreviewDialog)
    key.shot("4-preview", preview)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    tagged = entities(sample)
    assert sum(1 for e in tagged if e[:3] == ("ar", "القائم", "LOC")) > 1
    assert any(e[0] == "fr" and e[1].startswith("al-Qa") for e in tagged)

    # 5. Suggest on this bitext, then F7 to the next suggestion and A to accept it
    key((Qt.Key.Key_G, CTRL_SHIFT))
    key.dialog(ScopeDialog)
    key(Qt.Key.Key_Return)
    preview = key.dialog(PreviewDialog)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    suggested = [e for e in entities(sample) if e[3] == "suggested"]
    assert suggested
    key(Qt.Key.Key_F7)
    key.shot("5-next-suggestion")
    key(Qt.Key.Key_A)
    assert len([e for e in entities(sample) if e[3] == "suggested"]) < len(suggested)

    # 6. A gazetteer of the new label: Ctrl+Shift+I, type its path, Enter, Enter
    gazetteer = tmp_path / "days.tsv"
    gazetteer.write_text("الأحد\tDATE\nSunday\tDATE\n", encoding="utf-8")
    key((Qt.Key.Key_I, CTRL_SHIFT))
    scope = key.dialog(ScopeDialog)
    key.type(str(gazetteer))
    key.shot("6-gazetteer", scope)
    key(Qt.Key.Key_Return)
    preview = key.dialog(PreviewDialog)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    days = {e[:4] for e in entities(sample) if e[2] == "DATE"}
    assert days == {("ar", "الأحد", "DATE", "suggested"), ("en", "Sunday", "DATE", "suggested")}

    # 7. The panel: Ctrl+Shift+E; Shift+Tab to the filter, Down Down (suggested), Tab
    # back; Home, Shift+End selects them all, A accepts them; Enter jumps to a bead
    key((Qt.Key.Key_E, CTRL_SHIFT))
    panel = window.annotation.panel
    assert key.focus() is panel.tree
    key((Qt.Key.Key_Tab, SHIFT), times=2)
    assert key.focus() is panel.kind
    key(Qt.Key.Key_Down, times=2)
    assert panel.kind.currentIndex() == 2
    key(Qt.Key.Key_Tab, times=2)
    assert key.focus() is panel.tree
    key(Qt.Key.Key_Home)
    key((Qt.Key.Key_End, SHIFT))
    key.shot("7-panel-suggested")
    key(Qt.Key.Key_A)
    on_bitext = [e for e in entities(sample) if e[0] in ("ar", "en")]
    assert not [e for e in on_bitext if e[3] == "suggested"]
    key((Qt.Key.Key_Up, SHIFT))  # nothing listed now under "Suggested"
    key((Qt.Key.Key_Tab, SHIFT), times=2)
    key(Qt.Key.Key_Up, times=2)  # all entities
    key(Qt.Key.Key_Tab, times=2)
    key(Qt.Key.Key_End)
    key(Qt.Key.Key_Return)  # jump to the last entity's bead
    last = panel.selected()[0] if panel.selected() else None
    assert last is None or window.current_position() == last.bead

    # 8. Edits keep entities right: Ctrl+Shift+B to the table, Ctrl+Home, F2 edits the
    # Arabic title; a prefix moves القائم, a cut through it asks (shrink), Ctrl+Z undoes
    key((Qt.Key.Key_B, CTRL_SHIFT))
    assert key.focus() is window.view
    key((Qt.Key.Key_Home, CTRL))
    key(Qt.Key.Key_F2)
    editor = window.segment_editor
    assert editor.isVisible() and key.focus() is editor.editor
    key((Qt.Key.Key_Home, CTRL))
    key.type("عاجل: ")
    key((Qt.Key.Key_S, CTRL))
    title = [e for e in entities(sample) if e[0] == "ar" and e[2] == "LOC"]
    assert ("ar", "القائم", "LOC", "accepted", True) in title
    # select from inside the name back over the word before it (in a right-to-left
    # paragraph Right moves back in the text) and delete: the edit cuts the name
    shown.choice = 0  # the cut asks: shrink the name to what is left (Esc keeps all)
    key((Qt.Key.Key_End, CTRL))
    key(Qt.Key.Key_Right, times=3)
    key((Qt.Key.Key_Right, SHIFT), times=6)
    key(Qt.Key.Key_Backspace)
    key((Qt.Key.Key_S, CTRL))
    assert len(shown.choices) == 1 and "«القائم»" in shown.choices[0][0]
    arabic = {e[1] for e in entities(sample) if e[0] == "ar" and e[2] == "LOC"}
    assert "ائم" in arabic  # what is left of the name, still tagged
    # in the editor Ctrl+Z undoes typing; Esc closes it and Ctrl+Z undoes the saved edit
    key(Qt.Key.Key_Escape)
    assert not editor.isVisible()
    key((Qt.Key.Key_Z, CTRL))
    assert ("ar", "القائم", "LOC", "accepted", True) in entities(sample)
    key.shot("8-edited")
    assert shown.errors == []
