"""The names register pane: the names of a bitext or the corpus, their spellings, the
variants found, and the consistency list.

Keyboard first (keys act while the pane has the focus; F8 everywhere, from the window):
  Up/Down        move in a list; Tab goes entries -> spellings -> variants -> inconsistencies
  Enter          on a spelling: choose it for the language shown; on a variant place or an
                 inconsistency: jump to its bead
  Ctrl+1..9      show the spellings of the n-th language
  K              change the entry's kind (name -> exonym -> translation)
  F              fix the selected inconsistency
  Shift+F        fix all (a preview first; one undoable edit)
  F8             next inconsistency (selects it and jumps to its bead)
  Delete         remove the entry from the register (undoable)
  P              proposals from tagged entities and name pairs (checkboxes; one edit)
  Ctrl+Shift+N   (from anywhere in the window) show the pane, the focus on its entries

The pane owns no state: it reads an aligner.names.overview.RegisterOverview of the corpus
and sends every change as a core edit through `apply_edit`. A large scope is read in the
background (scan.py), whatever its size, so the window never waits for it; progress and
Cancel (Esc) show in the pane when it takes longer than a moment.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDockWidget, QListWidgetItem, QTreeWidgetItem, QWidget

from aligner.model import NameKind
from aligner.names.consistency import Inconsistency
from aligner.names.edits import ChangeEntry, DeleteEntry, FixSpellings, SetScheme
from aligner.names.overview import SCHEMES, RegisterOverview
from aligner.history import EditGroup
from aligner.names.register import with_kind, with_spelling

from ..edit_names import named
from . import layout
from .fix_dialog import FixAllDialog
from .proposals_dialog import ProposalsDialog
from .proposing import find_proposals
from .scan import NamesScan, Reading, read

ID_ROLE = Qt.ItemDataRole.UserRole
# Words the pane shows from the core's data (an entry's kind, where a spelling comes
# from), marked for lupdate here and shown through self.tr; scheme ids stay as they are.
_DATA_WORDS = (QT_TRANSLATE_NOOP("NamesPane", "name"), QT_TRANSLATE_NOOP("NamesPane", "exonym"),
               QT_TRANSLATE_NOOP("NamesPane", "translation"),
               QT_TRANSLATE_NOOP("NamesPane", "chosen"), QT_TRANSLATE_NOOP("NamesPane", "corpus"),
               QT_TRANSLATE_NOOP("NamesPane", "preferred"),
               QT_TRANSLATE_NOOP("NamesPane", "admitted"),
               QT_TRANSLATE_NOOP("NamesPane", "deprecated"),
               QT_TRANSLATE_NOOP("NamesPane", "other language"))
_KINDS = [NameKind.NAME, NameKind.EXONYM, NameKind.TRANSLATION]
# Rows a list shows at most (a QTreeWidget of 10^5 rows takes the GUI thread for a minute):
# the inconsistencies, and the places of one spelling.
LISTED = 1000
PLACES_LISTED = 200
_SCOPES = ("bitext", "corpus")


class NamesPane(QWidget):
    """See the module docstring. `apply_edit(edit) -> bool` runs a core edit (the window's
    history); `jump(bitext_id, bead_position)` shows a bead."""

    message = Signal(str)

    def __init__(self, apply_edit: Callable[[object], bool],
                 jump: Callable[[int, int], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("names_pane")
        self._apply_edit, self._jump = apply_edit, jump
        self.corpus = None
        self.bitext_id: int | None = None
        self.overview: RegisterOverview | None = None
        self._last_jump: tuple[int, int] | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.scan = NamesScan(self)
        # the bar and Cancel show once a reading has taken this long (a bitext of a few
        # thousand beads is read in a blink: no bar flashes)
        self._scan_shown = QTimer(self)
        self._scan_shown.setSingleShot(True)
        self._scan_shown.setInterval(300)
        self._scan_shown.timeout.connect(self._show_scan_row)
        self.scan.progress.connect(self._scan_progress)
        self.scan.done.connect(self._scan_done)
        self.scan.stopped.connect(self._scan_stopped)
        self._bitext_names: dict[int, str] = {}
        self._problem_row: int | None = None
        self._proposals = None  # the task looking for proposals (P)
        layout.build(self)  # the widgets and keys (ui.names.layout)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide enough for the spellings when the dock first opens; the minimum stays
        small so the window still fits a small screen."""
        return QSize(440, 720)

    def focus_pane(self) -> None:
        """Show the pane (its dock may be a tab behind another) and give its entries the
        focus: the keyboard way in."""
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
        self.entries.setFocus()

    # --- data -------------------------------------------------------------------------
    def set_corpus(self, corpus, bitext_id: int | None) -> None:
        """The corpus (None: closed) and the bitext the window shows."""
        if corpus is not self.corpus:
            self.scan.forget()
        self.corpus, self.bitext_id = corpus, bitext_id
        self.refresh()

    def on_change(self, change) -> None:
        """A core edit happened: re-read when it touched the register or sentence texts."""
        if change is None or getattr(change, "register", False) or getattr(change, "doc_ids", None):
            self._refresh_timer.start()

    @property
    def scanning(self) -> bool:
        """Is a reading of the corpus due or running (what the pane shows may be out of
        date)?"""
        return self.scan.running or self._refresh_timer.isActive()

    def refresh(self) -> None:
        """Read the scope again in the background (the pane keeps showing what it read
        last until the new reading is in). An empty register is no reading: shown at once."""
        self._refresh_timer.stop()
        scope = self.scope.currentData()
        ids = [self.bitext_id] if scope == "bitext" and self.bitext_id is not None else None
        if self.corpus is None or not self.corpus.register_entries():
            self.scan.forget()
            self._scan_shown.stop()
            self.scan_row.hide()
            self._show_reading(read(self.corpus, ids) if self.corpus is not None else None)
            return
        self.scan_label.setText(self.tr("Reading names…"))
        self.scan_bar.setRange(0, 0)  # busy until the first report
        self.scan_bar.show()
        self.scan_cancel.show()
        self.scan_again.hide()
        if not self.scan_row.isVisible():
            self._scan_shown.start()
        self.scan.start(self.corpus.path, ids)

    def _show_scan_row(self) -> None:
        if self.scan.running:
            self.scan_row.show()

    def cancel_scan(self) -> bool:
        self._refresh_timer.stop()
        if not self.scan.running:
            return False
        self.scan.cancel()
        return True

    def _reading_now(self) -> bool:
        """Say so and refuse when the pane's lists are being read again: their places may
        be out of date (an edit a moment ago)."""
        if self.scanning:
            self.message.emit(self.tr("The names are being read again; try in a moment."))
            return True
        return False

    def _scan_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.scan_bar.setRange(0, total)
            self.scan_bar.setValue(min(done, total))

    def _scan_done(self, reading: Reading) -> None:
        self._scan_shown.stop()
        self.scan_row.hide()
        self._show_reading(reading)

    def _scan_stopped(self) -> None:
        self._scan_shown.stop()
        self.scan_label.setText(self.tr("Names not read (cancelled)."))
        self.scan_bar.hide()
        self.scan_cancel.hide()
        self.scan_again.show()
        self.scan_row.show()

    def _show_reading(self, reading: Reading | None) -> None:
        self.overview = reading.overview if reading is not None else None
        self._bitext_names = reading.bitext_names if reading is not None else {}
        self._fill()

    def _fill(self) -> None:
        ov = self.overview
        keep = self.current_entry_id()
        keep_lang = self.lang.currentData()
        self.entries.blockSignals(True)
        self.entries.clear()
        langs = ov.languages if ov else []
        self._entry_headers(langs)
        for e in (ov.entries if ov else []):
            row = ov.row(e.id)
            if ov.bitext_ids is not None and not row.places:
                continue  # not in this bitext
            cells = [" / ".join(e.arabic_forms()), self.tr(e.kind.value),
                     *[e.spelling(lang) or "—" for lang in langs],
                     str(row.total()), str(row.inconsistencies or "")]
            item = QTreeWidgetItem(cells)
            item.setData(0, ID_ROLE, e.id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                  | Qt.AlignmentFlag.AlignVCenter)  # Arabic: right in both UIs
            self.entries.addTopLevelItem(item)
            if e.id == keep:
                self.entries.setCurrentItem(item)
        if self.entries.currentItem() is None and self.entries.topLevelItemCount():
            self.entries.setCurrentItem(self.entries.topLevelItem(0))
        self.entry_columns.fit()
        self.entries.blockSignals(False)
        self.lang.blockSignals(True)
        self.lang.clear()
        for lang in langs:
            self.lang.addItem(lang, lang)
        if keep_lang in langs:
            self.lang.setCurrentIndex(langs.index(keep_lang))
        self.lang.blockSignals(False)
        self._fill_problems()
        self._show_entry()
        count = self.entries.topLevelItemCount()
        fix = len(ov.inconsistencies) if ov else 0
        self.summary.setText(self.tr("%n name(s)", "", count) + " · "
                             + self.tr("%n to fix", "", fix))

    def _entry_headers(self, langs: list[str]) -> None:
        self.entries.setHeaderLabels([self.tr("Arabic"), self.tr("Kind"), *langs,
                                      self.tr("Places"), self.tr("To fix")])

    def _fill_problems(self) -> None:
        self.problems.clear()
        found = self.overview.inconsistencies if self.overview else []
        for k, inc in enumerate(found[:LISTED]):
            occ = inc.occurrence
            item = QTreeWidgetItem([self._bitext_names.get(occ.bitext_id, ""), str(occ.bead + 1),
                                    inc.found_in_context, inc.written])
            item.setData(0, ID_ROLE, ("problem", k))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            self.problems.addTopLevelItem(item)
        if len(found) > LISTED:  # the list is for reading; F8 and Shift+F reach them all
            more = QTreeWidgetItem(["", "", self.tr("… %n more (F8 and Shift+F reach them)",
                                                    "", len(found) - LISTED), ""])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.problems.addTopLevelItem(more)
        self.problem_columns.fit()
        row, self._problem_row = self._problem_row, None
        if row is not None and self.problems.topLevelItemCount():
            self.problems.setCurrentItem(self.problems.topLevelItem(
                min(row, self.problems.topLevelItemCount() - 1)))

    def current_entry_id(self) -> int | None:
        item = self.entries.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def _show_entry(self) -> None:
        self.spellings.clear()
        self.variants.clear()
        name_id, lang = self.current_entry_id(), self.lang.currentData()
        if self.overview is None or name_id is None:
            return
        scheme = self.overview.schemes.get(lang or "", "news")
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(scheme)))
        if lang:
            for cand in self.overview.candidates(name_id, lang):
                label = cand.text
                extra = [self.tr(cand.source)]
                if cand.count:
                    extra.append(self.tr("%n in the corpus", "", cand.count))
                item = QListWidgetItem(f"{label}    ({', '.join(extra)})")
                item.setData(ID_ROLE, (cand.text, cand.source if cand.source in SCHEMES else ""))
                if cand.source == "chosen":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.spellings.addItem(item)
            self.spellings.setCurrentRow(0)
        row = self.overview.row(name_id)
        by_text: dict[tuple[str, str], list] = {}
        for occ in row.places:
            by_text.setdefault((occ.lang, occ.text), []).append(occ)
        for (lg, text), places in sorted(by_text.items(), key=lambda kv: (kv[0][0] != "ar",
                                                                         kv[0][0], -len(kv[1]))):
            top = QTreeWidgetItem([text, lg, str(len(places))])
            top.setData(0, ID_ROLE, ("place", places[0].bitext_id, places[0].bead))
            for occ in places[:PLACES_LISTED]:
                child = QTreeWidgetItem([self.tr("%1, bead %2").replace("%1", self._bitext_names.get(
                    occ.bitext_id, "")).replace("%2", str(occ.bead + 1)), "", ""])
                child.setData(0, ID_ROLE, ("place", occ.bitext_id, occ.bead))
                top.addChild(child)
            if len(places) > PLACES_LISTED:
                top.addChild(QTreeWidgetItem([self.tr("… %n more", "",
                                                      len(places) - PLACES_LISTED), "", ""]))
            self.variants.addTopLevelItem(top)

    def _show_language(self, index: int) -> None:
        if 0 <= index < self.lang.count():
            self.lang.setCurrentIndex(index)
            self.spellings.setFocus()

    # --- actions ----------------------------------------------------------------------
    def _entry(self):
        """The current entry as stored now (the overview may be a moment old: a change
        built on it would undo the one just made)."""
        name_id = self.current_entry_id()
        if name_id is None or self.corpus is None:
            return None
        return next((e for e in self.corpus.register_entries() if e.id == name_id), None)

    def _choose_spelling(self, item: QListWidgetItem | None = None) -> bool:
        item = item or self.spellings.currentItem()
        entry, lang = self._entry(), self.lang.currentData()
        if item is None or entry is None or not lang:
            return False
        text, scheme = item.data(ID_ROLE)
        if text == entry.spelling(lang):
            return False
        label = self.tr("Spell %1 “%2” in %3")  # the Undo menu item names the step
        return self._apply_edit(ChangeEntry(with_spelling(entry, lang, text, scheme), _fill_in(
            label, entry.arabic, text, lang)))

    def _choose_scheme(self) -> None:
        lang, scheme = self.lang.currentData(), self.scheme.currentData()
        if lang and self.overview is not None and self.overview.schemes.get(lang) != scheme:
            edit = SetScheme(lang, scheme)
            edit.label = _fill_in(self.tr("Follow %1 in %2"), scheme, lang)
            self._apply_edit(edit)

    def cycle_kind(self) -> bool:
        entry = self._entry()
        if entry is None:
            return False
        kind = _KINDS[(_KINDS.index(entry.kind) + 1) % len(_KINDS)]
        return self._apply_edit(ChangeEntry(with_kind(entry, kind), _fill_in(
            self.tr("Make %1 a %2"), entry.arabic, self.tr(kind.value))))

    def delete_entry(self) -> bool:
        entry = self._entry()  # named so that the Undo item reads in the interface's language
        return entry is not None and self._apply_edit(named(DeleteEntry(entry.id), "delete_entry", arabic=entry.arabic))

    def propose(self) -> bool:
        """Proposals from the scope's tagged entities and name pairs, checked by the user,
        added as one undoable edit."""
        if self.corpus is None or self.proposing:
            return False
        ids = self.overview.bitext_ids if self.overview is not None else None
        self._proposals = find_proposals(self, self.corpus.path, ids, self._offer)
        self._proposals.finished.connect(lambda _: setattr(self, "_proposals", None))
        return True

    @property
    def proposing(self) -> bool:
        """Are proposals being looked for (or offered)?"""
        return self._proposals is not None

    def _offer(self, proposals) -> bool:
        if not proposals:
            self.message.emit(self.tr("Nothing new to propose."))
            return False
        dialog = ProposalsDialog(proposals, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return False
        chosen = dialog.chosen()
        edit = EditGroup(_fill_in(self.tr("Add %1 register proposals"), str(len(chosen))),
                         [p.edit() for p in chosen])
        return self._apply_edit(edit)

    def _problem(self, item: QTreeWidgetItem | None) -> Inconsistency | None:
        if item is None or self.overview is None:
            return None
        data = item.data(0, ID_ROLE)
        if isinstance(data, tuple) and data[0] == "problem":
            return self.overview.inconsistencies[data[1]]
        return None

    def fix_selected(self) -> bool:
        fix = self._problem(self.problems.currentItem())
        if fix is None or self._reading_now():
            return False
        row = self.problems.currentIndex().row()
        edit = FixSpellings([fix])
        edit.label = _fill_in(self.tr("Write “%1” for “%2”"), fix.written, fix.found_in_context)
        done = self._apply_edit(edit)
        if done:
            self._problem_row = row  # where the next one is, once the list is read again
            self.problems.setFocus()
            self.refresh()
        return done

    def fix_all(self) -> bool:
        if self._reading_now():
            return False
        if self.overview is None or not self.overview.inconsistencies:
            self.message.emit(self.tr("No inconsistent spellings."))
            return False
        fixes = self.overview.inconsistencies
        texts = {}
        for fix in fixes[:LISTED]:  # the preview shows these; the edit fixes them all
            sid = fix.occurrence.segment_id
            if sid not in texts:
                texts[sid] = self.corpus.segment(sid).text
        dialog = FixAllDialog(fixes, self._bitext_names, texts, self, shown=LISTED)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        edit = FixSpellings(fixes)
        edit.label = _fill_in(self.tr("Fix %1 name spellings"), str(len(fixes))) \
            if len(fixes) > 1 else _fill_in(self.tr("Write “%1” for “%2”"), fixes[0].written,
                                            fixes[0].found_in_context)
        done = self._apply_edit(edit)
        if done:
            self.refresh()
        return done

    def next_inconsistency(self) -> Inconsistency | None:
        if self.overview is None or self._reading_now():
            return None
        order = [b for b in self._bitext_names]
        nxt = self.overview.next_inconsistency(self._last_jump, order)
        if nxt is None:
            self.message.emit(self.tr("No inconsistent spellings."))
            return None
        k = self.overview.inconsistencies.index(nxt)
        if k < LISTED:
            self.problems.setCurrentItem(self.problems.topLevelItem(k))
        else:
            self.problems.setCurrentItem(None)
        occ = nxt.occurrence
        self._last_jump = (occ.bitext_id, occ.bead)
        self._jump(occ.bitext_id, occ.bead)
        return nxt

    def _jump_to_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, ID_ROLE)
        if isinstance(data, tuple) and data[0] == "place":
            self._last_jump = (data[1], data[2])
            self._jump(data[1], data[2])
        elif (fix := self._problem(item)) is not None:
            occ = fix.occurrence
            self._last_jump = (occ.bitext_id, occ.bead)
            self._jump(occ.bitext_id, occ.bead)


def _fill_in(text: str, *values: str) -> str:
    """A translated message with %1, %2… filled in (never an f-string: lupdate)."""
    for k, value in enumerate(values, 1):
        text = text.replace(f"%{k}", value)
    return text
