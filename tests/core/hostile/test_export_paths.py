"""Issue 12 item 1: an export never writes over the corpus, its companion files or itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.hostile.helpers import digest, dragoman, make_corpus


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_moses_stem_naming_the_corpus_is_refused_and_the_corpus_kept(tmp_path: Path,
                                                                      lang: str) -> None:
    corpus = make_corpus(tmp_path / f"work.{lang}")
    before = digest(corpus)
    run = dragoman("export", corpus, "--format", "moses", "-o", tmp_path / "work")
    assert run.returncode == 2
    assert "corpus itself" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert digest(corpus) == before
    info = dragoman("info", corpus)
    assert info.returncode == 0, info.stderr
    assert not (tmp_path / "work.en").exists() or lang == "en"
    assert not (tmp_path / "work.ar").exists() or lang == "ar"


@pytest.mark.parametrize("suffix", ["-wal", "-shm", ".lock"])
def test_output_on_a_companion_file_is_refused(tmp_path: Path, suffix: str) -> None:
    corpus = make_corpus(tmp_path / "c.dragoman")
    run = dragoman("export", corpus, "--format", "tsv", "-o", f"{corpus}{suffix}")
    assert run.returncode == 2
    assert f"corpus's {suffix} file" in run.stderr
    assert dragoman("info", corpus).returncode == 0


def test_conll_outputs_that_collide_with_each_other_are_refused(tmp_path: Path) -> None:
    # a bitext en-EN... cannot exist; but a stem whose two languages map to one file can:
    # out.conll for ar and en are out.ar.conll and out.en.conll, so collide through a link
    corpus = make_corpus(tmp_path / "c.dragoman")
    (tmp_path / "out.en.conll").symlink_to(tmp_path / "out.ar.conll")
    (tmp_path / "out.ar.conll").write_text("keep\n", encoding="utf-8")
    run = dragoman("export", corpus, "--format", "conll", "-o", tmp_path / "out.conll")
    assert run.returncode == 2 and "share this file" in run.stderr
    assert (tmp_path / "out.ar.conll").read_text(encoding="utf-8") == "keep\n"
