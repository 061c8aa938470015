"""Shared helpers for CLI commands."""
from __future__ import annotations


from aligner.errors import DragomanError


class UserError(DragomanError):
    """A bad command-line request (missing option, unknown bitext): message, no traceback."""


def unit_interval(option: str, raw: str) -> float:
    """A score or confidence option as a number from 0 to 1 (UserError, one line, for
    anything else: 'nan' compared false with every score and filtered nothing)."""
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not 0.0 <= value <= 1.0:  # also refuses nan
        raise UserError(f"{option} must be a number from 0 to 1, not {raw!r}")
    return value
