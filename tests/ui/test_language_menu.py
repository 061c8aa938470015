"""The interface language is chosen in the window (View > Interface Language), not only
with --ui-lang: the choice is saved and the next start uses it."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import open_window
from ui import i18n, settings


def test_the_interface_language_is_chosen_in_the_view_menu(qtbot, window, shown, corpus_path):
    menu = window.findChild(QMenu, "menu_ui_lang")
    assert menu.menuAction() in window.menuBar().actions()[2].menu().actions()  # View
    assert "&" in menu.title()  # reached from the keyboard too
    system, arabic = (window.findChild(QAction, f"ui_lang_{lang}") for lang in ("system", "ar"))
    assert system.isChecked() and not arabic.isChecked()
    arabic.trigger()
    assert settings.ui_lang() == "ar" and i18n.choose() == "ar"
    assert len(shown.infos) == 1  # said once: from the next start
    assert i18n.choose("en") == "en"  # --ui-lang still wins
    window.close()
    again = open_window(qtbot, corpus_path)
    assert again.findChild(QAction, "ui_lang_ar").isChecked()
    again.findChild(QAction, "ui_lang_system").trigger()
    assert settings.ui_lang() is None
    assert len(shown.infos) == 2
