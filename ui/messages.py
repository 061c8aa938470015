"""The one place the GUI shows modal message boxes.

Everything that would block on a QMessageBox goes through these functions, so tests can
replace them (they are the boundary to a modal dialog) and screenshot/offscreen runs never
hang on a dialog nobody can click.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .core_messages import unbroken

_collected: list[str] | None = None  # set while `collected()` is active


@contextmanager
def collected() -> Iterator[list[str]]:
    """Gather error texts instead of showing them, and answer questions No: for runs
    nobody can click through (`dragoman gui --screenshot`)."""
    global _collected
    previous, _collected = _collected, []
    try:
        yield _collected
    finally:
        _collected = previous


def error(parent: QWidget | None, title: str, text: str) -> None:
    if _collected is not None:
        _collected.append(text)
        return
    box(QMessageBox.Icon.Critical, title, text, parent).exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    if _collected is None:
        box(QMessageBox.Icon.Information, title, text, parent).exec()


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; True when the user answered Yes."""
    if _collected is not None:
        return False
    asked = box(QMessageBox.Icon.Question, title, text, parent,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    asked.exec()
    return asked.standardButton(asked.clickedButton()) == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """One of several answers (buttons in this order, then Cancel): the index chosen, or
    None for Cancel / Esc."""
    if _collected is not None:
        return None
    asked = box(QMessageBox.Icon.Question, title, text, parent, QMessageBox.StandardButton.Cancel)
    buttons = [asked.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    asked.setDefaultButton(buttons[0])
    asked.exec()
    clicked = asked.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """The message box itself, not yet shown. Its text is plain (a file or tag named in a
    message is never taken for markup) and a short left-to-right run in it is never cut
    at the end of a line (core_messages.unbroken)."""
    message = QMessageBox(icon, title, "", buttons, parent)
    message.setTextFormat(Qt.TextFormat.PlainText)
    message.setText(unbroken(text))
    return message
