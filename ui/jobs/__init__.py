"""Long work off the GUI thread: `workers` runs a function in a thread with progress and
Cancel; `tasks` holds the window's jobs (align, re-align, import, export, find index)."""
