"""MainWindow: wiring only. The corpus browser and details panel are docks, the centre is
the alignment pane (ui.alignment.pane: table, overview, find and filter bars); the parts,
actions, menus and saved layout are built by ui.main_build.

State lives in the corpus (through the session); widgets only adapt it. Every edit goes
through `apply_edit`, which runs the core edit through the session's history
(aligner.history) and refreshes the rows the returned Change names.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow

from aligner.corpus import Corpus
from aligner.edits import Edit
from aligner.errors import DragomanError
from aligner.review import Query, realign_range

from .core_messages import error_text
from . import main_build, messages, settings, warmup
from .edit_names import EditNames
from .dialogs.export_dialog import ExportDialog
from .dialogs.import_dialog import ImportDialog
from .dialogs.shortcuts_dialog import ShortcutsDialog
from .alignment.editing import EditController
from .alignment.model import SRC, TGT
from .alignment.notice import notice_text
from .alignment.pane import AlignmentPane
from .jobs import tasks as jobs
from .importing import start_import
from .opening import open_session
from .session import CorpusSession

EDIT_ACTIONS = ("merge_beads", "src_down", "src_up", "tgt_down", "tgt_up", "insert_bead", "split_bead",
                "delete_bead", "edit_segment", "confirm", "confirm_through", "realign", "align", "import")
CORPUS_ACTIONS = ("close", "export", "find", "find_next", "find_prev", "filter",
                  "next_unconfirmed", "next_low", "toggle_excluded")


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.session: CorpusSession | None = None
        self.pane = AlignmentPane()
        # the pane's parts, named here because actions and tests reach them through the window
        self.model, self.proxy, self.view = self.pane.model, self.pane.proxy, self.pane.view
        self.overview, self.find_bar, self.filter_bar = \
            self.pane.overview, self.pane.find_bar, self.pane.filter_bar
        self.controller = EditController(self)
        main_build.build(self)
        self._connect()
        main_build.restore_geometry(self)
        self._update_title()
        self._update_enabled()

    def _connect(self) -> None:
        self.pane.currentChanged.connect(self._on_current_changed)
        self.view.sentenceActivated.connect(self.edit_segment)
        self.pane.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.pane.index_builder = lambda quiet: jobs.find_index(self, quiet=quiet)
        self.model.beadsChanged.connect(self._on_beads_changed)
        self.browser.bitextActivated.connect(self.open_bitext)
        self.browser.bitextActivated.connect(lambda _: self.view.setFocus())  # keys to the table
        self.segment_editor.saveRequested.connect(self.controller.save_text)
        self.segment_editor.splitRequested.connect(self.controller.split_segment)
        self.segment_editor.mergeRequested.connect(self.controller.merge_segments)
        self.segment_editor.excludeRequested.connect(self.controller.set_excluded)

    # --- corpus life cycle ------------------------------------------------------------
    def open_corpus(self, path: str | Path, *, read_only: bool = False) -> bool:
        """Open a corpus file; problems are explained in a message, never raised."""
        path = Path(path)
        if not path.exists():  # said before the open corpus is closed
            return open_session(self, path) is not None
        self.close_corpus()
        session = open_session(self, path, read_only=read_only)
        if session is None:
            return False
        self._attach(session)
        settings.add_recent_corpus(path)
        self._refresh_recent()
        bitexts = session.require().bitexts()
        wanted = settings.last_bitext(path)
        ids = [b.id for b in bitexts]
        if ids:
            self.open_bitext(wanted if wanted in ids else ids[0])
        else:
            self.model.load(session.corpus, None)
            self._show_corpus(session.corpus, None)
            self._refresh_browser()
        self.pages.setCurrentIndex(1)
        self._update_title()
        self._update_enabled()
        return True

    def _attach(self, session: CorpusSession) -> None:
        self.session = session
        warmup.start()  # the first merge or split should not import numba on this thread
        session.changed.connect(self._on_change)
        session.historyChanged.connect(self._show_history)
        session.history.set_clean()
        self._show_history()

    def _show_history(self) -> None:
        """The Undo/Redo actions and the modified flag show the session's core history;
        undo is offered only while the corpus is open for writing (see can_edit)."""
        session = self.session
        history = session.history if session is not None and session.can_edit else None
        names = EditNames()  # an entity edit's label in the interface's language
        for action_id, can, label in (
                ("undo", history is not None and history.can_undo,
                 history and names.text(history.next_undo())),
                ("redo", history is not None and history.can_redo,
                 history and names.text(history.next_redo()))):
            self.actions[action_id].setEnabled(bool(can))
            title = self.tr("&Undo") if action_id == "undo" else self.tr("&Redo")
            self.actions[action_id].setText(f"{title} {label or ''}".rstrip())
        # every edit is committed when it is made: say so, rather than a "*" for unsaved work
        self.saved_label.setText("" if session is None else
                                 self.tr("read-only") if session.read_only
                                 else self.tr("all changes saved"))

    def close_corpus(self) -> None:
        """Close the file (every edit is already saved); the session and its history stay
        alive, so reopening the same corpus in this run can still undo."""
        if self.session is None:
            return
        self._remember_position()
        session, self.session = self.session, None
        for signal, slot in ((session.changed, self._on_change),
                             (session.historyChanged, self._show_history)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._show_history()
        self.pane.notice.show_text("")
        self.segment_editor.hide()
        self.model.load(None, None)
        session.close()
        self.browser.populate(None)
        self._show_corpus(None, None)
        self.details.show_bead(None, -1, [], [], "", "")
        self.pages.setCurrentIndex(0)
        self._update_title()
        self._update_enabled()

    def suspend_session(self) -> None:
        """Lend the writer lock to a worker: the table lets go of the connection too (it
        reads sentences lazily), and `reopen_session` brings both back where they were."""
        if self.session is None:
            return
        self._suspended = (self.model.bitext_id, self.current_position())
        self.segment_editor.hide()
        self.model.load(None, None)
        self._show_corpus(None, None)
        self.session.close(lend=True)
        self._show_history()
        self._update_enabled()

    def reopen_session(self, *, read_only: bool = False) -> None:
        """Take the connection back after a job that needed the writer lock."""
        if self.session is None:
            return
        try:
            self.session.open(read_only=read_only)
        except Exception as exc:  # noqa: BLE001 - tell the user, leave the window usable
            messages.error(self, self.tr("Cannot reopen corpus"), error_text(exc))
            self.close_corpus()
            return
        bitext, row = getattr(self, "_suspended", (None, -1))
        ids = [b.id for b in self.session.require().bitexts()]
        if bitext in ids:
            self.model.load(self.session.corpus, bitext)
            self._show_corpus(self.session.corpus, bitext)
            self.go_to_position(max(0, row))
        elif ids:
            self.open_bitext(ids[0])
        else:
            self.model.load(self.session.corpus, None)
            self._show_corpus(self.session.corpus, None)
        self._refresh_browser()
        self._show_history()
        self._update_enabled()

    def open_bitext(self, bitext_id: int) -> None:
        if self.session is None or self.session.corpus is None:
            return
        self._remember_position()
        self._use_filter(False)
        self.model.load(self.session.corpus, bitext_id)
        self._show_corpus(self.session.corpus, bitext_id)
        self.pane.notice.show_text(notice_text(self.session.corpus, bitext_id))
        settings.set_last_bitext(self.session.path, bitext_id)
        self._refresh_browser()
        self.go_to_position(settings.last_position(self.session.path, bitext_id))
        self._update_title()

    def _remember_position(self) -> None:
        if self.session is not None and self.model.bitext_id is not None:
            settings.set_last_position(self.session.path, self.model.bitext_id,
                                       max(0, self.current_position()))

    # --- positions (the pane maps rows and bead positions) ------------------------------
    def current_position(self) -> int:
        return self.pane.current_position()

    def selected_positions(self) -> list[int]:
        return self.pane.selected_positions()

    def go_to_position(self, position: int, column: int | None = None) -> None:
        self.pane.go_to_position(position, column)

    def go_to_bead(self, bitext_id: int, position: int) -> None:
        """Show a bead of any bitext (the names pane's jumps)."""
        if bitext_id != self.model.bitext_id:
            self.open_bitext(bitext_id)
        self.go_to_position(position)

    def _use_filter(self, on: bool) -> None:
        self.pane.use_filter(on)

    def segment_text(self, segment_id: int) -> str | None:
        try:
            return self.session.require().segment(segment_id).text
        except Exception:  # noqa: BLE001 - unknown id: the edit itself will say so
            return None

    # --- edits ------------------------------------------------------------------------
    def apply_edit(self, edit: Edit) -> bool:
        """Run a core edit through the session's history; a refusal is explained, never raised."""
        return self._run(EditNames().text(edit), lambda session: session.apply(edit))

    def apply_group(self, label: str, edits: list[Edit], kind: str = "") -> bool:
        """Several edits as one undo step (aligner.history.EditGroup): all or nothing.
        `label` is the English name; `kind` words it in the interface (ui.edit_names)."""
        return self._run(EditNames().words(kind, {}, label),
                         lambda session: session.apply_group(label, edits, kind))

    def _run(self, label: str, apply: Callable[[CorpusSession], Any]) -> bool:
        session = self.session
        if session is None or session.corpus is None:
            return False
        if session.read_only:
            messages.error(self, self.tr("Read-only corpus"),
                           self.tr("{path} is open read-only.").format(path=session.path))
            return False
        try:
            apply(session)
        except DragomanError as exc:
            messages.error(self, label or self.tr("Edit"), error_text(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - an unexpected failure: say so, reread
            messages.error(self, label or self.tr("Edit"), f"{type(exc).__name__}: {exc}")
            self.model.apply_change(None)
            return False
        return True

    def _on_change(self, change: Any) -> None:
        bitext_id = getattr(change, "bitext_id", None)
        if bitext_id is not None and self.model.bitext_id is not None \
                and bitext_id != self.model.bitext_id:
            # undo/redo of an edit made in another bitext (one history per corpus): show
            # it where it happened, freshly read, rather than change it out of sight
            self.open_bitext(bitext_id)
            self.go_to_position(change.first)
            if self.segment_editor.isVisible():
                self._load_segment_editor()
            return
        self.model.apply_change(change)
        self.names_pane.on_change(change)
        self.annotation.on_change(change)
        self._on_current_changed(self.current_position())
        if self.segment_editor.isVisible():
            self._load_segment_editor()

    def _on_beads_changed(self) -> None:
        if self.model.bitext_id is not None:
            done = self.model.confirmed_count()
            self.browser.update_progress(self.model.bitext_id, done, len(self.model.beads))
        self._update_position_label()

    def _show_corpus(self, corpus: Corpus | None, bitext_id: int | None) -> None:
        self.names_pane.set_corpus(corpus, bitext_id)
        self.annotation.set_corpus(corpus)
        self.annotation.show_bead(-1)  # row 0 of another bitext is another bead: show it anew

    def _on_current_changed(self, row: int) -> None:
        self.annotation.show_bead(row)
        if 0 <= row < len(self.model.beads):
            self.details.show_bead(self.model.beads[row], row, self.model.side_segments(row, SRC),
                                   self.model.side_segments(row, TGT), self.model.src_lang,
                                   self.model.tgt_lang)
        else:
            self.details.show_bead(None, -1, [], [], "", "")
        self._update_position_label()

    # --- sentence editor (F2) ---------------------------------------------------------
    def edit_segment(self, segment_id: int = -1) -> None:
        """F2 or a double-click: edit a sentence of the current bead (the one clicked)."""
        if self.current_position() < 0:
            return
        self._editor_side = self.view.current_column()
        self._load_segment_editor()
        ids = [s.id for s in self.model.side_segments(self.current_position(), self._editor_side)]
        if segment_id in ids:
            self.segment_editor.picker.setCurrentIndex(ids.index(segment_id))
        self.segment_editor.show()
        self.segment_editor.raise_()
        self.segment_editor.editor.setFocus()

    def _load_segment_editor(self) -> None:
        row = self.current_position()
        if row < 0:
            self.segment_editor.hide()
            return
        side = getattr(self, "_editor_side", SRC)
        keep = self.segment_editor.picker.currentIndex()
        self.segment_editor.set_segments(self.model.side_segments(row, side), self.model.lang(side),
                                         max(0, keep))

    # --- long jobs --------------------------------------------------------------------
    def realign_selection(self):
        span = realign_range(self.model.beads, self.selected_positions())
        if span is None or self.model.bitext_id is None:
            messages.info(self, self.tr("Re-align"), self.tr("Select unconfirmed beads to re-align."))
            return None
        return jobs.realign(self, self.model.bitext_id, span[0], span[1])

    def align_bitext(self):
        if self.model.bitext_id is None:
            return None
        if not self.model.beads:
            return jobs.align_fresh(self, self.model.bitext_id)
        return jobs.realign(self, self.model.bitext_id)

    def import_dialog(self) -> None:
        dialog = ImportDialog(self)
        if dialog.exec():
            self.start_import(dialog.request())

    def start_import(self, request):
        return start_import(self, request)

    def export_dialog(self) -> None:
        dialog = ExportDialog(self.model.bitext_id, self)
        if dialog.exec():
            request = dialog.request()
            if not request.out:
                messages.error(self, self.tr("Export"), self.tr("Choose an output file."))
                return
            jobs.export(self, request)

    # --- find and filter (the pane does them) -------------------------------------------
    def find(self, query: Query | None = None, backwards: bool = False) -> int | None:
        return self.pane.find(query, backwards)

    def set_filter(self, values: dict) -> None:
        self.pane.set_filter(values)

    def toggle_excluded(self) -> None:
        self.pane.set_show_excluded(self.actions["toggle_excluded"].isChecked())

    # --- small dialogs ----------------------------------------------------------------
    def new_corpus_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New corpus"), "corpus.dragoman",
                                              self.tr("Dragoman corpus (*.dragoman)"))
        if path:
            self.new_corpus(path)

    def new_corpus(self, path: str | Path) -> bool:
        try:
            Corpus.create(path).close()
        except (DragomanError, OSError) as exc:
            messages.error(self, self.tr("Cannot create corpus"), error_text(exc))
            return False
        return self.open_corpus(path)

    def open_corpus_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open corpus"), "",
                                              self.tr("Dragoman corpus (*.dragoman);;All files (*)"))
        if path:
            self.open_corpus(path)

    def shortcuts_dialog(self) -> None:
        ShortcutsDialog(self.actions, self).exec()

    def about(self) -> None:
        from aligner import __version__

        messages.info(self, self.tr("About Dragoman"), self.tr(
            "Dragoman {version}: align, correct and export Arabic–English–French parallel "
            "corpora.").format(version=__version__))

    # --- window state -----------------------------------------------------------------
    def _refresh_browser(self) -> None:
        corpus = self.session.corpus if self.session else None
        progress = {}
        if self.model.bitext_id is not None:
            done = self.model.confirmed_count()
            progress[self.model.bitext_id] = (done, len(self.model.beads))
        self.browser.populate(corpus, self.model.bitext_id, progress)

    def _refresh_recent(self) -> None:
        self.recent_list.clear()
        self.recent_list.addItems(settings.recent_corpora())

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("Dragoman"))
            return
        name = self.session.path.name
        if self.model.bitext is not None:
            bitext = self.model.bitext
            name += " — " + (bitext.name or self.tr("bitext {id}").format(id=bitext.id))
        suffix = " " + self.tr("(read-only)") if self.session.read_only else ""
        self.setWindowTitle(self.tr("{name}{suffix} — Dragoman").format(name=name, suffix=suffix))

    def _update_position_label(self) -> None:
        total = len(self.model.beads)
        if self.model.bitext_id is None:
            self.position_label.setText("")
            return
        done = self.model.confirmed_count()
        row = self.current_position()
        where = (self.tr("bead {row} of {total}").format(row=row + 1, total=total) if row >= 0
                 else self.tr("{total} beads").format(total=total))
        self.position_label.setText(where + " · " + self.tr("{done} confirmed").format(
            done="…" if done is None else done))  # None: a large bitext is still being read

    def _update_enabled(self) -> None:
        is_open = self.session is not None and self.session.corpus is not None
        writable = is_open and not self.session.read_only
        for action_id in CORPUS_ACTIONS:
            self.actions[action_id].setEnabled(is_open)
        for action_id in EDIT_ACTIONS:
            self.actions[action_id].setEnabled(writable)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Nothing to save: every edit was committed when made. Remember where we were."""
        main_build.save_layout(self)
        from .jobs.workers import stop_all

        stop_all()
        self.close_corpus()
        event.accept()
