"""Long work off the GUI thread, with a progress dialog, Cancel, and errors shown.

`run_task(parent, title, fn, on_done)` runs `fn(control)` in a QThread. The function gets
an aligner.tasks.TaskControl whose progress the dialog polls ten times a second and
whose cancel() is wired to the dialog's Cancel button. A function must not touch the GUI's
Corpus object (SQLite connections stay in their thread): it opens its own connection,
usually read-only, and returns a result (often an edit) that `on_done` applies on the GUI
thread.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from aligner.errors import DragomanError
from aligner.tasks import Cancelled, TaskControl

from .. import messages
from ..core_messages import error_text, problem_text


class _Thread(QThread):
    """Runs the function; the outcome and the latest progress are plain attributes that
    the GUI thread reads. No Python signal is emitted from the worker thread: frequent
    cross-thread emits crashed PySide6 6.12 (a refcount bug), and polling progress ten
    times a second is all a progress bar needs. QThread.finished (emitted by Qt itself)
    tells the GUI thread the outcome is ready."""

    def __init__(self, fn: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.latest: tuple[int, int, str] | None = None
        self.outcome: tuple = ("failed", RuntimeError("the task did not run"), "")
        self.control = TaskControl(on_progress=self._progress)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.latest = (done, total, message)  # one reference store: atomic under the GIL

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except Cancelled:
            self.outcome = ("cancelled",)
        except BaseException as exc:  # noqa: BLE001 - every error reaches the user
            self.outcome = ("failed", exc, traceback.format_exc())
        else:
            self.outcome = ("done", result)


class Task(QObject):
    """A running job; `finished` fires once, after on_done / the error message / cancel."""

    finished = Signal(str)  # "done", "failed" or "cancelled"

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[[TaskControl], Any],
                 on_done: Callable[[Any], None] | None = None,
                 on_end: Callable[[], None] | None = None,
                 on_progress: Callable[[int, int, str], None] | None = None,
                 quiet: bool = False) -> None:
        """`on_progress` given: the caller shows progress and Cancel itself (a pane that
        reads in the background while the window stays usable), and no dialog is shown.
        `quiet`: work the user did not ask for: no dialog until reveal()."""
        super().__init__(parent)
        self.quiet = quiet  # work the user did not ask for: no dialog until reveal()
        self.title = title
        self.on_done = on_done
        self.on_end = on_end
        self.on_progress = on_progress
        self.outcome: str | None = None
        self.error: BaseException | None = None
        self.thread = _Thread(fn)
        self.dialog: QProgressDialog | None = None
        if on_progress is None:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._poll_progress)
        self.thread.finished.connect(self._on_thread_finished)

    @property
    def control(self) -> TaskControl:
        return self.thread.control

    def start(self) -> "Task":
        self.thread.start()
        self.timer.start()
        return self

    def cancel(self) -> None:
        self.thread.control.cancel()

    def _poll_progress(self) -> None:
        if self.thread.latest is not None:
            self._on_progress(*self.thread.latest)

    def _on_thread_finished(self) -> None:
        self.timer.stop()
        kind, *rest = self.thread.outcome
        if kind == "done":
            self._on_success(rest[0])
        elif kind == "failed":
            self._on_failure(rest[0], rest[1])
        else:
            self._end("cancelled")

    def reveal(self) -> None:
        """Show the progress of a quiet task (the user now waits for it)."""
        if self.quiet and self.outcome is None:
            self.quiet = False
            if self.dialog is None:
                return
            self.dialog.setMinimumDuration(0)
            self.dialog.show()
            self._poll_progress()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total, message)
        if self.dialog is None or self.quiet:
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(f"{self.title}\n{problem_text(message)}")

    def _on_success(self, result: Any) -> None:
        try:
            if self.on_done is not None:
                self.on_done(result)
        except Exception as exc:  # noqa: BLE001 - applying the result failed: say so
            self._on_failure(exc, traceback.format_exc())
            return
        self._end("done")

    def _on_failure(self, exc: BaseException, trace: str) -> None:
        self.error = exc
        if self.dialog is not None:
            self.dialog.hide()
        if isinstance(exc, DragomanError):
            messages.error(self.parent(), self.title, error_text(exc))
        else:
            messages.error(self.parent(), self.title,
                           self.tr("Unexpected error:") + f" {type(exc).__name__}: {exc}\n\n{trace[-2000:]}")
        self._end("failed")

    def _end(self, outcome: str) -> None:
        if self.outcome is not None:
            return
        self.outcome = outcome
        self.thread.wait()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        if self.on_end is not None:
            self.on_end()
        self.finished.emit(outcome)
        _RUNNING.discard(self)


_RUNNING: set[Task] = set()  # keep Python references until the job ends


def stop_all() -> None:
    """Cancel every running job and wait for its thread (the window is closing): a QThread
    destroyed while it runs aborts the whole process. Work is cancelled at its next
    progress report, and a cancelled write rolls back."""
    for task in list(_RUNNING):
        task.cancel()
        task.thread.wait()


def run_task(parent: QWidget | None, title: str, fn: Callable[[TaskControl], Any],
             on_done: Callable[[Any], None] | None = None,
             on_end: Callable[[], None] | None = None,
             on_progress: Callable[[int, int, str], None] | None = None,
             quiet: bool = False) -> Task:
    task = Task(parent, title, fn, on_done, on_end, on_progress, quiet)
    _RUNNING.add(task)
    return task.start()
