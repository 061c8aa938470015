"""The interface language: which one, and installing its translations.

Strings in ui/ are written in English and wrapped for Qt's translation system (self.tr,
QCoreApplication.translate, or QT_TRANSLATE_NOOP for tables of texts translated where they
are shown). The Arabic texts live in resources/i18n/dragoman_ar.ts (edited with Qt Linguist
or by hand) and ship compiled as dragoman_ar.qm; Qt's own dialogs (file pickers, message
box buttons) use the qtbase translations that PySide6 ships.

An Arabic interface is laid out right to left (Qt mirrors widgets, menus and docks), but
the bead table keeps the corpus's own column order: that is the text's direction, not
the interface's.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from . import settings

I18N = Path(__file__).resolve().parent / "resources" / "i18n"
UI_LANGS = ("en", "ar")  # English is the source language: it needs no translation file
RTL_LANGS = frozenset({"ar"})

_installed: list[QTranslator] = []


def choose(explicit: str | None = None) -> str:
    """The interface language: --ui-lang, else the saved choice, else the system locale
    when we have it, else English."""
    for candidate in (explicit, settings.ui_lang(), QLocale.system().name().split("_")[0]):
        if candidate in UI_LANGS:
            return candidate
    return "en"


def qm_path(lang: str) -> Path:
    return I18N / f"dragoman_{lang}.qm"


def install(app: QApplication, lang: str) -> str:
    """Load the translations of `lang` into the application and set its layout direction;
    returns the language actually in use (English when a translation file is missing)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if not ours.load(str(qm_path(lang))):
            lang = "en"
        else:
            _installed.append(ours)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{lang}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGS
                           else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(lang))
    app.setProperty("dragoman_ui_lang", lang)
    return lang


def current() -> str:
    app = QApplication.instance()
    value = app.property("dragoman_ui_lang") if app is not None else None
    return str(value) if value else "en"


def ui_paragraph(text: str) -> str:
    """`text` as a paragraph of the interface's direction. Qt takes a paragraph's direction
    from its first strong letter, so an Arabic line that starts with a key name ('Enter: ...')
    or a file name would run left to right; a right-to-left mark first keeps it Arabic."""
    return "\u200f" + text if current() in RTL_LANGS else text


def as_written(text: str) -> str:
    """Corpus text (a sentence, a name, in any language) in its own direction inside the
    interface's: a first-strong isolate, so an English sentence in an Arabic list keeps its
    final full stop at its end rather than at the left."""
    return f"\u2068{text}\u2069"


def translate(context: str, text: str) -> str:
    """A literal to translate in a module function: lupdate finds `translate("Ctx", "...")`
    calls by their name, as it finds self.tr() in classes."""
    return QCoreApplication.translate(context, text)


#: the same call for a text held in a table and marked there with QT_TRANSLATE_NOOP; under
#: another name so that lupdate does not collect the lookup itself as a string
translated = translate
