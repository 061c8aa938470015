"""Progress and cancellation for long work, without Qt.

Long core functions take an optional `TaskControl`; they call `report()` now and then,
which raises `Cancelled` once someone called `cancel()` (from any thread). The GUI's
worker keeps the latest progress for the GUI thread to poll (no signal is emitted from
the worker thread; see ui/jobs/workers.py); the CLI may print it or ignore it.
"""
from __future__ import annotations

import threading
from typing import Callable, Optional

ProgressFn = Callable[[int, int, str], None]  # (done, total, message)


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it; nothing half-done may be kept."""


class TaskControl:
    def __init__(self, on_progress: Optional[ProgressFn] = None) -> None:
        self._cancelled = threading.Event()
        self.on_progress = on_progress

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, message: str = "") -> None:
        self.check()
        if self.on_progress is not None:
            self.on_progress(done, total, message)


def report(control: Optional[TaskControl], done: int, total: int, message: str = "") -> None:
    """Convenience for functions whose control is optional."""
    if control is not None:
        control.report(done, total, message)
