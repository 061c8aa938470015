"""App-level preferences in QSettings: recent corpora, window geometry, shortcuts and the
last bead viewed in each bitext.

The last position lives here, not in the corpus, so that read-only corpora and corpora on
read-only media remember it too (the corpus API has no key/value settings table yet).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings()


def _key(path: str | Path) -> str:
    # QSettings treats '/' as a group separator and some backends dislike other characters
    return str(Path(path).resolve()).replace("/", "|").replace("\\", "|")


def recent_corpora() -> list[str]:
    value = _settings().value("recent", [])
    if isinstance(value, str):  # a single entry comes back as a plain string
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent_corpus(path: str | Path) -> None:
    path = str(Path(path).resolve())
    items = [p for p in recent_corpora() if p != path]
    _settings().setValue("recent", [path] + items[: MAX_RECENT - 1])


def last_position(corpus_path: str | Path, bitext_id: int) -> int:
    value = _settings().value(f"positions/{_key(corpus_path)}/{bitext_id}", 0)
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def set_last_position(corpus_path: str | Path, bitext_id: int, position: int) -> None:
    _settings().setValue(f"positions/{_key(corpus_path)}/{bitext_id}", int(position))


def last_bitext(corpus_path: str | Path) -> int | None:
    value = _settings().value(f"last_bitext/{_key(corpus_path)}")
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def set_last_bitext(corpus_path: str | Path, bitext_id: int) -> None:
    _settings().setValue(f"last_bitext/{_key(corpus_path)}", int(bitext_id))


def geometry() -> tuple[QByteArray | None, QByteArray | None]:
    s = _settings()
    return s.value("window/geometry"), s.value("window/state")


def save_geometry(geometry: QByteArray, state: QByteArray) -> None:
    s = _settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)


def shortcut(action_id: str) -> str | None:
    value = _settings().value(f"shortcuts/{action_id}")
    return None if value is None else str(value)


def set_shortcut(action_id: str, sequence: str | None) -> None:
    """Store a user shortcut; None goes back to the default."""
    if sequence is None:
        _settings().remove(f"shortcuts/{action_id}")
    else:
        _settings().setValue(f"shortcuts/{action_id}", sequence)


def low_score_threshold() -> float:
    try:
        return float(_settings().value("low_score", 0.5))
    except (TypeError, ValueError):
        return 0.5
