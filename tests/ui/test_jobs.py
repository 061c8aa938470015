"""Long work through the window: import a file pair (then the first alignment), re-align
a stretch (undoable, confirmed beads stay), export; each in a worker thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from aligner.corpus import Corpus
from ui.dialogs.export_dialog import ExportRequest
from ui.dialogs.import_dialog import ImportRequest

from .helpers import beads_in_file, press

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CTRL = Qt.KeyboardModifier.ControlModifier


def _covers_everything(path: Path) -> None:
    """Beads follow each other without gaps or overlaps and cover every sentence."""
    with Corpus.open(path, read_only=True) as corpus:
        bitext = corpus.bitexts()[0]
        beads = corpus.beads(bitext.id)
        n_src = len(corpus.segments(bitext.src_doc_id))
        n_tgt = len(corpus.segments(bitext.tgt_doc_id))
    assert beads[0].src_start == 0 and beads[0].tgt_start == 0
    for a, b in zip(beads, beads[1:]):
        assert (a.src_end, a.tgt_end) == (b.src_start, b.tgt_start)
    assert (beads[-1].src_end, beads[-1].tgt_end) == (n_src, n_tgt)


def test_import_pair_into_new_corpus_and_align(qtbot, shown, tmp_path):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    path = tmp_path / "new.dragoman"
    assert window.new_corpus(path)
    assert window.model.rowCount() == 0
    request = ImportRequest(paths=[str(SAMPLES / "briefing_ar.txt"), str(SAMPLES / "briefing_en.txt")],
                            langs=["ar", "en"])
    task = window.start_import(request)
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["done"], shown.errors
    assert shown.errors == []
    assert window.session.is_open and not window.session.read_only
    assert window.model.rowCount() > 0
    assert window.model.src_lang == "ar" and window.model.tgt_lang == "en"
    _covers_everything(path)
    assert window.browser.topLevelItem(1).childCount() == 1


def test_import_of_a_bad_file_is_reported_and_corpus_reopened(qtbot, window, shown, tmp_path, corpus_path):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    window.go_to_position(3)
    task = window.start_import(ImportRequest(paths=[str(bad), str(SAMPLES / "briefing_en.txt")]))
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["failed"]
    assert len(shown.errors) == 1 and str(bad) in shown.errors[0][1]
    assert window.session.is_open and window.model.rowCount() == 5
    assert window.current_position() == 3  # back where the user was
    assert len(beads_in_file(corpus_path)) == 5  # nothing half-imported


def test_realign_stretch_keeps_confirmed_beads_and_is_undoable(qtbot, window, shown, corpus_path):
    window.go_to_position(0)
    press(qtbot, window, Qt.Key.Key_Backspace, CTRL)  # beads 1+2 wrongly merged
    window.go_to_position(3)
    press(qtbot, window, Qt.Key.Key_Space)  # the last bead is confirmed
    before = beads_in_file(corpus_path)
    window.go_to_position(0)
    window.view.selectAll()
    task = window.realign_selection()
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["done"], shown.errors
    after = beads_in_file(corpus_path)
    assert after[-1] == (4, 5, 4, 5, "confirmed")  # kept as it was
    _covers_everything(corpus_path)
    assert window.model.rowCount() == len(after)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert beads_in_file(corpus_path) == before


def test_export_tmx_in_a_worker(qtbot, window, shown, tmp_path):
    out = tmp_path / "out.tmx"
    from ui.jobs import tasks as jobs

    task = jobs.export(window, ExportRequest("tmx", str(out), None, False, None))
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["done"], shown.errors
    text = out.read_text(encoding="utf-8")
    assert "وصل الوفد إلى القاهرة صباح الاثنين." in text
    assert "The delegation arrived in Cairo on Monday morning." in text


def test_import_dialog_takes_a_tmx_as_aligned_units(qtbot, shown, tmp_path):
    """A .tmx chosen in the import dialog is read as units (two beads, Arabic and English
    documents), not as one French-looking text holding the XML."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from aligner.corpus import Corpus
    from ui.main_window import MainWindow

    tmx = tmp_path / "memory.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ar" '
        'datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="ar"><seg>وصل الوفد إلى المدينة.</seg></tuv>'
        '<tuv xml:lang="en"><seg>The delegation reached the city.</seg></tuv></tu>'
        '<tu><tuv xml:lang="ar"><seg>ثم عاد مساء.</seg></tuv>'
        '<tuv xml:lang="en"><seg>Then it went back in the evening.</seg></tuv></tu>'
        '</body></tmx>\n', encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.new_corpus(tmp_path / "tm.dragoman")
    started = []
    original = window.start_import
    window.start_import = lambda request: started.append(original(request))

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.first.setText(str(tmx))
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    window.actions["import"].trigger()  # File > Import Texts… opens the dialog
    assert started, shown.errors
    with qtbot.waitSignal(started[0].finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["done"] and shown.errors == []
    assert window.model.rowCount() == 2
    assert (window.model.src_lang, window.model.tgt_lang) == ("ar", "en")
    assert window.model.side_text(1, 2) == "Then it went back in the evening."
    with Corpus.open(tmp_path / "tm.dragoman", read_only=True) as corpus:
        assert sorted(d.lang for d in corpus.documents()) == ["ar", "en"]
        assert not any("<tu>" in d.text for d in corpus.documents())


def _text_with_a_bad_byte(tmp_path: Path) -> Path:
    """A UTF-8 Arabic text with one invalid byte on its second line."""
    bad = tmp_path / "report_ar.txt"
    bad.write_bytes("وصل الوفد صباحا.\n".encode() + b"\xff" + "وبدأ الاجتماع.\n".encode())
    return bad


def test_replaced_bytes_are_asked_about_before_anything_is_stored(qtbot, window, shown,
                                                                  tmp_path, corpus_path):
    bad = _text_with_a_bad_byte(tmp_path)
    before = beads_in_file(corpus_path)
    shown.answer = False  # "store these texts as read?" No
    task = window.start_import(ImportRequest(paths=[str(bad), str(SAMPLES / "briefing_en.txt")]))
    with qtbot.waitSignal(task.finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["done"], shown.errors
    assert len(shown.questions) == 1
    question = shown.questions[0][1]
    assert "report_ar.txt" in question and "2" in question  # the file and the line
    assert window.import_task is task  # no second job
    with Corpus.open(corpus_path, read_only=True) as corpus:
        assert len(corpus.documents()) == 2 and len(corpus.bitexts()) == 1
    assert beads_in_file(corpus_path) == before
    assert window.session.is_open and not window.session.read_only


def test_replaced_bytes_are_stored_once_the_user_agrees(qtbot, window, shown, tmp_path,
                                                        corpus_path):
    bad = _text_with_a_bad_byte(tmp_path)
    shown.answer = True
    first = window.start_import(ImportRequest(paths=[str(bad), str(SAMPLES / "briefing_en.txt")]))
    with qtbot.waitSignal(first.finished, timeout=60000):
        pass
    store = window.import_task
    assert store is not first and len(shown.questions) == 1
    with qtbot.waitSignal(store.finished, timeout=60000) as blocker:
        pass
    assert blocker.args == ["done"], shown.errors
    assert shown.infos == []  # the user has seen the warnings already
    with Corpus.open(corpus_path, read_only=True) as corpus:
        texts = [d.text for d in corpus.documents() if d.source_name == str(bad)]
    assert texts and "\ufffd" in texts[0]
    assert window.model.rowCount() > 0 and window.model.src_lang == "ar"
