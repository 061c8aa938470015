"""Dialogs of the main window, one module each: import, export, the sentence editor (F2)
and the shortcut editor."""
