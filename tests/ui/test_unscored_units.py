"""Units imported from a TMX without a score (issue 13 point 5), through the real window:
"—" in the table, the tooltip and the bead details, not red; the filter's "imported"
status; "next low-confidence" (L) passes over them; confirming keeps them confirmed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from aligner.corpus import Corpus
from aligner.exchange import import_file
from ui.alignment.model import KIND, confidence_color

from .conftest import open_window
from .helpers import press

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence"
 adminlang="en" creationtool="hand" creationtoolversion="1" o-tmf="none"/>
<body>
<tu><tuv xml:lang="ar"><seg>وصل القطار متأخرا.</seg></tuv>
    <tuv xml:lang="en"><seg>The train arrived late.</seg></tuv></tu>
<tu><prop type="x-dragoman-score">0.2</prop>
    <tuv xml:lang="ar"><seg>انتظر الركاب طويلا.</seg></tuv>
    <tuv xml:lang="en"><seg>The passengers waited long.</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>ثم فتحت الأبواب.</seg></tuv>
    <tuv xml:lang="en"><seg>Then the doors opened.</seg></tuv></tu>
<tu><prop type="x-dragoman-score">0.1</prop>
    <tuv xml:lang="ar"><seg>نزل الجميع بسرعة.</seg></tuv>
    <tuv xml:lang="en"><seg>Everyone got off quickly.</seg></tuv></tu>
</body></tmx>
"""


def _open(qtbot, tmp_path: Path):
    (tmp_path / "memory.tmx").write_text(TMX, encoding="utf-8")
    path = tmp_path / "memory.dragoman"
    with Corpus.create(path) as corpus:
        import_file(corpus, tmp_path / "memory.tmx")
    return open_window(qtbot, path)


def test_unscored_units_show_a_dash_and_their_own_status(qtbot, shown, tmp_path):
    win = _open(qtbot, tmp_path)
    model = win.model
    first = model.index(0, KIND)
    assert model.data(first).endswith("\n—")
    assert "score —" in model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert "imported" in model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert model.data(first, Qt.ItemDataRole.BackgroundRole).color() != confidence_color(0.0)
    assert model.data(model.index(1, KIND)).endswith("\n0.20")
    html = win.details.toHtml()
    assert "—" in html and "imported" in html and "0.000" not in html

    # the filter bar knows the status
    bar = win.filter_bar
    bar.status.setCurrentIndex(bar.status.findText("Imported (no score)"))
    bar.apply()
    rows = [win.proxy.mapToSource(win.proxy.index(r, 0)).row()
            for r in range(win.proxy.rowCount())]
    assert rows == [0, 2]
    bar.clear()

    # L goes to the low-scored units only
    win.go_to_position(0)
    press(qtbot, win, Qt.Key.Key_L)
    assert win.current_position() == 1
    press(qtbot, win, Qt.Key.Key_L)
    assert win.current_position() == 3

    # confirming an imported unit: it is confirmed (the user's act), still without a score
    win.go_to_position(2)
    press(qtbot, win, Qt.Key.Key_Space)
    bead = model.beads[2]
    assert bead.review_status == "confirmed" and bead.score is None
    assert model.data(model.index(2, KIND)) == "✓ 1-1\n—"
