"""Dialogs and bars of the main window, one module each."""
