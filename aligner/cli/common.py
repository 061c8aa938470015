"""Shared helpers for CLI commands."""
from __future__ import annotations


from aligner.errors import DragomanError


class UserError(DragomanError):
    """A bad command-line request (missing option, unknown bitext): message, no traceback."""
