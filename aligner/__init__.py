"""Dragoman core: pure Python, never imports Qt (tests/core/test_no_qt.py enforces it)."""

__version__ = "0.1.0"
