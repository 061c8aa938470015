"""Dragoman's Qt GUI: adapts the core in `aligner`, owns no corpus state of its own."""
from ._pyside_refcount import pin_singletons

pin_singletons()  # before any Qt call: see the module for the PySide6 6.12 / 3.11 bug
