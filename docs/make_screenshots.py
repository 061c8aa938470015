"""Remake the README screenshots from samples/ (offscreen; look at the PNGs afterwards).

    .venv/bin/python docs/make_screenshots.py

1. alignment-editor.png: the ar-en sample, the first four beads confirmed, bead 5 current.
2. find-arabic-and-boilerplate.png: the bilingual sample (whose English title carries an
   Arabic URL slug, struck through as boilerplate), found with a spelling that has no
   hamza (اعادة تاهيل finds إعادة تأهيل).
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
    from ui.app import ensure_app, screenshot
    from ui.main_window import MainWindow

    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        pair = build(Path(tmp), "pair", "briefing_ar.txt", "briefing_en.txt")
        with Corpus.open(pair) as corpus:
            ConfirmThrough(corpus.bitexts()[0].id, 3).do(corpus)
        window = MainWindow()
        window.open_corpus(pair, read_only=True)
        window.go_to_position(4)
        print(screenshot(window, OUT / "alignment-editor.png"))
        window.close()

        bilingual = build(Path(tmp), "bilingual", "briefing_bilingual.txt", bilingual=True)
        window = MainWindow()
        window.open_corpus(bilingual, read_only=True)
        window.find_bar.open_bar()
        window.find_bar.text.setText("اعادة تاهيل")
        window.find_bar.request()
        print(screenshot(window, OUT / "find-arabic-and-boilerplate.png"))
        window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
