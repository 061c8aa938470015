"""ScoreBox: a bead score (0 to 1) typed and shown as the bead table, the details and the
CLI write it (0.75), whatever the interface language. Qt's own box follows the Arabic
locale: it shows ٠٫٧٥ and refuses a typed 0.75, so the score could not be entered from
the keyboard. Arabic-Indic digits and the Arabic decimal separator typed in it are taken
as the digits and the point they stand for."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

# both Arabic-Indic digit sets, the Arabic decimal separator and a decimal comma
_WESTERN = str.maketrans({**{chr(0x0660 + d): str(d) for d in range(10)},
                          **{chr(0x06F0 + d): str(d) for d in range(10)},
                          "\u066b": ".", ",": "."})


class ScoreBox(QDoubleSpinBox):
    def __init__(self, value: float = 0.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale.c())
        self.setRange(0.0, 1.0)
        self.setSingleStep(0.05)
        self.setDecimals(2)
        self.setValue(value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(text.translate(_WESTERN), pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        return super().valueFromText(text.translate(_WESTERN))
