"""The warnings `dragoman align` prints (texts that are not translations of each other)
are shown above the bead table of the bitext, and not on a real translation."""
from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align.service import align_bitext, alignment_note
from aligner.corpus import Corpus
from aligner.model import Document, Segment


def _book(gold_dir: Path, name: str, lang: str, count: int = 120) -> list[str]:
    path = gold_dir / "en-fr" / name / f"{lang}.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return [x for x in path.read_text(encoding="utf-8").split("\n") if x.strip()][:count]


def _doc(lang: str, sentences: list[str]) -> tuple[Document, list[Segment]]:
    segs, at = [], 0
    for s in sentences:
        segs.append(Segment(None, 0, 0, 0, at, at + len(s), s))
        at += len(s) + 1
    return Document(None, lang, lang, "\n".join(sentences)), segs


def _corpus(path: Path, gold_dir: Path) -> tuple[int, int]:
    """Vingt mille lieues in English against its French (a translation) and against Jane
    Eyre in French (not one)."""
    with Corpus.create(path) as corpus:
        en = corpus.add_document(*_doc("en", _book(gold_dir, "VingtMilleLieuesSousLesMers", "en")))
        fr = corpus.add_document(*_doc("fr", _book(gold_dir, "VingtMilleLieuesSousLesMers", "fr")))
        other = corpus.add_document(*_doc("fr", _book(gold_dir, "JaneEyre", "fr")))
        same, unrelated = corpus.add_bitext(en, fr), corpus.add_bitext(en, other)
        align_bitext(corpus, same, dictionary=False)
        align_bitext(corpus, unrelated, dictionary=False)
        assert alignment_note(corpus, unrelated) == ("not-parallel", None)
        assert alignment_note(corpus, same) is None
    return same, unrelated


def test_unrelated_texts_are_marked_above_the_table(qtbot, shown, tmp_path, gold_dir):
    from .conftest import open_window

    path = tmp_path / "two.dragoman"
    same, unrelated = _corpus(path, gold_dir)
    window = open_window(qtbot, path)
    _pane_shows_current_bead(window)
    window.open_bitext(unrelated)
    _pane_shows_current_bead(window)
    assert window.pane.notice.isVisible()
    assert "do not look like translations" in window.pane.notice.text()
    window.open_bitext(same)
    _pane_shows_current_bead(window)
    assert not window.pane.notice.isVisible()
    window.open_bitext(unrelated)
    window.close_corpus()
    assert not window.pane.notice.isVisible()


def _pane_shows_current_bead(window) -> None:
    """The tagging pane follows a switch of bitext, although the current row is row 1 in
    both (it once kept showing the other bitext's bead)."""
    from ui.alignment.model import SRC, TGT

    row = window.current_position()
    for side in (SRC, TGT):
        shown_ids = [s.id for s in window.annotation.pane.views[side].segments]
        assert shown_ids == [s.id for s in window.model.side_segments(row, side) if not s.excluded]
