"""The import and export dialogs turn what the user entered into requests."""
from __future__ import annotations


from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_dialog import ImportDialog


def test_import_dialog_pair_and_folder(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("/data/a.txt")
    dialog.second.setText("/data/b.txt")
    dialog.src_lang.setText("ar")
    dialog.tgt_lang.setText("en")
    dialog.encoding.setCurrentText("cp1256")
    request = dialog.request()
    assert request.paths == ["/data/a.txt", "/data/b.txt"] and not request.bilingual
    assert request.langs == ["ar", "en"] and request.encoding == "cp1256"
    dialog.mode_buttons.button(2).setChecked(True)  # folder
    assert not dialog.second.isEnabled()
    request = dialog.request()
    assert request.paths == ["/data/a.txt"] and not request.bilingual
    dialog.mode_buttons.button(1).setChecked(True)  # bilingual file
    dialog.tgt_lang.clear()
    request = dialog.request()
    assert request.bilingual and request.langs is None


def test_export_dialog(qtbot):
    dialog = ExportDialog(current_bitext=3)
    qtbot.addWidget(dialog)
    assert dialog.fmt.findText("tmx") >= 0 and dialog.fmt.findText("jsonl") >= 0
    dialog.fmt.setCurrentText("jsonl")
    dialog.out.setText("/tmp/out.jsonl")
    dialog.confirmed_only.setChecked(True)
    dialog.min_score.setValue(0.5)
    request = dialog.request()
    assert (request.fmt, request.out, request.bitext_ids, request.confirmed_only, request.min_score) == (
        "jsonl", "/tmp/out.jsonl", [3], True, 0.5)
    dialog.only_current.setChecked(False)
    assert dialog.request().bitext_ids is None
