"""Entities drawn in the bead table and the bead details: at their words in both scripts,
after a character outside the BMP too (offsets cross from code points to UTF-16)."""
from __future__ import annotations

from PySide6.QtGui import QColor

from aligner.corpus import Corpus
from aligner.model import Entity
from ui.annotation.labels import LabelKeys
from ui.alignment.delegates import BeadDelegate
from ui.annotation.paint import entity_highlighter, entity_html

from .conftest import AR, EN

LOC = QColor(LabelKeys().colour("LOC")).rgb()


def test_format_ranges_count_utf16_units_after_a_non_bmp_character():
    from aligner.model import Segment

    text = EN[2]  # "...cooperation 😀 and trade."
    start = text.index("trade")
    delegate = BeadDelegate()
    delegate.highlighters.append(entity_highlighter(
        lambda segment_id: [Entity(1, segment_id, start, start + 5, "LOC")], LabelKeys()))
    (r,) = delegate._formats(Segment(9, 1, 0, 0, 0, len(text), text), 2)
    assert (r.start, r.length) == (start + 1, 5)  # the emoji is two UTF-16 units
    assert r.format.background().color().rgb() == LOC


def _colour_pixels(image, rgb: int) -> int:
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixel(x, y) == rgb)


def test_table_and_details_show_entities_of_both_sides(qtbot, window, corpus_path):
    before = _colour_pixels(window.view.viewport().grab().toImage(), LOC)
    window.close_corpus()
    with Corpus.open(corpus_path) as corpus:
        bitext = corpus.bitexts()[0]
        ar, en = (corpus.segments(bitext.src_doc_id)[0], corpus.segments(bitext.tgt_doc_id)[0])
        a = ar.text.index("القاهرة")
        e = en.text.index("Cairo")
        first = corpus.add_entity(Entity(None, ar.id, a, a + len("القاهرة"), "LOC"))
        second = corpus.add_entity(Entity(None, en.id, e, e + 5, "LOC"))
        corpus.set_entity_counterpart(first, second)
    assert window.open_corpus(corpus_path)
    window.go_to_position(0)
    window.view.fit_visible_rows()
    image = window.view.viewport().grab().toImage()
    assert before == 0 and _colour_pixels(image, LOC) > 100
    # both cells of row 0 carry colour: the Arabic (right-aligned) and the English one
    left = window.view.visualRect(window.model.index(0, 1))
    right = window.view.visualRect(window.model.index(0, 2))
    assert _colour_pixels(image.copy(left), LOC) > 20 and _colour_pixels(image.copy(right), LOC) > 20
    html = window.details.toHtml()
    assert "القاهرة</span>" in html and "Cairo</span>" in html


def test_entity_html_escapes_and_keeps_logical_order():
    text = "<b> القائم & Co"
    html = entity_html(text, [Entity(1, 1, 4, 10, "PER", counterpart_id=2)], LabelKeys())
    assert html.startswith("&lt;b&gt; <span") and "القائم</span> &amp; Co" in html
    assert AR  # the corpus the window fixture opens is the one conftest writes
