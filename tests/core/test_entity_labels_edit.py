"""SetLabels: the label set changed as one undoable step, refused as the corpus refuses."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.edits import EditError
from aligner.entities.edits import SetLabels, tag
from aligner.entities.labels import DEFAULT_LABELS, Label
from aligner.history import History
from aligner.model import Document, Segment


def test_labels_change_undo_and_refusal(tmp_path: Path) -> None:
    with Corpus.create(tmp_path / "l.dragoman") as corpus:
        doc = corpus.add_document(Document(None, "en", "t", "Walid came."),
                                  [Segment(None, 0, 0, 0, 0, 11, "Walid came.")])
        history = History(corpus)
        wanted = list(DEFAULT_LABELS) + [Label("DATE", "#d7b4f0", "5")]
        history.do(SetLabels(wanted))
        assert [lab.name for lab in corpus.labels()] == ["PER", "LOC", "ORG", "MISC", "DATE"]
        history.undo()
        assert corpus.labels() == list(DEFAULT_LABELS)
        history.redo()
        seg = corpus.segments(doc)[0]
        history.do(tag(corpus, seg.id, 0, 5, "DATE"))
        with pytest.raises(EditError, match="DATE is used"):
            history.do(SetLabels(DEFAULT_LABELS))  # DATE still tags an entity
        with pytest.raises(EditError, match="key 1"):
            history.do(SetLabels([Label("PER", "#ffffff", "1"), Label("X", "#000000", "1")]))
        assert len(history) == 2
