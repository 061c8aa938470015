"""The one place the GUI shows modal message boxes.

Everything that would block on a QMessageBox goes through these functions, so tests can
replace them (they are the boundary to a modal dialog) and screenshot/offscreen runs never
hang on a dialog nobody can click.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtWidgets import QMessageBox, QWidget

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
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    if _collected is None:
        QMessageBox.information(parent, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; True when the user answered Yes."""
    if _collected is not None:
        return False
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """One of several answers (buttons in this order, then Cancel): the index chosen, or
    None for Cancel / Esc."""
    if _collected is not None:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None
