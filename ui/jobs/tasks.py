"""The long jobs of the main window (align, re-align, import, export), each run by
ui.jobs.workers in a thread with its own corpus connection.

Align and re-align compute on a read-only connection and return a ReplaceBeads edit that
the GUI thread applies (so they are undoable and never fight the GUI's writer lock).
Import must write: the session lets go of its connection for the duration and takes it
back when the job ends, whatever the outcome. Export only reads.
"""
from __future__ import annotations

from dataclasses import dataclass
import threading
from pathlib import Path
from typing import Any, Callable, Protocol

from PySide6.QtWidgets import QStatusBar

from aligner.corpus import Corpus
from aligner.tasks import TaskControl

from ..alignment.model import BeadTableModel
from ..dialogs.export_dialog import ExportRequest
from ..dialogs.import_dialog import ImportRequest
from ..i18n import translate
from ..session import CorpusSession

from .workers import Task, run_task


class JobHost(Protocol):
    """What a job needs from the window that starts it (structural: no import of it)."""

    session: CorpusSession | None
    model: BeadTableModel

    def apply_edit(self, edit: Any) -> bool: ...

    def suspend_session(self) -> None: ...

    def reopen_session(self, *, read_only: bool = False) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


def realign(window: JobHost, bitext_id: int, first: int = 0, last: int | None = None) -> Task:
    path = window.session.path

    def compute(control: TaskControl):
        from aligner.align.service import realign_edit

        with Corpus.open(path, read_only=True) as corpus, corpus.snapshot():
            return realign_edit(corpus, bitext_id, first, last, control=control)

    title = translate("Jobs", "Aligning") if first == 0 and last is None else \
        translate("Jobs", "Re-aligning beads {first}–{last}").format(first=first + 1,
                                                                      last=last)
    return run_task(window, title, compute, on_done=window.apply_edit)


@dataclass
class ImportPending:
    """Texts read and split but not stored, because reading them needed something the user
    should agree to first (bytes replaced, a language the script contradicts)."""

    plan: Any  # aligner.importer.PreparedImport
    warnings: list[str]


def import_texts(window: JobHost, request: ImportRequest,
                 then: Callable[[object], None] | None = None, *,
                 plan: Any = None) -> Task:
    """Import in a worker. Texts whose reading gave warnings are not stored: the result is
    an ImportPending for the caller to ask about; called again with its `plan` (the user
    agreed), the same texts are stored without being read again."""
    session = window.session
    path: Path = session.path
    read_only = session.read_only
    result_box: list = []
    window.suspend_session()  # the worker needs the writer lock; every edit is saved already

    def work(control: TaskControl):
        from aligner.align.service import align_bitext
        from aligner.importer import prepare_files
        from aligner.imports import exchange_files, import_any, import_prepared, plan_warnings

        # stored and aligned in one transaction, or nothing (killed or cancelled)
        with Corpus.open(path) as corpus, corpus.transaction():
            if plan is not None:
                result = import_prepared(corpus, plan, control=control)
            elif exchange_files(request.paths):  # TMX/JSONL/TSV units: the core decides
                result = import_any(corpus, request.paths, langs=request.langs,
                                    bilingual=request.bilingual, control=control)
            else:
                prepared = prepare_files(request.paths, langs=request.langs,
                                         bilingual=request.bilingual,
                                         encoding=request.encoding, control=control)
                warnings = plan_warnings(prepared)
                if warnings:
                    return ImportPending(prepared, warnings)
                result = import_prepared(corpus, prepared, control=control)
            if request.align and not result.aligned:  # the first alignment of a new bitext is not an undo step
                for bitext_id in result.bitext_ids:
                    if corpus.bead_count(bitext_id) == 0:
                        align_bitext(corpus, bitext_id, control=control)
            return result

    def reopen() -> None:
        window.reopen_session(read_only=read_only)
        if result_box and then is not None:
            then(result_box[0])

    return run_task(window, translate("Jobs", "Importing"), work, on_done=result_box.append,
                    on_end=reopen)


def align_fresh(window: JobHost, bitext_id: int) -> Task:
    """First alignment of a bitext without beads: written directly by the worker (there
    is nothing to undo), with the session's writer lock lent to it meanwhile."""
    session = window.session
    path, read_only = session.path, session.read_only
    window.suspend_session()

    def work(control: TaskControl) -> int:
        from aligner.align.service import align_bitext

        with Corpus.open(path) as corpus:
            return align_bitext(corpus, bitext_id, control=control)

    return run_task(window, translate("Jobs", "Aligning"), work,
                    on_end=lambda: window.reopen_session(read_only=read_only))


def find_index(window: JobHost, then: Callable[[], None] | None = None, *,
               quiet: bool = False) -> Task:
    """Fold every row's text for find in a worker (aligner.find_index: seconds at 10^6
    beads), hand the index to the model (with the edits made meanwhile replayed) and run
    `then` (the find that asked for it). `quiet`: no progress dialog until `reveal()` (the
    index prepared in the background after a large bitext is opened)."""
    model = window.model
    path, bitext_id = window.session.path, model.bitext_id
    show_excluded = model.show_excluded
    rows = model.beads
    # the table's columns when every row is read (no second read of 10^6 beads)
    ends = (rows.src_end.copy(), rows.tgt_end.copy()) if rows.complete else None
    snapshot = threading.Event()

    def work(control: TaskControl):
        from aligner.corpus.reads import iter_segment_texts
        from aligner.find_index import FindIndex, build_side

        try:
            corpus = Corpus.open(path, read_only=True)
        except BaseException:
            snapshot.set()  # never leave the GUI waiting
            raise
        with corpus, corpus.snapshot():
            corpus.bitext(bitext_id)  # the snapshot is taken at the first read
            snapshot.set()
            bitext = corpus.bitext(bitext_id)
            src_ends, tgt_ends = ends if ends is not None else _bead_ends(corpus, bitext_id)
            total = 2 * len(src_ends)
            sides = []
            for k, (doc_id, side_ends) in enumerate(((bitext.src_doc_id, src_ends),
                                                     (bitext.tgt_doc_id, tgt_ends))):
                sides.append(build_side(side_ends, corpus.doc_segment_count(doc_id),
                                        iter_segment_texts(corpus, doc_id), show_excluded,
                                        control, k * len(src_ends), total))
        return FindIndex(*sides)

    def done(index) -> None:
        if model.upkeep.adopt(index) and then is not None:
            then()

    model.upkeep.begin()
    task = run_task(window, translate("Jobs", "Preparing find"), work, on_done=done,
                    quiet=quiet)
    # edits are logged from here on: the worker must read the corpus as it is now
    snapshot.wait(10)
    return task


def _bead_ends(corpus: Corpus, bitext_id: int):
    import numpy as np

    src, tgt = [], []
    for bead in corpus.iter_beads(bitext_id):
        src.append(bead.src_end)
        tgt.append(bead.tgt_end)
    return np.asarray(src, np.int64), np.asarray(tgt, np.int64)


def export(window: JobHost, request: ExportRequest) -> Task:
    path = window.session.path

    def work(control: TaskControl) -> int:
        from aligner.exchange import export_corpus

        with Corpus.open(path, read_only=True) as corpus:  # export_corpus reads one state
            return export_corpus(corpus, request.fmt, request.out, bitext_ids=request.bitext_ids,
                                 confirmed_only=request.confirmed_only,
                                 min_score=request.min_score, control=control)

    def done(count: int) -> None:
        window.statusBar().showMessage(
            translate("Jobs", "Exported {count} units to {path}").format(
                count=count, path=request.out), 10000)

    title = translate("Jobs", "Exporting {format}").format(format=request.fmt.upper())
    return run_task(window, title, work, on_done=done)
