"""Fonts per language: Arabic needs a real Naskh face to be readable at table sizes.

We only pick installed families (nothing is downloaded); Qt then shapes and orders the text
itself, which is why the GUI never uses arabic-reshaper or python-bidi output.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

ARABIC_FAMILIES = ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans")
RTL_LANGS = {"ar", "fa", "ur", "he", "ps", "ckb", "yi"}


def is_rtl(lang: str) -> bool:
    return lang.split("-")[0].lower() in RTL_LANGS


@lru_cache(maxsize=None)
def _arabic_family() -> str | None:
    installed = set(QFontDatabase.families())
    return next((family for family in ARABIC_FAMILIES if family in installed), None)


def font_for_lang(lang: str, base: QFont | None = None) -> QFont:
    """The application font, or an Arabic face at a slightly larger size for RTL text
    (Naskh letters are small at the same point size as Latin)."""
    font = QFont(base if base is not None else QApplication.font())
    if is_rtl(lang):
        family = _arabic_family()
        if family:
            font.setFamily(family)
            size = font.pointSizeF()
            if size > 0:
                font.setPointSizeF(size * 1.2)
    return font


def _is_rtl_letter(ch: str) -> bool:
    o = ord(ch)
    return 0x0590 <= o <= 0x08FF or 0xFB1D <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def paragraph_rtl(text: str, column_rtl: bool) -> bool:
    """Base direction of one sentence. The column's language decides, except for text
    that has no letter of that direction at all (an Arabic URL slug left in an English
    document, an English caption in an Arabic one): a sentence starting with "BBC" in an
    Arabic column must still run right to left, so this is not a first-strong-letter rule."""
    has_rtl = any(_is_rtl_letter(ch) for ch in text)
    if column_rtl:
        return has_rtl or not any(ch.isalpha() for ch in text)
    return has_rtl and not any(ch.isalpha() and ch.isascii() for ch in text)
