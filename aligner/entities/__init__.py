"""Named entities on both sides of a bead: projection, propagation, suggestions, gazetteers.

Pure logic over sentence texts and code-point offsets (no corpus, no Qt): `words` turns a
text into matchable words, `occurrences` finds a name again (clitic-aware for Arabic, folded
for Latin), `project` finds an entity's counterpart on the other side of a bead,
`suggest` proposes entities both sides agree on, `gazetteer` reads TSV name lists and
`labels` holds the label set. `service` applies them to a corpus as undoable edits.
"""
