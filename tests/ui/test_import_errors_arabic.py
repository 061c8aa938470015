"""Import, export and label refusals in the Arabic interface (follow-up of issues 9/10):
TMX properties, language tags, JSONL encoding and endless lines, the register as TSV, the
label set's rules and the export refusals are keyed (aligner/messages.py), so the GUI
shows them in Arabic; a library's own detail (SQLite, libxml2, json, the codec) stays as
written, isolated left to right. The CLI keeps its English one-liner and exit status 2."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aligner.cli import main
from aligner.errors import DragomanError
from aligner.messages import Problem
from tests.ui.conftest import ARABIC, ISOLATE, open_window
from tests.ui.test_arabic_interface import english_words
from ui.core_messages import error_text
from ui.dialogs.import_dialog import ImportRequest

TMX_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
            '<header srclang="ar" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"'
            ' creationtool="t" creationtoolversion="1"/>\n<body>\n')


def outside_isolates(text: str) -> str:
    """What the Arabic sentence says of its own: file names and quoted detail removed."""
    return ISOLATE.sub(" ", text)


def refused(read, *args) -> DragomanError:
    with pytest.raises(DragomanError) as err:
        read(*args)
    return err.value


def tmx_unit(props: str = "", lang: str = "en") -> str:
    return (TMX_HEAD + f"<tu>{props}<tuv xml:lang=\"ar\"><seg>نص</seg></tuv>"
            f"<tuv xml:lang=\"{lang}\"><seg>text</seg></tuv></tu>\n</body></tmx>\n")


def imported_error(qtbot, window, shown, path: Path) -> str:
    task = window.start_import(ImportRequest(paths=[str(path)]))
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["failed"]
    (title, text), = shown.errors
    assert ARABIC.search(title)
    return text


def test_a_tmx_property_error_is_shown_in_arabic_on_import(arabic, qtbot, shown, corpus_path,
                                                          tmp_path):
    path = tmp_path / "memory.tmx"
    path.write_text(tmx_unit('<prop type="x-dragoman-score">high</prop>'), encoding="utf-8")
    text = imported_error(qtbot, open_window(qtbot, corpus_path), shown, path)
    assert text.startswith(f"\u200f\u2066{path}:5\u2069: ") and ARABIC.search(text)
    assert "\u2066'high'\u2069" in text and "\u2066x-dragoman-score\u2069" in text
    assert english_words(outside_isolates(text)) == []


def test_a_jsonl_file_not_in_utf8_is_refused_in_arabic_on_import(arabic, qtbot, shown,
                                                                corpus_path, tmp_path):
    path = tmp_path / "units.jsonl"
    path.write_bytes('{"ar": "نص", "en": "text"}\n'.encode("cp1256"))
    text = imported_error(qtbot, open_window(qtbot, corpus_path), shown, path)
    # the codec's reason is its own English, quoted left to right; the rest is Arabic
    assert text.startswith(f"\u200f\u2066{path}\u2069: ") and ARABIC.search(text)
    assert "(\u2066invalid continuation byte\u2069)" in text  # the codec's words
    assert english_words(outside_isolates(text)) == ["UTF"]  # the encoding's name


def test_the_label_rules_are_told_in_arabic_in_the_label_dialog(arabic, qtbot, shown, corpus_path):
    window = open_window(qtbot, corpus_path)

    def same_key_twice(dialog) -> bool:
        dialog.add_label()
        row = dialog.table.rowCount() - 1
        dialog.table.item(row, 0).setText("DATE")
        dialog.table.item(row, 2).setText("1")  # PER has key 1
        return True

    assert not window.annotation.edit_labels(decide=same_key_twice)
    (_, text), = shown.errors
    assert ARABIC.search(text) and "\u2066DATE\u2069" in text
    assert english_words(outside_isolates(text)) == []
    assert "DATE" not in [lab.name for lab in window.session.corpus.labels()]


def test_a_full_palette_is_told_in_arabic_under_the_label_table(arabic, qtbot):
    from aligner.entities.labels import PALETTE, Label
    from ui.annotation.label_dialog import LabelDialog

    dialog = LabelDialog([Label(f"L{n}", colour) for n, colour in enumerate(PALETTE)])
    qtbot.addWidget(dialog)
    dialog.add_label()
    text = dialog.problem.text()
    assert str(len(PALETTE)) in text and ARABIC.search(text) and english_words(text) == []


def test_jsonl_endless_line_and_export_refusal_in_arabic(arabic, tmp_path):
    from aligner.formats import jsonl
    from aligner.model import AlignedUnit

    path = tmp_path / "one.jsonl"
    path.write_text("x" * (jsonl.MAX_LINE + 2), encoding="utf-8")
    exc = refused(lambda: list(jsonl.read(path)))
    assert str(exc) == f"{path}: a line is longer than 8,388,608 characters; not JSON Lines"
    text = error_text(exc)
    assert "8,388,608" in text and ARABIC.search(text)
    assert english_words(outside_isolates(text)) == ["Lines"]  # the format's name

    same = AlignedUnit(src_lang="ar", tgt_lang="ar", src_text="نص", tgt_text="نص")
    exc = refused(jsonl.unit_record, same, 0)
    assert str(exc) == ("cannot write JSONL: both sides are 'ar'; the translation object "
                        "needs two languages")
    text = error_text(exc)
    assert "\u2066'ar'\u2069" in text and english_words(outside_isolates(text)) == []


def test_tmx_language_tags_are_refused_in_arabic_with_the_hint(arabic, tmp_path):
    from aligner.formats import tmx

    path = tmp_path / "memory.tmx"
    path.write_text(tmx_unit(lang="en_GB"), encoding="utf-8")
    exc = refused(lambda: list(tmx.read(path)))
    assert str(exc) == (f"{path}:5: 'en_GB' is not a valid xml:lang; write 'en-GB' (a hyphen, "
                        "not an underscore)")
    text = error_text(exc)
    assert "\u2066'en_GB'\u2069" in text and "\u2066'en-GB'\u2069" in text
    assert english_words(outside_isolates(text)) == []
    exc = refused(tmx._check_lang, "not a tag")
    assert str(exc) == "cannot write TMX: 'not a tag' is not a valid BCP 47 language tag"
    assert english_words(outside_isolates(error_text(exc))) == ["BCP"]


def test_register_tsv_errors_are_told_in_arabic(arabic, tmp_path):
    from aligner.names import register_tsv

    path = tmp_path / "register.tsv"
    path.write_text("ar\tkind\tlabel\ten\tvariants\nكاغامي\tperson\tPER\tKagami\t\n",
                    encoding="utf-8")
    exc = refused(register_tsv.read, path)
    assert str(exc) == f"{path}:2: unknown kind 'person' (name, exonym or translation)"
    text = error_text(exc)
    assert text.startswith(f"\u200f\u2066{path}:2\u2069: ") and "\u2066'person'\u2069" in text
    assert english_words(outside_isolates(text)) == []
    path.write_text("word\tkind\n", encoding="utf-8")
    text = error_text(refused(register_tsv.read, path))
    assert "\u2066ar, kind, label\u2069" in text and english_words(outside_isolates(text)) == []


def test_a_label_a_jsonl_file_brings_is_refused_in_arabic(arabic, tmp_path, corpus_path):
    from aligner.corpus import Corpus
    from aligner.exchange import import_file

    path = tmp_path / "units.jsonl"
    path.write_text('{"ar": "نص", "en": "text", "entities": [{"side": "en", "start": 0, '
                    '"end": 4, "label": "no good"}]}\n', encoding="utf-8")
    with Corpus.open(corpus_path) as corpus:
        exc = refused(import_file, corpus, path)
    assert str(exc) == (f"{path}:1: entity label 'no good' cannot join the corpus's labels: "
                        "label name 'no good': use letters, digits, - or _ (at most 24, "
                        "starting with a letter)")
    text = error_text(exc)
    assert text.count("\u2066'no good'\u2069") == 2 and english_words(outside_isolates(text)) == []


def test_library_detail_stays_quoted_left_to_right(arabic, tmp_path):
    from aligner.corpus.errors import CorpusLockedError
    from aligner.formats import tmx

    busy = CorpusLockedError(tmp_path / "c.dragoman", Problem(
        "corpus.busy", doing=Problem("doing.save"),
        error=sqlite3.OperationalError("database is locked")))
    text = error_text(busy)
    assert "(\u2066database is locked\u2069)" in text
    assert english_words(outside_isolates(text)) == []
    path = tmp_path / "broken.tmx"
    path.write_text(TMX_HEAD + "<tu><tuv></tu>\n", encoding="utf-8")
    text = error_text(refused(lambda: list(tmx.read(path))))
    detail = ISOLATE.findall(text)[-1]
    assert "mismatch" in detail and english_words(outside_isolates(text)) == ["XML"]


def test_the_cli_keeps_english_and_exit_2(tmp_path, capsys, corpus_path):
    path = tmp_path / "memory.tmx"
    path.write_text(tmx_unit('<prop type="x-dragoman-status">done</prop>'), encoding="utf-8")
    code = main(["import", str(corpus_path), str(path)])
    err = capsys.readouterr().err
    assert code == 2 and err == f"dragoman: error: {path}:5: unknown x-dragoman-status 'done'\n"
