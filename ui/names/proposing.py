"""Finding register proposals in a worker thread (ui.jobs: a progress dialog with Cancel
once it takes a moment): the name matcher reads every bead of the scope, minutes at 10^6
beads, which held the GUI thread when P was pressed."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from aligner.corpus import Corpus
from aligner.names.evidence import entity_observations, matcher_observations
from aligner.names.register import Proposal, propose
from aligner.tasks import TaskControl

from ..jobs.workers import Task, run_task


def find_proposals(parent: QWidget, path: Path, ids: list[int] | None,
                   on_done: Callable[[list[Proposal]], None]) -> Task:
    """Read `path` (its own read-only connection) for the scope `ids` (None: all bitexts);
    `on_done(proposals)` on the GUI thread."""
    def work(control: TaskControl) -> list[Proposal]:
        with Corpus.open(path, read_only=True) as corpus, corpus.snapshot():
            observations = entity_observations(corpus, ids)
            control.check()
            observations += matcher_observations(corpus, ids, control=control)
            return propose(observations, corpus.register_entries())

    title = QCoreApplication.translate("NamesPane", "Finding names to propose")
    return run_task(parent, title, work, on_done=on_done)
