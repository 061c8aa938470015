"""Entity work over many sentences: Propagate (tag all occurrences), Suggest, and Import
Gazetteer (a TSV `text<TAB>LABEL` or TBX file's names as suggestions).

Each one asks its scope (the open bitext or the whole corpus; for a gazetteer, the file
too), computes in a worker (ui.jobs.workers: progress, Cancel) on its own read-only
connection, then shows the plan in a PreviewDialog with checkboxes; only the ticked rows
are written, as one core edit through the window's history (one undo step). A bad
gazetteer (a broken line, an unknown label, hostile XML) is refused in the worker with
the file and line named, before anything is written.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from aligner.corpus import Corpus
from aligner.edits import Edit
from aligner.tasks import TaskControl

from .. import messages
from ..i18n import translate
from ..jobs.workers import Task, run_task
from .preview import PreviewDialog

KINDS = ("propagate", "suggest", "gazetteer")


@dataclass
class Outcome:
    """What a worker hands back: the core plan, the rows to preview (indices into the
    plan's added entities), document titles, and gazetteer concepts skipped."""

    plan: Any
    shown: list[int]
    titles: dict[int, str]
    skipped: int = 0


def _title(kind: str) -> str:
    return {"propagate": translate("Bulk", "Propagate Entities"),
            "suggest": translate("Bulk", "Suggest Entities"),
            "gazetteer": translate("Bulk", "Import Gazetteer")}[kind]


class ScopeDialog(QDialog):
    """Where to work (this bitext or the whole corpus) and, for a gazetteer, which file.
    Keyboard: type or paste the path (Alt+B browses), arrows pick the scope, Enter runs."""

    def __init__(self, kind: str, bitext_name: str, bitexts: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(_title(kind))
        layout = QVBoxLayout(self)
        self.path = QLineEdit()
        self.path.setObjectName("gazetteer_path")
        if kind == "gazetteer":
            intro = QLabel(self.tr("A gazetteer is a list of names: a TSV file with "
                                   "name<TAB>LABEL on each line, or a TBX glossary whose "
                                   "entries carry a label (subjectField). Its names become "
                                   "suggestions."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
            label = QLabel(self.tr("&File:"))
            label.setBuddy(self.path)
            browse = QPushButton(self.tr("&Browse…"))
            browse.clicked.connect(self.browse)
            row = QHBoxLayout()
            row.addWidget(label)
            row.addWidget(self.path, 1)
            row.addWidget(browse)
            layout.addLayout(row)
        self.this = QRadioButton(self.tr("&This bitext ({name})").format(name=bitext_name))
        self.every = QRadioButton(self.tr("The whole &corpus ({n} bitexts)").format(n=bitexts))
        self.group = QButtonGroup(self)
        for button in (self.this, self.every):
            self.group.addButton(button)
            layout.addWidget(button)
        self.this.setChecked(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.path if kind == "gazetteer" else self.this).setFocus()

    def whole_corpus(self) -> bool:
        return self.every.isChecked()

    def gazetteer(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Gazetteer"), self.path.text(),
            self.tr("Gazetteers (*.tsv *.txt *.tbx);;All files (*)"))
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if self.kind == "gazetteer":
            path = self.gazetteer()
            if path is None or not path.is_file():
                self.problem.setText(self.tr("Choose a gazetteer file (.tsv or .tbx)."))
                self.path.setFocus()
                return
        super().accept()


def compute(path: Path, kind: str, bitext_ids: list[int] | None, gazetteer: Path | None,
            control: TaskControl) -> Outcome:
    """The worker's part: the plan on a read-only snapshot (never the GUI's connection)."""
    from aligner.entities import service
    from aligner.entities.gazetteer import read_gazetteers

    with Corpus.open(path, read_only=True) as corpus, corpus.snapshot():
        titles = {d.id: d.title for d in corpus.documents()}
        if kind == "propagate":
            plan = service.propagate(corpus, bitext_ids, control=control)
            return Outcome(plan, list(range(len(plan.rows))), titles)
        ids = bitext_ids if bitext_ids is not None else [b.id for b in corpus.bitexts()]
        if kind == "suggest":
            plan = service.suggest_bitexts(corpus, ids, control=control)
            return Outcome(plan, list(range(len(plan.rows))), titles)
        assert gazetteer is not None
        names = read_gazetteers([gazetteer], {lab.name for lab in corpus.labels()})
        plan = service.suggest_bitexts(corpus, ids, gazetteer=names.entries, control=control)
        # only what the gazetteer's names found (with their counterparts): the rest is
        # what Suggest offers anyway
        shown = [i for i, r in enumerate(plan.rows) if r["origin"] == "gazetteer"]
        return Outcome(plan, shown, titles, names.skipped)


class BulkEntities(QObject):
    """The three actions' flow; the window is the jobs' host (session, status bar)."""

    def __init__(self, window: Any, apply_edit: Callable[[Edit], bool]) -> None:
        super().__init__(window)
        self.window, self.apply_edit = window, apply_edit
        self.dialog: QDialog | None = None  # the scope or preview dialog open now
        self.task: Task | None = None

    def start(self, kind: str) -> ScopeDialog | None:
        """Ask the scope (and file): the dialog is opened, not run, so keys reach it."""
        window = self.window
        session = window.session
        if session is None or session.corpus is None or window.model.bitext is None:
            return None
        bitext = window.model.bitext
        dialog = ScopeDialog(kind, bitext.name or str(bitext.id),
                             len(session.corpus.bitexts()), window)
        dialog.accepted.connect(lambda: self.run(
            kind, None if dialog.whole_corpus() else [bitext.id], dialog.gazetteer()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def run(self, kind: str, bitext_ids: list[int] | None,
            gazetteer: Path | None = None) -> Task | None:
        """Compute in a worker; the preview opens when it is done."""
        session = self.window.session
        if session is None or session.corpus is None:
            return None
        path = session.path
        self.task = run_task(self.window, _title(kind),
                             lambda control: compute(path, kind, bitext_ids, gazetteer, control),
                             on_done=lambda outcome: self.preview(kind, outcome))
        return self.task

    def preview(self, kind: str, outcome: Outcome) -> PreviewDialog | None:
        title = _title(kind)
        plan = outcome.plan
        if plan.edit is None or not outcome.shown:
            text = translate("Bulk", "No name of the gazetteer was found in these texts.") \
                if kind == "gazetteer" else translate("Bulk", "Nothing new to tag.")
            messages.info(self.window, title, text + self._skipped(outcome))
            return None
        rows = [plan.rows[i] for i in outcome.shown]
        dialog = PreviewDialog(title, rows, self.window, outcome.titles)
        dialog.accepted.connect(lambda: self.write(kind, outcome,
                                                   [outcome.shown[i] for i in dialog.checked()]))
        self.dialog = dialog
        dialog.open()
        if outcome.skipped:
            self.window.statusBar().showMessage(self._skipped(outcome).strip(), 10000)
        return dialog

    def _skipped(self, outcome: Outcome) -> str:
        if not outcome.skipped:
            return ""
        return " " + translate("Bulk", "{n} glossary entries without a label or a name were "
                                       "left out.").format(n=outcome.skipped)

    def write(self, kind: str, outcome: Outcome, chosen: list[int]) -> bool:
        edit = outcome.plan.only(chosen)
        if edit is None:
            self.window.statusBar().showMessage(translate("Bulk", "Nothing ticked: nothing "
                                                                  "written."), 5000)
            return False
        if not self.apply_edit(edit):
            return False
        done = {"propagate": translate("Bulk", "Tagged {n} occurrences."),
                "suggest": translate("Bulk", "Stored {n} suggestions."),
                "gazetteer": translate("Bulk", "Stored {n} suggestions from the gazetteer.")}
        self.window.statusBar().showMessage(done[kind].format(n=len(edit.add)), 10000)
        return True
