"""Reading a corpus for the names pane in a worker thread (ui.jobs), with progress and
Cancel shown in the pane itself.

Why: the register overview reads every sentence of the scope and spots each entry's
forms in it, about a minute at 10^6 beads; the window must stay usable meanwhile. A small
scope is read in the background too: a few thousand beads are still tenths of a second,
and the romanization engine the pane uses is loaded there, not on the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from PySide6.QtCore import QObject, Signal

from aligner.corpus import Corpus
from aligner.names.overview import RegisterOverview
from aligner.tasks import TaskControl

from ..jobs.workers import Task, run_task

@dataclass
class Reading:
    """What the pane shows: the overview and the bitexts' names."""

    overview: RegisterOverview
    bitext_names: dict[int, str]


def read(corpus, ids: list[int] | None, control: TaskControl | None = None) -> Reading:
    with corpus.snapshot():
        overview = RegisterOverview(corpus, ids, control)
        names = {b.id: b.name or f"bitext {b.id}" for b in corpus.bitexts()}
    return Reading(overview, names)


class NamesScan(QObject):
    """At most one background reading at a time; a new request cancels the running one.

    `progress(done, total)` while reading; `done(Reading)` with the result; `stopped()`
    when the user cancelled."""

    progress = Signal(int, int)
    done = Signal(object)
    stopped = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._task: Task | None = None
        self._next: tuple[Path, list[int] | None] | None = None
        self._user_cancelled = False

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, path: Path, ids: list[int] | None) -> None:
        """Read `path` (its own read-only connection) for the scope `ids` (None: all)."""
        self._user_cancelled = False
        if self._task is not None:  # the running one is out of date: start once it stops
            self._next = (path, ids)
            self._task.cancel()
            return
        self._launch(path, ids)

    def cancel(self) -> None:
        """The user's Cancel: stop reading; the pane says the names are not read."""
        self._next = None
        if self._task is not None:
            self._user_cancelled = True
            self._task.cancel()

    def forget(self) -> None:
        """The corpus closed: stop, and report nothing."""
        self._next = None
        if self._task is not None:
            self._user_cancelled = False
            self._task.cancel()
            self._task.on_done = None

    def _launch(self, path: Path, ids: list[int] | None) -> None:
        def work(control: TaskControl) -> Reading:
            with Corpus.open(path, read_only=True) as corpus:
                reading = read(corpus, ids, control)
            if any(e.kind.romanized for e in reading.overview.entries):
                # the pane romanizes the entry it shows: load the engine here, not on the
                # GUI thread (its first use builds the model, seconds of CPU)
                from aligner.names.vowelling import shipped_voweller

                shipped_voweller()
            return reading

        title = self.tr("Reading the names of the corpus")
        self._task = run_task(None, title, work, on_done=self._finished, on_end=self._ended,
                              on_progress=lambda done, total, _m: self.progress.emit(done, total))

    def _finished(self, reading: Reading) -> None:
        if self._next is None and not self._user_cancelled:
            self.done.emit(reading)

    def _ended(self) -> None:
        self._task = None
        if self._next is not None:
            path, ids = self._next
            self._next = None
            self._launch(path, ids)
        elif self._user_cancelled:
            self._user_cancelled = False
            self.stopped.emit()

