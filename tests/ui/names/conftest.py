"""Fixtures of the names pane's GUI tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.history import History
from aligner.names.edits import AddEntry
from tests.core.names.register_corpus import baghdad, build, caggins, qaim


@pytest.fixture
def names_corpus(tmp_path: Path) -> Path:
    """The trip corpus with three register entries (as test_names_pane's `trip`)."""
    path = tmp_path / "trip.dragoman"
    c, _ = build(path)
    h = History(c)
    for entry in (qaim(), baghdad(), caggins()):
        h.do(AddEntry(entry))
    c.close()
    return path
