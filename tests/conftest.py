"""Shared test set-up: Qt offscreen, the path to ../shared (seeds, gold data), and a machine
left alone.

Every test runs with its own empty HOME and XDG config/cache/data/state folders, its own
dictionary cache (DRAGOMAN_CACHE_DIR) and no installed dictionary (DRAGOMAN_DICTD_DIR=none),
so the suite never writes to the user's settings or ~/.cache and never reads whatever
dictionaries happen to be in /usr/share/dictd. A test that needs a dictionary names it with
the `dictionaries` fixture. Subprocesses (the CLI, `gui --screenshot`) inherit the same
environment. The Qt settings location is pinned in tests/ui/conftest.py.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DRAGOMAN_SHARED", REPO.parent / "shared"))
SAMPLES = REPO / "samples"

# the variables that decide where a program writes settings, caches and data
_XDG = {"XDG_CONFIG_HOME": ".config", "XDG_CACHE_HOME": ".cache",
        "XDG_DATA_HOME": ".local/share", "XDG_STATE_HOME": ".local/state"}
_SESSION_HOME: Path | None = None


def _home_environment(home: Path) -> dict[str, str]:
    env = {"HOME": str(home), "DRAGOMAN_CACHE_DIR": str(home / ".cache" / "dragoman"),
           "DRAGOMAN_DICTD_DIR": "none"}
    env.update({name: str(home / sub) for name, sub in _XDG.items()})
    return env


def pytest_configure(config: pytest.Config) -> None:
    """Point the whole session at a throw-away home before anything is imported or
    collected: Qt reads the settings path once per process, on first use."""
    global _SESSION_HOME
    _SESSION_HOME = Path(tempfile.mkdtemp(prefix="dragoman-test-home-"))
    os.environ.update(_home_environment(_SESSION_HOME))


def pytest_unconfigure(config: pytest.Config) -> None:
    if _SESSION_HOME is not None:
        shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own empty HOME (with XDG folders and the dictionary cache under it)."""
    home = tmp_path_factory.mktemp("home")
    for name, value in _home_environment(home).items():
        monkeypatch.setenv(name, value)
    # .ci/run asks the setup scripts to apt-get what is missing; a test that runs those
    # scripts must not inherit that (it would install for real)
    monkeypatch.delenv("DRAGOMAN_INSTALL_SYSTEM", raising=False)
    return home


@pytest.fixture
def dictionaries(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Pin the installed dictionaries a test reads: `dictionaries("freedict-ara-eng", ...)`
    makes exactly those dictd databases (from the system's dictd folders) the installed
    ones, or skips the test when one is absent. Returns the folder they are linked into."""
    from aligner.align.lexicon import SYSTEM_DICTD_DIRS

    def pin(*names: str) -> Path:
        folder = tmp_path_factory.mktemp("dictd")
        for name in names:
            for source_dir in SYSTEM_DICTD_DIRS:
                index = source_dir / f"{name}.index"
                data = [source_dir / f"{name}{s}" for s in (".dict.dz", ".dict")]
                if index.is_file() and any(d.is_file() for d in data):
                    for f in [index, *data]:
                        if f.is_file():
                            (folder / f.name).symlink_to(f)
                    break
            else:
                pytest.skip(f"dictionary {name} is not installed (dict-{name} package)")
        monkeypatch.setenv("DRAGOMAN_DICTD_DIR", str(folder))
        return folder

    return pin


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



@pytest.fixture
def aren_articles(gold_dir: Path) -> dict[str, tuple[list[str], list[str]]]:
    """The hand-aligned Arabic-English articles of entities-ar-en, one (Arabic sentences,
    English sentences) pair per source document, spaces normalised; skip when absent."""
    path = gold_dir / "entities-ar-en" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            ar, en = out.setdefault(row["doc"], ([], []))
            ar.append(" ".join(row["ar"].split()))
            en.append(" ".join(row["en"].split()))
    return out
