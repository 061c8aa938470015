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


def splitter_state(name: str) -> QByteArray | None:
    return _settings().value(f"window/splitters/{name}")


def save_splitter_state(name: str, state: QByteArray) -> None:
    _settings().setValue(f"window/splitters/{name}", state)


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


def ui_lang() -> str | None:
    """The interface language chosen in the View menu (None: follow the system)."""
    value = _settings().value("ui_lang")
    return None if value in (None, "") else str(value)


def set_ui_lang(lang: str | None) -> None:
    if lang is None:
        _settings().remove("ui_lang")
    else:
        _settings().setValue("ui_lang", lang)
