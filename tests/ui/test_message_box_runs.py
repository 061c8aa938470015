"""A message box wraps its text; in the Arabic interface a short left-to-right run in it (a
CLI option with its values, language pairs, a bitext's name) must not be cut at a line's
end, where it reads wrong ('--' left at the end of one line, 'bitext' alone on the next).
The boxes are the real ones ui.messages shows; their lines are laid out as the label lays
them out (its text, font and width; the height is checked against the label's own)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QMessageBox

from aligner.cli import main
from aligner.corpus import Corpus
from aligner.errors import DragomanError
from aligner.exchange import export_corpus
from tests.ui.conftest import ISOLATE
from ui import messages
from ui.core_messages import SHORT_RUN, error_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def lines(label: QLabel, width: int) -> tuple[list[str], float]:
    """The label's text as lines at `width`, and their height."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    found, height = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
        found.append(label.text()[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return found, height


def cut_runs(found: list[str]) -> list[str]:
    """The short isolated runs that do not lie whole on one line."""
    text = "".join(found)
    runs = [run.group(0) for run in ISOLATE.finditer(text) if len(run.group(0)) - 2 <= SHORT_RUN]
    return [run for run in runs if not any(run in line for line in found)]


@pytest.fixture
def several_pairs(arabic, tmp_path) -> str:
    """The refusal to write two language pairs to one TSV stream, as the Arabic GUI says it."""
    corpus_path = tmp_path / "c.dragoman"
    for tgt in ("briefing_en.txt", "briefing_fr.txt"):
        assert main(["import", str(corpus_path), str(SAMPLES / "briefing_ar.txt"),
                     str(SAMPLES / tgt), "--no-align"]) == 0
    with Corpus.open(corpus_path, read_only=True) as corpus:
        with pytest.raises(DragomanError) as err:
            export_corpus(corpus, "tsv", io.StringIO(), bitext_ids=[b.id for b in corpus.bitexts()])
    text = error_text(err.value)
    assert "\u2066--bitext\u2069" in text and "\u2066ar-en, ar-fr\u2069" in text
    return text


def test_a_short_left_to_right_run_is_never_cut_at_a_line_end(qtbot, several_pairs, capsys):
    capsys.readouterr()
    box = messages.box(QMessageBox.Icon.Critical, "Export", several_pairs, None)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    label = box.findChild(QLabel, "qt_msgbox_label")
    width = label.contentsRect().width()
    found, height = lines(label, width)
    assert height == label.heightForWidth(width)  # laid out as the label lays it out
    assert len(found) > 1 and cut_runs(found) == []
    # whatever width the box gets (another font, another screen)
    for narrower in range(120, width + 1, 6):
        assert cut_runs(lines(label, narrower)[0]) == [], narrower
    # the reader sees the same characters; a long run (a path) may still wrap
    shown = label.text().replace("\u2060", "").replace("\u00a0", " ")
    assert shown == several_pairs
    path = "/home/someone/corpora/2026/briefings/arabic-english/briefing_ar.txt:12"
    long = messages.box(QMessageBox.Icon.Critical, "Import", f"\u200f\u2066{path}\u2069: خطأ",
                        None)
    qtbot.addWidget(long)
    assert long.findChild(QLabel, "qt_msgbox_label").text() == f"\u200f\u2066{path}\u2069: خطأ"


def test_a_message_box_takes_no_markup(qtbot):
    box = messages.box(QMessageBox.Icon.Critical, "Import", "<b>x.txt: no text</b>", None)
    qtbot.addWidget(box)
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label.text() == "<b>x.txt: no text</b>"
    assert label.textFormat() == label.textFormat().PlainText
