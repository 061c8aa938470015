"""Every user action of the main window in one table: id, menu text, default shortcut and
tip. Menus, tooltips and the shortcuts dialog are built from it, and user shortcuts
(QSettings) override the defaults by id.

Shift keys: Ctrl+Up / Ctrl+Down move a sentence of the SOURCE side (first sentence up into
the bead above, last sentence down into the bead below, as in InterText); with Shift added
they do the same on the TARGET side.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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


#: menu titles, translated where the menus are built
MENUS = [QT_TRANSLATE_NOOP("Menus", "File"), QT_TRANSLATE_NOOP("Menus", "Edit"),
         QT_TRANSLATE_NOOP("Menus", "View"), QT_TRANSLATE_NOOP("Menus", "Help")]

SPECS: list[ActionSpec] = [
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New Corpus…"), "Ctrl+N",
               QT_TRANSLATE_NOOP("Actions", "Create an empty corpus file"), "File"),
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open Corpus…"), "Ctrl+O",
               QT_TRANSLATE_NOOP("Actions", "Open a corpus file"), "File"),
    ActionSpec("close", QT_TRANSLATE_NOOP("Actions", "&Close Corpus"), "Ctrl+W",
               QT_TRANSLATE_NOOP("Actions", "Close the corpus (everything is already saved)"), "File"),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import Texts…"), "Ctrl+I",
               QT_TRANSLATE_NOOP("Actions", "Import a file pair, a bilingual file or a folder"), "File"),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "&Export…"), "Ctrl+E",
               QT_TRANSLATE_NOOP("Actions", "Export beads as TMX, JSONL…"), "File"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q",
               QT_TRANSLATE_NOOP("Actions", "Quit Dragoman"), "File"),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "Ctrl+Z",
               QT_TRANSLATE_NOOP("Actions", "Undo the last edit"), "Edit"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Shift+Z",
               QT_TRANSLATE_NOOP("Actions", "Redo the edit undone last"), "Edit"),
    ActionSpec("merge_beads", QT_TRANSLATE_NOOP("Actions", "&Merge With Next Bead"), "Ctrl+Backspace",
               QT_TRANSLATE_NOOP("Actions", "Merge the bead with the one below"), "Edit"),
    ActionSpec("src_down", QT_TRANSLATE_NOOP("Actions", "Move Last Source Sentence &Down"), "Ctrl+Down",
               QT_TRANSLATE_NOOP("Actions", "Move the last source sentence into the next bead"), "Edit"),
    ActionSpec("src_up", QT_TRANSLATE_NOOP("Actions", "Move First Source Sentence &Up"), "Ctrl+Up",
               QT_TRANSLATE_NOOP("Actions", "Move the first source sentence into the previous bead"), "Edit"),
    ActionSpec("tgt_down", QT_TRANSLATE_NOOP("Actions", "Move Last Target Sentence Down"), "Ctrl+Shift+Down",
               QT_TRANSLATE_NOOP("Actions", "Move the last target sentence into the next bead"), "Edit"),
    ActionSpec("tgt_up", QT_TRANSLATE_NOOP("Actions", "Move First Target Sentence Up"), "Ctrl+Shift+Up",
               QT_TRANSLATE_NOOP("Actions", "Move the first target sentence into the previous bead"), "Edit"),
    ActionSpec("insert_bead", QT_TRANSLATE_NOOP("Actions", "&Insert Empty Bead"), "Ctrl+Return",
               QT_TRANSLATE_NOOP("Actions", "Insert an empty bead above the current one"), "Edit"),
    ActionSpec("split_bead", QT_TRANSLATE_NOOP("Actions", "S&plit Bead After First Sentences"), "Ctrl+Shift+Return",
               QT_TRANSLATE_NOOP("Actions", "Keep the first sentence of each side here; the rest becomes a new bead below"), "Edit"),
    ActionSpec("delete_bead", QT_TRANSLATE_NOOP("Actions", "De&lete Empty Bead"), "Ctrl+Delete",
               QT_TRANSLATE_NOOP("Actions", "Delete the current bead if both sides are empty"), "Edit"),
    ActionSpec("edit_segment", QT_TRANSLATE_NOOP("Actions", "Edit &Sentence…"), "F2",
               QT_TRANSLATE_NOOP("Actions", "Edit, split or merge a sentence of the current side"), "Edit"),
    ActionSpec("confirm", QT_TRANSLATE_NOOP("Actions", "&Confirm / Unconfirm"), "Space",
               QT_TRANSLATE_NOOP("Actions", "Toggle confirmation of the selected beads"), "Edit"),
    ActionSpec("confirm_through", QT_TRANSLATE_NOOP("Actions", "Confirm &Through Here"), "Shift+Space",
               QT_TRANSLATE_NOOP("Actions", "Confirm every bead from the top down to this one"), "Edit"),
    ActionSpec("realign", QT_TRANSLATE_NOOP("Actions", "&Re-align Selection"), "Ctrl+R",
               QT_TRANSLATE_NOOP("Actions", "Re-align the selection, or the unconfirmed stretch around the current bead"), "Edit"),
    ActionSpec("align", QT_TRANSLATE_NOOP("Actions", "&Align Bitext"), "Ctrl+Shift+A",
               QT_TRANSLATE_NOOP("Actions", "Align the whole bitext again (confirmed beads stay)"), "Edit"),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "Ctrl+F",
               QT_TRANSLATE_NOOP("Actions", "Find text on either side"), "View"),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"), "F3",
               QT_TRANSLATE_NOOP("Actions", "Next match"), "View"),
    ActionSpec("find_prev", QT_TRANSLATE_NOOP("Actions", "Find &Previous"), "Shift+F3",
               QT_TRANSLATE_NOOP("Actions", "Previous match"), "View"),
    ActionSpec("filter", QT_TRANSLATE_NOOP("Actions", "F&ilter…"), "Ctrl+Shift+F",
               QT_TRANSLATE_NOOP("Actions", "Show only beads of a status, type or score range"), "View"),
    ActionSpec("next_unconfirmed", QT_TRANSLATE_NOOP("Actions", "Next &Unconfirmed"), "N",
               QT_TRANSLATE_NOOP("Actions", "Go to the next unconfirmed bead"), "View"),
    ActionSpec("next_low", QT_TRANSLATE_NOOP("Actions", "Next &Low-Confidence"), "L",
               QT_TRANSLATE_NOOP("Actions", "Go to the next unconfirmed bead with a low score"), "View"),
    ActionSpec("toggle_excluded", QT_TRANSLATE_NOOP("Actions", "Show &Excluded Sentences"), "Ctrl+H",
               QT_TRANSLATE_NOOP("Actions", "Show or hide boilerplate sentences"), "View"),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts…"), "Ctrl+Alt+K",
               QT_TRANSLATE_NOOP("Actions", "Change keyboard shortcuts"), "Help"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Dragoman"), "F1",
               QT_TRANSLATE_NOOP("Actions", "About Dragoman"), "Help"),
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
            menus[spec.menu] = menu_bar.addMenu("&" + QCoreApplication.translate("Menus", spec.menu))
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
    tip = QCoreApplication.translate("Actions", spec.tip)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
