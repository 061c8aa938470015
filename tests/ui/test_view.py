"""What the table shows: logical (never reshaped) Arabic, right-to-left layout, bead
types and scores, empty sides; navigation keys; the overview plot."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from ui.alignment.delegates import text_option
from ui.alignment.model import KIND, SRC, TGT, LangRole

from .conftest import AR, EN
from .helpers import press


def test_display_text_is_the_stored_logical_text(window):
    model = window.model
    for row in range(5):
        assert model.data(model.index(row, SRC)) == AR[row]
        assert model.data(model.index(row, TGT)) == EN[row]
    # reshaped text would be in the Arabic Presentation Forms blocks (U+FB50-U+FEFF)
    shown = "".join(model.data(model.index(r, SRC)) for r in range(5))
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in shown)


def test_arabic_cells_are_right_aligned_right_to_left(window):
    model = window.model
    index = model.index(0, SRC)
    assert index.data(LangRole) == "ar"
    alignment = Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    tgt_alignment = Qt.AlignmentFlag(model.index(0, TGT).data(Qt.ItemDataRole.TextAlignmentRole))
    assert not tgt_alignment & Qt.AlignmentFlag.AlignRight
    option = text_option(rtl=True)
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    font = index.data(Qt.ItemDataRole.FontRole)
    assert font.family() in ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans")


def test_kind_column_shows_type_and_score(window):
    assert window.model.data(window.model.index(2, KIND)) == "1-1\n0.30"


def test_rows_are_fitted_only_when_visible(window, qtbot):
    window.view.fit_visible_rows()
    header = window.view.verticalHeader()
    # the long English sentence of bead 2 wraps at this width, so its row is taller
    window.view.setColumnWidth(TGT, 150)
    window.view.forget_heights()
    window.view.fit_visible_rows()
    two_lines = window.view.fontMetrics().lineSpacing() * 2 + 10  # the type column's need
    assert header.sectionSize(1) > two_lines  # "The minister held ... counterpart." wraps
    window.view.setColumnWidth(TGT, 2000)
    window.view.setColumnWidth(SRC, 2000)
    window.view.forget_heights()
    window.view.fit_visible_rows()
    assert header.sectionSize(1) <= two_lines + 4


def test_next_unconfirmed_and_next_low_confidence(qtbot, window):
    window.go_to_position(0)
    press(qtbot, window, Qt.Key.Key_N)
    assert window.current_position() == 1
    window.go_to_position(0)
    press(qtbot, window, Qt.Key.Key_L)  # score 0.3 is the only one under 0.5
    assert window.current_position() == 2
    press(qtbot, window, Qt.Key.Key_L)
    assert window.current_position() == 2  # none below: stays


def test_overview_click_jumps_to_bead(qtbot, window):
    overview = window.overview
    overview.resize(200, 400)
    x = overview.width() - 10  # right edge: the last source sentences
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=QPoint(x, overview.height() // 2))
    assert window.current_position() == 4
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert window.current_position() == 0


def test_overview_of_a_large_bitext_is_redrawn_when_editing_pauses(qtbot, window, monkeypatch):
    import ui.alignment.overview

    from aligner.edits import MergeBeads

    overview = window.overview
    overview.resize(200, 400)
    overview.repaint()
    first = overview._image
    assert first is not None
    monkeypatch.setattr(ui.alignment.overview, "LARGE", 3)  # our 5-bead bitext counts as large
    window.apply_edit(MergeBeads(window.model.bitext_id, 0))
    assert overview._image is first  # the edit did not wait for a redraw...
    qtbot.waitUntil(lambda: not overview._redraw.isActive(), timeout=3000)
    overview.repaint()
    assert overview._image is not None and overview._image is not first  # ...it came after
    assert overview._beads is window.model.beads and len(overview._beads) == 4


def test_details_panel_shows_full_bead(window):
    window.go_to_position(3)
    html = window.details.toPlainText()
    assert AR[3] in html and EN[3] in html and "score 0.600" in html


def test_excluded_sentence_between_beads_is_shown_struck_or_hidden(qtbot, shown, tmp_path):
    """Boilerplate the aligner left out of every bead still shows where it stands."""
    from aligner.corpus import Corpus
    from aligner.model import BeadSpan
    from ui.main_window import MainWindow

    from .conftest import make_document

    path = tmp_path / "boiler.dragoman"
    with Corpus.create(path) as corpus:
        src_doc, src_segs = make_document("ar", AR[:2], "ar")
        tgt_doc, tgt_segs = make_document("en", [EN[0], "Share this article", EN[1]], "en")
        tgt_segs[1].excluded, tgt_segs[1].exclude_reason = True, "share button"
        s, t = corpus.add_document(src_doc, src_segs), corpus.add_document(tgt_doc, tgt_segs)
        bitext = corpus.add_bitext(s, t)
        corpus.replace_beads(bitext, [BeadSpan(0, 1, 0, 1, 0.9), BeadSpan(1, 2, 2, 3, 0.9)])
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_corpus(path)
    segments = window.model.side_segments(1, TGT)
    assert [s.text for s in segments] == ["Share this article", EN[1]]
    assert segments[0].excluded
    assert window.model.side_text(1, TGT) == f"Share this article\n{EN[1]}"
    window.actions["toggle_excluded"].trigger()
    assert window.model.side_text(1, TGT) == EN[1]


def test_paragraph_direction_follows_the_column_unless_the_text_has_none_of_it():
    from ui.fonts import paragraph_rtl

    assert paragraph_rtl("قالت BBC إن الوفد وصل.", column_rtl=True)
    assert paragraph_rtl("٢٠٢٤", column_rtl=True)  # digits only: the column decides
    assert not paragraph_rtl("Reuters", column_rtl=True)
    assert paragraph_rtl("افتتاح-محطة-ري-جديدة", column_rtl=False)  # a slug in English text
    assert not paragraph_rtl("The word القائم is a name.", column_rtl=False)


def test_rows_are_tall_enough_for_the_text_as_painted(qtbot, shown, tmp_path):
    """Each visible row fits its wrapped text at the width the cell is painted with (the
    grid takes a pixel: measuring at the column width let a line wrap unseen)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.main_window import MainWindow

    from .conftest import build_corpus

    # real prose of many sentence lengths (our samples), so some line ends fall within a
    # pixel of a cell edge at one width or another
    from aligner.text.segment import split_sentences

    samples = Path(__file__).resolve().parents[2] / "samples"
    texts = {lang: (samples / f"briefing_{lang}.txt").read_text(encoding="utf-8")
             for lang in ("ar", "en")}
    ar, en = ([texts[lang][s.start:s.end] for s in split_sentences(texts[lang], lang)][:10]
              for lang in ("ar", "en"))
    path = build_corpus(tmp_path / "long.dragoman", ar, en, [0.9] * 10)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_corpus(path)
    window.show()
    view, model = window.view, window.model
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    checked = 0
    for width in range(1100, 1260, 2):
        window.resize(width, 900)
        qtbot.wait(5)
        view.fit_visible_rows()
        for row in range(max(0, view.rowAt(0)), model.rowCount()):
            for column in (SRC, TGT):
                rect = view.visualRect(model.index(row, column))
                if rect.bottom() > view.viewport().height():
                    break
                needed = view.delegate.cell_height(option, model.index(row, column), rect.width())
                assert needed <= rect.height() + 1, (width, row, column)
                checked += 1
    assert checked > 100
