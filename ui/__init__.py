"""Dragoman's Qt GUI: adapts the core in `aligner`, owns no corpus state of its own."""
