"""An output named like an input or the corpus is refused before anything is written."""
from __future__ import annotations

from pathlib import Path

from tests.core.hostile.helpers import SAMPLES, digest, dragoman, make_corpus, one_error_line


def _texts(folder: Path) -> tuple[Path, Path]:
    ar, en = folder / "ar.txt", folder / "en.txt"
    ar.write_bytes((SAMPLES / "briefing_ar.txt").read_bytes())
    en.write_bytes((SAMPLES / "briefing_en.txt").read_bytes())
    return ar, en


def test_align_output_over_its_source_or_target_is_refused(tmp_path: Path) -> None:
    ar, en = _texts(tmp_path)
    before = digest(ar), digest(en)
    one_error_line(dragoman("align", ar, en, "-o", ar), "ar.txt", "is also an input")
    one_error_line(dragoman("align", ar, en, "-o", tmp_path / "." / "en.txt"), "en.txt",
                   "is also an input")
    assert (digest(ar), digest(en)) == before  # the beads used to replace the text


def test_align_output_on_a_folder_names_it_and_a_good_one_is_written(tmp_path: Path) -> None:
    ar, en = _texts(tmp_path)
    one_error_line(dragoman("align", ar, en, "-o", tmp_path), str(tmp_path), "is a folder")
    out = tmp_path / "beads.txt"
    assert dragoman("align", ar, en, "--format", "beads", "-o", out).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("[0]:[0]")
    assert not list(tmp_path.glob("*.part"))


def test_screenshot_over_the_corpus_is_refused_and_the_corpus_kept(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    before = digest(corpus)
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    for target in (corpus, tmp_path / "c.dragoman-wal"):
        one_error_line(dragoman("gui", corpus, "--screenshot", target, env=env),
                       target.name, "would destroy the corpus")
    # Qt used to open (and empty) the file before finding it could not write a PNG there
    one_error_line(dragoman("gui", corpus, "--screenshot", tmp_path, env=env),
                   str(tmp_path), "is a folder")
    assert digest(corpus) == before
