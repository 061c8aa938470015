"""The names register pane and the spelling-consistency check."""
