"""Shared test set-up: Qt offscreen, and the path to ../shared (seeds, gold data)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared"))
SAMPLES = REPO / "samples"


@pytest.fixture
def shared_dir() -> Path:
    """../shared, or skip the test when it is absent (it is not part of the repo)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED


@pytest.fixture
def seeds_dir(shared_dir: Path) -> Path:
    path = shared_dir / "seeds"
    if not path.is_dir():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture
def gold_dir(shared_dir: Path) -> Path:
    path = shared_dir / "golddata"
    if not path.is_dir():
        pytest.skip(f"{path} is absent")
    return path
