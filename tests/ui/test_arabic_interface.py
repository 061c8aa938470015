"""The interface in Arabic (issue 13 point 11): every action, menu and dialog is
translated, the window is laid out right to left, the bead table keeps the corpus's column
order, and the shipped .qm is the compilation of the .ts in the repository."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QTableWidget, QTreeWidget, QWidget)

from ui import i18n

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
#: technical words that stay Latin in an Arabic interface: format names, key names, codes
KEEP = {"TMX", "JSONL", "TSV", "JSON", "NDJSON", "Ctrl", "Shift", "Alt", "Enter", "Esc",
        "Space", "Del", "Tab", "Return", "Backspace", "Delete", "txt", "tmx", "jsonl", "tsv",
        "json", "ndjson", "dragoman", "utf", "iso", "alalc", "din", "ijmes", "bgn",
        "buckwalter", "news", "PER", "LOC", "ORG", "MISC", "conll", "spans", "moses", "TBX",
        "tbx"}


def english_words(text: str) -> list[str]:
    text = re.sub(r"<[^>]*>|&[a-z]+;", " ", text)  # rich text: markup is not read
    return [w for w in LATIN_WORD.findall(text.replace("&", "")) if w not in KEEP]


def visible_texts(widget: QWidget) -> list[str]:
    """The texts a user reads in a widget tree (labels, buttons, titles, headers, tips)."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTableWidget):
            texts += [child.horizontalHeaderItem(c).text() for c in range(child.columnCount())
                      if child.horizontalHeaderItem(c) is not None]
        if isinstance(child, QTreeWidget):
            texts += [child.headerItem().text(c) for c in range(child.columnCount())]
        texts.append(child.toolTip())
    return [t for t in texts if t]


def test_every_action_and_menu_is_arabic(arabic, qtbot, shown, corpus_path):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.open_corpus(corpus_path)
    untranslated = []
    shown = []  # what a user can reach: menus and their actions, the toolbar, right-click
    for menu_action in window.menuBar().actions():
        shown += [menu_action, *menu_action.menu().actions()]
    from PySide6.QtWidgets import QToolBar

    for toolbar in window.findChildren(QToolBar):
        shown += toolbar.actions()
    shown += window.view.context_menu().actions()
    for action in shown:
        for text in (action.text(), action.toolTip()):
            if text and english_words(text.split(" (")[0]):
                untranslated.append(text)
    assert untranslated == []
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the bead table keeps the corpus's order: source column left of target
    assert window.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.view.columnViewportPosition(1) < window.view.columnViewportPosition(2)


def test_every_dialog_is_arabic(arabic, qtbot, shown, corpus_path):
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.segment_editor import SegmentEditor
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.open_corpus(corpus_path)
    window.go_to_position(0)
    window.edit_segment()
    from aligner.entities.labels import DEFAULT_LABELS
    from ui.annotation.label_dialog import LabelDialog
    from ui.annotation.bulk import ScopeDialog
    from ui.annotation.preview import PreviewDialog
    from ui.names.fix_dialog import FixAllDialog
    from ui.names.proposals_dialog import ProposalsDialog

    dialogs = [ImportDialog(window), ExportDialog(1, window), window.segment_editor,
               ShortcutsDialog(window.actions, window), LabelDialog(list(DEFAULT_LABELS), window),
               PreviewDialog("", [{"label": "LOC", "text": "القائم", "lang": "ar", "bead": 1,
                                   "bitext": "briefing"}], window),
               ScopeDialog("gazetteer", "briefing", 2, window), FixAllDialog([], {}, {}, window),
               ProposalsDialog([], window), window]
    problems = {}
    for dialog in dialogs:
        words = [t for t in visible_texts(dialog) if english_words(t)]
        # sentence texts of the corpus and file names are content, not interface
        words = [t for t in words if not any(s in t for s in ("The ", "briefing", "Cairo"))]
        if words:
            problems[type(dialog).__name__] = words
    assert problems == {}
    assert isinstance(window.segment_editor, SegmentEditor)


def test_the_shipped_qm_is_the_compiled_ts(tmp_path):
    ts = i18n.I18N / "dragoman_ar.ts"
    lrelease = shutil.which("pyside6-lrelease") or str(Path(__import__("sys").executable).parent
                                                         / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == i18n.qm_path("ar").read_bytes(), \
        "resources/i18n/dragoman_ar.qm is stale: run scripts/i18n.sh"


def test_a_missing_translation_file_falls_back_to_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "I18N", tmp_path)
    assert i18n.install(qapp, "ar") == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_comes_from_the_option_the_setting_or_the_system(qapp):
    from ui import settings

    assert i18n.choose("ar") == "ar"
    settings.set_ui_lang("ar")
    assert i18n.choose(None) == "ar"
    settings.set_ui_lang(None)
    assert i18n.choose(None) in i18n.UI_LANGS
