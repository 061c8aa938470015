"""Remake the README screenshots from samples/ (offscreen; look at the PNGs afterwards).

    .venv/bin/python docs/make_screenshots.py

1. alignment-editor.png: the ar-en sample, the first two beads confirmed, bead 3 current:
   one Arabic sentence beside two English ones, each sentence of the bead marked.
   arabic-interface.png: the same window with the Arabic interface (--ui-lang ar), laid
   out right to left (skipped, with a message, when the Arabic translation is missing).
2. find-arabic-and-boilerplate.png: the bilingual sample (whose English title carries an
   Arabic URL slug, struck through as boilerplate), found with a spelling that has no
   hamza (اعادة تاهيل finds إعادة تأهيل).
3. names-register.png: the ar-en and ar-fr samples, the register made from the name
   matcher's proposals (`dragoman names propose --accept`), the whole corpus in the names
   pane, al-Qaim chosen, F8 on the first inconsistency (al-Qa'im).
4. names-register-rtl.png: the same pane laid out right to left, as in the Arabic UI.
5. entities-tagging.png, entities-propagate-preview.png, entities-linked.png: tagging by
   keyboard with the counterpart proposed, propagation's preview, the entities panel.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aligner.cli import main as dragoman  # noqa: E402
from aligner.corpus import Corpus  # noqa: E402
from aligner.edits import ConfirmThrough  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
OUT = REPO / "docs" / "screenshots"


def build(folder: Path, name: str, *files: str, bilingual: bool = False) -> Path:
    path = folder / f"{name}.dragoman"
    args = ["import", str(path), *(str(SAMPLES / f) for f in files)]
    if dragoman(args + (["--bilingual"] if bilingual else [])) != 0:
        sys.exit(f"could not import {files}")
    return path


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from ui.app import ensure_app, screenshot
    from ui.main_window import MainWindow

    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        pair = build(Path(tmp), "pair", "briefing_ar.txt", "briefing_en.txt")
        with Corpus.open(pair) as corpus:
            ConfirmThrough(corpus.bitexts()[0].id, 1).do(corpus)
        window = MainWindow()
        window.open_corpus(pair, read_only=True)
        window.go_to_position(2)  # the 1-2 bead
        print(screenshot(window, OUT / "alignment-editor.png"))
        window.close()
        arabic_interface(app, pair)

        bilingual = build(Path(tmp), "bilingual", "briefing_bilingual.txt", bilingual=True)
        window = MainWindow()
        window.open_corpus(bilingual, read_only=True)
        window.find_bar.open_bar()
        window.find_bar.text.setText("اعادة تاهيل")
        window.find_bar.request()
        print(screenshot(window, OUT / "find-arabic-and-boilerplate.png"))
        window.close()

        names = build(Path(tmp), "names", "briefing_ar.txt", "briefing_en.txt")
        build(Path(tmp), "names", "briefing_ar.txt", "briefing_fr.txt")
        if dragoman(["names", "propose", str(names), "--from", "matcher", "--accept"]) != 0:
            sys.exit("could not build the register")
        window = MainWindow()
        window.open_corpus(names, read_only=True)
        pane = window.names_pane
        window.findChild(QDockWidget, "dock_names").raise_()
        pane.scope.setCurrentIndex(pane.scope.findData("corpus"))
        screenshot(window, OUT / "names-register.png", size=(1500, 900))
        pane.next_inconsistency()
        for row in range(pane.entries.topLevelItemCount()):
            if pane.entries.topLevelItem(row).text(0) == "القائم":
                pane.entries.setCurrentItem(pane.entries.topLevelItem(row))
        pane.variants.expandAll()
        print(screenshot(window, OUT / "names-register.png", size=(1500, 900)))
        pane.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        app.processEvents()
        out = OUT / "names-register-rtl.png"
        pane.grab().save(str(out))
        print(out)
        window.close()

        entities_shots(Path(tmp), app)
    app.processEvents()


def arabic_interface(app, path: Path) -> None:
    """arabic-interface.png: the window built after the Arabic translation is installed
    (as `dragoman gui --ui-lang ar` does); English again afterwards for the other shots."""
    from ui import i18n
    from ui.app import screenshot
    from ui.main_window import MainWindow

    if i18n.install(app, "ar") != "ar":
        print("no Arabic translation (ui/resources/i18n/dragoman_ar.qm): arabic-interface.png "
              "not remade", file=sys.stderr)
        i18n.install(app, "en")
        return
    window = MainWindow()
    window.open_corpus(path, read_only=True)
    window.go_to_position(2)
    print(screenshot(window, OUT / "arabic-interface.png"))
    window.close()
    i18n.install(app, "en")


def entities_shots(folder: Path, app) -> None:
    """entities-tagging.png: القائم tagged by keyboard in bead 1 (the proclitic-free word
    snapped from a partial selection), its counterpart proposed on the English side;
    entities-linked.png: accepted, then every occurrence propagated through the preview
    (entities-propagate-preview.png), the entities panel listing them."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDockWidget

    from ui.annotation.preview import run_preview
    from ui.app import screenshot
    from ui.main_window import MainWindow

    path = build(folder, "entities", "briefing_ar.txt", "briefing_en.txt")
    window = MainWindow()
    window.open_corpus(path)
    window.go_to_position(0)
    window.annotation.focus_pane()
    src = window.annotation.pane.views[1]
    seg = src.segments[0]
    at = seg.text.index("القائم")
    src.select_span(seg.id, at + 1, at + 3)  # a partial selection: snapped to the word
    QTest.keyClick(src, Qt.Key.Key_2)  # LOC
    print(screenshot(window, OUT / "entities-tagging.png", size=(1500, 900)))
    QTest.keyClick(src, Qt.Key.Key_Return)  # accept the proposal
    shots = []

    def grab_and_accept(dialog) -> bool:
        dialog.show()
        app.processEvents()
        out = OUT / "entities-propagate-preview.png"
        dialog.grab().save(str(out))
        shots.append(out)
        return True

    run_preview(window, window.session.corpus, window.model.bitext_id, "propagate",
                window.apply_edit, decide=grab_and_accept)
    print(*shots)
    window.findChild(QDockWidget, "dock_entities").raise_()
    window.go_to_position(5)
    print(screenshot(window, OUT / "entities-linked.png", size=(1500, 900)))
    window.close()


if __name__ == "__main__":
    main()
