"""How the names pane (ui.names.pane) is put together: its boxes, lists and reading row,
and its keys. Like Qt Designer's setupUi, the parts are set as attributes of the pane,
which fills and wires them.

Texts keep the pane's translation context ("NamesPane") so the Arabic stays as it was.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QProgressBar, QPushButton, QSplitter, QTreeWidget, QVBoxLayout,
                               QWidget)

from aligner.names.overview import SCHEMES

from .columns import FittedColumns

if TYPE_CHECKING:
    from .pane import NamesPane

translate = QCoreApplication.translate  # lupdate reads translate("NamesPane", "…")


def build(pane: NamesPane) -> None:
    _widgets(pane)
    _keys(pane)


def _widgets(pane: NamesPane) -> None:
    """The boxes, the four lists and the reading row, in the pane's layout."""
    first, second = QHBoxLayout(), QHBoxLayout()
    pane.scope = QComboBox()
    pane.scope.setObjectName("names_scope")
    pane.scope.addItem(translate("NamesPane", "This bitext"), "bitext")
    pane.scope.addItem(translate("NamesPane", "Whole corpus"), "corpus")
    pane.scope.currentIndexChanged.connect(lambda _: pane.refresh())
    pane.lang = QComboBox()
    pane.lang.setObjectName("names_lang")
    pane.lang.setToolTip(translate("NamesPane",
                                   "The language whose spellings are shown (Ctrl+1…9)"))
    pane.lang.currentIndexChanged.connect(lambda _: pane._show_entry())
    first.addWidget(pane.scope, 2)
    first.addWidget(pane.lang, 1)
    pane.scheme = QComboBox()
    pane.scheme.setObjectName("names_scheme")
    pane.scheme.setToolTip(translate("NamesPane", "The romanization scheme the corpus follows "
                                     "in this language"))
    for s in SCHEMES:
        pane.scheme.addItem(translate("NamesPane", "scheme: %1").replace("%1", s), s)
    pane.scheme.activated.connect(lambda _: pane._choose_scheme())
    second.addWidget(pane.scheme, 1)
    pane.summary = QLabel()
    pane.summary.setObjectName("names_summary")
    pane.summary.setWordWrap(True)
    for combo in (pane.scope, pane.lang, pane.scheme):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(1)

    pane.entries = QTreeWidget()
    pane.entries.setObjectName("names_entries")
    pane.entries.setRootIsDecorated(False)
    pane.entries.setUniformRowHeights(True)
    pane.entries.currentItemChanged.connect(lambda *_: pane._show_entry())
    pane.entry_columns = FittedColumns(pane.entries, whole=(-2, -1))  # places, to fix
    pane._entry_headers([])  # until the first reading is in (else Qt's "1")
    pane.scheme.setCurrentIndex(pane.scheme.findData("news"))  # a corpus's default

    pane.spellings = QListWidget()
    pane.spellings.setObjectName("names_spellings")
    pane.spellings.itemActivated.connect(lambda item: pane._choose_spelling(item))
    pane.variants = QTreeWidget()
    pane.variants.setObjectName("names_variants")
    pane.variants.setHeaderLabels([translate("NamesPane", "Spelling / place"),
                                   translate("NamesPane", "Lang"), translate("NamesPane", "Count")])
    pane.variants.itemActivated.connect(pane._jump_to_item)
    pane.variants.header().setStretchLastSection(False)
    pane.variants.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2):
        pane.variants.header().setSectionResizeMode(column,
                                                    QHeaderView.ResizeMode.ResizeToContents)
    detail = QSplitter(Qt.Orientation.Vertical)
    for title, widget in (
            (translate("NamesPane", "Spellings (Enter chooses)"), pane.spellings),
            (translate("NamesPane", "Found in the corpus (Enter jumps)"), pane.variants)):
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(title)
        caption.setWordWrap(True)
        lay.addWidget(caption)
        lay.addWidget(widget)
        detail.addWidget(box)

    pane.problems = QTreeWidget()
    pane.problems.setObjectName("names_inconsistencies")
    pane.problems.setRootIsDecorated(False)
    pane.problems.setHeaderLabels([translate("NamesPane", "Bitext"), translate("NamesPane", "Bead"),
                                   translate("NamesPane", "Found"), translate("NamesPane", "Chosen")])
    pane.problems.itemActivated.connect(pane._jump_to_item)
    pane.problem_columns = FittedColumns(pane.problems, whole=(1,))  # the bead number
    problems_box = QWidget()
    lay = QVBoxLayout(problems_box)
    lay.setContentsMargins(0, 0, 0, 0)
    pane.problems_label = QLabel(translate("NamesPane", "Inconsistencies (F fixes one, "
                                           "Shift+F all, F8 next)"))
    pane.problems_label.setWordWrap(True)
    lay.addWidget(pane.problems_label)
    lay.addWidget(pane.problems)

    # reading in the background: a bar and Cancel; after a cancel: Read again
    pane.scan_row = QWidget()
    pane.scan_row.setObjectName("names_scan_row")
    scan_lay = QHBoxLayout(pane.scan_row)
    scan_lay.setContentsMargins(0, 0, 0, 0)
    pane.scan_label = QLabel()
    pane.scan_bar = QProgressBar()
    pane.scan_bar.setObjectName("names_scan_bar")
    pane.scan_cancel = QPushButton(translate("NamesPane", "Cancel"))
    pane.scan_cancel.setObjectName("names_scan_cancel")
    pane.scan_cancel.setToolTip(translate("NamesPane", "Stop reading the corpus for names (Esc)"))
    pane.scan_cancel.clicked.connect(pane.cancel_scan)
    pane.scan_again = QPushButton(translate("NamesPane", "Read again"))
    pane.scan_again.setObjectName("names_scan_again")
    pane.scan_again.clicked.connect(pane.refresh)
    for widget in (pane.scan_label, pane.scan_bar, pane.scan_cancel, pane.scan_again):
        scan_lay.addWidget(widget)
    scan_lay.setStretch(1, 1)
    pane.scan_row.hide()

    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(pane.entries)
    split.addWidget(detail)
    split.addWidget(problems_box)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    split.setStretchFactor(2, 2)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock leaves the table its room
    layout.addLayout(first)
    layout.addLayout(second)
    layout.addWidget(pane.summary)
    layout.addWidget(pane.scan_row)
    layout.addWidget(split)
    pane.setTabOrder(pane.entries, pane.spellings)
    pane.setTabOrder(pane.spellings, pane.variants)
    pane.setTabOrder(pane.variants, pane.problems)


def _keys(pane: NamesPane) -> None:
    """The pane's own keys, and the two the window shows in its View menu."""
    def key(name: str, seq: str, slot: Callable[[], object]) -> QAction:
        action = QAction(name, pane)
        action.setObjectName(f"names_{name}")
        action.setShortcut(QKeySequence(seq))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda checked=False: slot())
        pane.addAction(action)
        return action

    key("kind", "K", pane.cycle_kind)
    key("fix", "F", pane.fix_selected)
    key("fix_all", "Shift+F", pane.fix_all)
    key("delete", "Delete", pane.delete_entry)
    key("propose", "P", pane.propose)
    key("cancel_scan", "Esc", pane.cancel_scan)
    for n in range(1, 10):
        key(f"lang{n}", f"Ctrl+{n}", lambda n=n: pane._show_language(n - 1))
    # F8 belongs to the window (it works wherever the focus is): see next_action()
    pane.next_action = QAction(translate("NamesPane", "Next Name Inconsistency"), pane)
    pane.next_action.setObjectName("names_next")
    pane.next_action.setShortcut(QKeySequence("F8"))
    pane.next_action.triggered.connect(lambda checked=False: pane.next_inconsistency())
    pane.focus_action = QAction(translate("NamesPane", "Names &Pane"), pane)  # window-wide too
    pane.focus_action.setObjectName("names_focus")
    pane.focus_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    pane.focus_action.triggered.connect(lambda checked=False: pane.focus_pane())
