"""Sentence alignment: scoring signals and the banded dynamic programme."""
