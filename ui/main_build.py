"""How the main window is put together: its pages, docks, status bar, actions, menus and
toolbar, and the dock layout kept between runs. The window (ui.main_window) wires what
these build; like Qt Designer's setupUi, the parts are set as attributes of the window.

Texts keep the window's translation context ("MainWindow") so the Arabic stays as it was.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDockWidget, QLabel, QListWidget, QStackedWidget, QVBoxLayout,
                               QWidget)

from . import settings
from .actions import SPECS, TOOLBAR, apply_shortcut, build_menus
from .alignment.details import DetailsPanel
from .annotation.docks import AnnotationDocks
from .annotation.labels import LabelKeys
from .annotation.paint import entity_highlighter
from .browser import CorpusBrowser
from .dialogs.segment_editor import SegmentEditor
from .i18n import translated
from .language_menu import add_language_menu
from .names.pane import NamesPane

if TYPE_CHECKING:
    from .main_window import MainWindow

#: the version of the dock layout: a saved layout of another version is not restored (a
#: layout from before the names and entities docks were tabbed stacked them 946 px high)
DOCK_LAYOUT = 2
#: the right column's first width (bead details, names, entities): the names list's
#: Arabic, kind, two spellings and counts fit it in the English interface
RIGHT_WIDTH = 360
#: the table's right-click menu (None: a separator)
CONTEXT_MENU = ("edit_segment", None, "merge_beads", "insert_bead", "split_bead", "delete_bead",
                None, "src_up", "src_down", "tgt_up", "tgt_down", None, "confirm",
                "confirm_through", "realign")



def build(window: MainWindow) -> None:
    """The window's parts, then its actions, then the menus that show them."""
    _widgets(window)
    _actions(window)
    _menus(window)


def _widgets(window: MainWindow) -> None:
    """The central pages, the docks and the status bar."""
    window.welcome = QWidget()
    welcome_layout = QVBoxLayout(window.welcome)
    intro = QLabel(QCoreApplication.translate(
        "MainWindow", "<h2>Dragoman</h2><p>Open a corpus (Ctrl+O) or create one (Ctrl+N), "
        "then import a text and its translation (Ctrl+I).</p><p>Recent corpora:</p>"))
    intro.setTextFormat(Qt.TextFormat.RichText)
    window.recent_list = QListWidget()
    window.recent_list.itemActivated.connect(lambda item: window.open_corpus(item.text()))
    window.recent_list.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths: '/tmp/x' not 'tmp/x/'
    welcome_layout.addWidget(intro)
    welcome_layout.addWidget(window.recent_list)
    window.pages = QStackedWidget()
    window.pages.addWidget(window.welcome)
    window.pages.addWidget(window.pane)
    window.setCentralWidget(window.pages)
    window.browser = CorpusBrowser()
    window.details = DetailsPanel()
    window.names_pane = NamesPane(window.apply_edit, window.go_to_bead)
    window.labels = LabelKeys()  # the corpus's label colours, shared by every view
    window.details.entities_of, window.details.labels = window.model.entities_of, window.labels
    window.view.delegate.highlighters.insert(0, entity_highlighter(window.model.entities_of,
                                                                   window.labels))
    window.annotation = AnnotationDocks(window, window.model, window.apply_edit,
                                        window.go_to_position, window.labels)
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    for title, widget, area, name in (
            (QCoreApplication.translate("MainWindow", "Corpus"), window.browser, left, "corpus"),
            (QCoreApplication.translate("MainWindow", "Bead"), window.details, right, "details"),
            (QCoreApplication.translate("MainWindow", "Names"), window.names_pane, right, "names"),
            *window.annotation.docks()):
        dock = QDockWidget(title, window)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
        window.resizeDocks([dock], [RIGHT_WIDTH if area == right else 300],
                           Qt.Orientation.Horizontal)  # until a saved layout
    window.tabifyDockWidget(window.findChild(QDockWidget, "dock_names"),  # one column, tabs
                            window.findChild(QDockWidget, "dock_entities"))
    for corner, area in ((Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea),
                         (Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)):
        window.setCorner(corner, area)  # the tagging dock sits under the table only
    window.segment_editor = SegmentEditor(window)
    window.position_label = QLabel()
    window.saved_label = QLabel()
    window.saved_label.setObjectName("saved_label")
    window.statusBar().addPermanentWidget(window.position_label)
    window.statusBar().addPermanentWidget(window.saved_label)
    window._refresh_recent()


def _actions(window: MainWindow) -> None:
    """Every action of ui.actions.SPECS, with its handler on the window."""
    handlers = {
        "new": window.new_corpus_dialog, "open": window.open_corpus_dialog,
        "close": window.close_corpus, "import": window.import_dialog,
        "export": window.export_dialog,
        "quit": window.close,
        "undo": lambda: window.session and window.session.undo(),
        "redo": lambda: window.session and window.session.redo(),
        "merge_beads": window.controller.merge_beads,
        "src_down": lambda: window.controller.shift("src", "down"),
        "src_up": lambda: window.controller.shift("src", "up"),
        "tgt_down": lambda: window.controller.shift("tgt", "down"),
        "tgt_up": lambda: window.controller.shift("tgt", "up"),
        "insert_bead": window.controller.insert_bead, "split_bead": window.controller.split_bead,
        "delete_bead": window.controller.delete_bead,
        "edit_segment": window.edit_segment, "confirm": window.controller.toggle_confirm,
        "confirm_through": window.controller.confirm_through,
        "realign": window.realign_selection, "align": window.align_bitext,
        "find": window.find_bar.open_bar,
        "find_next": lambda: window.find(None, False),
        "find_prev": lambda: window.find(None, True),
        "filter": window.pane.toggle_filter_bar,
        "next_unconfirmed": lambda: window.pane.go_next(),
        "next_low": lambda: window.pane.go_next(low_below=settings.low_score_threshold()),
        "toggle_excluded": window.toggle_excluded, "shortcuts": window.shortcuts_dialog,
        "about": window.about,
    }
    window.actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(translated("Actions", spec.text), window)
        action.setObjectName(f"action_{spec.id}")
        apply_shortcut(action, spec.id)
        action.triggered.connect(lambda checked=False, f=handlers[spec.id]: f())
        window.addAction(action)  # shortcuts work even when menus are hidden
        window.view.addAction(action)  # where typing keys (Space, N, L) work: see actions
        window.actions[spec.id] = action
    window.actions["toggle_excluded"].setCheckable(True)
    window.actions["toggle_excluded"].setChecked(True)
    window.view.set_context_actions([window.actions[i] if i else None for i in CONTEXT_MENU])
    for action_id in ("undo", "redo"):  # Ctrl+Z also works while the F2 editor is active
        window.segment_editor.addAction(window.actions[action_id])
    window._show_history()


def _menus(window: MainWindow) -> None:
    menus = build_menus(window.menuBar(), window.actions)
    if "View" in menus:  # the names register: its dock and its window-wide key (F8)
        menus["View"].addSeparator()
        menus["View"].addAction(window.names_pane.next_action)
        menus["View"].addAction(window.names_pane.focus_action)
        menus["View"].addAction(window.findChild(QDockWidget, "dock_names").toggleViewAction())
        add_language_menu(window, menus["View"])
    window.addActions([window.names_pane.next_action, window.names_pane.focus_action])
    entities = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "E&ntities"))  # tagging: ui.annotation
    entities.addActions(window.annotation.actions)
    window.addActions(window.annotation.actions)
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Edit"))
    toolbar.setObjectName("toolbar_edit")
    toolbar.addActions([window.actions[action_id] for action_id in TOOLBAR])


def restore_geometry(window: MainWindow) -> None:
    """The last size, docks and splitters; the first time, a size that fits the screen
    (at 1366x768 a fixed 1280x760 hid the status bar under the task bar)."""
    geometry, state = settings.geometry()
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    if screen is not None:
        window.resize(min(1280, int(screen.width() * 0.95)),
                      min(760, int(screen.height() * 0.92)))
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:  # a layout saved before the docks changed is not restored
        window.restoreState(state, DOCK_LAYOUT)
    splitter = settings.splitter_state(window.pane.splitter.objectName())
    if splitter is not None:
        window.pane.splitter.restoreState(splitter)


def save_layout(window: MainWindow) -> None:
    settings.save_geometry(window.saveGeometry(), window.saveState(DOCK_LAYOUT))
    settings.save_splitter_state(window.pane.splitter.objectName(),
                                 window.pane.splitter.saveState())
