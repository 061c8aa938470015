"""What a new user of the Arabic interface met walking through the window and its dialogs
(rendered offscreen and looked at): key hints that start with a key name ('Enter: ...')
ran left to right, a label's colour read 'f4a6a6#', and a score could not be typed in
the filter bar or the export dialog (the Arabic locale's box refused '0.75')."""
from __future__ import annotations

import re

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (QColor, QImage, QPainter, QTextCharFormat, QTextDocument,
                           QTextLayout, QTextOption)
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from aligner.entities.labels import Label
from tests.ui.conftest import ARABIC


def ink_bands(widget: QWidget) -> list[tuple[int, int]]:
    """The left and right ends of the ink of each line of text the widget paints."""
    image = widget.grab().toImage()
    background = image.pixelColor(image.width() - 1, image.height() - 1)
    bands: list[tuple[int, int]] = []
    inked = False
    for y in range(image.height()):
        xs = [x for x in range(image.width())
              if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60]
        if xs and inked:
            bands[-1] = (min(bands[-1][0], xs[0]), max(bands[-1][1], xs[-1]))
        elif xs:
            bands.append((xs[0], xs[-1]))
        inked = bool(xs)
    assert bands, "nothing painted"
    return bands


def right_aligned(label: QLabel) -> bool:
    """The label's last line ends at the right and leaves room at the left: a right-to-left
    paragraph (a left-to-right one starts at the left edge)."""
    left, right = ink_bands(label)[-1]
    return label.width() - 1 - right < left


def test_key_hints_read_right_to_left(qtbot, arabic, window):
    hint = window.findChild(QLabel, "entities_hint")
    assert hint.text().find("F6/F7") > 0
    window.annotation.panel.show()
    assert right_aligned(hint)
    from ui.annotation.label_dialog import LabelDialog

    dialog = LabelDialog([Label("PER", "#f4a6a6", "1")], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert right_aligned(dialog.findChild(QLabel, "labels_hint"))


def test_the_label_chips_start_at_the_right(qtbot, arabic, window):
    bar = window.annotation.pane.label_bar
    image: QImage = bar.grab().toImage()
    chip = QColor(window.annotation.labels.labels[0].colour)
    xs = [x for x in range(image.width()) for y in range(0, image.height(), 2)
          if image.pixelColor(x, y) == chip]
    assert xs and min(xs) > image.width() / 2  # the first label's chip, at the right
    # 'Enter: PER · Alt+key' read from the right: Enter first, Alt next to its key
    document = QTextDocument()
    document.setHtml(bar.text())
    keys = document.toPlainText()
    assert drawn_order(keys, ["Alt", "Enter"], Qt.LayoutDirection.RightToLeft) == ["Alt", "Enter"]


def drawn_order(text: str, parts: list[str], direction: Qt.LayoutDirection) -> list[str]:
    """`parts` of `text` from left to right as a cell of that direction draws them."""
    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    colours = [QColor(255, 0, 0), QColor(0, 0, 255)]
    ranges = []
    for part, colour in zip(parts, colours):
        found = QTextLayout.FormatRange()
        found.start, found.length = text.index(part), len(part)
        found.format = QTextCharFormat()
        found.format.setForeground(colour)
        ranges.append(found)
    layout.setFormats(ranges)
    layout.beginLayout()
    layout.createLine().setLineWidth(1000)
    layout.endLayout()
    image = QImage(1000, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layout.draw(painter, QPointF(0, 0))
    painter.end()
    def tinted(x: int, y: int, colour: QColor) -> bool:  # anti-aliased ink of that colour
        pixel = image.pixelColor(x, y)
        return pixel != QColor("white") and all(
            abs(a - b) < 90 for a, b in ((pixel.red(), colour.red()),
                                         (pixel.green(), colour.green()),
                                         (pixel.blue(), colour.blue())))

    first_x = {part: min(x for x in range(1000) for y in range(40) if tinted(x, y, colour))
               for part, colour in zip(parts, colours)}
    return sorted(parts, key=first_x.get)


def test_a_label_colour_reads_left_to_right(qtbot, arabic):
    from ui.annotation.label_dialog import LabelDialog

    dialog = LabelDialog([Label("PER", "#f4a6a6", "1")])
    qtbot.addWidget(dialog)
    shown = dialog.table.item(0, 1).text()
    assert dialog.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert drawn_order(shown, ["#", "f4a6a6"], dialog.table.layoutDirection()) == ["#", "f4a6a6"]
    assert dialog.labels() == [Label("PER", "#f4a6a6", "1")]  # the colour itself unchanged
    dialog.set_colour(0, "#123456")
    assert dialog.labels()[0].colour == "#123456"


def typed(box, text: str) -> float:
    """Type `text` over the box's value as a user does, and return what the box took."""
    box.lineEdit().selectAll()
    for ch in text:
        box.lineEdit().insert(ch)
    box.interpretText()
    return box.value()


def test_scores_are_typed_and_shown_as_the_table_shows_them(qtbot, arabic, window):
    from ui.dialogs.export_dialog import ExportDialog

    window.actions["filter"].trigger()
    dialog = ExportDialog(window.model.bitext_id, window)
    qtbot.addWidget(dialog)
    for box in (window.filter_bar.score_min, window.filter_bar.score_max, dialog.min_score):
        assert typed(box, "0.5") == 0.5 and box.text() == "0.50"
        assert typed(box, "٠٫٧٥") == 0.75 and box.text() == "0.75"  # Arabic-Indic digits
        assert typed(box, "۰٫۶") == 0.6  # Eastern Arabic-Indic (a Persian keyboard)


def test_the_find_arrows_never_point_at_each_other(qtbot, arabic, window):
    """Previous and next sit side by side; mirrored in Arabic, a '◀' for previous ended up
    at the right pointing at next. Whatever the glyph, neither points at the other."""
    from PySide6.QtWidgets import QPushButton

    window.actions["find"].trigger()
    previous = window.findChild(QPushButton, "find_previous")
    following = window.findChild(QPushButton, "find_next")
    assert previous.isVisible() and following.isVisible()
    points = {"◀": -1, "▶": 1, "◄": -1, "►": 1}  # horizontal arrows, the way they point
    for button, other in ((previous, following), (following, previous)):
        toward_other = 1 if other.mapToGlobal(other.rect().center()).x() > \
            button.mapToGlobal(button.rect().center()).x() else -1
        assert points.get(button.text(), 0) != toward_other, button.toolTip()


def test_the_details_number_each_sentence_in_arabic(arabic, window):
    """Under each sentence: its place and id ('#1, id 6' was English, 'id' too short for
    the word check of the other tests)."""
    window.go_to_position(0)
    lines = [line for line in window.details.toPlainText().splitlines() if line.startswith("#")]
    assert len(lines) == 2  # one sentence a side
    assert all(ARABIC.search(line) and not re.search("[A-Za-z]", line) for line in lines), lines


def mnemonic(text: str) -> str | None:
    found = re.search("&([^&])", text)
    return found.group(1).lower() if found else None


def keyed_fields(dialog) -> dict[str, QWidget]:
    """Each form label's Alt letter and the field it leads to."""
    fields = {}
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None and label.text():
            letter = mnemonic(label.text())
            assert letter is not None, label.text()  # no field without its letter
            assert letter not in fields, label.text()  # nor two fields on one letter
            fields[letter] = label.buddy()
    return fields


def test_the_import_and_export_fields_are_reached_with_alt(qtbot, shown, corpus_path):
    from PySide6.QtTest import QTest

    from tests.ui.conftest import open_window
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_dialog import ImportDialog

    window = open_window(qtbot, corpus_path)
    for make, expected in ((lambda: ImportDialog(window), 5), (lambda: ExportDialog(1, window), 3)):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda shown=dialog: QApplication.activeWindow() is shown)
        fields = keyed_fields(dialog)
        assert len(fields) == expected
        for letter, field in fields.items():
            QTest.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter.upper()}"),
                           Qt.KeyboardModifier.AltModifier)
            assert field.hasFocus(), letter
        dialog.close()


def test_the_arabic_import_and_export_fields_have_their_letters(qtbot, arabic):
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_dialog import ImportDialog

    for dialog, expected in ((ImportDialog(), 5), (ExportDialog(1), 3)):
        qtbot.addWidget(dialog)
        fields = keyed_fields(dialog)
        assert len(fields) == expected and all(ARABIC.match(letter) for letter in fields)


def test_the_window_title_and_recent_corpora_in_arabic(qtbot, arabic, shown, corpus_path):
    """The title said 'Dragoman' where the rest of the interface says ترجمان, and a recent
    corpus on the welcome page read 'tmp/x/c.dragoman/' (its first '/' at the end)."""
    from tests.ui.conftest import open_window
    from ui.main_window import MainWindow

    window = open_window(qtbot, corpus_path)
    assert "ترجمان" in window.windowTitle() and corpus_path.name in window.windowTitle()
    welcome = MainWindow()  # a new window, no corpus: the recent list
    qtbot.addWidget(welcome)
    assert "ترجمان" in welcome.windowTitle()
    item = welcome.recent_list.item(0)
    assert item.text() == str(corpus_path)  # opened by its text
    assert drawn_order(item.text(), ["/", corpus_path.name],
                       welcome.recent_list.layoutDirection()) == ["/", corpus_path.name]


def test_a_sentence_in_the_fix_all_list_keeps_its_full_stop_at_its_end(qtbot, arabic):
    """An English sentence in the right-to-left list read '.back to the villages ...'."""
    from aligner.model import NameOccurrence
    from aligner.names.consistency import Inconsistency
    from ui.names.fix_dialog import FixAllDialog

    sentence = "Wheat and barley could come back to the villages between al-Qa'im and Rawa."
    start = sentence.index("al-Qa'im")
    place = NameOccurrence(1, 1, 5, 7, "en", start, start + len("al-Qa'im"), "al-Qa'im")
    dialog = FixAllDialog([Inconsistency(place, "al-Qaim", "al-Qaim")], {1: "briefing"},
                          {7: sentence})
    qtbot.addWidget(dialog)
    shown = dialog.list.topLevelItem(0).text(4)
    assert shown.strip("\u2068\u2069").startswith("…back to")  # whole words, '…' where cut
    assert dialog.list.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert drawn_order(shown, ["back", "Rawa."], Qt.LayoutDirection.RightToLeft) == \
        ["back", "Rawa."]


def test_why_a_sentence_was_left_out_is_said_in_arabic(arabic, window):
    """The importer's reasons ('page furniture', 'url slug'...) showed in English in the
    Arabic details; every reason the core gives has its Arabic."""
    from aligner.text import boilerplate
    from ui.alignment.details import REASONS

    reasons = {value for name, value in vars(boilerplate).items() if name.startswith("R_")}
    assert reasons == set(REASONS)  # one list: the core's reasons, each marked here
    corpus = window.session.corpus
    segment = corpus.segments(corpus.bitext(window.model.bitext_id).tgt_doc_id)[0]
    corpus.set_excluded(segment.id, True, boilerplate.R_HEADER)
    window.open_bitext(window.model.bitext_id)
    window.go_to_position(0)
    line = next(line for line in window.details.toPlainText().splitlines() if "#1" in line
                and "—" in line)
    assert boilerplate.R_HEADER not in line and ARABIC.search(line.split("—")[-1]), line
