"""The alignment editor: the bead table (model, delegate, view), its overview strip, the
bead details panel, find and filter bars, and the controller that turns the editing keys
into core edits."""
