"""Every user action of the main window in one table: id, menu text, default shortcut and
tip. Menus, tooltips and the shortcuts dialog are built from it, and user shortcuts
(QSettings) override the defaults by id.

Shift keys: Ctrl+Up / Ctrl+Down move a sentence of the SOURCE side (first sentence up into
the bead above, last sentence down into the bead below, as in InterText); with Shift added
they do the same on the TARGET side.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from . import settings


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcut: str  # portable QKeySequence text; "" for none
    tip: str
    menu: str


SPECS: list[ActionSpec] = [
    ActionSpec("new", "&New Corpus…", "Ctrl+N", "Create an empty corpus file", "File"),
    ActionSpec("open", "&Open Corpus…", "Ctrl+O", "Open a corpus file", "File"),
    ActionSpec("close", "&Close Corpus", "Ctrl+W", "Close the corpus (everything is already saved)", "File"),
    ActionSpec("import", "&Import Texts…", "Ctrl+I", "Import a file pair, a bilingual file or a folder", "File"),
    ActionSpec("export", "&Export…", "Ctrl+E", "Export beads as TMX, JSONL…", "File"),
    ActionSpec("quit", "&Quit", "Ctrl+Q", "Quit Dragoman", "File"),
    ActionSpec("undo", "&Undo", "Ctrl+Z", "Undo the last edit", "Edit"),
    ActionSpec("redo", "&Redo", "Ctrl+Shift+Z", "Redo the edit undone last", "Edit"),
    ActionSpec("merge_beads", "&Merge With Next Bead", "Ctrl+Backspace", "Merge the bead with the one below", "Edit"),
    ActionSpec("src_down", "Move Last Source Sentence &Down", "Ctrl+Down", "Move the last source sentence into the next bead", "Edit"),
    ActionSpec("src_up", "Move First Source Sentence &Up", "Ctrl+Up", "Move the first source sentence into the previous bead", "Edit"),
    ActionSpec("tgt_down", "Move Last Target Sentence Down", "Ctrl+Shift+Down", "Move the last target sentence into the next bead", "Edit"),
    ActionSpec("tgt_up", "Move First Target Sentence Up", "Ctrl+Shift+Up", "Move the first target sentence into the previous bead", "Edit"),
    ActionSpec("insert_bead", "&Insert Empty Bead", "Ctrl+Return", "Insert an empty bead above the current one", "Edit"),
    ActionSpec("split_bead", "S&plit Bead After First Sentences", "Ctrl+Shift+Return", "Keep the first sentence of each side here; the rest becomes a new bead below", "Edit"),
    ActionSpec("delete_bead", "De&lete Empty Bead", "Ctrl+Delete", "Delete the current bead if both sides are empty", "Edit"),
    ActionSpec("edit_segment", "Edit &Sentence…", "F2", "Edit, split or merge a sentence of the current side", "Edit"),
    ActionSpec("confirm", "&Confirm / Unconfirm", "Space", "Toggle confirmation of the selected beads", "Edit"),
    ActionSpec("confirm_through", "Confirm &Through Here", "Shift+Space", "Confirm every bead from the top down to this one", "Edit"),
    ActionSpec("realign", "&Re-align Selection", "Ctrl+R", "Re-align the selection, or the unconfirmed stretch around the current bead", "Edit"),
    ActionSpec("align", "&Align Bitext", "Ctrl+Shift+A", "Align the whole bitext again (confirmed beads stay)", "Edit"),
    ActionSpec("find", "&Find…", "Ctrl+F", "Find text on either side", "View"),
    ActionSpec("find_next", "Find &Next", "F3", "Next match", "View"),
    ActionSpec("find_prev", "Find &Previous", "Shift+F3", "Previous match", "View"),
    ActionSpec("filter", "F&ilter…", "Ctrl+Shift+F", "Show only beads of a status, type or score range", "View"),
    ActionSpec("next_unconfirmed", "Next &Unconfirmed", "N", "Go to the next unconfirmed bead", "View"),
    ActionSpec("next_low", "Next &Low-Confidence", "L", "Go to the next unconfirmed bead with a low score", "View"),
    ActionSpec("toggle_excluded", "Show &Excluded Sentences", "Ctrl+H", "Show or hide boilerplate sentences", "View"),
    ActionSpec("shortcuts", "&Keyboard Shortcuts…", "Ctrl+Alt+K", "Change keyboard shortcuts", "Help"),
    ActionSpec("about", "&About Dragoman", "F1", "About Dragoman", "Help"),
]

SPEC_BY_ID = {spec.id: spec for spec in SPECS}

# Actions on the current bead: their keys work only when the table has the focus, since
# text fields and the corpus tree use the same keys (Ctrl+Backspace deletes a word,
# Ctrl+Up/Down move in a list, Space ticks a checkbox).
TABLE_ACTIONS = {"merge_beads", "src_down", "src_up", "tgt_down", "tgt_up", "insert_bead",
                 "split_bead", "delete_bead", "edit_segment", "confirm", "confirm_through",
                 "next_unconfirmed", "next_low"}


#: actions that open a new group in their menu (a separator above them)
GROUP_STARTS = ("quit", "merge_beads", "edit_segment", "confirm", "find", "next_unconfirmed",
                "toggle_excluded", "import")
#: the Edit toolbar
TOOLBAR = ("undo", "redo", "merge_beads", "insert_bead", "confirm", "realign", "find")


def build_menus(menu_bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """The menus of SPECS, in table order, with a separator before each group."""
    menus: dict[str, QMenu] = {}
    for spec in SPECS:
        if spec.menu not in menus:
            menus[spec.menu] = menu_bar.addMenu(f"&{spec.menu}")
        if spec.id in GROUP_STARTS:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(actions[spec.id])
    return menus


def shortcut_for(action_id: str) -> str:
    """The user's shortcut if set, else the default."""
    user = settings.shortcut(action_id)
    return SPEC_BY_ID[action_id].shortcut if user is None else user


def is_typing_key(sequence: QKeySequence) -> bool:
    """A key that types a character (Space, N, Shift+L...): other widgets need it too."""
    if sequence.isEmpty():
        return False
    combo = sequence[0]
    typing_mods = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.ShiftModifier | \
        Qt.KeyboardModifier.KeypadModifier
    return (combo.keyboardModifiers() & ~typing_mods) == Qt.KeyboardModifier.NoModifier and \
        combo.key().value < Qt.Key.Key_Escape.value


def apply_shortcut(action: QAction, action_id: str) -> None:
    """Set the key and repeat it in the tooltip, so the keyboard is discoverable.

    Bead actions (TABLE_ACTIONS) and any typing key (Space, N, L) work only in the widgets
    the action was added to (the table): window-wide, Ctrl+Backspace in the find bar
    merged two beads and Space on a checkbox confirmed one."""
    spec = SPEC_BY_ID[action_id]
    sequence = QKeySequence(shortcut_for(action_id))
    action.setShortcut(sequence)
    in_table = action_id in TABLE_ACTIONS or is_typing_key(sequence)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if in_table
                              else Qt.ShortcutContext.WindowShortcut)
    keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{spec.tip} ({keys})" if keys else spec.tip)
    action.setStatusTip(spec.tip)
