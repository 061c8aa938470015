"""Fixtures of the names pane's GUI tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.names.register_corpus import build_registered


@pytest.fixture
def names_corpus(tmp_path: Path) -> Path:
    """The trip corpus with three register entries (as test_names_pane's `trip`)."""
    return build_registered(tmp_path / "trip.dragoman")
