"""Load the aligner's rescoring (numba kernels included, about 0.6 s) in a background
thread once a corpus is open, so the first merge or split does not pay for the import on
the GUI thread. An import that the GUI thread needs meanwhile waits for this one (Python's
import lock), which is never slower than importing it there."""
from __future__ import annotations

import importlib
import threading

_started = False


def start() -> None:
    global _started
    if _started:
        return
    _started = True
    threading.Thread(target=_load, name="dragoman-warm-up", daemon=True).start()


def _load() -> None:
    try:
        importlib.import_module("aligner.align.rescore")
    except Exception:  # noqa: BLE001 - a failure here shows again, with its message, at first use
        pass
