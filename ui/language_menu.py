"""View > Interface Language: the system's language, English or Arabic. The choice is
saved (settings.ui_lang, which i18n.choose reads) and used from the next start: the
window's texts are made once, in one language, when it is built."""
from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from . import messages, settings
from .i18n import translate

# each language named in itself, as a reader of that language looks for it: not translated
NAMES = {"en": "&English", "ar": "&العربية"}


def add_language_menu(parent: QWidget, menu: QMenu) -> QActionGroup:
    """The submenu at the end of `menu`; its checked entry is the saved choice."""
    menu.addSeparator()
    languages = menu.addMenu(translate("LanguageMenu", "Interface Lan&guage"))
    languages.setObjectName("menu_ui_lang")
    group = QActionGroup(languages)
    saved = settings.ui_lang()
    for lang, text in ((None, translate("LanguageMenu", "&System Language")), *NAMES.items()):
        action = languages.addAction(text)
        action.setObjectName(f"ui_lang_{lang or 'system'}")
        action.setCheckable(True)
        action.setChecked(lang == saved)
        group.addAction(action)
        action.triggered.connect(lambda _=False, lang=lang: choose(parent, lang))
    return group


def choose(parent: QWidget, lang: str | None) -> None:
    if lang == settings.ui_lang():
        return
    settings.set_ui_lang(lang)
    messages.info(parent, translate("LanguageMenu", "Interface Language"), translate(
        "LanguageMenu", "Dragoman uses the new interface language from its next start."))
