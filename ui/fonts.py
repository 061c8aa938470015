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
