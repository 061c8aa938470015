"""The one place the GUI shows modal message boxes.

Everything that would block on a QMessageBox goes through these functions, so tests can
replace them (they are the boundary to a modal dialog) and screenshot/offscreen runs never
hang on a dialog nobody can click.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; True when the user answered Yes."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
