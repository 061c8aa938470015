"""Propagate, Suggest and Import Gazetteer in the window, by keys alone: the scope dialog
(this bitext or the whole corpus), the worker (ui.jobs: progress and Cancel, off the GUI
thread), the preview with checkboxes, one undoable edit; a bad gazetteer is named with its
line and nothing is written. On the sample corpus as scripts/run.sh builds it (the Arabic
document in an ar-en and an ar-fr bitext)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aligner.cli import main
from aligner.corpus import Corpus
from aligner.entities import edits as entity_edits

from .conftest import open_window
from .helpers import press

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.dragoman"
    for other in ("en", "fr"):
        assert main(["import", str(path), str(SAMPLES / "briefing_ar.txt"),
                     str(SAMPLES / f"briefing_{other}.txt")]) == 0
    return path


def stored(path: Path) -> list[tuple[str, str, str, str]]:
    """(lang, text, label, status) of every entity in the file, read separately."""
    with Corpus.open(path, read_only=True) as corpus:
        langs = {d.id: d.lang for d in corpus.documents()}
        out = []
        for e in corpus.entities():
            seg = corpus.segment(e.segment_id)
            out.append((langs[seg.doc_id], seg.text[e.start:e.end], e.label, e.status))
        return sorted(out)


def tag(window, lang: str, sentence: int, word: str, label: str) -> None:
    corpus = window.session.corpus
    doc = next(d for d in corpus.documents() if d.lang == lang)
    seg = corpus.segments(doc.id)[sentence]
    at = seg.text.index(word)
    assert window.apply_edit(entity_edits.tag(corpus, seg.id, at, at + len(word), label))


def keys(qtbot, widget, *pressed) -> None:
    for key in pressed:
        key, mod = key if isinstance(key, tuple) else (key, Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(widget, key, mod)


def run_action(qtbot, window, key) -> object:
    """Press an Entities menu key (Ctrl+Shift+key) with the table focused: the scope dialog."""
    press(qtbot, window, key, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.annotation.bulk.dialog is not None
                    and window.annotation.bulk.dialog.isVisible(), timeout=3000)
    return window.annotation.bulk.dialog


def wait_preview(qtbot, window, scope) -> object:
    from ui.annotation.preview import PreviewDialog

    qtbot.waitUntil(lambda: isinstance(window.annotation.bulk.dialog, PreviewDialog)
                    and window.annotation.bulk.dialog.isVisible(), timeout=20000)
    assert window.annotation.bulk.task.outcome == "done"
    return window.annotation.bulk.dialog


def test_propagate_over_the_whole_corpus_with_keys_and_one_undo(qtbot, shown, sample):
    window = open_window(qtbot, sample)
    tag(window, "ar", 0, "القائم", "LOC")
    tag(window, "fr", 0, "al-Qaïm", "LOC")
    before = stored(sample)
    scope = run_action(qtbot, window, Qt.Key.Key_P)
    assert scope.this.isChecked()
    keys(qtbot, scope.this, Qt.Key.Key_Down)  # the whole corpus
    assert scope.whole_corpus()
    keys(qtbot, scope.every, Qt.Key.Key_Return)
    preview = wait_preview(qtbot, window, scope)
    texts = [(preview.list.topLevelItem(i).text(1), preview.list.topLevelItem(i).text(2))
             for i in range(preview.list.topLevelItemCount())]
    assert ("القائم", "ar") in texts and any(lang == "fr" for _, lang in texts)
    assert len(texts) == len(set(preview.list.topLevelItem(i).text(3) + t
                                 for i, (t, _) in enumerate(texts)))
    # untick the first row with Space, write the rest with Enter
    preview.list.setFocus()
    keys(qtbot, preview.list, Qt.Key.Key_Space)
    assert 0 not in preview.checked()
    keys(qtbot, preview.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    after = stored(sample)
    assert len(after) == len(before) + len(texts) - 1
    assert window.session.history.labels()[-1].startswith("Tag ")
    window.actions["undo"].trigger()
    assert stored(sample) == before and shown.errors == []


def test_suggest_on_this_bitext_runs_in_a_worker_and_esc_writes_nothing(qtbot, shown, sample):
    window = open_window(qtbot, sample)
    scope = run_action(qtbot, window, Qt.Key.Key_G)
    keys(qtbot, scope.this, Qt.Key.Key_Return)
    task = window.annotation.bulk.task
    assert task is not None and task.thread is not None  # a worker, not the GUI thread
    preview = wait_preview(qtbot, window, scope)
    langs = {preview.list.topLevelItem(i).text(2) for i in range(preview.list.topLevelItemCount())}
    assert langs == {"ar", "en"}  # this bitext only
    keys(qtbot, preview.list, Qt.Key.Key_Escape)
    assert stored(sample) == [] and shown.errors == []


def test_the_worker_stops_at_cancel_and_nothing_is_written(qtbot, shown, sample):
    """The worker's function honours Cancel (the progress dialog's button calls
    control.cancel(); ui.jobs turns Cancelled into the 'cancelled' outcome, test_jobs)."""
    from aligner.tasks import Cancelled, TaskControl
    from ui.annotation.bulk import compute

    window = open_window(qtbot, sample)
    tag(window, "ar", 0, "القائم", "LOC")
    before = stored(sample)
    for kind in ("propagate", "suggest"):
        control = TaskControl()
        control.cancel()
        with pytest.raises(Cancelled):
            compute(sample, kind, None, None, control)
    assert stored(sample) == before and window.annotation.bulk.dialog is None


def test_gazetteer_import_by_keys_suggests_its_names_once(qtbot, shown, sample, tmp_path):
    gazetteer = tmp_path / "rivers.tsv"
    gazetteer.write_text("# rivers\nالفرات\tLOC\nEuphrates\tLOC\nEuphrate\tLOC\n",
                         encoding="utf-8")
    window = open_window(qtbot, sample)
    scope = run_action(qtbot, window, Qt.Key.Key_I)
    assert scope.path.hasFocus()
    qtbot.keyClicks(scope.path, str(gazetteer))
    for _ in range(4):  # Tab to the scope, Down to the whole corpus
        if scope.this.hasFocus():
            break
        keys(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
    keys(qtbot, scope.this, Qt.Key.Key_Down)
    assert scope.whole_corpus()
    keys(qtbot, scope.every, Qt.Key.Key_Return)
    preview = wait_preview(qtbot, window, scope)
    rows = [(preview.list.topLevelItem(i).text(2), preview.list.topLevelItem(i).text(1),
             preview.list.topLevelItem(i).text(0))
            for i in range(preview.list.topLevelItemCount())]
    # only the gazetteer's names; the Arabic sentence shared by both bitexts holds it once
    assert {text for _, text, _ in rows} == {"الفرات", "Euphrates", "Euphrate"}
    keys(qtbot, preview.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    got = stored(sample)
    assert got and {s for *_, s in got} == {"suggested"}
    assert {t for _, t, _, _ in got} == {"الفرات", "Euphrates", "Euphrate"}
    arabic = [g for g in got if g[0] == "ar"]
    with Corpus.open(sample, read_only=True) as corpus:
        assert len({(e.segment_id, e.start) for e in corpus.entities()}) == len(got)
    assert arabic and shown.errors == []


@pytest.mark.parametrize("content,problem", [
    ("الفرات\tLOC\nحديثة\tTOWN\n", ":2: unknown label 'TOWN'"),
    ("الفرات\tLOC\nحديثة LOC\n", ":2: expected 'name<TAB>LABEL'"),
])
def test_a_bad_gazetteer_is_named_with_its_line_and_nothing_is_written(qtbot, shown, sample,
                                                                      tmp_path, content, problem):
    gazetteer = tmp_path / "bad.tsv"
    gazetteer.write_text(content, encoding="utf-8")
    window = open_window(qtbot, sample)
    scope = run_action(qtbot, window, Qt.Key.Key_I)
    qtbot.keyClicks(scope.path, str(gazetteer))
    keys(qtbot, scope.path, Qt.Key.Key_Return)
    task = window.annotation.bulk.task
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10000)
    assert task.outcome == "failed"
    assert len(shown.errors) == 1 and f"{gazetteer}{problem}" in shown.errors[0][1]
    assert stored(sample) == []
    assert QApplication.activeModalWidget() is None  # no preview left behind


def test_the_scope_dialog_wants_a_file_that_exists(qtbot, shown, sample, tmp_path):
    window = open_window(qtbot, sample)
    scope = run_action(qtbot, window, Qt.Key.Key_I)
    qtbot.keyClicks(scope.path, str(tmp_path / "missing.tsv"))
    keys(qtbot, scope.path, Qt.Key.Key_Return)
    assert scope.isVisible() and scope.problem.text()
    assert window.annotation.bulk.task is None


def test_a_shared_arabic_name_has_an_english_and_a_french_counterpart(qtbot, shown, sample):
    """The Arabic document is in ar-en and ar-fr: one suggest run links its names to the
    English ones AND the French ones (one counterpart per language), and the panel of each
    bitext shows the counterpart in that bitext's language."""
    assert main(["entities", "suggest", str(sample), "--accept"]) == 0
    with Corpus.open(sample, read_only=True) as corpus:
        ar_fr = next(b.id for b in corpus.bitexts() if b.tgt_lang == "fr")
        ar_doc = corpus.bitext(ar_fr).src_doc_id
        langs = {d.id: d.lang for d in corpus.documents()}
        both = 0
        for _, _, e in corpus.entities_of_documents([ar_doc]):
            partner_docs = [corpus.segment(o.segment_id).doc_id
                            for o in corpus.entities_by_id(list(e.links))]
            if sorted(langs[d] for d in partner_docs) == ["en", "fr"]:
                both += 1
        assert both >= 3
    window = open_window(qtbot, sample)
    window.open_bitext(ar_fr)
    rows = [r for r in window.annotation.panel.rows if r.side == "src"
            and r.entity.counterpart_id is not None]
    assert len(rows) >= both
    by_id = {r.entity.id: r for r in window.annotation.panel.rows}
    for r in rows:  # the counterpart shown is the French entity of this bitext
        assert by_id[r.entity.counterpart_id].side == "tgt"
        assert r.counterpart == by_id[r.entity.counterpart_id].text
    assert shown.errors == []
